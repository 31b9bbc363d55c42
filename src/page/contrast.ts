/**
 * Contrast levels on the host page. Level 0 leaves the site's colours alone; the others are
 * measured, not guessed:
 *  -1 soft: a calmer background and softer text, never below 4.5:1 (AA);
 *   1 high: every text reaches 7:1 (4.5:1 large) against what it is drawn on, keeping its hue;
 *   2 maximum: an operating-system-like dark scheme, white and yellow on black, 15:1 and more.
 *
 * Reading and writing are separate passes (see contrast-decide.ts for the reading,
 * contrast-behind.ts for what text is drawn over): the page is read once, then one constructed
 * stylesheet is written and each changed element gets one attribute. Level 2 is a single prepared
 * sheet, plus the marks of translucent text, positioned surfaces and text lying on pictures. Open
 * shadow roots adopt the same sheet, and content added later is treated in batches, once per frame.
 * Level 0 removes every attribute and sheet, so the page is exactly as before.
 */
import { formatColor, reachContrast, type Rgba } from '../core/color.js';
import { parseColor } from '../core/color-parse.js';
import type { ContrastLevel } from '../core/settings.js';
import { safely } from '../core/storage.js';
import { adoptSheet, endTransitions, unadoptSheet } from './adopt.js';
import { createPace } from './pace.js';
import { behindOf, BLACK, canvasOf, parentOf, WHITE, type Behind } from './contrast-behind.js';
import { createWalk, isSkipped, type Decision } from './contrast-decide.js';
import { CONTROLS, createInlineColors, type Inlined } from './contrast-inline.js';
import { slideOf } from './contrast-pictures.js';

const MARK_ATTRIBUTE = 'data-legible-contrast';
/** Marks the elements read ahead for a level with their colours alone (see `alone`). */
const PROBE_ATTRIBUTE = 'data-legible-probe';

/** What the page's changes are watched for. */
const WATCH: MutationObserverInit = { childList: true, subtree: true, attributes: true };

/**
 * Transitions ended before a part is read: of what a level reads or sets, of opacity, so that a
 * menu closing is read closed, and of a transform, so that a fill growing under a label on hover is
 * read grown.
 */
const SETTLED_TRANSITIONS = /color|shadow|opacity|transform/;

/**
 * Raises a selector over the page's own `!important` rules: an element has one id, so this never
 * excludes one, and it adds the weight of five ids. (Not a cascade layer, which would win without
 * it: Chromium lays out the whole page again whenever a sheet holding a layer is replaced or taken
 * away, ten times what the new colours cost.)
 */
const OVER = ':not(#a#b#c#d#e)';

/** Part of a background picture kept at level 2: its mark begins with p. */
const KEPT_PICTURE = `[${MARK_ATTRIBUTE}^=p]`;
/** Not part of one, at no weight. */
const UNLESS_PICTURE = `:where(:not(${KEPT_PICTURE}))`;

/**
 * Each selector of `selectors` followed by `tail`, as one list: a browser files a rule under the
 * tag, class or attribute its last part names, and tries it only on such elements (a rule ending in
 * `:is(…)` is tried on every element).
 */
const each = (selectors: string[], tail: string): string => selectors.map((selector) => selector + tail).join(',');

/**
 * Elements in a state a site shows by colour: told by ARIA, or by the classes menus and pagers
 * have long used without it (Bootstrap 3's `li.active`, Bulma's and Drupal's `is-active`, UIkit's
 * `uk-active`; jQuery UI's `ui-state-active`, a name of its own, on whatever it marks: a tab, an
 * accordion's open header, a date picker's chosen day, a toggle's label).
 */
const STATES = [
  '[aria-current]:not([aria-current=false],[aria-current=""])',
  '[aria-selected=true]',
  '[aria-pressed=true]',
  '[aria-checked=true]',
  '.ui-state-active',
  ...['active', 'current', 'is-active', 'selected', 'uk-active'].map((name) => `.${name}:is(li,a,button,tr)`),
];

