/**
 * Contrast levels on the host page. Level 0 leaves the site's colours alone; the others are
 * measured, not guessed:
 *  -1 soft: a calmer background and softer text, never below 4.5:1 (AA);
 *   1 high: every text reaches 7:1 (4.5:1 large) against what it is drawn on, keeping its hue;
 *   2 maximum: an operating-system-like dark scheme, white and yellow on black, 15:1 and more.
 *
 * Reading and writing are separate passes (see contrast-decide.ts for the reading): the page is
 * read once, then one constructed stylesheet is written and each changed element gets one
 * attribute. Level 2 is a single prepared sheet. Open shadow roots adopt the same sheet, and
 * content added later is treated in batches, once per frame. Level 0 removes every attribute and
 * sheet, so the page is exactly as before.
 */
import { formatColor, reachContrast, type Rgba } from '../core/color.js';
import { parseColor } from '../core/color-parse.js';
import type { ContrastLevel } from '../core/settings.js';
import { adoptSheet, unadoptSheet } from './adopt.js';
import { behindOf, BLACK, isSkipped, visit, WHITE, type Behind, type Decision, type Walk } from './contrast-decide.js';

export const MARK_ATTRIBUTE = 'data-legible-contrast';

const KEEP = 'img,video,canvas,iframe,svg,svg *,picture,object,embed,legible-bar,legible-text-size,legible-contrast';
/** Level 2: one prepared sheet. Important declarations inside a layer win over the page's own. */
const MAXIMUM_CSS = `@layer legible-contrast{
:not(${KEEP}){background-color:transparent!important;background-image:none!important;color:#fff!important;border-color:#fff!important;text-shadow:none!important;box-shadow:none!important}
:root,body{background:#000!important}
input,textarea,select,button{background-color:#000!important;border:1px solid #fff!important}
:any-link,:any-link *{color:#ff0!important;text-decoration:underline!important}
:focus-visible{outline:2px solid #ff0!important;outline-offset:2px!important}
::placeholder{color:#ddd!important}
}`;

export interface ContrastEngine {
  apply(level: ContrastLevel): void;
}

/** Under `forced-colors: active` the system's own high-contrast mode is in charge of colours. */
export function systemForcesColors(win: Window = window): boolean {
  try {
    return win.matchMedia('(forced-colors: active)').matches;
  } catch {
    return false;
  }
}

const declarationsOf = (d: Decision): string =>
  (d.color ? `color:${formatColor(d.color)}!important;` : '') +
  (d.background ? `background-color:${formatColor(d.background)}!important;` : '') +
  (d.noImage ? 'background-image:none!important;' : '') +
  (d.border ? `border-color:${formatColor(d.border)}!important;` : '');

/** Every open shadow root at or under `root` (Legible's own elements excepted). */
function shadowRootsUnder(root: Element | ShadowRoot, found: Set<ShadowRoot>): void {
  const own = root instanceof Element ? root.shadowRoot : null;
  if (own && !isSkipped(root as Element)) {
    found.add(own);
    shadowRootsUnder(own, found);
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot && !isSkipped(el)) {
      found.add(el.shadowRoot);
      shadowRootsUnder(el.shadowRoot, found);
    }
  }
}

