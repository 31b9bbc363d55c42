/**
 * Copies the font-size and line-height rules of style sheets with every length that does not
 * follow the parent's size multiplied by the text factor.
 *
 * The body is the boundary: text resizing, not zoom, so the root keeps its size (rem widths and
 * media queries stay put) and the body's size, and everything inheriting from it, is multiplied.
 * Hence rem counts as absolute, the root never takes a scaled font-size, relative font sizes
 * (em, %, larger…) are multiplied on the body only, and relative line heights on the root only
 * (the root's computed line height is what the body inherits).
 */
import { safely } from '../core/storage.js';
import { splitList } from '../core/css-list.js';

export const SCALE_PROPERTY = '--legible-text-scale';

/**
 * Stands for the factor in the copies; each step writes them with the number in its place. A
 * literal factor costs the browser no var() substitution per element: a step then costs about
 * what one prepared stylesheet swap costs.
 */
export const FACTOR = '\u00a7';

/**
 * `value` times the factor. A plain length is marked (§14px§) and written as the product itself
 * (21px), so the computed values are the same plain lengths a prepared sheet would give.
 */
export const times = (value: string): string => (/^[-+]?[\d.]+[a-z]*$/i.test(value) ? FACTOR + value + FACTOR : `calc(${value} * ${FACTOR})`);

/** px pt pc cm mm in q, root-relative units, viewport and container units. (No caller reads its groups.) */
const ABSOLUTE = /[-+]?(\d*\.)?\d+(p[xtc]|[cm]m|in|q|r(em|ex|ch|cap|ic|lh)|([sld]?v|cq)([whib]|min|max))\b/gi;
const RELATIVE = /\d(em|ex|ch|cap|ic|lh)\b|%/i;

/** The absolute-size keywords, smallest first, and `initial` (medium), with their sizes at the initial 16px. */
const KEYWORDS = 'xx-small x-small small medium large x-large xx-large xxx-large initial'.split(' ');
export const KEYWORD_PX = [9, 10, 13, 16, 18, 24, 32, 48, 16];

/** Relative keywords as lengths that calc() accepts, for the body's copy. */
const relativeKeyword = (value: string): string | undefined =>
  value === 'larger' ? '1.2em' : value === 'smaller' ? 'calc(1em / 1.2)' : /^(inherit|unset|revert)/.test(value) ? '1em' : undefined;

/**
 * A selector suffix (empty: all elements) and the value for the elements it keeps; `unresolved`
 * where a custom property in it could not be resolved (the value is kept as it is).
 */
type Entry = [suffix: string, value: string, unresolved?: boolean];

/**
 * The copies of one declaration. `resolve` substitutes custom properties (as the root computes
 * them) so that `var(--font-size)` can be classified; a value it cannot classify is kept as it is.
 */
export function rewrite(property: string, value: string, resolve: (value: string) => string): Entry[] {
  const raw = value.trim();
  // Unchanged without var(); an unresolved var() (or VAR(), which resolve skips) is kept as it is.
  const substituted = resolve(raw);
  const resolved = substituted.toLowerCase();
  const isFont = property === 'font-size';
  if (resolved.includes('var(')) return [['', raw, true]];
  const keyword = isFont && KEYWORD_PX[KEYWORDS.indexOf(resolved)];
  const relativeLength = isFont && relativeKeyword(resolved);
  const relative = RELATIVE.test(resolved) || !!relativeLength;
  const scaled = keyword
    ? times(`${keyword}px`)
    : substituted === raw
      ? raw.replace(ABSOLUTE, times)
      : resolved.search(ABSOLUTE) >= 0 && !relative
        ? times(raw)
        : raw;
  if (!relative) return [[isFont && scaled !== raw ? ':where(:not(:root))' : '', scaled]];
  return isFont
    ? [
        [`:where(:not(${scaled === raw ? '' : ':root,'}body))`, scaled],
        [':where(body)', times(relativeLength || raw)],
      ]
    : [
        [':where(:not(:root))', scaled],
        [':where(:root)', times(raw)],
      ];
}

const PSEUDO_ELEMENT = /::|:(before|after|first-l)/i;

/**
 * `selector` narrowed by `suffix` (a zero-specificity :where(), so the cascade among the copies is
 * the page's own). Pseudo-elements are never the root or the body: they keep the general copy.
 * In a shadow tree there is no root or body, and `:host` takes no suffix, so only that copy remains.
 */