/**
 * Level 2: one prepared sheet. Media, Legible's own elements and the background pictures with no
 * text shown on them keep their paint. Blend modes go: white text multiplied over black (a title
 * blended into its photo) would vanish.
 */
const MAXIMUM_CSS =
  `:not(img,video,canvas,iframe,svg,svg *,picture,object,embed,legible-bar,legible-text-size,legible-contrast)${UNLESS_PICTURE}${OVER}{background-color:transparent!important;text-shadow:none!important;box-shadow:none!important;border-color:#fff!important;color:#fff!important;-webkit-text-fill-color:currentcolor!important;mix-blend-mode:normal!important}` +
  `:root${UNLESS_PICTURE}${OVER},body${UNLESS_PICTURE}${OVER}{background:#000!important}` +
  // (A native checkbox, radio or slider is filled in yellow, as links and focus are: a site's dark
  // accent would hardly show on black.)
  // (A file field's button is a box of its own, drawn as the other buttons.)
  `${each(CONTROLS, UNLESS_PICTURE + OVER)},input${UNLESS_PICTURE}${OVER}::file-selector-button{background-color:#000!important;border:1px solid #fff!important;accent-color:#ff0!important;color:#fff!important}` +
  // A progress bar's or meter's track, whose colour goes, keeps its extent: the whole its fill
  // is part of.
  `${each(['[role=progressbar]', '[role=meter]', 'progress', 'meter'], UNLESS_PICTURE + OVER)}{outline:1px solid #fff!important}` +
  // So does the fill inside such a track that holds its label ("60%"), whose colour goes with its
  // text's ground, or the bar would read empty beside its own number. (An empty fill keeps its hue.)
  `${each(['[role=progressbar]>div:not(:empty)', '[role=meter]>div:not(:empty)'], UNLESS_PICTURE + OVER)}{outline:1px solid #fff!important;outline-offset:-1px!important}` +
  // A control that cannot act, which sites grey out, is drawn dashed (as Legible's own).
  `${each(CONTROLS, `:disabled${UNLESS_PICTURE}${OVER}`)}{border-style:dashed!important}` +
  // A checkbox or radio drawn by the site (`appearance: none`) shows its state by its fill.
  `${each(['[type=checkbox]', '[type=radio]'], `:checked${UNLESS_PICTURE}${OVER}`)}{background-color:#fff!important}` +
  // (`a:any-link *`: a rule ending in `*` is tried on every element, and it is rejected at once
  // where no ancestor is an `a`; an `area`, the other link, holds nothing.)
  `:any-link${OVER},a:any-link *${OVER}{color:#ff0!important;text-decoration:underline!important}` +
  // A list's numbers and bullets, in a colour of their own (a contents list's pale numbers), are
  // drawn in their items' colour.
  `${each(['li', 'summary'], UNLESS_PICTURE + OVER + '::marker')}{color:inherit!important}` +
  // The current page, tab or item, and a pressed or checked widget, which sites show by a
  // background this sheet takes away, keep a mark: a white bar along their foot, as a tab's; a
  // list item's also on its link or label, which may be the box drawn (an inline pager item's
  // floated link) or cover it (a dropdown's item, opaque).
  // (And the button Bootstrap 5 draws by the label after a checked, visually hidden radio or checkbox.)
  `${each([...STATES, ...STATES.flatMap((state) => [`li${state}>a`, `li${state}>span`]), '.btn-check:checked+.btn'], UNLESS_PICTURE + OVER)}{box-shadow:inset 0 -4px #fff!important}` +
  // Highlighted text (`<mark>`, a search hit) keeps its highlight, as the system's own
  // high-contrast mode draws it: black on yellow, a link in it too.
  `mark${UNLESS_PICTURE}${OVER}{background-color:#ff0!important}mark${OVER},mark :any-link${OVER},mark *${OVER}{color:#000!important}` +
  `:focus-visible${OVER}{outline:2px solid #ff0!important;outline-offset:2px!important}` +
  `${each(['input', 'textarea'], OVER + '::placeholder')}{color:#ddd!important}`;

