/**
 * An independent check of what the contrast levels promise: for every element that draws text,
 * the ratio of its colour against the background it is actually drawn on, found by compositing
 * every background from the root down (open shadow roots crossed). Colours are parsed by culori,
 * not by Legible's own parser, so a parsing mistake in Legible cannot hide itself.
 */
import { converter, parse, wcagContrast, type Rgb } from 'culori';
import { loadFrame, nextFrames, runAxe, type Frame } from '../helpers/frame.js';
import { pictureUnder } from './picture-pixels.js';

const toRgb = converter('rgb');
const toOklch = converter('oklch');

/** A computed colour's hue in OKLCH, in degrees (NaN for a grey). */
export const hueOf = (css: string): number => toOklch(parse(css)!).h ?? NaN;

/** Large text (WCAG: 18pt, or 14pt bold), which needs 4.5:1 at level 1, not 7:1. */
const isLargeText = (style: CSSStyleDeclaration): boolean => {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66);
};

export interface MeasuredText {
  element: Element;
  text: string;
  ratio: number;
  large: boolean;
  /** A url() background image whose pixels cannot be read lies under the text, with no opaque colour in between. */
  overImage: boolean;
  /** Text drawn by a pseudo-element: written by `::before` or `::after`, a list item's `::marker`, a drop cap's `::first-letter` in a colour of its own, a file field's button. */
  part?: string;
}

const rgbOf = (css: string): Rgb => {
  const parsed = parse(css);
  if (!parsed) throw new Error(`culori cannot parse ${css}`);
  const c = toRgb(parsed);
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  return { mode: 'rgb', r: clamp(c.r), g: clamp(c.g), b: clamp(c.b), alpha: c.alpha ?? 1 };
};

/** `top` over opaque `bottom`. */
const over = (top: Rgb, bottom: Rgb): Rgb => {
  const a = top.alpha ?? 1;
  return { mode: 'rgb', r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), alpha: 1 };
};

/**
 * A disabled control the element's text is drawn in, up the flat tree: a component's shadow button,
 * or a component that says it is (`aria-disabled`, a tab that cannot be picked), as axe takes them.
 */
const disabledHost = (el: Element): boolean => {
  for (let up = parentOf(el); up; up = parentOf(up)) if (up.matches(':disabled,[aria-disabled=true]')) return true;
  return false;
};

/** The element an element is drawn in: its slot where a shadow tree places it (the flat tree), else its parent or host. */
const parentOf = (el: Element): Element | null => el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** A layer drawn beside the text, not under it: a small no-repeat bullet or icon. */
/** A computed list's items (background layers), split at its top-level commas. */
const itemsOf = (list: string): string[] => {
  let depth = 0;
  return list.replace(/[()]|,/g, (c) => (c === ',' ? (depth ? c : '\0') : ((depth += c === '(' ? 1 : -1), c))).split('\0').map((item) => item.trim());
};

/**
 * The background layers drawn under the element's text: not `none`, nor a small unrepeated picture
 * or gradient beside it (a bullet, an icon, a line along the box's edge).
 */
const layersUnder = (style: CSSStyleDeclaration): string[] => {
  const [repeats, sizes] = [itemsOf(style.backgroundRepeat), itemsOf(style.backgroundSize)];
  return itemsOf(style.backgroundImage).filter((layer, i) => {
    const [repeat, size] = [repeats[i % repeats.length], sizes[i % sizes.length]];
    const beside = repeat.split(/\s+/).every((v) => v === 'no-repeat') && (size === 'auto' ? ownSize(layer) <= 48 : size.split(/\s+/).some((v) => v.endsWith('px') && parseFloat(v) <= 48));
    return layer !== 'none' && !beside;
  });
};

/**
 * The larger side of an SVG picture drawn at its own size (`background-size: auto`), as the
 * browser's XML parser reads its root's width and height; any other picture counts as large.
 */
function ownSize(image: string): number {
  const [, params, data] = /^url\("data:image\/svg\+xml([^,]*),(.*?)"\)/s.exec(image) ?? [];
  if (data === undefined) return Infinity;
  const text = data.replace(/\\(.)/g, '$1');
  const svg = new DOMParser().parseFromString(params.includes('base64') ? atob(text) : decodeURIComponent(text), 'image/svg+xml').documentElement;
  return Math.max(...['width', 'height'].map((side) => (/^[\d.]+(px)?$/.test(svg.getAttribute(side) ?? '') ? parseFloat(svg.getAttribute(side)!) : Infinity)));
}

