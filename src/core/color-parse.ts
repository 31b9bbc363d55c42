/**
 * Parses every form `getComputedStyle` returns for a colour into sRGB: `rgb()`/`rgba()`,
 * `color(srgb | srgb-linear | display-p3 | xyz-d50 | xyz-d65 …)`, `oklch()`, `oklab()`,
 * `lab()`, `lch()` (these are also what `color-mix()` resolves to) and `transparent`. Authored
 * `color(a98-rgb | prophoto-rgb | rec2020 …)` are not read (null: treated as unknown). No DOM.
 *
 * Hand-written rather than culori, measured in dist/legible.min.js (gzip -9): this file costs
 * 0.82 KB (15.10 KB with it, 14.28 KB with a stub), while culori/fn tree-shaken to `parse` +
 * `converter` with only the rgb, lrgb, p3, xyz50, xyz65, oklab, oklch, lab and lch modes costs
 * 6.82 KB (21.10 KB). Computed values are already normalised, so a small parser covers them;
 * test/core/color-parse.test.ts checks it against culori on this browser's own strings.
 */
import { clamp01, fromLinear, oklabToLinear, toLinear, type Rgba } from './color.js';

type Matrix = readonly (readonly [number, number, number])[];

const apply = (m: Matrix, [x, y, z]: readonly number[]): number[] => m.map((row) => row[0] * x + row[1] * y + row[2] * z);

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

/** Computed values hold plain numbers (hues in degrees, no percentages, maybe `1e-8`) or `none`. */
const component = (part: string): number => (part === 'none' ? 0 : Number(part));

const polar = (chroma: number, hueDegrees: number): [number, number] => {
  const h = (hueDegrees * Math.PI) / 180;
  return [chroma * Math.cos(h), chroma * Math.sin(h)];
};

export function parseColor(text: string): Rgba | null {
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const match = /^([a-z]+)\(([^()]*)\)$/.exec(text);
  if (!match) return null;
  // `color(space x y z / a)` names its space first; legacy `rgba(r, g, b, a)` puts alpha fourth.
  const parts = match[2].split(/[\s,/]+/).filter(Boolean);
  const space = match[1] === 'color' ? parts.shift() : match[1];
  const [x, y, z, a = 1] = parts.map(component);
  let encoded: number[] | undefined;
  let linear: number[] | undefined;
  if (space === 'rgb' || space === 'rgba') encoded = [x / 255, y / 255, z / 255];
  else if (space === 'srgb') encoded = [x, y, z];
  else if (space === 'srgb-linear') linear = [x, y, z];
  else if (space === 'display-p3') linear = apply(LINEAR_P3_TO_LINEAR_SRGB, [x, y, z].map(toLinear));
  else if (space === 'xyz-d65') linear = apply(XYZ65_TO_LINEAR_SRGB, [x, y, z]);
  else if (space === 'xyz-d50') linear = apply(XYZ50_TO_LINEAR_SRGB, [x, y, z]);
  else if (space === 'oklab') linear = oklabToLinear(x, y, z);
  else if (space === 'oklch') linear = oklabToLinear(x, ...polar(y, z));
  else if (space === 'lab') linear = labToLinear(x, y, z);
  else if (space === 'lch') linear = labToLinear(x, ...polar(y, z));
  else return null;
  const [r, g, b] = encoded ?? linear!.map((c) => fromLinear(clamp01(c)));
  const color = { r: clamp01(r), g: clamp01(g), b: clamp01(b), a: clamp01(a) };
  return [color.r, color.g, color.b, color.a].every(Number.isFinite) ? color : null;
}
