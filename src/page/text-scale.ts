/**
 * Text resizing (WCAG 1.4.4), not zoom: every font size of the host page is multiplied by the
 * chosen factor while layout widths stay as they are.
 *
 * The page's rules that set `font-size` or `line-height` are copied (text-rules.ts), in order and
 * inside the same @media / @supports / @layer wrappers, into one constructed stylesheet adopted
 * after the page's sheets, with lengths multiplied by the factor. That costs O(rules), reaches
 * content added later for free and is allowed under a strict CSP; a step change writes the same
 * copies with the new number. Only what no readable rule reaches needs more: inline styles
 * (matched by their exact attribute, never modified), `<font size>` and form controls (sized by
 * the browser), open shadow roots (their own sheet), and sheets of another origin (measured).
 */
import { endTransitions, unadoptSheet } from './adopt.js';
import { createPace } from './pace.js';
import { createFit } from './text-fit.js';
import { BOXES, copySheet, FACTOR, heights, KEYWORD_PX, PROPERTIES, rewrite, SCALE_PROPERTY, times, VAR, wrap, WRAP_ATTRIBUTE, type Copy } from './text-rules.js';

/** Added elements that need the copies re-read. */
const SOUGHT = 'style,[style*=font],[style*=height],[font-size]';
/** A marked length or percentage, or the factor alone, in a template (\xa7 is FACTOR). */
const FILL = /\xa7([-+]?[\d.]+)([a-z%]*)\xa7|\xa7/gi;

/**
 * What the browser sizes without an author rule, placed below every page rule: the body's inherited
 * size, `<font size=1..7>` (absolute keywords), form controls (13.33px in both engines, and tall
 * enough for their text) and, in quirks mode, tables.
 */
function browserSizes(inShadow: boolean, quirks: boolean): string {
  const firefox = CSS.supports('-moz-appearance:none');
  // A plain percentage, not calc(): Firefox then keeps the body's size a keyword, which it
  // needs to size monospace text (and its textarea) from its own monospace default.
  // Widths stay as the site gave them, but a field with none is as wide as so many of its
  // characters (`size`), which grow: held to its container, it does not push the page sideways (its
  // border box: `stretch`, where known, also counts the padding of a field sized by its content box). A
  // row or text marked for wrapping (text-fit.ts) wraps, words longer than a line too (`anywhere`,
  // unlike `break-word`, also lets a flex or grid item that a long word widened shrink).
  // (In shadow trees too.)
  let css = `${inShadow ? '' : `body{font-size:${FACTOR}100%${FACTOR}}`}input,select,textarea{max-width:100%;max-width:-moz-available;max-width:-webkit-fill-available;max-width:stretch}[${WRAP_ATTRIBUTE}]:not([${WRAP_ATTRIBUTE}=cell]){flex-wrap:wrap!important;overflow-wrap:anywhere!important}[${WRAP_ATTRIBUTE}=nowrap],[${WRAP_ATTRIBUTE}=cell]{white-space:normal!important}`;
  // Pages without a doctype: the browser resets tables to the initial size.
  if (quirks) css += `table{font-size:${FACTOR}16px${FACTOR}}`;
  // <font size=n> is the n-th keyword from x-small; "+n" and "-n" count from 3.
  for (let n = 1; n < 8; n++) css += `font[size="${n}"],font[size="${n < 3 ? '' : '+'}${n - 3}"]{font-size:${FACTOR}${KEYWORD_PX[n]}px${FACTOR}}`;
  // A field the site gave a fixed height (`height: 2.5rem`) would cut the grown text off: it may
  // grow as tall as its text needs (Chromium; Firefox 140 ignores intrinsic minimum heights here).
  return `${css}input,select{min-height:max-content}input,button,select${firefox ? '' : ',textarea'}{font-size:${FACTOR}13.3333px${FACTOR}}${firefox ? `textarea{font-size:${FACTOR}${(monospacePx ||= monospace())}${FACTOR}}` : ''}`;
}

/**
 * Firefox sizes a textarea `medium` in its monospace default (a user setting: 12px on Linux, 13px
 * elsewhere) whatever its parent's size, so 100% of a px body was wrong. A document without the
 * page's sheets tells that size (Firefox styles elements of a document it does not show).
 */
let monospacePx: string;
const monospace = (): string => {
  const inert = document.implementation.createHTMLDocument('');
  return getComputedStyle(inert.body.appendChild(inert.createElement('textarea'))).fontSize || '13px';
};