/**
 * The backgrounds the text can be drawn on: one colour, every colour stop of the gradients over it,
 * or every colour a background picture shows under its lines (the text must reach its ratio
 * against each of them). A picture whose pixels cannot be read leaves the text over an image.
 */
function backgroundsOf(el: Element, canvas: Rgb): { backgrounds: Rgb[]; overImage: boolean } {
  const chain: Element[] = [];
  for (let up: Element | null = el; up; up = parentOf(up)) chain.push(up);
  let backgrounds: Rgb[] = [canvas];
  let overImage = false;
  for (const node of chain.reverse()) {
    const style = node.ownerDocument.defaultView!.getComputedStyle(node);
    const own = rgbOf(style.backgroundColor);
    if ((own.alpha ?? 1) > 0) {
      backgrounds = backgrounds.map((b) => over(own, b));
      if ((own.alpha ?? 1) >= 1) {
        overImage = false;
        backgrounds = backgrounds.slice(0, 1);
      }
    }
    // A background clipped to the text paints the text (see below), nothing under it.
    const under = layersUnder(style).join(', ');
    if (!under || /text/.test(style.backgroundClip)) continue;
    if (under.includes('url(')) {
      // (Pixels that can be read are measured where the text lies on them.)
      const colors = pictureUnder(node, el, backgrounds[0]);
      if (colors) backgrounds = colors;
      else overImage = true;
    }
    const stops = under.match(/(?:rgba?|oklch|oklab|lab|lch|color)\([^()]*\)/g) ?? [];
    const ground = backgrounds[0];
    if (stops.length) backgrounds = stops.map((stop) => over(rgbOf(stop), ground));
  }
  return { backgrounds, overImage };
}

/** Inputs that draw no value as text (a checkbox's value is "on"). */
const NO_VALUE_DRAWN = /^(checkbox|radio|range|color|file|hidden|image)$/;
/** A file field draws text of its own beside its button: "No file chosen", or the file's name. */
const isFileField = (el: Element): boolean => el.localName === 'input' && (el as HTMLInputElement).type === 'file';

/**
 * The text nodes drawn in an element's own style: its children, and those its child slots place
 * (a shadow host's, or a slot's own where none are placed); none for a host, whose slots draw its
 * text, or a slot, drawn as its parent's contents.
 */
const textNodesOf = (el: Element): Node[] => {
  if (el.shadowRoot || el.localName === 'slot') return [];
  return Array.from(el.childNodes).flatMap((n) => {
    if (n.nodeType === Node.TEXT_NODE) return [n];
    if ((n as Element).localName !== 'slot') return [];
    const assigned = (n as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length ? assigned : Array.from(n.childNodes)).filter((m) => m.nodeType === Node.TEXT_NODE);
  });
};

const ownText = (el: Element): string =>
  el instanceof el.ownerDocument.defaultView!.HTMLInputElement || el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement
    ? isFileField(el) ? 'file field' : NO_VALUE_DRAWN.test((el as HTMLInputElement).type) ? '' : (el as HTMLInputElement).value
    : textNodesOf(el)
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();


const styleOf = (el: Element): CSSStyleDeclaration => el.ownerDocument.defaultView!.getComputedStyle(el);

const SKIP = new Set(['script', 'style', 'title', 'head', 'noscript', 'template']);

const WHITE: Rgb = { mode: 'rgb', r: 1, g: 1, b: 1, alpha: 1 };

/**
 * The browser's `Canvas` colour under `doc`'s colour scheme: what it paints under a root with no
 * background (white, unless the page asks for a dark scheme). Read from an element of the test's
 * own, so the check does not take Legible's word for it.
 */
export function canvasColorOf(doc: Document): string {
  const reference = doc.createElement('div');
  reference.style.backgroundColor = 'Canvas';
  doc.documentElement.append(reference);
  const color = doc.defaultView!.getComputedStyle(reference).backgroundColor;
  reference.remove();
  return color;
}

/**
 * Whether a line of `el`'s own text meets its box: text pushed out of it (`text-indent: -9999px`,
 * a logo's name hidden under its picture) is not drawn where anyone sees it.
 */
function linesMeet(el: Element, box: DOMRect): boolean {
  const texts = textNodesOf(el).filter((n) => n.textContent!.trim());
  if (!texts.length) return true;
  const range = el.ownerDocument.createRange();
  return texts.some((text) => {
    range.selectNodeContents(text);
    return Array.from(range.getClientRects()).some((r) => r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom);
  });
}

/**
 * The text an element's `::before` or `::after` writes (`content` a quoted string, an attribute,
 * a counter), as drawn; '' for none, or where it is an icon font's glyph (private use).
 */
