/**
 * Contrast levels on the host page. Level 0 leaves the site's colours alone; the others are
 * measured, not guessed:
 *  -1 soft: a warmer, less glaring background and softer text, never below 4.5:1 (AA);
 *   1 high: every text reaches 7:1 (4.5:1 large) against what it is drawn on, keeping its hue;
 *   2 maximum: an operating-system-like dark scheme, white and yellow on black, 15:1 and more.
 *
 * Reading and writing are separate passes: the page is read once (computed colours), then one
 * stylesheet is written and the affected elements are marked with one attribute each.
 */
import {
  composite,
  contrastRatio,
  formatColor,
  luminance,
  parseColor,
  reachContrast,
  softenContrast,
  type Rgba,
} from '../core/color.js';
import type { ContrastLevel } from '../core/settings.js';
import { adoptSheet, unadoptSheet } from './adopt.js';

export const MARK_ATTRIBUTE = 'data-legible-contrast';

/** Elements whose pixels are never recoloured, and Legible's own elements. */
const SKIPPED = new Set(['IMG', 'VIDEO', 'CANVAS', 'IFRAME', 'SVG', 'PICTURE', 'OBJECT', 'EMBED', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
const isOurs = (el: Element): boolean => el.localName.startsWith('legible-');

const WHITE: Rgba = { r: 1, g: 1, b: 1, a: 1 };
const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const SOFT_LIGHT: Rgba = { r: 0xf5 / 255, g: 0xf0 / 255, b: 0xe4 / 255, a: 1 };
const SOFT_DARK: Rgba = { r: 0x22 / 255, g: 0x22 / 255, b: 0x22 / 255, a: 1 };
/** Soft text stays at or under this ratio, and never under AA. */
const SOFT_MAX_RATIO = 9;
const AA = 4.5;

/** Level 2: one prepared sheet. Important declarations inside a layer win over the page's own. */
const MAXIMUM_CSS = `@layer legible-contrast{
:root,body{background:#000!important;color:#fff!important}
body :not(img,video,canvas,iframe,svg,svg *,picture,object,embed,legible-bar,legible-text-size,legible-contrast){background-color:transparent!important;background-image:none!important;color:#fff!important;border-color:#fff!important;text-shadow:none!important;box-shadow:none!important}
:is(input,textarea,select,button):not(legible-bar *){background-color:#000!important;color:#fff!important;border:1px solid #fff!important}
a:link,a:visited,a:link *,a:visited *{color:#ff0!important;text-decoration:underline!important}
:focus-visible{outline:2px solid #ff0!important;outline-offset:2px!important}
::placeholder{color:#ddd!important}
}`;

interface Decision {
  color?: Rgba;
  background?: Rgba;
}

const isLarge = (style: CSSStyleDeclaration): boolean => {
  const size = parseFloat(style.fontSize);
  const bold = parseInt(style.fontWeight, 10) >= 700;
  return size >= 24 || (bold && size >= 18.66);
};

const hasOwnText = (el: Element): boolean => {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent && node.textContent.trim()) return true;
  }
  return false;
};

/** Reads the page once and decides each element's new colours for level 1 or -1. */
function decide(doc: Document, level: 1 | -1): Map<Element, Decision> {
  const decisions = new Map<Element, Decision>();
  const root = doc.documentElement;
  const canvas = parseColor(getComputedStyle(root).backgroundColor);
  // The canvas behind a transparent root is white in every browser's default scheme.
  const pageBackground = canvas && canvas.a > 0 ? composite(canvas, WHITE) : WHITE;
  if (level === -1 && luminance(pageBackground) > 0.8) decisions.set(root, { background: SOFT_LIGHT });
  const rootBackground = decisions.get(root)?.background ?? pageBackground;

  const visit = (el: Element, behind: Rgba): void => {
    if (SKIPPED.has(el.tagName.toUpperCase()) || isOurs(el)) return;
    const style = getComputedStyle(el);
    if (style.display === 'none') return;
    let background = behind;
    const own = el === root ? null : parseColor(style.backgroundColor);
    const decision: Decision = {};
    if (own && own.a > 0) {
      background = composite(own, behind);
      if (level === -1 && own.a === 1) {
        const soft = luminance(background) > 0.8 ? SOFT_LIGHT : luminance(background) < 0.02 ? SOFT_DARK : null;
        if (soft) background = decision.background = soft;
      }
    }
    const drawnOnImage = style.backgroundImage !== 'none';
    if (drawnOnImage && level === 1 && hasOwnText(el)) {
      // Text over an image or gradient: give it a solid backdrop it can be measured against.
      background = decision.background = luminance(background) > 0.18 ? WHITE : BLACK;
    }
    if (hasOwnText(el) && style.visibility !== 'hidden') {
      const color = parseColor(style.color);
      if (color) {
        const target = level === 1 ? (isLarge(style) ? AA : 7) : AA;
        const next = level === 1 ? raise(color, background, target, decision) : softenContrast(color, background, AA, SOFT_MAX_RATIO);
        if (decision.background) background = decision.background;
        if (next && !sameColor(next, color)) decision.color = next;
      }
    }
    if (decision.color || decision.background) decisions.set(el, decision);
    for (const child of Array.from(el.children)) visit(child, background);
  };
  visit(root, rootBackground);
  return decisions;
}

/** The nearest colour reaching `target`; when none can on this background, the background changes. */
function raise(color: Rgba, background: Rgba, target: number, decision: Decision): Rgba | null {
  if (contrastRatio(color, background) >= target) return null;
  const reached = reachContrast(color, background, target);
  if (reached) return reached;
  decision.background = luminance(color) > 0.18 ? BLACK : WHITE;
  return reachContrast(color, decision.background, target) ?? (decision.background === BLACK ? WHITE : BLACK);
}

const sameColor = (a: Rgba, b: Rgba): boolean => formatColor(a) === formatColor(b);

export interface ContrastEngine {
  apply(level: ContrastLevel): void;
}

export function createContrastEngine(doc: Document): ContrastEngine {
  const sheet = new CSSStyleSheet();
  const marked = new Set<Element>();

  const clearMarks = (): void => {
    for (const el of marked) el.removeAttribute(MARK_ATTRIBUTE);
    marked.clear();
  };

  return {
    apply(level) {
      if (level === 0) {
        clearMarks();
        unadoptSheet(doc, sheet);
        return;
      }
      if (level === 2) {
        clearMarks();
        sheet.replaceSync(MAXIMUM_CSS);
        adoptSheet(doc, sheet);
        return;
      }
      // Measure the site's own colours: take our previous level away first.
      clearMarks();
      unadoptSheet(doc, sheet);
      const decisions = decide(doc, level);
      const classes = new Map<string, number>();
      let css = '';
      for (const [el, decision] of decisions) {
        const declarations =
          (decision.color ? `color:${formatColor(decision.color)}!important;` : '') +
          (decision.background ? `background:${formatColor(decision.background)}!important;` : '');
        let id = classes.get(declarations);
        if (id === undefined) {
          id = classes.size;
          classes.set(declarations, id);
          css += `[${MARK_ATTRIBUTE}="${id}"]{${declarations}}`;
        }
        el.setAttribute(MARK_ATTRIBUTE, String(id));
        marked.add(el);
      }
      sheet.replaceSync(`@layer legible-contrast{${css}}`);
      adoptSheet(doc, sheet);
    },
  };
}