/**
 * Inline `style` font sizes (and heights, see text-rules.ts) beat every rule, so each distinct
 * attribute gets an `!important` rule that matches it exactly (the element is never touched). Zero
 * specificity and first place keep the page's own `!important` rules, copied later, winning as they
 * did. An inline `!important` size cannot be outranked without editing the element; it is left as
 * the page set it.
 */
function inlineSizes(root: Document | ShadowRoot, copy: Copy): string {
  let css = '';
  const seen = new Set<string>();
  for (const el of root.querySelectorAll<HTMLElement>('[style]')) {
    const attribute = el.getAttribute('style')!;
    // Seen before when adding it leaves the size as it was.
    if (seen.size === seen.add(el.localName + attribute).size) continue;
    let declarations = '';
    for (const property of PROPERTIES) {
      const value = el.style?.getPropertyValue(property);
      if (!value || el.style.getPropertyPriority(property)) continue;
      // The copy meant for this very element (the root, the body or any other).
      const entry = rewrite(property, value, copy.resolve_).find(([suffix]) => !suffix || el.matches(`*${suffix}`));
      if (entry && entry[1] !== value) declarations += `${property}:${entry[1]}!important;`;
    }
    // CSS.escape's output is also a valid string body.
    const exactly = `:where(${el.localName}[style="${CSS.escape(attribute)}"])`;
    css += wrap(exactly, declarations) + (copy.inShadow_ ? '' : wrap(exactly + BOXES, heights(el.style, true)));
  }
  return css;
}

/**
 * SVG's `font-size` attribute (`<text font-size="12">`, a chart's axis `<g font-size="10">`; user
 * units are px) is a presentational hint, which every page rule beats: its copy goes with the
 * browser's sizes, below them.
 */
function svgSizes(root: Document | ShadowRoot, copy: Copy): string {
  let css = '';
  for (const value of new Set([...root.querySelectorAll('svg[font-size],svg [font-size]')].map((el) => el.getAttribute('font-size')!))) {
    css += `:where(svg,svg *)[font-size="${CSS.escape(value)}"]{font-size:${rewrite('font-size', /^[\d.]+$/.test(value) ? value + 'px' : value, copy.resolve_)[0][1]}}`;
  }
  return css;
}

/** Every open shadow root under `root`, Legible's own elements excepted (their px sizes stay). */
const openShadowRoots = (root: Document | ShadowRoot): ShadowRoot[] =>
  [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot && !el.localName.startsWith('legible-') ? [el.shadowRoot, ...openShadowRoots(el.shadowRoot)] : []));

/** A page's `transition: all .3s` (on buttons) would bring a new text size slowly, and be measured halfway. */
const endSizeTransitions = (root: Document | ShadowRoot): void => endTransitions([root], /font|line-h/);

/** Applies `scale`; the same scale again re-reads the page (new sheets, inline styles, shadow roots). */
export type TextScaler = (scale: number) => void;

