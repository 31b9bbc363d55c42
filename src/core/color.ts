/**
 * Colour maths for the contrast levels (parsing lives in color-parse.ts): WCAG contrast ratios, and moving
 * a colour's lightness in OKLCH (perceptual, so the hue stays the site's) until a ratio is met.
 * No DOM.
 */

/** sRGB channels 0..1 and alpha 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** `top` drawn over `bottom` (source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number): number => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

export const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
export const fromLinear = (c: number): number => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG 2 relative luminance of an opaque colour. */
export const luminance = (c: Rgba): number =>
  0.2126 * toLinear(c.r) + 0.7152 * toLinear(c.g) + 0.0722 * toLinear(c.b);

/** WCAG 2 contrast ratio, 1..21. Translucent text is first composited over the background. */
export function contrastRatio(text: Rgba, background: Rgba): number {
  const fg = text.a < 1 ? composite(text, background) : text;
  const l1 = luminance(fg);
  const l2 = luminance(background);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** Oklab to linear sRGB (Björn Ottosson's published matrices); may fall outside 0..1. */
export function oklabToLinear(l: number, a: number, b: number): number[] {
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}

export interface Oklch {
  l: number;
  c: number;
  h: number;
}

export function toOklch({ r, g, b }: Rgba): Oklch {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return { l: L, c: Math.hypot(A, B), h: Math.atan2(B, A) };
}

/** Back to sRGB; chroma is reduced until the colour fits the sRGB gamut. */
export function fromOklch({ l, c, h }: Oklch, a = 1): Rgba {
  for (let chroma = c; ; chroma *= 0.9) {
    const rgb = oklabToLinear(l, chroma * Math.cos(h), chroma * Math.sin(h));
    if (chroma < 1e-4 || rgb.every((v) => v >= -1e-4 && v <= 1 + 1e-4)) {
      const [r, g, b] = rgb.map((v) => clamp01(fromLinear(clamp01(v))));
      return { r, g, b, a };
    }
  }
}

/**
 * The colour nearest to `text` in OKLCH lightness, same hue, that reaches `target` against
 * `background`; null when no lightness can. Moves towards black on light backgrounds and
 * towards white on dark ones, whichever can reach the target.
 */
export function reachContrast(text: Rgba, background: Rgba, target: number): Rgba | null {
  const opaque = { ...text, a: 1 };
  if (contrastRatio(opaque, background) >= target) return opaque;
  const base = toOklch(opaque);
  // Lightness 0 is black and 1 white, whatever the hue: try the end facing away from the background first.
  for (const end of luminance(background) > 0.18 ? [0, 1] : [1, 0]) {
    if (contrastRatio({ r: end, g: end, b: end, a: 1 }, background) < target) continue;
    // Binary search on lightness between the colour and the end that reaches the target.
    let near = base.l;
    let far = end;
    for (let i = 0; i < 24; i++) {
      const mid = (near + far) / 2;
      if (contrastRatio(fromOklch({ ...base, l: mid }), background) >= target) far = mid;
      else near = mid;
    }
    // Rounding to 8-bit channels may fall just under the target: then a hair further.
    for (const l of [far, far + (end - far) * 0.02]) {
      const found = to8bit(fromOklch({ ...base, l }));
      if (contrastRatio(found, background) >= target) return found;
    }
  }
  return null;
}

export const to8bit = (c: Rgba): Rgba => ({
  r: Math.round(c.r * 255) / 255,
  g: Math.round(c.g * 255) / 255,
  b: Math.round(c.b * 255) / 255,
  a: c.a,
});

/** `rgb(r g b)` or `rgb(r g b / a)` with 8-bit channels. */
export function formatColor(c: Rgba): string {
  const ch = (v: number): number => Math.round(v * 255);
  const a = Math.round(c.a * 1000) / 1000;
  return a >= 1 ? `rgb(${ch(c.r)} ${ch(c.g)} ${ch(c.b)})` : `rgb(${ch(c.r)} ${ch(c.g)} ${ch(c.b)} / ${a})`;
}

/**
 * For the soft level: text keeps its hue but moves towards the background until the ratio is at
 * most `max`; text under `min` is raised to `min`. Null when the colour can stay as it is.
 */
export function softenContrast(text: Rgba, background: Rgba, min: number, max: number): Rgba | null {
  const ratio = contrastRatio(text, background);
  if (ratio < min) return reachContrast(text, background, min + 0.05);
  if (ratio <= max) return null;
  const base = toOklch({ ...text, a: 1 });
  const towards = toOklch(background).l;
  // Binary search between the text's lightness (too strong) and the background's (too weak).
  let strong = base.l;
  let weak = towards;
  for (let i = 0; i < 24; i++) {
    const mid = (strong + weak) / 2;
    // Rounded to 8-bit channels inside the search, so the colour written stays at or under `max`.
    if (contrastRatio(to8bit(fromOklch({ ...base, l: mid })), background) > max) strong = mid;
    else weak = mid;
  }
  const result = to8bit(fromOklch({ ...base, l: weak }));
  return contrastRatio(result, background) >= min ? result : null;
}