export function createContrastEngine(doc: Document): ContrastEngine {
  const win = doc.defaultView ?? window;
  const sheet = new CSSStyleSheet();
  const marked = new Set<Element>();
  const roots = new Set<Document | ShadowRoot>();
  const classes = new Map<string, number>();
  let css = '';
  let prelude = '';
  let level: ContrastLevel = 0;
  let cache = new Map<string, Rgba | null>();
  const pending = new Set<Element>();
  let frame = 0;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (el && !isSkipped(el)) pending.add(el);
      }
    }
    if (pending.size && !frame) frame = win.requestAnimationFrame(flush);
  });

  const attach = (root: Document | ShadowRoot): void => {
    if (roots.has(root)) return;
    roots.add(root);
    adoptSheet(root, sheet);
    observer.observe(root, { childList: true, subtree: true });
  };

  const clear = (): void => {
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    pending.clear();
    for (const el of marked) el.removeAttribute(MARK_ATTRIBUTE);
    marked.clear();
    for (const root of roots) unadoptSheet(root, sheet);
    roots.clear();
    classes.clear();
    css = '';
    // The sheet is adopted again before the next level reads the page: it must not still hold
    // the last level's rules (level 2's sheet would turn every colour white on black).
    sheet.replaceSync('');
    cache = new Map();
  };

  const write = (decisions: Map<Element, Decision>): void => {
    const ids = new Map<Decision, string>();
    for (const [el, decision] of decisions) {
      let id = ids.get(decision);
      if (id === undefined) {
        const declarations = declarationsOf(decision);
        let index = classes.get(declarations);
        if (index === undefined) {
          index = classes.size;
          classes.set(declarations, index);
          css += `[${MARK_ATTRIBUTE}="${index}"]{${declarations}}`;
        }
        ids.set(decision, (id = String(index)));
      }
      el.setAttribute(MARK_ATTRIBUTE, id);
      marked.add(el);
    }
    sheet.replaceSync(`@layer legible-contrast{${prelude}${css}}`);
  };

  const newWalk = (walkLevel: 1 | -1): Walk => ({ level: walkLevel, decisions: new Map(), shadowRoots: new Set(), cache, texts: new Map() });
  const finish = (walk: Walk): void => {
    write(walk.decisions);
    for (const root of walk.shadowRoots) attach(root);
  };

  /** Content added since the last frame, each new subtree read once against what it sits on. */
  function flush(): void {
    frame = 0;
    const added = new Set(pending);
    pending.clear();
    const behindCache = new Map<Element, Behind>();
    const walk = newWalk(level === -1 ? -1 : 1);
    for (const el of added) {
      if (!el.isConnected || hasAddedAncestor(el, added)) continue;
      if (level === 2) {
        const found = new Set<ShadowRoot>();
        shadowRootsUnder(el, found);
        found.forEach(attach);
        continue;
      }
      const parent = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
      let behind: Behind = { background: WHITE, image: undefined, inheritedChanged: false };
      if (parent) {
        behind = behindCache.get(parent) ?? behindOf(parent);
        behindCache.set(parent, behind);
      }
      visit(el, behind, walk);
    }
    if (level !== 2) finish(walk);
  }

  return {
    apply(next) {
      // Measure the site's own colours: take our previous level away first.
      clear();
      level = systemForcesColors(win) ? 0 : next;
      if (level === 0) return;
      if (level === 2) {
        attach(doc);
        sheet.replaceSync(MAXIMUM_CSS);
        const found = new Set<ShadowRoot>();
        shadowRootsUnder(doc.documentElement, found);
        found.forEach(attach);
        return;
      }
      prelude = level === 1 ? focusRing(doc) : '';
      const walk = newWalk(level);
      // Browsers paint white under the root; the root's own background is composited over it.
      visit(doc.documentElement, { background: WHITE, image: undefined, inheritedChanged: false }, walk);
      finish(walk);
      // Adopted only now: adopting it before reading would restyle the whole page once more.
      attach(doc);
    },
  };
}

/** Focus rings reach 3:1 against the page's body (WCAG 1.4.11), in the hue of the page's text. */
function focusRing(doc: Document): string {
  const body = doc.body ?? doc.documentElement;
  const text = parseColor(getComputedStyle(body).color) ?? BLACK;
  const ring = reachContrast(text, behindOf(body).background, 4.5) ?? BLACK;
  return `:focus-visible{outline:2px solid ${formatColor(ring)}!important;outline-offset:2px!important}`;
}

/** True when an ancestor of `el` is also new: it is read with that ancestor's subtree. */
function hasAddedAncestor(el: Element, added: Set<Element>): boolean {
  if (added.size < 2) return false;
  for (let up = el.parentElement; up; up = up.parentElement) if (added.has(up)) return true;
  return false;
}
