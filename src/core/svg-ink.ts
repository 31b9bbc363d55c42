/**
 * The inks of a picture drawn by an SVG written into a stylesheet, as frameworks draw their menu,
 * close and switch icons (`url("data:image/svg+xml,…")`): the colours of its fills, strokes and
 * gradient stops. No DOM.
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

/**
 * The inks of a computed `background-image` that is one SVG data URL (null for anything else).
 * A shape with no paint of its own is filled black, so an SVG that names none is black. A colour
 * that cannot be read (a name, `url(#gradient)` is skipped: its stops are read) is null in the list.
 */
export function svgInks(image: string): (Rgba | null)[] | null {
  const [, params, data] = /^url\("data:image\/svg\+xml([^,]*),(.*)"\)$/s.exec(image) ?? [];
  if (data === undefined) return null;
  let svg = data;
  try {
    svg = params.includes(';base64') ? atob(data) : decodeURIComponent(data);
  } catch {
    // (A literal `%` in an SVG written unescaped: read as it is.)
  }
  const inks = [...svg.matchAll(/(?:fill|stroke|stop-color)\s*(?:=\s*\\?["']|:)\s*([^"'\\;]+)/g)]
    .map((match) => match[1].trim())
    .filter((value) => !/^(none|url\()/i.test(value));
  return inks.length ? inks.map(parseInk) : [rgba(0, 0, 0)];
}