/**
 * Applies a contrast level, reading the page again; `prepare` reads it ahead for the level a
 * button is about to apply, `forget` drops any reading made ahead or kept (see below).
 */
export interface ContrastEngine {
  (level: ContrastLevel): void;
  prepare(level?: ContrastLevel): void;
  forget(): void;
}

/** What a walk read and decided, before anything is written. */
type Reading = [decisions: Map<Element, Decision>, roots: Set<Document | ShadowRoot>, painted: Element[]];

/** Under `forced-colors: active` the system's own high-contrast mode is in charge of colours. */
export const systemForcesColors = (win: Window = window): boolean => safely(() => win.matchMedia('(forced-colors: active)').matches, false);

const declarationsOf = (d: Decision): string =>
  ([['color', d.color_], ['background-color', d.background_], ['border-color', d.border_]] as const)
    .map(([property, color]) => (color ? `${property}:${formatColor(color)}!important;` : ''))
    .join('') + (d.color_ ? '-webkit-text-fill-color:currentcolor!important;' : '') + (d.noImage_ || d.image_ ? `background-image:${d.image_ ?? 'none'}!important;` : '') + (d.unshadowed_ ? 'text-shadow:none!important;' : '') + (d.underline_ ? 'text-decoration-line:underline!important;' : '') + (d.shadow_ ? `box-shadow:${d.shadow_}!important;` : '') + (d.opaque_ ? 'opacity:1!important;mix-blend-mode:normal!important' : '');

/** Focus rings reach 3:1 against the page's body (WCAG 1.4.11), in the hue of the page's text. */
function focusRing(doc: Document, canvas: Rgba): string {
  const body = doc.body ?? doc.documentElement;
  const ring = reachContrast(parseColor(getComputedStyle(body).color) ?? BLACK, behindOf(body, canvas)[0], 4.5) ?? BLACK;
  let css = `:focus-visible${OVER}{outline:2px solid ${formatColor(ring)}!important;outline-offset:2px!important}`;
  // Checkers (axe among them) take a page with no background of its own to be white: a dark canvas
  // is painted explicitly, the same pixels, so that an audit measures what the reader sees. (Not
  // when the body has a background: the canvas shows the body's, which the root's would stop.)
  const transparent = (el: Element): boolean => !parseColor(getComputedStyle(el).backgroundColor)?.a;
  if (canvas !== WHITE && transparent(doc.documentElement) && transparent(body)) css += `:root${OVER}{background-color:${formatColor(canvas)}!important}`;
  return css;
}

