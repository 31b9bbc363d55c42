/**
 * Parses every form `getComputedStyle` returns for a colour into sRGB: `rgb()`/`rgba()`,
 * `color(srgb | srgb-linear | display-p3 | xyz | xyz-d50 | xyz-d65 …)`, `oklch()`, `oklab()`,
 * `lab()`, `lch()` (these are also what `color-mix()` resolves to) and `transparent`. Authored
 * `color(a98-rgb | prophoto-rgb | rec2020 …)` are not read (null: treated as unknown). No DOM.
 *
 * Hand-written rather than culori, measured in dist/legible.min.js (gzip -9): this file costs
 * 0.82 KB (15.10 KB with it, 14.28 KB with a stub), while culori/fn tree-shaken to `parse` +
 * `converter` with only the rgb, lrgb, p3, xyz50, xyz65, oklab, oklch, lab and lch modes costs
 * 6.82 KB (21.10 KB). Computed values are already normalised, so a small parser covers them;
 * test/core/color-parse.test.ts checks it against culori on this browser's own strings.
 */
import { clamp01, fromLinear, oklabToLinear, type Rgba } from './color.js';

type Matrix = readonly (readonly [number, number, number])[];

const apply = (m: Matrix, [x, y, z]: readonly number[]): number[] => m.map((row) => row[0] * x + row[1] * y + row[2] * z);

/** Linear channels (may fall outside 0..1) to clamped, gamma-encoded sRGB. */
const fromLinearRgb = ([r, g, b]: readonly number[], a: number): Rgba => ({
  r: clamp01(fromLinear(clamp01(r))),
  g: clamp01(fromLinear(clamp01(g))),
  b: clamp01(fromLinear(clamp01(b))),
  a: clamp01(a),
});

/** CIE XYZ (D50, the white point of lab/lch) to linear sRGB, Bradford-adapted to D65. */
const XYZ50_TO_LINEAR_SRGB: Matrix = [
  [3.1341359, -1.617386, -0.4906622],
  [-0.9787955, 1.9162544, 0.0334429],
  [0.0719554, -0.2289768, 1.405386],
];
/** CIE XYZ (D65, `color(xyz …)` and what `color-mix(in xyz …)` resolves to) to linear sRGB. */
const XYZ65_TO_LINEAR_SRGB: Matrix = [
  [3.2409699, -1.5373832, -0.4986108],
  [-0.9692436, 1.8759675, 0.0415551],
  [0.0556301, -0.203977, 1.0569715],
];
const LINEAR_P3_TO_LINEAR_SRGB: Matrix = [
  [1.2249402, -0.2249402, 0],
  [-0.042057, 1.042057, 0],
  [-0.0196376, -0.078636, 1.0982736],
];

function labToLinear(l: number, a: number, b: number): number[] {
  const kappa = 24389 / 27;
  const epsilon = 216 / 24389;
  const fy = (l + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const inverse = (t: number): number => (t ** 3 > epsilon ? t ** 3 : (116 * t - 16) / kappa);
  const y = l > kappa * epsilon ? fy ** 3 : l / kappa;
  return apply(XYZ50_TO_LINEAR_SRGB, [inverse(fx) * 0.96422, y, inverse(fz) * 0.82521]);
}

const toLinearChannel = (c: number): number => {
  const sign = c < 0 ? -1 : 1;
  const abs = Math.abs(c);
  return sign * (abs <= 0.04045 ? abs / 12.92 : ((abs + 0.055) / 1.055) ** 2.4);
};

/**
 * One component: a number, a percentage of `percentScale`, an angle (hue, to degrees), or `none`.
 */
function component(part: string, percentScale = 1): number {
  if (part === 'none') return 0;
  if (part.endsWith('%')) return (parseFloat(part) / 100) * percentScale;
  if (part.endsWith('rad')) return (parseFloat(part) * 180) / Math.PI;
  if (part.endsWith('turn')) return parseFloat(part) * 360;
  return parseFloat(part);
}

const polar = (chroma: number, hueDegrees: number): [number, number] => {
  const h = (hueDegrees * Math.PI) / 180;
  return [chroma * Math.cos(h), chroma * Math.sin(h)];
};

export function parseColor(input: string): Rgba | null {
  const text = input.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const match = /^([a-z]+)\(\s*([^()]*)\)$/.exec(text);
  if (!match) return null;
  const [, fn, body] = match;
  const [channels, alphaPart] = body.split('/');
  let parts = channels.split(/[\s,]+/).filter(Boolean);
  // Legacy `rgba(r, g, b, a)` puts alpha fourth instead of after a slash.
  const alphaText = alphaPart?.trim() ?? (parts.length === 4 && fn !== 'color' ? parts[3] : undefined);
  const a = alphaText === undefined ? 1 : component(alphaText);
  let result: Rgba | null = null;
  if (fn === 'color') {
    const space = parts[0];
    parts = parts.slice(1);
    const [x, y, z] = parts.map((p) => component(p));
    if (space === 'srgb') result = { r: clamp01(x), g: clamp01(y), b: clamp01(z), a: clamp01(a) };
    else if (space === 'srgb-linear') result = fromLinearRgb([x, y, z], a);
    else if (space === 'display-p3') result = fromLinearRgb(apply(LINEAR_P3_TO_LINEAR_SRGB, [x, y, z].map(toLinearChannel)), a);
    else if (space === 'xyz-d65' || space === 'xyz') result = fromLinearRgb(apply(XYZ65_TO_LINEAR_SRGB, [x, y, z]), a);
    else if (space === 'xyz-d50') result = fromLinearRgb(apply(XYZ50_TO_LINEAR_SRGB, [x, y, z]), a);
  } else {
    if (parts.length < 3) return null;
    const [p0, p1, p2] = parts;
    if (fn === 'rgb' || fn === 'rgba') {
      const channel = (p: string): number => component(p, 255) / 255;
      result = { r: clamp01(channel(p0)), g: clamp01(channel(p1)), b: clamp01(channel(p2)), a: clamp01(a) };
    } else if (fn === 'oklab') {
      result = fromLinearRgb(oklabToLinear(component(p0, 1), component(p1, 0.4), component(p2, 0.4)), a);
    } else if (fn === 'oklch') {
      result = fromLinearRgb(oklabToLinear(component(p0, 1), ...polar(component(p1, 0.4), component(p2))), a);
    } else if (fn === 'lab') {
      result = fromLinearRgb(labToLinear(component(p0, 100), component(p1, 125), component(p2, 125)), a);
    } else if (fn === 'lch') {
      result = fromLinearRgb(labToLinear(component(p0, 100), ...polar(component(p1, 150), component(p2))), a);
    }
  }
  return result && [result.r, result.g, result.b, result.a].every(Number.isFinite) ? result : null;
}
