/**
 * Parses every form `getComputedStyle` returns for a colour into sRGB: `rgb()`/`rgba()`,
 * `color(srgb | srgb-linear | display-p3 | xyz-d50 | xyz-d65 …)`, `oklch()`, `oklab()`,
 * `lab()`, `lch()` (these are also what `color-mix()` resolves to) and `transparent`. Authored
 * `color(a98-rgb | prophoto-rgb | rec2020 …)` are not read (null: treated as unknown). No DOM.
 *
 * Hand-written rather than culori, measured in dist/legible.min.js (gzip -9): this file costs
 * 0.82 KB (15.10 KB with it, 14.28 KB with a stub; 0.50 KB since it shares color.ts's matrix
 * routine and reads each space from a table), while culori/fn tree-shaken to `parse` +
 * `converter` with only the rgb, lrgb, p3, xyz50, xyz65, oklab, oklch, lab and lch modes costs
 * 6.82 KB (21.10 KB). Computed values are already normalised, so a small parser covers them;
 * test/core/color-parse.test.ts checks it against culori on this browser's own strings.
 */
import { clamp01, fromLinear, multiply, oklabToLinear, rgba, toLinear, type Rgba } from './color.js';

/** CIE XYZ (D50, the white point of lab/lch) to linear sRGB, Bradford-adapted to D65. */
const XYZ50_TO_LINEAR_SRGB = [3.13414, -1.61739, -0.490662, -0.978796, 1.91625, 0.0334429, 0.0719554, -0.228977, 1.40539];

function labToLinear(l: number, a: number, b: number): number[] {
  const kappa = 24389 / 27;
  const fy = (l + 16) / 116;
  // 216 / 24389 is CIE's epsilon; kappa × epsilon = 8.
  const inverse = (t: number): number => (t ** 3 > 216 / 24389 ? t ** 3 : (116 * t - 16) / kappa);
  return multiply(XYZ50_TO_LINEAR_SRGB, [inverse(fy + a / 500) * 0.96422, l > 8 ? fy ** 3 : l / kappa, inverse(fy - b / 200) * 0.82521]);
}

/** lch and oklch: chroma and hue (degrees) to a and b. */
const polar = (to: (l: number, a: number, b: number) => number[]) => (l: number, c: number, h: number) =>
  to(l, c * Math.cos((h * Math.PI) / 180), c * Math.sin((h * Math.PI) / 180));

type Space = (x: number, y: number, z: number) => number[];
const rgb255: Space = (...v) => v.map((c) => toLinear(c / 255));

/** Each space a computed value can name, to linear sRGB (may fall outside 0..1). */
const SPACES: Record<string, Space> = {
  __proto__: null as never,
  rgb: rgb255,
  rgba: rgb255,
  srgb: (...v) => v.map(toLinear),
  'srgb-linear': (...v) => v,
  'display-p3': (...v) => multiply([1.22494, -0.22494, 0, -0.042057, 1.04206, 0, -0.0196376, -0.078636, 1.09827], v.map(toLinear)),
  // CIE XYZ (D65): `color(xyz …)` and what `color-mix(in xyz …)` resolves to.
  'xyz-d65': (...v) => multiply([3.24097, -1.53738, -0.498611, -0.969244, 1.87597, 0.0415551, 0.0556301, -0.203977, 1.05697], v),
  'xyz-d50': (...v) => multiply(XYZ50_TO_LINEAR_SRGB, v),
  oklab: oklabToLinear,
  oklch: polar(oklabToLinear),
  lab: labToLinear,
  lch: polar(labToLinear),
};

export function parseColor(text: string): Rgba | null {
  if (text === 'transparent') return rgba(0, 0, 0, 0);
  const [, name, args] = /^([a-z]+)\(([^()]*)\)$/.exec(text) ?? [];
  // `color(space x y z / a)` names its space first; legacy `rgba(r, g, b, a)` puts alpha fourth.
  const parts = args?.split(/[\s,/]+/).filter(Boolean) ?? [];
  const space = SPACES[(name === 'color' ? parts.shift() : name) as string];
  if (!space) return null;
  // Computed values hold plain numbers (hues in degrees, no percentages, maybe `1e-8`) or `none`.
  const [x, y, z, a = 1] = parts.map((part) => (part === 'none' ? 0 : +part));
  const [r, g, b] = space(x, y, z).map((c) => fromLinear(clamp01(c)));
  // A missing or unreadable number anywhere makes the sum NaN.
  return Number.isFinite(r + g + b + a) ? rgba(r, g, b, clamp01(a)) : null;
}
