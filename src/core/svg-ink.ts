/**
 * The inks of a picture drawn by an SVG written into a stylesheet, as frameworks draw their menu,
 * close and switch icons (`url("data:image/svg+xml,…")`): the colours of its fills, strokes and
 * gradient stops; and the same picture painted in another ink. No DOM.
 */
import { rgba, type Rgba } from './color.js';
import { parseColor } from './color-parse.js';

/** An authored colour: hex, `black`, `white`, `currentColor`, or what parseColor reads; else null. */
export function parseInk(text: string): Rgba | null {
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.exec(text)?.[1];
  if (hex) {
    const digits = hex.length < 5 ? [...hex].map((d) => d + d) : hex.match(/../g)!;
    const [r, g, b, a = 1] = digits.map((pair) => parseInt(pair, 16) / 255);
    return rgba(r, g, b, a);
  }
  // (In a picture, `currentColor` has no text to follow: it is the initial colour, black.)
  if (/^(black|currentcolor)$/i.test(text)) return rgba(0, 0, 0);
  if (/^white$/i.test(text)) return rgba(1, 1, 1);
  return parseColor(text.replace(/\s+/g, ' '));
}

/** Where an SVG names a paint: the name and its opening, then the value. */
const PAINT = /((?:fill|stroke|stop-color)\s*(?:=\s*["']|:)\s*)([^"';]+)/g;
const UNPAINTED = /^\s*(none|transparent|url\()/i;

/** The SVG text of a computed `background-image` that is one SVG data URL; else undefined. */
function svgOf(image: string): string | undefined {
  // (Other layers may only be `none`: Bootstrap's select names a second picture, none by default.)
  const [, params, data] = /^url\("data:image\/svg\+xml([^,]*),(.*?)"\)(, none)*$/s.exec(image) ?? [];
  if (data === undefined) return;
  // (A computed value escapes the URL's quotes and backslashes, as in any CSS string.)
  const text = data.replace(/\\(.)/gs, '$1');
  try {
    return params.includes(';base64') ? atob(text) : decodeURIComponent(text);
  } catch {
    // (A literal `%` in an SVG written unescaped: read as it is.)
    return text;
  }
}

/**
 * The inks of a computed `background-image` that is one SVG data URL (null for anything else).
 * A shape with no paint of its own is filled black, so an SVG that names none is black. A colour
 * that cannot be read (a name, `url(#gradient)` is skipped: its stops are read) is null in the list.
 */
export function svgInks(image: string): (Rgba | null)[] | null {
  const svg = svgOf(image);
  if (svg === undefined) return null;
  const inks = [...svg.matchAll(PAINT)].map((match) => match[2].trim()).filter((value) => !UNPAINTED.test(value));
  return inks.length ? inks.map(parseInk) : [rgba(0, 0, 0)];
}

/**
 * The size an SVG picture gives itself (`width="16" height="16"` on its root), its larger side in
 * px; NaN unless it gives both in px. What `background-size: auto` draws it at.
 */
export function svgSize(image: string): number {
  const root = svgOf(image)?.match(/<svg[^>]*/)?.[0];
  return Math.max(...['width', 'height'].map((name) => Number(root?.match(RegExp(`\\s${name}\\s*=\\s*["']?([\\d.]+)(px)?(?![\\w%.])`))?.[1])));
}

/**
 * The same SVG picture with every ink `ink` (a CSS colour), as a `url()` value; an SVG that names
 * no paint is given one on its root.
 */
export function repaint(image: string, ink: string): string {
  let svg = svgOf(image)!;
  // (search(), not test(): a global pattern's test() would move its lastIndex.)
  svg = svg.search(PAINT) >= 0 ? svg.replace(PAINT, (match, name: string, value: string) => (UNPAINTED.test(value) ? match : name + ink)) : svg.replace('<svg', `<svg fill="${ink}"`);
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}
