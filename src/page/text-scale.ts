/**
 * Text resizing (WCAG 1.4.4), not zoom: every font size of the host page is multiplied by the
 * chosen factor while layout widths stay as they are.
 *
 * How: the page's own stylesheet rules that set `font-size` or `line-height` are copied, in order
 * and inside the same @media / @supports / @layer wrappers, into one constructed stylesheet that is
 * adopted after the page's sheets. In the copies every absolute length is multiplied by
 * `var(--legible-text-scale)`; relative lengths (em, %) are kept and inherit the scaled size. This
 * costs O(rules), not O(elements), and reaches content added later for free. A step change then
 * only rewrites the one custom property.
 */
import { adoptSheet, unadoptSheet } from './adopt.js';

export const SCALE_PROPERTY = '--legible-text-scale';

/** Lengths that do not follow the parent's font size and so must be multiplied. */
const ABSOLUTE_LENGTH = /(-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?)(px|pt|pc|cm|mm|in|q|vw|vh|vmin|vmax|svw|svh|lvw|lvh|dvw|dvh|vi|vb|cqw|cqh|cqi|cqb|cqmin|cqmax)\b/gi;

/** Absolute-size keywords resolve against the initial size (16px), not the parent. */
const KEYWORD_PX: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
};

const scaled = (length: string): string => `calc(${length} * var(${SCALE_PROPERTY}, 1))`;

/**
 * Rewrites one `font-size` or `line-height` value so that it grows with the scale factor.
 * Returns null when the value already follows the scaled parent (em, %, unitless, inherit…).
 * `isRoot`: on the root element em, % and rem resolve against the initial size, so they scale too.
 */
export function scaleValue(value: string, isRoot = false): string | null {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === '' || trimmed.includes('var(')) return null;
  const keyword = KEYWORD_PX[trimmed];
  if (keyword !== undefined) return scaled(`${keyword}px`);
  if (isRoot && /^(-?[\d.]+)(em|rem|%)$/.test(trimmed)) return scaled(trimmed);
  let changed = false;
  const result = value.replace(ABSOLUTE_LENGTH, (length) => {
    changed = true;
    return scaled(length);
  });
  return changed ? result : null;
}

interface Copy {
  css: string;
}

const SCALED_PROPERTIES = ['font-size', 'line-height'] as const;

function copyRule(rule: CSSRule, root: Element, out: Copy): void {
  if (rule instanceof CSSStyleRule) {
    let matchesRoot = false;
    try {
      matchesRoot = root.matches(rule.selectorText);
    } catch {
      // A selector this browser cannot match (vendor prefixes): treat as not the root.
    }
    let declarations = '';
    for (const property of SCALED_PROPERTIES) {
      const value = rule.style.getPropertyValue(property);
      if (!value) continue;
      const next = scaleValue(value, matchesRoot && property === 'font-size');
      if (next === null) {
        // Copied unchanged so that the cascade order among the copies matches the page's.
        declarations += `${property}:${value}`;
      } else {
        declarations += `${property}:${next}`;
      }
      declarations += rule.style.getPropertyPriority(property) ? ' !important;' : ';';
    }
    if (declarations) out.css += `${rule.selectorText}{${declarations}}`;
    return;
  }
  const wrapper = groupPrelude(rule);
  if (wrapper === null) return;
  const inner: Copy = { css: '' };
  for (const child of Array.from((rule as CSSGroupingRule).cssRules)) copyRule(child, root, inner);
  if (inner.css) out.css += `${wrapper}{${inner.css}}`;
}

function groupPrelude(rule: CSSRule): string | null {
  if (rule instanceof CSSMediaRule) return `@media ${rule.conditionText}`;
  if (rule instanceof CSSSupportsRule) return `@supports ${rule.conditionText}`;
  if (typeof CSSLayerBlockRule !== 'undefined' && rule instanceof CSSLayerBlockRule) return `@layer ${rule.name}`;
  if (typeof CSSContainerRule !== 'undefined' && rule instanceof CSSContainerRule) return `@container ${rule.conditionText}`;
  return null;
}

/** Copies every readable sheet's sizing rules; sheets of other origins throw on `cssRules`. */
export function collectSizingRules(doc: Document): string {
  const out: Copy = { css: '' };
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    if (sheet.disabled) continue;
    for (const rule of Array.from(rules)) copyRule(rule, doc.documentElement, out);
  }
  return out.css;
}

export interface TextScaler {
  apply(scale: number): void;
}

export function createTextScaler(doc: Document): TextScaler {
  const rules = new CSSStyleSheet();
  const factor = new CSSStyleSheet();
  let active = false;

  return {
    apply(scale) {
      if (scale === 1) {
        if (active) {
          unadoptSheet(doc, rules);
          unadoptSheet(doc, factor);
          active = false;
        }
        return;
      }
      // The root keeps its own size unless a page rule set it; then the copy above scales it.
      rules.replaceSync(`:where(:root){font-size:${scaled('100%')}}${collectSizingRules(doc)}`);
      factor.replaceSync(`:root{${SCALE_PROPERTY}:${scale}}`);
      if (!active) {
        adoptSheet(doc, rules);
        adoptSheet(doc, factor);
        active = true;
      }
    },
  };
}