function writtenText(el: Element, style: CSSStyleDeclaration): string {
  if (style.display === 'none' || style.visibility === 'hidden') return '';
  const parts = style.content.match(/"(?:\\.|[^"\\])*"|attr\([^)]*\)|counters?\([^)]*\)/g) ?? [];
  const text = parts
    .map((part) => (part[0] === '"' ? part.slice(1, -1).replace(/\\(.)/g, '$1') : part.startsWith('attr') ? (el.getAttribute(part.slice(5, -1).trim()) ?? '') : '1'))
    .join('')
    .trim();
  return /[\ue000-\uf8ff]/.test(text) ? '' : text;
}

/** Every visible text-drawing element of `root`, shadow trees included, over `canvas` (CSS). */
export function measureTexts(root: Document | ShadowRoot, canvas?: string): MeasuredText[] {
  const under = canvas ? rgbOf(canvas) : WHITE;
  const found: MeasuredText[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot) found.push(...measureTexts(el.shadowRoot, canvas));
    if (SKIP.has(el.localName) || el.localName.startsWith('legible-')) continue;
    found.push(...measureWritten(el, under));
    const text = ownText(el);
    // Disabled controls are exempt from contrast in WCAG (and in axe), also a component's label
    // drawn in its shadow tree's disabled button.
    if (!text || el.matches(':disabled') || el.closest(':disabled') || disabledHost(el)) continue;
    const style = el.ownerDocument.defaultView!.getComputedStyle(el);
    const box = el.getBoundingClientRect();
    // (A visually hidden label, clipped to 1px, is read by screen readers, not seen.)
    if (style.visibility === 'hidden' || box.width === 0 || box.height === 0 || (box.width <= 1 && box.height <= 1) || !linesMeet(el, box)) continue;
    // The colour painted is `-webkit-text-fill-color` (the same as `color` unless a site sets it).
    // Transparent there, the text is painted by the gradient of an element whose background is
    // clipped to its text (its stops, over what is behind that element), or hidden on purpose.
    let painter: Element | null = el;
    const fill = rgbOf(style.webkitTextFillColor);
    if (!fill.alpha) {
      while (painter && !/text/.test(styleOf(painter).backgroundClip)) painter = parentOf(painter);
      if (!painter) continue;
    }
    const paints = fill.alpha ? [fill] : (styleOf(painter!).backgroundImage.match(/(?:rgba?|oklch|oklab|lab|lch|color)\([^()]*\)/g) ?? []).map(rgbOf);
    const behind = fill.alpha ? el : parentOf(painter!);
    const { backgrounds, overImage } = behind ? backgroundsOf(behind, under) : { backgrounds: [under], overImage: false };
    // Translucent text (opacity here or on an ancestor) is weighed as axe weighs it: its colour's
    // alpha times every opacity up the tree.
    const opacity = opacityOf(el);
    if (opacity === 0) continue;
    const ratio = Math.min(
      ...paints.flatMap((paint) => {
        const color = { ...paint, alpha: (paint.alpha ?? 1) * opacity };
        return backgrounds.map((background) => wcagContrast(over(color, background), background));
      }),
    );
    const large = isLargeText(style);
    found.push({ element: el, text: text.slice(0, 40), ratio, large, overImage });
  }
  return found;
}

/** An element's opacity times its ancestors'. */
const opacityOf = (el: Element): number => {
  let opacity = 1;
  for (let up: Element | null = el; up; up = parentOf(up)) opacity *= +styleOf(up).opacity;
  return opacity;
};

/**
 * The text an element's `::before` and `::after` write, over the element's backgrounds and their
 * own. (Not in a box that shows nothing: hidden, or sized to nothing.)
 */