function narrow(selector: string, suffix: string, inShadow: boolean): string {
  const general = suffix.includes('not');
  if (!suffix || (inShadow && general)) return selector;
  if (inShadow) return '';
  return splitList(selector)
    .flatMap((s) => (PSEUDO_ELEMENT.test(s) ? (general ? [s] : []) : [s.trim() + suffix]))
    .join(',');
}

export interface Copy {
  /** Sheets whose rules could not be read (another origin without CORS), and unreadable declarations. */
  unreadable_: number;
  /** The page's first cascade layer: our lowest rules go inside it, below every page rule. */
  firstLayer_?: string;
  inShadow_: boolean;
  resolve_(value: string): string;
  /** The tree's readable sheets, for `declared_`. */
  sheets_: CSSStyleSheet[];
  /** Built when first needed: see `customProperties`. */
  declared_?: Map<string, number>;
  /** Whether any custom property is `MIXED`. */
  mixed_?: boolean;
  /** Whether a copied height grew yet (see `copyHeights`). */
  grown_?: boolean;
}

/** Every rule list of `sheet`, or none when it cannot be read. */
const rulesOf = (sheet: CSSStyleSheet): CSSRuleList | undefined => safely(() => sheet.cssRules, undefined);

const isAbsolute = (value: string): boolean => !RELATIVE.test(value) && value.search(ABSOLUTE) >= 0;

export const VAR = /var\(\s*(--[\w-]+)\s*(?:,([^()]*))?\)/g;

/** What the sheets say of a custom property, as bits: an absolute value, another value, used by a text size. */
const ABSOLUTE_VALUE = 1;
const OTHER_VALUE = 2;
const SIZES_TEXT = 4;
/** Absolute here, relative there, and sizing text (Pico: `:root{--pico-font-size:100%}`, `h1{--pico-font-size:2rem}`). */
const MIXED = 7;

/**
 * Every custom property the sheets declare or use for text. Frameworks declare a component's size
 * below the root (`.btn{--bs-btn-font-size:1rem}`), where the root's computed style cannot tell
 * what `font-size: var(--bs-btn-font-size)` holds. Values made of the root's own custom properties
 * (`var(--bulma-size-3)`) are read through them, and so are values made of custom properties whose
 * every declaration holds a length (PatternFly: `calc(var(--pf-v5-c-switch--FontSize) * .625)`).
 */
function customProperties(sheets: CSSStyleSheet[], resolve: (value: string) => string): Map<string, number> {
  const found = new Map<string, number>();
  const declared = new Map<string, string[]>();
  // (`undefined | bit` is `bit`: a first mark needs no default.)
  const mark = (name: string, bit: number): unknown => found.set(name, found.get(name)! | bit);
  const visit = (rules?: CSSRuleList): void => {
    for (const rule of rules ?? []) {
      const { style, styleSheet, cssRules } = rule as AnyRule;
      for (const name of style ?? []) {
        const value = style!.getPropertyValue(name);
        if (name.startsWith('--')) (declared.get(name) ?? declared.set(name, []).get(name)!).push(value);
        else if (PROPERTIES.includes(name)) for (const [, used] of value.matchAll(VAR)) mark(used, SIZES_TEXT);
      }
      visit(styleSheet ? rulesOf(styleSheet) : cssRules);
    }
  };
  for (const sheet of sheets) visit(rulesOf(sheet));
  // Whether every declaration of a custom property holds a length (false while it is being asked: a cycle).
  const lengths = new Map<string, boolean>();
  const holdsLength = (name: string): boolean => {
    if (!lengths.has(name)) {
      lengths.set(name, false);
      lengths.set(name, declared.get(name)?.every(isLength) ?? false);
    }
    return lengths.get(name)!;
  };
  const isLength = (value: string): boolean =>
    isAbsolute(resolve(value)) || isAbsolute(resolve(value.replace(VAR, (match, name: string) => (holdsLength(name) ? '1px' : match))));
  for (const [name, values] of declared) for (const value of values) mark(name, isLength(value) ? ABSOLUTE_VALUE : OTHER_VALUE);
  return found;
}

const declaredIn = (out: Copy): Map<string, number> => (out.declared_ ??= customProperties(out.sheets_, out.resolve_));

/** `resolve_`, after custom properties that only ever hold absolute lengths stand for one. */
const resolveDeclared = (out: Copy) => (value: string): string =>
  out.resolve_(value.replace(VAR, (match, name: string) => ((declaredIn(out).get(name)! & 3) === ABSOLUTE_VALUE ? '1px' : match)));

