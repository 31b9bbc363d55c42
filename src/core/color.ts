/**
 * Colour maths for the contrast levels (parsing lives in color-parse.ts): WCAG contrast ratios, and moving
 * a colour's lightness in OKLCH (perceptual, so the hue stays the site's) until a ratio is met.
 * No DOM. Written for size: it ships in the script-tag file.
 */

/** sRGB channels 0..1 and alpha 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const rgba = (r: number, g: number, b: number, a = 1): Rgba => ({ r, g, b, a });
const channels = (c: Rgba): number[] => [c.r, c.g, c.b];

export const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** A 3×3 matrix, row after row, times a column of three. */
export const multiply = (m: number[], [x, y, z]: number[]): number[] => [0, 3, 6].map((row) => m[row] * x + m[row + 1] * y + m[row + 2] * z);

/** `top` drawn over `bottom` (source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  // Two fully transparent layers stay transparent black (a = 0 short-circuits the division).
  const mix = (t: number, b: number): number => a && (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return rgba(mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b), a);
}

export const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
export const fromLinear = (c: number): number => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG 2 relative luminance of an opaque colour. */
export const luminance = (c: Rgba): number => 0.2126 * toLinear(c.r) + 0.7152 * toLinear(c.g) + 0.0722 * toLinear(c.b);

/** WCAG 2 contrast ratio, 1..21. Translucent text is first composited over the background. */
export function contrastRatio(text: Rgba, background: Rgba): number {
  const l1 = luminance(text.a < 1 ? composite(text, background) : text);
  const l2 = luminance(background);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

// Björn Ottosson's published Oklab matrices, to 6 significant digits (a colour moves by less
// than 0.01 of an 8-bit step).
const LINEAR_TO_LMS = [0.412221, 0.536333, 0.051446, 0.211903, 0.6807, 0.107397, 0.0883025, 0.281719, 0.629979];
const LMS_TO_OKLAB = [0.210454, 0.793618, -0.00407205, 1.978, -2.42859, 0.450594, 0.025904, 0.782772, -0.808676];
const OKLAB_TO_LMS = [1, 0.396338, 0.215804, 1, -0.105561, -0.0638542, 1, -0.0894842, -1.29149];
const LMS_TO_LINEAR = [4.07674, -3.30771, 0.23097, -1.26844, 2.60976, -0.341319, -0.00419609, -0.703419, 1.70761];

/** Oklab to linear sRGB; may fall outside 0..1. */
export const oklabToLinear = (l: number, a: number, b: number): number[] =>
  multiply(LMS_TO_LINEAR, multiply(OKLAB_TO_LMS, [l, a, b]).map((v) => v ** 3));

export interface Oklch {
  l: number;
  c: number;
  h: number;
}

export function toOklch(c: Rgba): Oklch {
  const [l, a, b] = multiply(LMS_TO_OKLAB, multiply(LINEAR_TO_LMS, channels(c).map(toLinear)).map(Math.cbrt));
  return { l, c: Math.hypot(a, b), h: Math.atan2(b, a) };
}

/** Back to sRGB; chroma is reduced until the colour fits the sRGB gamut. */
export function fromOklch({ l, c, h }: Oklch): Rgba {
  for (let chroma = c; ; chroma *= 0.9) {
    const rgb = oklabToLinear(l, chroma * Math.cos(h), chroma * Math.sin(h));
    if (chroma < 1e-4 || rgb.every((v) => v >= -1e-4 && v <= 1 + 1e-4)) {
      const [r, g, b] = rgb.map((v) => fromLinear(clamp01(v)));
      return rgba(r, g, b);
    }
  }
}

export const to8bit = (c: Rgba): Rgba => {
  const [r, g, b] = channels(c).map((v) => Math.round(v * 255) / 255);
  return rgba(r, g, b, c.a);
};

/** `rgb(r g b)` or `rgb(r g b / a)` with 8-bit channels. */
export function formatColor(c: Rgba): string {
  const a = Math.round(c.a * 1000) / 1000;
  return `rgb(${channels(c).map((v) => Math.round(v * 255)).join(' ')}${a < 1 ? ` / ${a}` : ''})`;
}

/**
 * Binary search on OKLCH lightness from `fails` towards `passes` (24 halvings): the passing end
 * nearest to `fails`.
 */
function search(fails: number, passes: number, ok: (l: number) => boolean): number {
  for (let i = 0; i < 24; i++) {
    const mid = (fails + passes) / 2;
    if (ok(mid)) passes = mid;
    else fails = mid;
  }
  return passes;
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
  const at = (l: number): Rgba => fromOklch({ ...base, l });
  // Lightness 0 is black and 1 white, whatever the hue: try the end facing away from the background first.
  for (const end of luminance(background) > 0.18 ? [0, 1] : [1, 0]) {
    if (contrastRatio(rgba(end, end, end), background) < target) continue;
    const far = search(base.l, end, (l) => contrastRatio(at(l), background) >= target);
    // Rounding to 8-bit channels may fall just under the target: then a hair further.
    for (const l of [far, far + (end - far) * 0.02]) {
      const found = to8bit(at(l));
      if (contrastRatio(found, background) >= target) return found;
    }
  }
  return null;
}

/**
 * For the soft level: text keeps its hue but moves towards the background until the ratio is at
 * most `max`; text under `min` is raised to `min`. Null when the colour can stay as it is.
 */
export function softenContrast(text: Rgba, background: Rgba, min: number, max: number): Rgba | null {
  const ratio = contrastRatio(text, background);
  if (ratio < min) return reachContrast(text, background, min + 0.05);
  if (ratio <= max) return null;
  const base = toOklch(text);
  // Rounded to 8-bit channels inside the search, so the colour written stays at or under `max`.
  const at = (l: number): Rgba => to8bit(fromOklch({ ...base, l }));
  const result = at(search(base.l, toOklch(background).l, (l) => contrastRatio(at(l), background) <= max));
  return contrastRatio(result, background) >= min ? result : null;
}
