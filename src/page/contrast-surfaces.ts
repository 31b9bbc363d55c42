/**
 * Where levels 1 and -1 change a surface whole (contrast-decide.ts, `moveSurfaces`): a text that
 * reaches its ratio only on a new background asks the surface it lies on for it, and the surface
 * takes the farthest background its texts ask for. A surface is the nearest ancestor that paints an
 * opaque colour, a gradient or a url() picture whose pixels were read (see contrast-pixels.ts; both
 * become one colour; never a picture whose pixels are unknown), in the part read, below the page's
 * body, out to the outermost of nested boxes painted alike. Its part is read again once it moves,
 * so it must be a bar, a banner or a card: a box holding more than `MOST` elements (a page-wide
 * wrapper, a long table) keeps its colour, and its texts their own boxes, so that a change never
 * reads much of the page twice. Nothing is written here.
 */
import { luminance, type Rgba } from '../core/color.js';
import { ownImage, WHITE, type Layer } from './contrast-behind.js';
import { pictureStops } from './contrast-pixels.js';
import type { Picture } from './contrast-pictures.js';

/** A text asking for a new background: the background, and the pictures of its part. */
export type Ask = [el: Element, background: Rgba, pictures: Picture[]];

/** Each surface asked: the backgrounds asked for, its part's pictures, its colour, its gradient's stops if it paints one. */
type Wanted = Map<Element, [backgrounds: Rgba[], pictures: Picture[], css: string, gradient?: Rgba[]]>;
type Found = [surface: Element, css: string, gradient?: Rgba[], large?: boolean] | undefined;

/** The most elements a surface may hold (a portal's menu bar with its dropdowns holds about 100). */
const MOST = 300;

/**
 * The surfaces that `asks` ask, not past the `tops` of the parts read (what lies outside was not read
 * again). Text on the `layered` elements' layers lies on the topmost, which moves if it paints one
 * opaque colour (by the colour it paints: a child layer's own, a pseudo-element's by a rule).
 */
export function surfacesOf(asks: Ask[], tops: Set<Element>, layered: Map<Element, Layer[]>, colorOf: (css: string) => Rgba | null): Wanted {
  const wanted: Wanted = new Map();
  /** Where a walk up from each element passed ends: the cells of one table ask once each row. */
  const walked = new Map<Element, Found>();
  /** The topmost of a layered element's layers, if it paints one opaque colour. */
  const onLayer = (up: Element): Found => {
    const layers = layered.get(up)!;
    const [top] = layers[layers.length - 1];
    return top.backgroundImage === 'none' && colorOf(top.backgroundColor)?.a === 1 && top.opacity === '1' ? [up, top.backgroundColor] : undefined;
  };
  for (const [el, background, near] of asks) {
    // (Text on its own layers lies on them: no walk up.)
    const own = layered.has(el);
    let found = own ? onLayer(el) : undefined;
    const path: Element[] = [];
    for (let at = el, up = own ? null : el.parentElement; up && !tops.has(at) && up !== el.ownerDocument.body; at = up, up = up.parentElement) {
      if (!found && walked.has(up)) {
        found = walked.get(up);
        break;
      }
      if (layered.has(up)) {
        found ??= onLayer(up);
        path.push(up);
        break;
      }
      const style = getComputedStyle(up);
      const own = colorOf(style.backgroundColor);
      // (A small picture beside the text is none. Size and repeat only matter under a picture.)
      const image = style.backgroundImage;
      let gradient = image === 'none' ? undefined : ownImage(image, style.backgroundSize, style.backgroundRepeat, own ?? WHITE, colorOf);
      // (A picture whose pixels were read, a menu bar's slice, changes as a gradient does. It was
      // read in the walk just before: nothing waits for it here.)
      if (gradient === null) gradient = pictureStops(image, up, own ?? WHITE, style, () => {}) ?? null;
      // A box painted in the colour of the box it lies in is part of it (a site alert's body in
      // its band): the outermost moves.
      if (found) {
        if (gradient !== undefined || style.backgroundColor !== found[1]) break;
        found[0] = up;
      } else if (gradient === null || (own?.a && own.a < 1)) break;
      else if (own?.a || gradient) found = [up, style.backgroundColor, gradient];
      path.push(up);
      if (gradient) break;
    }
    path.forEach((up) => walked.set(up, found));
    // (Counted once for all the texts that reach it.)
    if (found && !(found[3] ??= !!found[0].getElementsByTagName('*')[MOST])) (wanted.get(found[0]) ?? wanted.set(found[0], [[], near, found[1], found[2]]).get(found[0])!)[0].push(background);
  }
  return wanted;
}

/**
 * The farthest of `backgrounds` from a surface of luminance `base`, which reaches every text that
 * asked for one; none when some ask for darker and others for lighter.
 */
export function farthest(backgrounds: Rgba[], base: number): Rgba | undefined {
  backgrounds.sort((a, b) => luminance(a) - luminance(b));
  const [darkest, lightest] = [backgrounds[0], backgrounds[backgrounds.length - 1]];
  if (luminance(darkest) < base && luminance(lightest) > base) return undefined;
  return luminance(lightest) > base ? lightest : darkest;
}