/**
 * A mixed custom property's absolute declarations, multiplied where they are declared: its uses
 * follow the root's relative value (the root and body keep theirs), or no value the root knows (a
 * component's size, `inherit` in one place), so only the declaration knows it holds a length, also
 * one it takes from another custom property (PatternFly: `.pf-v5-c-button{--pf-v5-c-button--FontSize:
 * var(--pf-v5-global--FontSize--md)}`). Nothing when the root's own value is absolute (its uses are multiplied).
 */
function scaledDeclarations(rule: CSSStyleRule, selectorText: string, out: Copy): string {
  let css = '';
  for (const name of rule.style) {
    if (declaredIn(out).get(name) !== MIXED) continue;
    const value = rule.style.getPropertyValue(name).trim();
    if (!isAbsolute(resolveDeclared(out)(value)) || isAbsolute(out.resolve_(`var(${name})`))) continue;
    const selector = narrow(selectorText, ':where(:not(:root,body))', out.inShadow_);
    // (An !important declaration of the page keeps its value: unscaled, never broken.)
    if (selector) css += `${selector}{${name}:${value.includes('var(') ? times(value) : value.replace(ABSOLUTE, times)}}`;
  }
  return css;
}

export const PROPERTIES = ['font-size', 'line-height'];

/**
 * Box heights in absolute lengths grow with the text too: a 32px menu bar whose links have 32px
 * lines would otherwise leave them hanging below it, white text on the page, and push the floats
 * after it aside. Every height declaration is copied, in order, so the page's cascade among them
 * holds; only for boxes of text: not pictures (their width stays), nor boxes holding one (a slider
 * whose photo fills its height would stretch it or leave a band under it), nor empty elements (an
 * icon whose sprite would show its neighbour), nor pseudo-elements (a drawn rule). Heights in
 * viewport units or relative to something else are copied as they are. (Where `:has()` is not
 * supported, the selector matches nothing: heights stay.)
 */
const HEIGHTS = ['height', 'min-height', 'max-height', 'top'];
export const PICTURES = 'img,video,canvas,iframe,object,embed,picture';
/** A box holding a picture whose text was found cut off (text-fit.ts): it grows too. */
export const GROW_ATTRIBUTE = 'data-legible-grow';
/** A row that cannot wrap, or text whose words cannot, passing the page's edge once grown (text-fit.ts): it wraps. */
export const WRAP_ATTRIBUTE = 'data-legible-wrap';
// (Fields hold text; a checkbox drawn as a switch, a slider or a colour well do not.)
export const BOXES = `:where(:not(${PICTURES},svg,svg *,:empty:not(input:not([type=checkbox],[type=radio],[type=range],[type=color],[type=image]),select,textarea),:has(${PICTURES}):not([${GROW_ATTRIBUTE}])))`;
const VIEWPORT = /\d[sld]?(v|cq)/i;

/**
 * The height declarations of a rule's `style`, absolute ones multiplied by the factor, all of them
 * with the page's priority; or, of an inline `style` (which wins over every rule), only those
 * multiplied, `!important` (an inline `!important` height is left as the page set it).
 */
export function heights(style: CSSStyleDeclaration, inline: boolean): string {
  let declarations = '';
  let grows = false;
  for (const property of HEIGHTS) {
    const value = style.getPropertyValue(property);
    const important = !!style.getPropertyPriority(property);
    // (A zero, `min-height: 0px`, does not grow. A box hidden above its place by a negative `top`,
    // a skip link at `top: -40px`, goes as far up as it grew, or its foot would show.)
    const offset = property === 'top';
    const scaled = isAbsolute(value) && /[1-9]/.test(value) && !VIEWPORT.test(value) && !value.includes('var(') && (!offset || value[0] === '-') ? value.replace(ABSOLUTE, times) : value;
    grows ||= scaled !== value && property !== 'max-height' && !offset;
    if (inline ? scaled !== value && !important : value) declarations += `${property}:${scaled}${inline || important ? '!important' : ''};`;
  }
  // A bar painted by a slice of a picture repeated across (a box title's gradient) as tall as
  // the bar: the slice is drawn as tall as the grown bar, or its text would hang below it.
  const slice = grows && style.getPropertyValue('background-repeat') === 'repeat-x' && /^(auto|initial|)$/.test(style.getPropertyValue('background-size'));
  return declarations + (slice && style.getPropertyValue('background-image').includes('url(') ? `background-size:auto 100%${inline ? '!important' : ''};` : '');
}

/**
 * A rule's heights, from the first rule whose heights grow on: only a later rule can outrank a
 * copy of an earlier one by its place (a reset's `*{min-height:0}` needs no copy, which would cost
 * every element a `:has()` test).
 */
