/**
 * The pixels of a background picture (`url()`), read where the page lets them be: text on a legacy
 * portal's menu bar or title bar, painted by a picture (a slice of a gradient, repeated), is then
 * measured against the picture's darkest and lightest colours, as against a gradient's stops,
 * instead of getting a backdrop of its own because the picture is unknown.
 * Only pictures of the page's own origin (or `data:`) are read, for boxes that are drawn (so the
 * page has asked for them), through a new image of the same URL, which the browser fills from the
 * page's copy: Legible requests nothing, and another origin's pixels stay unknown. A picture still
 * loading is unknown until it arrives; then `ready` is told, for each element that asked, so its
 * part is read again. A URL's pixels are read once for the page's life.
 */
import { rgba, type Rgba } from '../core/color.js';

/**
 * A picture's darkest and lightest colours, channel by channel (so that whatever the browser
 * scales or blends between its pixels lies between them), and whether any pixel lets what is
 * under it show; its own size; whether it changes along both ways (a photo or a drawing, not a
 * slice of a gradient or a flat colour).
 */
type Pixels = [dark: Rgba, light: Rgba, translucent: boolean, width: number, height: number, drawn: boolean];

/**
 * A picture's stops, told apart from a gradient's: text hidden over a picture (a logo's name) is
 * not measured; a drawn one (`drawn_`, see `Pixels`) is never changed whole for its text.
 */
export type PictureStops = Rgba[] & { picture_?: boolean; drawn_?: boolean };

/** How far two neighbouring pixels' channels may differ and still count as one colour (a JPEG's noise). */
const NOISE = 8;

/** Pictures read (null: they cannot be: another origin, broken, nothing painted), by URL. */
const known = new Map<string, Pixels | null>();

/**
 * The most pixels a picture read may have (a 1000 x 130 banner slice): drawing one to read it
 * decodes it on the page's thread, which a photo would make cost tens of milliseconds, and a photo
 * under text reaches no ratio on its darkest and lightest colours anyway.
 */
const MOST = 131072;

function read(img: HTMLImageElement): Pixels | null {
  const [width, height] = [img.naturalWidth, img.naturalHeight];
  if (width * height > MOST) return null;
  try {
    const context = new OffscreenCanvas(width, height).getContext('2d')!;
    context.drawImage(img, 0, 0);
    const data = context.getImageData(0, 0, width, height).data;
    const low = [255, 255, 255];
    const high = [0, 0, 0];
    let translucent = false;
    // Whether every row is one colour (a vertical gradient's slice), and every column.
    let [rows, columns] = [true, true];
    const row = width * 4;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 255) translucent = true;
      if (data[i + 3])
        for (let c = 0; c < 3; c++) {
          low[c] = Math.min(low[c], data[i + c]);
          high[c] = Math.max(high[c], data[i + c]);
        }
      for (let c = 0; c < 4; c++) {
        rows &&= i % row < 4 || Math.abs(data[i + c] - data[i + c - 4]) <= NOISE;
        columns &&= i < row || Math.abs(data[i + c] - data[i + c - row]) <= NOISE;
      }
    }
    const [dark, light] = [low, high].map(([r, g, b]) => rgba(r / 255, g / 255, b / 255));
    return low[0] > high[0] ? null : [dark, light, translucent, width, height, !rows && !columns];
  } catch {
    // (No size to draw at, or pixels the browser will not give.)
    return null;
  }
}

/**
 * What text over the background picture `css` (one `url()`) painted by `el` over `under` may be
 * drawn on: the picture's darkest and lightest colours, and `under` where it shows (through the
 * picture, or beside it where the picture does not cover the box). Null where they cannot be
 * read; undefined while the picture loads (`ready` is told when it arrives).
 */
export function pictureStops(css: string, el: Element, under: Rgba, style: CSSStyleDeclaration, ready: (el: Element) => void): PictureStops | null | undefined {
  const url = /^url\("(.+)"\)$/.exec(css)?.[1];
  let pixels = url ? known.get(url) : null;
  if (pixels === undefined) {
    // (Computed, a URL is absolute.)
    const own = url!.startsWith(location.origin + '/');
    // A box not drawn (a closed menu's) has had no picture loaded for it: none is requested for it
    // here, and it is asked again once drawn.
    if (own && !el.getClientRects().length) return null;
    if (own || url!.startsWith('data:')) {
      const img = new Image();
      img.src = url!;
      // A picture the page holds already is there at once; one still loading is read when it arrives.
      if (!img.complete) {
        img.onload = () => {
          if (!known.has(url!)) known.set(url!, read(img));
          ready(el);
        };
        return;
      }
      pixels = read(img);
    }
    known.set(url!, (pixels ??= null));
  }
  if (!pixels) return null;
  const [dark, light, translucent, ownWidth, ownHeight, drawn] = pixels;
  // It lies under all the text where, along each way, it is repeated or sized to the whole box
  // (a slice drawn as tall as a bar grown with its text, see text-rules.ts), or, at its own size
  // from the box's corner, reaches the far edge of the content (a title bar's 40px slice under a
  // heading with padding below).
  const repeat = style.backgroundRepeat;
  const size = style.backgroundSize;
  // (`repeat-x` computes as itself, or as `repeat no-repeat`; one size is the width's.)
  const [x, y = x] = repeat.split(' ');
  const [width, height = 'auto'] = size.split(' ');
  const [acrossX, acrossY] = [!/no|-y/.test(x) || width === '100%', !/no|-x/.test(y) || height === '100%'];
  const [atX, atY] = style.backgroundPosition.split(' ').map((at) => !parseFloat(at));
  const box = !(acrossX && acrossY) && width === 'auto' && height === 'auto' && el.getBoundingClientRect();
  const reaches = (own: number, side: number, ...insets: string[]): boolean => own >= insets.reduce((far, inset) => far - parseFloat(inset), side) - 1;
  const covers =
    size === 'cover' ||
    (acrossX && acrossY) ||
    (!!box &&
      (acrossX || (atX && reaches(ownWidth, box.width, style.borderLeftWidth, style.borderRightWidth, style.paddingRight))) &&
      (acrossY || (atY && reaches(ownHeight, box.height, style.borderTopWidth, style.borderBottomWidth, style.paddingBottom))));
  // A drawn picture laid once (a photo, a thumbnail) stays; tiled across its box (a pattern), it
  // paints a surface, as a slice does.
  // (A size other than lengths or auto, `cover` or a percentage, is taken to fill the box.)
  const drawnSize = (length: string, own: number): number => (length === 'auto' ? own : /px$/.test(length) ? parseFloat(length) : 1e9);
  const rect = drawn && !/c/.test(size) && el.getBoundingClientRect();
  const tiled = rect && ((acrossX && drawnSize(width, ownWidth) < rect.width - 1) || (acrossY && drawnSize(height, ownHeight) < rect.height - 1));
  return Object.assign(translucent || !covers ? [dark, light, under] : [dark, light], { picture_: true, drawn_: drawn && !tiled });
}