export function createTextScaler(doc: Document): TextScaler {
  /** Per tree: our one sheet, its text with the factor left open, and the text last written. */
  const sheets = new Map<Document | ShadowRoot, [CSSStyleSheet, string, string?]>();
  const ours = new WeakSet<CSSStyleSheet>();
  /** Sheets of another origin seen by the last update. */
  let unreadable = 0;
  let scale = 1;
  const fit = createFit(doc);

  /** Takes our sheet away from every tree not in `keep`. */
  const drop = (keep: (Document | ShadowRoot)[]): void => {
    for (const [root, [sheet]] of sheets) {
      if (!keep.includes(root)) {
        unadoptSheet(root, sheet);
        endSizeTransitions(root);
        sheets.delete(root);
      }
    }
  };
  /** Writes every sheet with the current factor in place (unless it already says exactly that) and adopts it. */
  const writeAll = (): void => {
    for (const [root, entry] of sheets) {
      const [sheet, template] = entry;
      const css = template.replace(FILL, (_, number?: string, unit?: string) =>
        number ? Math.round(+number * scale * 1e4) / 1e4 + unit! : `${scale}`,
      );
      if (entry[2] !== css) sheet.replaceSync((entry[2] = css));
      // Ours goes last, after any sheet the page adopted since, so that the copies win.
      const list = root.adoptedStyleSheets;
      if (list[list.length - 1] !== sheet) root.adoptedStyleSheets = [...list.filter((s) => s !== sheet), sheet];
      endSizeTransitions(root);
      if (root !== doc) observer.observe(root, OBSERVED);
    }
    fit(scale);
  };

  /**
   * Custom properties as the root computes them (its style is computed only when a var() is read),
   * innermost first: a fallback that is itself a var() (`var(--a, var(--b, .875rem))`, as Material's
   * components write their sizes) is resolved on the next pass.
   */
  const resolve_ = (value: string): string => {
    for (let last = ''; last !== value; ) {
      last = value;
      value = value.replace(VAR, (_, name: string, fallback?: string) => getComputedStyle(doc.documentElement).getPropertyValue(name).trim() || fallback?.trim() || 'var()');
    }
    return value;
  };

  /** The copies for one tree: browser defaults, inline sizes, then every readable sheet in order. */
  function collect(root: Document | ShadowRoot): string {
    const sheets_ = [...root.styleSheets, ...root.adoptedStyleSheets].filter((sheet) => !ours.has(sheet));
    const copy: Copy = { unreadable_: 0, inShadow_: root !== doc, resolve_, sheets_ };
    let rules = '';
    for (const sheet of sheets_) rules += copySheet(sheet, copy);
    unreadable += copy.unreadable_;
    const low = browserSizes(copy.inShadow_, doc.compatMode === 'BackCompat') + svgSizes(root, copy);
    // Below every page rule, whatever its specificity (so the selectors can be plain, which browsers
    // match fast): in a layer, as layered rules lose to unlayered ones, and when the page has
    // layers, nested in its first one.
    // The custom property tells the page's own scripts and styles the factor.
    return (
      (copy.inShadow_ ? '' : `:root{${SCALE_PROPERTY}:${FACTOR}}`) + wrap(copy.firstLayer_ && `@layer ${copy.firstLayer_}`, `@layer legible{${low}}`) + inlineSizes(root, copy) + rules
    );
  }

  /** Re-reads the page (sheets, inline sizes, shadow roots) and rewrites what changed. */
  function update(): void {
    unreadable = 0;
    const roots: (Document | ShadowRoot)[] = [doc, ...openShadowRoots(doc)];
    drop(roots);
    for (const root of roots) {
      const entry = sheets.get(root) ?? [new CSSStyleSheet(), ''];
      ours.add(entry[0]);
      entry[1] = collect(root);
      sheets.set(root, entry);
    }
    const measure = unreadable && measureUnreadable();
    writeAll();
    if (measure) {
      // Rules for what sheets of another origin size, measured, end the document's sheet, in a
      // layer: their !important then beats the page's own (`.ui.mini.statistic>.value{font-size:1.5rem!important}`).
      sheets.get(doc)![1] += wrap('@layer legible', measure());
      writeAll();
    }
  }

  /**
   * Sheets of another origin cannot be read, so what they size is measured instead: every element's
   * font size and line height without our sheets (read now: turning on, it is not there yet; the next
   * write puts it back) and, by the function returned, with it. Where they did not grow by the scale,
   * a rule sets them to `scale` times their size at 1. Such sheets style by tag and class: its
   * selector is the element's tag and classes, then its parent's and so on up, the shortest such
   * chain that every element it matches wants the same sizes from. Reads happen between writes here,
   * so this runs only on pages that have such sheets.
   */
  function measureUnreadable(): () => string {
    // (Every tree's: text a shadow tree draws where its slot places it takes its size there, so a
    // shadow sheet left scaled would be read as the page's own size, and scaled again.)
    for (const [root, [sheet]] of sheets) {
      unadoptSheet(root, sheet);
      // (Else the sizes read would be the first frame of a transition back, our own sizes.)
      endSizeTransitions(root);
    }
    // Every element of the body, Legible's own excepted.
    const elements = [...doc.querySelectorAll('body,body *')].filter((el) => !el.localName.startsWith('legible-'));
    /** Each element's computed font size and line height now. */
    const sizes = (): string[][] => elements.map((el) => PROPERTIES.map((property) => getComputedStyle(el).getPropertyValue(property)));
    const before = sizes();
    return () => {
      const after = sizes();
      /** What each element that did not grow as it should wants at `scale`. */
      const wanted = new Map<Element, string>();
      elements.forEach((el, i) => {
        // A font size is always in px; a line height too, unless `normal`, even when the sheet
        // said a number (`body{line-height:1.5}`), which children inherit as the number: written
        // in px it would reach a child sized otherwise (an inline size, a readable sheet). The
        // descendants tell: those of another size that follow the ratio vote for a number.
        const px = before[i].map((value) => value.endsWith('px') && parseFloat(value));
        if (!px.some((value, j) => value !== false && Math.abs(parseFloat(after[i][j]) - value * scale) > 0.05)) return;
        let declarations = '';
        px.forEach((value, j) => {
          if (value !== false) {
            let votes = 0;
            for (let k = i + 1, seen = 0; j && seen < 9 && el.contains(elements[k]); k++) {
              const [f, l] = before[k].map(parseFloat);
              const font = px[0] as number;
              if (Math.abs(f - font) > 0.05) votes += Math.abs(l - (value * f) / font) < 0.05 ? (seen++, 1) : Math.abs(l - value) < 0.05 ? (seen++, -1) : 0;
            }
            declarations += `${PROPERTIES[j]}:${votes > 0 ? Math.round((value / (px[0] as number)) * 1e4) / 1e4 : times(before[i][j])}!important;`;
          }
        });
        wanted.set(el, declarations);
      });
      /**
       * Per selector, what every element it matches wants, or '' when they differ. Elements that grew
       * right match none: a px line height would reach their children.
       */
      const agreed = new Map<string, string>();
      // Walking up from each element to the shortest agreed selector: by tag and classes first; then,
      // where elements of those classes differ (an input beside a larger one), by place among siblings too.
      for (const [el, declarations] of wanted) {
        found: for (const place of [0, 1]) {
          for (let up: Element | null = el, key = ''; up; up = up.parentElement, key = '>' + key) {
            // Tag and classes (escaped: Word's `<o:p>` is a tag too).
            key = [up.localName, ...up.classList].map(CSS.escape).join('.') + (place ? `:nth-child(${[...up.parentNode!.children].indexOf(up) + 1})` : '') + key;
            if (!agreed.has(key)) agreed.set(key, [...doc.querySelectorAll(key)].every((match) => wanted.get(match) === declarations) ? declarations : '');
            if (agreed.get(key)) break found;
          }
        }
      }
      return [...agreed].map(([key, declarations]) => wrap(key, declarations)).join('');
    };
  }

  // What arrives while the text is scaled and no copied rule covers: `<style>` elements (and their
  // text), inline sizes, shadow roots; on a page with unreadable sheets, any element, and any
  // element that goes (measured rules may name places among siblings).
  const matters = (node: Node): unknown =>
    node instanceof Element && (unreadable || [node, ...node.querySelectorAll('*')].some((el) => el.shadowRoot || el.matches(SOUGHT)));
  // Measuring sheets of another origin is slow on a large page: what the site changed, or what
  // arrived while the page loads, waits its turn. A new sheet (it changes what every element shows)
  // never waits, nor a reading asked for once the page has arrived; what waits runs as soon as it
  // has (DOMContentLoaded, load). The reader's own choice is not timed: it never makes the site's
  // next change wait.
  const pace = createPace();
  let waiting: ReturnType<typeof setTimeout> | 0 = 0;
  let sheetsRead = 0;
  const updateNow = (timed: boolean): void => {
    clearTimeout(waiting);
    waiting = 0;
    sheetsRead = doc.styleSheets.length;
    // What is slow is measuring every element for sheets of another origin.
    if (timed) pace.run(update, () => unreadable && doc.getElementsByTagName('*').length);
    else update();
  };
  const settle = (): void => {
    if (waiting && scale !== 1) updateNow(true);
  };
  const updateSoon = (): void => {
    const wait = unreadable && doc.styleSheets.length === sheetsRead ? pace.wait() : 0;
    if (wait <= 0) updateNow(true);
    else if (!waiting) {
      waiting = setTimeout(() => {
        waiting = 0;
        if (scale !== 1) updateSoon();
      }, wait);
      // Registered now, after early.ts's own listeners, so that a reading they ask for comes first.
      if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', settle);
      if (doc.readyState !== 'complete') addEventListener('load', settle);
    }
  };
  const observer = new MutationObserver((records) => {
    // While the page is still loading, early.ts re-reads it once per frame instead.
    if (
      scale !== 1 &&
      doc.readyState !== 'loading' &&
      records.some((r) =>
        // Only elements have attributes; a removed style attribute reads as null, "null" here. A
        // measured rule names classes: on a page with unreadable sheets, a class that changes counts.
        r.attributeName === 'class'
          ? unreadable
          : r.attributeName
            ? /font|line-h/.test((r.target as Element).getAttribute('style')!)
            : (r.target as Element).localName === 'style' || [...r.addedNodes, ...(unreadable ? r.removedNodes : [])].some(matters),
      )
    ) {
      updateSoon();
    }
  });
  const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] };

  return (next) => {
    const previous = scale;
    scale = next;
    if (next === 1) {
      observer.disconnect();
      drop([]);
      fit(1);
    } else if (previous !== 1 && next !== previous) {
      // Only the factor changed: the same copies, written with the new number.
      writeAll();
    } else {
      observer.observe(doc, OBSERVED);
      // Turning on answers the reader at once; the same scale again (early.ts) can wait while the
      // page is still loading.
      if (next !== previous) updateNow(false);
      else if (doc.readyState === 'loading') updateSoon();
      else updateNow(true);
    }
  };
}