export function createContrastEngine(doc: Document): ContrastEngine {
  const win = doc.defaultView ?? window;
  const sheet = new CSSStyleSheet();
  /** Each element marked, with its decision (its rule's number). */
  const marked = new Map<Element, Decision>();
  const roots = new Set<Document | ShadowRoot>();
  /** Declarations to the number of their rule, `[data-legible-contrast="n"]`. */
  let rules = new Map<string, number>();
  const pending = new Set<Element>();
  const pace = createPace();
  let css = '';
  let written = '';
  let level: ContrastLevel = 0;
  let cache = new Map();
  let canvas = WHITE;
  let frame = 0;
  // New content, and elements whose attributes the site changes (a tab made active, a theme
  // switched by a class or `data-bs-theme`, jQuery's .css()): their subtrees are read again, once
  // per frame. (Not for our own marks.)
  const changed = (records: MutationRecord[]): void => {
    for (const record of records) {
      for (const node of record.type[0] === 'a' ? (record.attributeName === MARK_ATTRIBUTE ? [] : [record.target]) : record.addedNodes) {
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (el && !isSkipped(el)) pending.add(el);
      }
    }
    if (pending.size && !frame) frame = win.requestAnimationFrame(flush);
  };
  const observer = new MutationObserver(changed);
  /** Colours written into style attributes where no rule can win (see contrast-inline.ts). */
  const inline = createInlineColors();

  /** Adopting and observing twice change nothing. */
  const attach = (root: Document | ShadowRoot): void => {
    roots.add(root);
    adoptSheet(root, sheet);
    observer.observe(root, WATCH);
  };

  /** Reads subtrees with `read` for `at`, deciding each element; writes nothing. */
  const readFor = (at: ContrastLevel, under: Rgba, read: (visit: (el: Element, behind: Behind) => void) => void): Reading => {
    const [visit, decisions, shadowRoots, settle, painted] = createWalk(at, cache, under, onPixels);
    read(visit);
    // While level 2's sheet is on, the elements `settle` asks about are shown as the site paints
    // them (a kept picture's mark) while their backgrounds are read; those it decides keep that
    // mark until `write`, which always follows here. (They held no mark: a part is read with its
    // marks taken off.) A colour the site fades in (`transition: all .2s`) is read where it ends.
    const hidden = written.startsWith(MAXIMUM_CSS);
    // (Elements holding a mark of this level keep it, and are not shown: the ones shown are returned.
    // A picture's ancestors, `quiet`, keep the site's transitions under them running: a slide moving.)
    settle((els, shown, quiet) => {
      if (!hidden) return els;
      if (shown) els = els.filter((el) => !el.hasAttribute(MARK_ATTRIBUTE));
      els.forEach((el) => (shown ? el.setAttribute(MARK_ATTRIBUTE, 'p') : el.removeAttribute(MARK_ATTRIBUTE)));
      if (shown && !quiet) endTransitions(els, SETTLED_TRANSITIONS);
      return els;
    });
    return [decisions, shadowRoots, painted];
  };

  /**
   * Marks each decided element and writes the sheet once; then the colours that the site's
   * `!important` outweighs are set inline: `inlined`, those of a level kept, or those found reading
   * them back.
   */
  const write = ([decisions, readRoots, painted]: Reading, inlined?: Inlined): void => {
    for (const [el, decision] of decisions) {
      // Decisions live for one walk, and many elements share one: its rule is looked up once.
      if (decision.id_ === undefined) {
        const declarations = declarationsOf(decision);
        // (Rules for its parts, `&` standing for its selector: a placeholder, `::before`, `::after`.)
        const hint = (decision.placeholder_ ? `&::placeholder{color:${formatColor(decision.placeholder_)}!important;opacity:1!important}` : '') + (decision.parts_ ?? '');
        // (A kept picture's mark begins with p: level 2's sheet leaves its background alone.)
        const prefix = decision.picture_ ? 'p' : '';
        let index = rules.get(prefix + declarations + hint);
        const fresh = index === undefined;
        if (fresh) rules.set(prefix + declarations + hint, (index = rules.size));
        decision.id_ = prefix + index;
        const selector = `[${MARK_ATTRIBUTE}="${decision.id_}"]${OVER}`;
        if (fresh) css += `${selector}{${declarations}}${hint.replaceAll('&', selector)}`;
      }
      el.setAttribute(MARK_ATTRIBUTE, decision.id_);
      marked.set(el, decision);
    }
    // Level 2's prepared rules, or level 1's focus ring, come first; unchanged text is not set
    // again (each replacement restyles the page).
    const text = (level > 1 ? MAXIMUM_CSS : '') + css;
    // For the screen only: paper shows no backgrounds, so level 2's white text would print on white.
    if (text !== written) sheet.replaceSync((written = text) && `@media screen{${text}}`);
    // Adopted only now: adopting it before reading would restyle the whole page once more.
    readRoots.forEach(attach);
    attach(doc);
    endTransitions(roots, SETTLED_TRANSITIONS);
    quietly(() => (inlined ? inline.put(inlined) : inline.insist(decisions, painted, level > 1)));
  };

  /**
   * Reading the page costs more than writing its colours (reading every element's computed values
   * is slower than restyling it), so a level is written from a reading held ahead when there is one:
   *  - the reader points at, touches or focuses a contrast button before pressing it, so the page is
   *    read then, from level 0, for the level that button applies (`prepare`);
   *  - the level the reader leaves is held as it was written, for stepping back to it.
   * Any change to the page (a mutation, a resize, a picture loading, the system's colour scheme)
   * throws it away, as do a new text size (`forget`) and, from level 0, moving off the button.
   */
  let prepared: [at: ContrastLevel, canvas: Rgba, css: string, cache: typeof cache, reading: Reading, rules?: typeof rules, inlined?: Inlined] | undefined;
  const staled = (records: MutationRecord[]): void => {
    // (Legible's own elements and marks are not the page. Any attribute may matter to the site's
    // CSS here: a theme switcher's `data-theme`, a menu's `aria-expanded`.)
    if (records.some(({ target, attributeName }) => attributeName !== MARK_ATTRIBUTE && !isSkipped(target as Element))) discard();
  };
  const stale = new MutationObserver(staled);
  /** Changes style attributes unseen by both observers, which still see the site's changes made before. */
  const quietly = <T>(change: () => T): T => {
    const theirs = [observer.takeRecords(), stale.takeRecords()];
    const result = change();
    observer.takeRecords();
    stale.takeRecords();
    if (theirs[0].length) changed(theirs[0]);
    if (theirs[1].length) staled(theirs[1]);
    return result;
  };
  // The reader's system turning dark (at nightfall) changes a page's colours without a mutation.
  const dark = win.matchMedia('(prefers-color-scheme:dark)');
  function discard(): void {
    prepared = undefined;
    stale.disconnect();
    win.removeEventListener('resize', discard);
    doc.removeEventListener('load', discard, true);
    dark.removeEventListener('change', discard);
  }
  /** Holds a reading for its level until the page changes. */
  const keep = (held: typeof prepared): void => {
    if (!held) return;
    prepared = held;
    for (const root of [doc, ...held[4][1]]) stale.observe(root, WATCH);
    win.addEventListener('resize', discard);
    doc.addEventListener('load', discard, true);
    dark.addEventListener('change', discard);
  };

  /** Reads `el`'s subtree again in the next frame (not Legible's own elements, nor media). */
  const readAgain = (el: Element): void => {
    if (isSkipped(el)) return;
    pending.add(el);
    if (!frame) frame = win.requestAnimationFrame(flush);
  };

  /**
   * Pointer and focus states (`nav a:hover { background: #b00; color: #fff }`, `li:hover a`), and a
   * control's checked state (`.card:has(:checked)`, `:checked + label`), change colours without a
   * mutation: the states' region, the largest ancestor of the element with few elements (a menu
   * item, a card), is read again in the next frame, when the state begins and ends (a change).
   */
  const onState = ({ target }: Event): void => {
    // A radio checked unchecks the others of its group, with no event of their own.
    const { type, name } = target as HTMLInputElement;
    const group = type === 'radio' && name ? (target as Element).getRootNode() : undefined;
    for (let region of group ? (group as ParentNode).querySelectorAll(`input[type=radio][name="${CSS.escape(name)}"]`) : [target as Element]) {
      // The pointer over a large part of the page (the body's margin, a main column): not re-read.
      if (region.getElementsByTagName('*')[29]) continue;
      // (Asking for the 30th element walks no further than it: a large ancestor is not counted whole.)
      for (let up = region.parentElement; up && !up.getElementsByTagName('*')[29]; up = up.parentElement) region = up;
      readAgain(region);
    }
  };

  /**
   * A picture that arrives after the text on it was read (an image with no size until it loads, a
   * lazy one) may now lie under that text: its slide or card is read again, in the next frame.
   */
  const onLoad = ({ target }: Event): void => {
    if ((target as Element).localName === 'img') readAgain(slideOf(target as Element));
  };

  /**
   * A background picture whose pixels arrive after the text on it was read (see contrast-pixels.ts):
   * the part it paints is read again, in the next frame, and a reading held ahead is thrown away.
   */
  const onPixels = (el: Element): void => {
    discard();
    if (level % 2 && el.isConnected) readAgain(el);
  };

  /** Takes our colours off `root`'s subtree, shadow trees included, so the site's own are read. */
  const unmark = (root: Element | ShadowRoot): void => {
    for (const el of root instanceof Element ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*')) {
      if (marked.delete(el)) el.removeAttribute(MARK_ATTRIBUTE);
      inline.restore(el);
      if (el.shadowRoot) unmark(el.shadowRoot);
    }
  };

  /**
   * Subtrees added or changed since the last frame, each read once against what it sits on, with
   * our colours taken off it first (and the transitions that this or the site's change started ended).
   */
  function flush(): void {
    // A page that changes a class on its body every frame (each change reads the whole page)
    // waits its turn, checked once a frame; what arrives while the page loads is read at once.
    frame = doc.readyState !== 'loading' && pace.wait() > 0 ? win.requestAnimationFrame(flush) : 0;
    if (frame) return;
    let tops: Element[] = [];
    pace.run(
      () => (tops = flushNow()),
      () => tops.reduce((read, el) => read + el.getElementsByTagName('*').length, 0),
    );
  }

  /** Reads the changed subtrees; returns their tops. */
  function flushNow(): Element[] {
    const changed = new Set(pending);
    pending.clear();
    const tops = new Set<Element>();
    next: for (let el of changed) {
      if (!el.isConnected) continue;
      // Inside a background picture kept at level 2, the whole (outermost) picture is read again:
      // text shown on it now takes it away.
      if (level > 1) for (let up: Element | null | undefined = el.closest(KEPT_PICTURE); up; up = up.parentElement?.closest(KEPT_PICTURE)) el = up;
      // An ancestor that also changed is read with its subtree.
      for (let up = el.parentElement; up; up = up.parentElement) if (changed.has(up)) continue next;
      // (Two changes in one picture read it once.)
      if (tops.has(el)) continue;
      quietly(() => unmark(el));
      tops.add(el);
    }
    endTransitions(tops, SETTLED_TRANSITIONS);
    // (Only a new root element has no parent: it is then read over the canvas.)
    write(readFor(level, canvas, (visit) => tops.forEach((el) => visit(el, behindOf(parentOf(el), canvas, onPixels)))));
    return [...tops];
  }

  const engine = (next: ContrastLevel): void => {
    const ready = prepared;
    discard();
    // What the level being left shows is kept, so that coming back to it (a reader stepping up,
    // then down) only writes it again, unless the page changes meanwhile or has changes unread.
    // (The colours set inline go first: the next level reads the site's own.)
    const inlined = quietly(inline.takeAll);
    const kept: typeof prepared =
      level && level !== next && !pending.size
        ? // (Nothing of it is read back when it comes back: its inline colours are set again.)
          [level, canvas, css, cache, [new Map(marked), new Set(roots), []], new Map(rules), inlined]
        : undefined;
    apply(next, ready);
    keep(kept);
  };

  function apply(next: ContrastLevel, ready: typeof prepared): void {
    // Measure the site's own colours: take our previous level away first.
    observer.disconnect();
    // (Cancelling 0, no frame, does nothing.)
    win.cancelAnimationFrame(frame);
    frame = 0;
    pending.clear();
    const from = level;
    level = systemForcesColors(win) ? 0 : next;
    // Level 2 reads no text colour of elements, only opacity, backgrounds and what their parts
    // draw: from another level, only the elements whose background, opacity or parts that level
    // changed are given back for the reading, and the rest changes with the writing, in one
    // restyle, not two.
    const over = level > 1 && from && ready?.[0] !== level;
    for (const [el, decision] of marked) {
      if (over && !decision.background_ && !decision.opaque_ && !decision.noImage_ && !decision.parts_) continue;
      el.removeAttribute(MARK_ATTRIBUTE);
      marked.delete(el);
    }
    rules.clear();
    cache = new Map();
    css = '';
    if (written && !over) sheet.replaceSync((written = ''));
    // Level 2 takes every background away, so states cannot hide its colours.
    for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout', 'change']) doc[level % 2 ? 'addEventListener' : 'removeEventListener'](type, onState);
    doc[level ? 'addEventListener' : 'removeEventListener']('load', onLoad, true);
    if (ready?.[0] === level) {
      // Written over the last level's colours at once: one restyle, not two.
      [, canvas, css, cache, , rules = rules] = ready;
      write(ready[4], ready[6]);
      // Pointer and focus states may differ from when it was read. (The element under the pointer is
      // found down the chain of hovered children, not by a search of the whole page.)
      if (level % 2) {
        let pointed: Element = doc.documentElement;
        for (let child = pointed.firstElementChild; child; ) child = child.matches(':hover') ? (pointed = child).firstElementChild : child.nextElementSibling;
        for (const target of [doc.activeElement, pointed]) if (target) onState({ target } as unknown as Event);
      }
      return;
    }
    // The next level reads the site's own colours, not the last level's (level 2 would turn
    // every colour white on black) nor colours halfway back from them.
    endTransitions(roots, SETTLED_TRANSITIONS);
    if (!level) {
      for (const root of roots) unadoptSheet(root, sheet);
      roots.clear();
      return;
    }
    // The root's own background is composited over the canvas the browser paints under it.
    canvas = canvasOf(doc);
    if (level === 1) css = focusRing(doc, canvas);
    const reading = readFor(level, canvas, (visit) => visit(doc.documentElement, [canvas, undefined, false]));
    for (const el of marked.keys()) el.removeAttribute(MARK_ATTRIBUTE);
    marked.clear();
    write(reading);
  }

  /**
   * Gives `samples` their `decisions` alone, in a sheet of their own, until the function returned
   * runs; no frame is drawn between, and transitions the change starts end at once.
   */
  const alone = (decisions: Map<Element, Decision>) => (samples: Element[]): (() => void) => {
    const probe = new CSSStyleSheet();
    probe.replaceSync(samples.map((el, i) => (el.setAttribute(PROBE_ATTRIBUTE, String(i)), `[${PROBE_ATTRIBUTE}="${i}"]${OVER}{${declarationsOf(decisions.get(el)!)}}`)).join(''));
    const trees = new Set(samples.map((el) => el.getRootNode() as Document | ShadowRoot));
    trees.forEach((tree) => adoptSheet(tree, probe));
    endTransitions(samples, SETTLED_TRANSITIONS);
    return () => {
      samples.forEach((el) => el.removeAttribute(PROBE_ATTRIBUTE));
      trees.forEach((tree) => unadoptSheet(tree, probe));
      endTransitions(samples, SETTLED_TRANSITIONS);
    };
  };

  engine.prepare = (next?: ContrastLevel): void => {
    // (Only from level 0: under a level the page shows our colours, not the site's. There what
    // is kept stays kept.)
    if (prepared?.[0] === next || level) return;
    discard();
    if (!next || systemForcesColors(win)) return;
    cache = new Map();
    const under = canvasOf(doc);
    const reading = readFor(next, under, (visit) => visit(doc.documentElement, [under, undefined, false]));
    // (The colours the site's `!important` would outweigh are found now too: the press reads nothing.
    // Not level 2's, whose sheet paints every element: they are read back at the press.)
    keep([next, under, next === 1 ? focusRing(doc, under) : '', cache, reading, undefined, next > 1 ? undefined : inline.probe(reading[0], alone(reading[0]))]);
  };
  engine.forget = discard;
  return engine;
}