function measureWritten(el: Element, under: Rgb): MeasuredText[] {
  const found: MeasuredText[] = [];
  const win = el.ownerDocument.defaultView!;
  const itself = win.getComputedStyle(el);
  for (const part of ['::before', '::after', '::marker', '::first-letter', ...(isFileField(el) ? ['::file-selector-button'] : [])]) {
    const style = win.getComputedStyle(el, part);
    // A list item's number or bullet (a marker drawn as text, not a picture); a first letter
    // coloured apart from the element's own text (which is measured as that text).
    const text =
      part === '::marker'
        ? itself.display.includes('list-item') && itself.listStyleImage === 'none' && !/^(disclosure|none)/.test(itself.listStyleType) ? itself.listStyleType : ''
        : part === '::first-letter'
          ? style.color !== itself.color && ownText(el) ? ownText(el).trim()[0] ?? '' : ''
          : part === '::file-selector-button' ? 'button' : writtenText(el, style);
    if (!text || parseFloat(style.fontSize) === 0) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0 && styleOf(el).display !== 'contents') continue;
    if (styleOf(el).visibility === 'hidden') continue;
    let { backgrounds, overImage } = backgroundsOf(el, under);
    const own = rgbOf(style.backgroundColor);
    if ((own.alpha ?? 1) > 0) {
      backgrounds = backgrounds.map((b) => over(own, b));
      if ((own.alpha ?? 1) >= 1) overImage = false;
    }
    const opacity = opacityOf(el) * +style.opacity;
    if (opacity === 0) continue;
    const paint = rgbOf(style.webkitTextFillColor);
    const color = { ...paint, alpha: (paint.alpha ?? 1) * opacity };
    if (!color.alpha) continue;
    const ratio = Math.min(...backgrounds.map((background) => wcagContrast(over(color, background), background)));
    const large = isLargeText(style);
    found.push({ element: el, text: `${el.localName}${part} ${text.slice(0, 30)}`, ratio, large, overImage, part });
  }
  return found;
}

/** The WCAG ratio of two computed CSS colours, the first drawn over the second. */
export const cssRatio = (foreground: string, background: string): number => {
  const bg = over(rgbOf(background), WHITE);
  return wcagContrast(over(rgbOf(foreground), bg), bg);
};

/** `text (ratio)` lines of the texts that fail `minimum`, for readable assertion messages. */
export const failing = (texts: MeasuredText[], minimum: (t: MeasuredText) => number, allowOverImage = false): string[] =>
  texts
    .filter((t) => (t.overImage ? !allowOverImage : t.ratio < minimum(t))).map((t) => `${t.text} (${t.ratio.toFixed(2)}${t.overImage ? ', over image' : ''})`);

/** The ratio each level promises every text (large text needs less at level 1). */
export const minimumFor = { '1': (t: { large: boolean }) => (t.large ? 4.5 : 7), '2': () => 15, '-1': () => 4.5 } as const;

/** Loads `url` as a reader returns to it with `contrast` saved on an earlier visit. */
export async function loadSaved(url: string, contrast: number): Promise<Frame> {
  localStorage.setItem('legible', JSON.stringify({ v: 1, textScale: 1, contrast }));
  const frame = await loadFrame(url);
  await nextFrames(frame.win, 2);
  return frame;
}

/** Sets the page's contrast level and waits for the frames that apply it. */
export async function setLevel(frame: Frame, contrast: number): Promise<void> {
  frame.win.Legible!.set({ contrast });
  await nextFrames(frame.win, 2);
}

/**
 * Counts the frame's (or window's) calls to getComputedStyle while `act` runs: what the engine read
 * (with `pseudo`, only those for a pseudo-element, each a style resolved on its own).
 */
export async function readsDuring(frame: Pick<Frame, 'win'>, act: () => Promise<void> | void, pseudo = false): Promise<number> {
  const win = frame.win;
  const real = win.getComputedStyle;
  let reads = 0;
  win.getComputedStyle = (...args: Parameters<typeof real>) => {
    if (!pseudo || args[1]) reads++;
    return real.apply(win, args);
  };
  try {
    await act();
  } finally {
    win.getComputedStyle = real;
  }
  return reads;
}

/**
 * The pseudo-element styles a level reads once `fill` changes the page (a list of so many items),
 * with level 0 set again after: what boxes of one kind cost.
 */
export async function pseudoReadsAfter(frame: Frame, fill: () => void, level: number): Promise<number> {
  fill();
  // (The change throws away the reading kept from the last time.)
  await nextFrames(frame.win);
  const reads = await readsDuring(frame, () => setLevel(frame, level), true);
  await setLevel(frame, 0);
  return reads;
}

/** What a reader sees: every element's colours, opacity and marks. */
export const shown = (frame: Frame): string =>
  Array.from(frame.doc.querySelectorAll('body *'), (el) => {
    const style = frame.win.getComputedStyle(el);
    return `${el.localName}${el.getAttribute('data-legible-contrast') === null ? '' : '*'} ${style.color} ${style.backgroundColor} ${style.backgroundImage} ${style.borderTopColor} ${style.opacity}`;
  }).join('\n');

/** axe's contrast rules: AA and AAA. */
export const CONTRAST_RULES = ['color-contrast', 'color-contrast-enhanced'];

/** axe's contrast rules, outside the fixture's iframes (someone else's pages, which Legible leaves alone). */
export const axeContrast = (frame: Frame, rules = CONTRAST_RULES) => runAxe(frame, { runOnly: { type: 'rule', values: rules }, iframes: false });
