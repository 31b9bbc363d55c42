/**
 * What text is drawn over: the canvas under the root, each element's background composited over
 * its ancestors' (translucent layers tint the gradient stops under them), the gradients and
 * pictures showing through. Shared by the walk (contrast-decide.ts) and the engine, which asks it
 * what content added later sits on. No decisions here.
 */
import { composite, contrastRatio, formatColor, rgba, type Rgba } from '../core/color.js';
import { parseColor } from '../core/color-parse.js';
import { svgSize } from '../core/svg-ink.js';
import { pictureStops } from './contrast-pixels.js';
import type { Decision } from './contrast-decide.js';

/**
 * What an element is drawn over, as its parent leaves it: the background; the image or gradient
 * showing through (a gradient's stops, null for url() images, undefined for none); whether an
 * ancestor's text colour changed (so inherited colours must be pinned); the background as text,
 * once some text needed it.
 */
export type Behind = [
  background: Rgba,
  image: Rgba[] | null | undefined,
  inheritedChanged: boolean,
  key?: string,
  /** Decisions of the children already decided over it, by what they read. */
  memo?: Map<string, [Decision | undefined, Behind]>,
  /** The text that made it needs this background, which its surface may give instead (contrast-decide.ts). */
  asks?: boolean,
];

export const WHITE = rgba(1, 1, 1);

/** The colours in a computed value that holds others (a gradient's stops, a shadow's colours). */
export const COLOR_FUNCTIONS = /[\w-]+\([^()]*\)/g;
export const BLACK = rgba(0, 0, 0);

/** The ratio a colour reaches drawn on black (level 2's page). */
export const onBlack = (color: Rgba): number => contrastRatio(composite(color, BLACK), BLACK);

/**
 * The image layers under this element's own text, as colour stops over `under` (null for url()
 * images: unknown pixels): none when every layer is a small no-repeat picture (a CMS bullet or
 * icon beside the text, `5px 5px no-repeat`), which must stay as it is. Under a translucent
 * gradient, what shows through is a colour, a gradient's stops (each stop lies over each of them:
 * a hero's glow over its blues, a caption's fade over a banner) or a picture whose pixels are
 * unknown (`null`: it stays unknown).
 */
export function ownImage(image: string, size: string, repeat: string, under: Rgba | Rgba[] | null, parse = parseColor, beside = true): Rgba[] | null | undefined {
  if (image === 'none') return undefined;
  const sizes = size.split(',');
  const small = repeat.split(',').every(
    (repeat, i) =>
      /^\s*no-repeat( no-repeat)?\s*$/.test(repeat) &&
      // One at its own size counts too, the size an SVG writes on its root (a search field's
      // magnifier), unless no text is `beside` it: then it is the element's picture.
      ((sizes[i] ?? '').split(' ').some((v) => v.endsWith('px') && parseFloat(v) <= 48) || (beside && /^\s*auto( auto)?\s*$/.test(sizes[i]) && svgSize(image) <= 48)),
  );
  if (small) return undefined;
  if (image.includes('url(')) return null;
  const stops = (image.match(COLOR_FUNCTIONS) ?? []).map(parse).filter(Boolean) as Rgba[];
  const unders = under && ([] as Rgba[]).concat(under);
  return (stops.length && (stops.every((c) => c.a >= 1) ? stops : unders && unders.flatMap((u) => stops.map((c) => composite(c, u))))) || null;
}

/**
 * A background colour laid over what shows through: an opaque one hides the image; a translucent
 * one tints each of its stops too (a frosted pane over a dark gradient is light where text sits).
 */
export const layer = (own: Rgba, background: Rgba, image: Rgba[] | null | undefined): [Rgba, Rgba[] | null | undefined] => [
  composite(own, background),
  own.a >= 1 ? undefined : image && image.map((stop) => composite(own, stop)),
];

/** A layer under an element's content: its style, and the `::before` or `::after`, or the empty child, that it is. */
export type Layer = [style: CSSStyleDeclaration, part: string | Element];

/** The pseudo-elements a rule for an element reaches as `&::before` and `&::after`. */
export const PARTS = ['::before', '::after'];

/** A `content` that writes nothing visible: `""`, or only spaces (Ant Design's radio dot: `' '`), a box drawn, not text. */
export const blank = (content: string): boolean => /^"\s*"$/.test(content);

/** A layer covers at least this share of its element's box, as a fill does (not a corner ribbon or an underline). */
const COVERS = 0.8;

/**
 * The layers a positioned element lays under its content, which are not that content's ancestors:
 * its own `::before` or `::after` out of the flow (a button's or a band's fill drawn behind its
 * label), or an empty child out of the flow (a hero's colour or photo layer), each painting a
 * colour or a picture over most of its box. Text inside is drawn on them, not on what the
 * element's ancestors paint. (A layer is placed in the nearest positioned ancestor, so only those
 * are asked: three style reads, and the box only where a layer paints.)
 */