function copyHeights(style: CSSStyleDeclaration, selectorText: string, out: Copy): string {
  const declarations = heights(style, false);
  if (!(out.grown_ ||= declarations.includes(FACTOR))) return '';
  const selector = splitList(selectorText).flatMap((s) => (PSEUDO_ELEMENT.test(s) ? [] : [s.trim() + BOXES])).join(',');
  // (A rule for pseudo-elements only has no copy: its declarations alone would swallow the next rule.)
  return selector && wrap(selector, declarations);
}

/** `css` inside `prelude`'s block; nothing when there is no css, `css` alone without a prelude. */
export const wrap = (prelude: string | false | null | undefined, css: string): string => (prelude && css ? `${prelude}{${css}}` : css);

type AnyRule = CSSRule & Partial<CSSStyleRule & CSSImportRule & CSSLayerBlockRule & CSSLayerStatementRule & CSSGroupingRule>;

function copyRule(rule: AnyRule, out: Copy): string {
  if (/^CSSLayer/.test(rule.constructor.name)) out.firstLayer_ ??= rule.nameList?.[0] ?? rule.name;
  // Style rules (type 1, always with a selector and a style; @page rules also have both), and the
  // declarations that follow a nested rule (`.a{ & b{…} font-size:15px }`: type 0 with a style
  // and no selector), which apply to the parent's selector, `&`.
  if (rule.type! < 2 && rule.style) {
    const selectorText = rule.selectorText ?? '&';
    let css = '';
    for (const property of PROPERTIES) {
      const value = rule.style!.getPropertyValue(property);
      // A `font` shorthand with a var() in it (Primer: `kbd{font:11px var(--fontStack-monospace)}`)
      // leaves its longhands unreadable, listed without a value: what they size is measured, as
      // for a sheet of another origin (else an earlier copy, `kbd{font-size:1em}`, would win).
      if (!value) {
        if ([...rule.style!].includes(property)) out.unreadable_++;
        continue;
      }
      const priority = rule.style!.getPropertyPriority(property) ? '!important' : '';
      const entries = rewrite(property, value, resolveDeclared(out));
      // A size made of custom properties that neither the root nor the sheets tell (Radix Themes'
      // `calc(var(--font-size-7) * var(--heading-font-size-adjust))`, its factor declared on a
      // wrapper; Mantine's sizes set in style attributes) is kept as it is, and what it sizes is
      // measured, as for a sheet of another origin.
      if (entries[0][2]) out.unreadable_++;
      for (const [suffix, next] of entries) {
        const selector = narrow(selectorText, suffix, out.inShadow_);
        if (selector) css += `${selector}{${property}:${next}${priority}}`;
      }
    }
    if (out.mixed_ ??= [...declaredIn(out).values()].includes(MIXED)) css += scaledDeclarations(rule as CSSStyleRule, selectorText, out);
    // (Components in shadow trees size their own boxes.)
    if (!out.inShadow_) css += copyHeights(rule.style, selectorText, out);
    // Nested style rules (CSS nesting) keep their parent's selector around them.
    return css + wrap(selectorText, copyRules(rule.cssRules, out));
  }
  // @import (type 3).
  if (rule.type === 3) {
    if (rule.layerName) out.firstLayer_ ??= rule.layerName;
    // The @-wrappers an @import puts around its sheet's rules, innermost first.
    let css = copySheet(rule.styleSheet, out);
    for (const prelude of [rule.layerName != null && `@layer ${rule.layerName}`, rule.media!.mediaText && `@media ${rule.media!.mediaText}`, rule.supportsText && `@supports ${rule.supportsText}`]) css = wrap(prelude, css);
    return css;
  }
  // The rule's own prelude (@media …, @supports …, @layer name, @container …) as the page wrote it.
  return wrap(rule.cssText.slice(0, rule.cssText.indexOf('{')), copyRules(rule.cssRules, out));
}

/** The copies of a rule list; rules without one (@font-face, @namespace…) have none. */
function copyRules(rules: CSSRuleList | undefined, out: Copy): string {
  let css = '';
  for (const rule of rules ?? []) css += copyRule(rule as AnyRule, out);
  return css;
}

/** One sheet's sizing rules, wrapped in its media list; unreadable sheets are counted. */
export function copySheet(sheet: CSSStyleSheet | null | undefined, out: Copy): string {
  if (!sheet || sheet.disabled) return '';
  const rules = rulesOf(sheet);
  return rules ? wrap(sheet.media.mediaText && `@media ${sheet.media.mediaText}`, copyRules(rules, out)) : (out.unreadable_++, '');
}