export function layersOf(el: Element, parse = parseColor): Layer[] {
  const layers: Layer[] = [];
  let box: DOMRect | undefined;
  const add = (style: CSSStyleDeclaration, part: string | Element): void => {
    // (Not a fill that shows on hover: hidden, faded out or, for a pseudo-element, whose computed
    // size is before its transform, scaled to nothing until then.)
    if (!/^(absolute|fixed)$/.test(style.position) || (style.backgroundImage === 'none' && !parse(style.backgroundColor)?.a) || style.visibility !== 'visible' || style.opacity === '0') return;
    const scale = Math.sqrt(scaleOf(style.transform));
    const { width, height } = typeof part === 'string' ? { width: scale * parseFloat(style.width), height: scale * parseFloat(style.height) } : part.getBoundingClientRect();
    box ??= el.getBoundingClientRect();
    // (Each side counts up to the box's: a line drawn far past the box, 1px tall, is still a line.)
    const area = box.width * box.height;
    if (area > 0 && Math.min(width, box.width) * Math.min(height, box.height) >= COVERS * area) layers.push([style, part]);
  };
  for (const part of PARTS) {
    const style = getComputedStyle(el, part);
    if (style.content !== 'none' && style.content !== 'normal') add(style, part);
  }
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (!child.firstElementChild && !child.textContent!.trim()) add(getComputedStyle(child), child);
  }
  return layers.length && besideBox(el) ? [] : layers;
}

/**
 * Whether an element's content is laid wholly beside its box (a switch's "Off" placed past the
 * track its `::before` draws): what fills the box is then a drawing, not under that content.
 * (Content with no box, hidden, is taken to lie on it, as when it shows.)
 */
const besideBox = (el: Element): boolean => {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const content = range.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  return content.width * content.height > 0 && (content.right <= box.left || content.left >= box.right || content.bottom <= box.top || content.top >= box.bottom);
};

/** How a transform scales an area: `matrix(a, b, c, d, …)`, or `matrix3d`'s same four at 0, 1, 4, 5. */
const scaleOf = (transform: string): number => {
  if (transform === 'none') return 1;
  const m = transform.slice(transform.indexOf('(') + 1).split(',').map(parseFloat);
  const [a, b, c, d] = m.length > 6 ? [m[0], m[1], m[4], m[5]] : m;
  return Math.abs(a * d - b * c);
};

/** What shows through after `layers` are laid over `background` and `image`: each as an element's own background. */
export function overLayers(layers: Layer[], background: Rgba, image: Rgba[] | null | undefined, parse = parseColor): [Rgba, Rgba[] | null | undefined] {
  for (const [style] of layers) {
    const own = parse(style.backgroundColor);
    if (own?.a) [background, image] = layer(rgba(own.r, own.g, own.b, own.a * +style.opacity), background, image);
    const imageCss = style.backgroundImage;
    const painted = ownImage(imageCss, style.backgroundSize, style.backgroundRepeat, image === undefined ? background : image, parse);
    // (A faint texture, a tenth opaque over a band's colour, barely moves its pixels.)
    if (painted !== undefined && +style.opacity > 0.25) image = painted;
  }
  return [background, image];
}

/** Rules painting each pseudo-element layer among `layers` in what `paint` gives it, if anything (`&` standing for the element's selector). */
export const fills = (layers: Layer[], paint: (style: CSSStyleDeclaration) => Rgba | string | undefined): string =>
  layers
    .map(([style, part]) => {
      const fill = typeof part === 'string' && paint(style);
      return fill ? `&${part}{${typeof fill === 'string' ? `background-color:transparent!important;background-image:${fill}` : `background:${formatColor(fill)}`}!important}` : '';
    })
    .join('');

/** The element a node hangs from, across a shadow root's boundary; none for the root element. */
export const parentOf = (el: Element): Element | null | undefined => el.parentElement ?? (el.getRootNode() as Partial<ShadowRoot>).host;

/**
 * What browsers paint under the root: the `Canvas` colour of the page's colour scheme. That is
 * white unless the page supports dark (its `color-scheme`, or the meta tag of that name); only then
 * is it read, from a probe that stays for one computed-style read, so light pages are not touched.
 */
export function canvasOf(doc: Document): Rgba {
  const root = doc.documentElement;
  if (!/dark/.test(getComputedStyle(root).colorScheme + doc.querySelector<HTMLMetaElement>('meta[name=color-scheme]')?.content)) return WHITE;
  const probe = doc.createElement('legible-canvas');
  probe.style.setProperty('background-color', 'Canvas', 'important');
  root.append(probe);
  const canvas = parseColor(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return canvas?.a ? canvas : WHITE;
}

/**
 * What content added later inside `parent` is drawn over, read from the page as it is now drawn
 * (so our own changes to its ancestors count). With `ready`, background pictures' pixels are read
 * where they can be (see contrast-pixels.ts). `known` keeps what each ancestor is drawn on, for
 * many reads under the same ancestors (pictures' grounds).
 */
export function behindOf(parent: Element | null | undefined, canvas: Rgba, ready?: (el: Element) => void, known?: Map<Element, Behind>): Behind {
  // Over the canvas when there is no parent (a new root element); else over what the parent is drawn on.
  if (!parent) return [canvas, undefined, true];
  const seen = known?.get(parent);
  if (seen) return seen;
  let [background, image] = behindOf(parentOf(parent), canvas, ready, known);
  const style = getComputedStyle(parent);
  const own = parseColor(style.backgroundColor);
  if (own && own.a > 0) [background, image] = layer(own, background, image);
  // Size and repeat only matter under an image.
  const imageCss = style.backgroundImage;
  const pictured = imageCss !== 'none';
  let painted = ownImage(imageCss, pictured ? style.backgroundSize : '', pictured ? style.backgroundRepeat : '', image === undefined ? background : image);
  if (painted === null && ready) painted = pictureStops(imageCss, parent, background, style, ready) ?? null;
  if (painted !== undefined) image = painted;
  if (style.position !== 'static') [background, image] = overLayers(layersOf(parent), background, image);
  const behind: Behind = [background, image, true];
  known?.set(parent, behind);
  return behind;
}
