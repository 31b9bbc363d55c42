/**
 * Readability settings, their steps and validation. No DOM here.
 */

/** -1 soft, 0 the site's own colours, 1 high, 2 maximum. */
export type ContrastLevel = -1 | 0 | 1 | 2;

export interface Settings {
  /** Factor applied to every text size of the page; 1 is the site's own size. */
  readonly textScale: number;
  readonly contrast: ContrastLevel;
}

/** What a caller may pass to `set()`: any subset, any numbers (they are snapped and clamped). */
export interface SettingsInput {
  textScale?: number;
  contrast?: number;
}

/** The steps a page offers. The embedding team may narrow or change them. */
export interface Steps {
  /** Ascending, distinct, positive factors. */
  readonly textSteps: readonly number[];
  /** Ascending, distinct levels, a subset of -1..2. */
  readonly contrastLevels: readonly ContrastLevel[];
}

export const DEFAULT_TEXT_STEPS: readonly number[] = [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2];
export const ALL_CONTRAST_LEVELS: readonly ContrastLevel[] = [-1, 0, 1, 2];
export const DEFAULT_STEPS: Steps = {
  textSteps: DEFAULT_TEXT_STEPS,
  contrastLevels: ALL_CONTRAST_LEVELS,
};

/** The largest text factor Legible supports: WCAG 1.4.4 asks for 200%. */
export const MAX_TEXT_SCALE = 4;
export const MIN_TEXT_SCALE = 0.5;

/** Number.isFinite is false for anything that is not a number, numeric strings included. */
const isFiniteNumber = Number.isFinite as (value: unknown) => value is number;

/** The member of a sorted list nearest to `value`; ties go to the smaller one. Clamps at both ends. */
export function nearest<T extends number>(list: readonly T[], value: number): T {
  let best = list[0];
  for (const candidate of list) {
    if (Math.abs(candidate - value) < Math.abs(best - value)) best = candidate;
  }
  return best;
}

/**
 * Cleans a list from configuration: keeps the numbers (or numeric strings) that `keep` accepts,
 * sorted and distinct; falls back to `fallback` when nothing usable is left.
 */
function clean<T extends number>(input: unknown, fallback: readonly T[], keep: (value: number) => boolean): readonly T[] {
  const list = Array.isArray(input)
    ? // `+ 0` turns -0 into 0.
      [...new Set(input.map((v) => (typeof v === 'string' ? +v : v)).filter((v) => isFiniteNumber(v) && keep(v)).map((v: number) => v + 0))].sort((a, b) => a - b)
    : [];
  return list.length ? (list as T[]) : fallback;
}

/** Text steps from configuration: finite numbers within the supported range, sorted and distinct. */
export const normalizeTextSteps = (input: unknown): readonly number[] =>
  clean(input, DEFAULT_TEXT_STEPS, (v) => v >= MIN_TEXT_SCALE && v <= MAX_TEXT_SCALE);

/** Contrast levels from configuration: members of -1..2, sorted and distinct. */
export const normalizeContrastLevels = (input: unknown): readonly ContrastLevel[] =>
  clean(input, ALL_CONTRAST_LEVELS, (v) => ALL_CONTRAST_LEVELS.includes(v as ContrastLevel));

/** "A" returns to 1 and the site's own colours are 0, or the nearest offered. */
export const defaultSettings = (steps: Steps = DEFAULT_STEPS): Settings => resolveSettings({ textScale: 1, contrast: 0 }, null, steps);

/**
 * Merges `input` into `base` and returns valid settings: values between steps snap to the nearest,
 * out-of-range values clamp, anything that is not a finite number is ignored.
 */
export function resolveSettings(base: Settings, input: SettingsInput | null | undefined, steps: Steps): Settings {
  const textScale = isFiniteNumber(input?.textScale) ? input.textScale : base.textScale;
  const contrast = isFiniteNumber(input?.contrast) ? input.contrast : base.contrast;
  return {
    textScale: nearest(steps.textSteps, textScale),
    contrast: nearest(steps.contrastLevels, contrast),
  };
}

/** The neighbouring step in `list` from `current`, or `current` itself at the end. */
export function neighbour<T extends number>(list: readonly T[], current: T, direction: 1 | -1): T {
  const index = list.indexOf(nearest(list, current));
  return list[index + direction] ?? list[index];
}

export const sameSettings = (a: Settings, b: Settings): boolean =>
  a.textScale === b.textScale && a.contrast === b.contrast;

/** What the bar needs to know to enable or disable each button. */
export interface Capabilities {
  canDecreaseText: boolean;
  canIncreaseText: boolean;
  isDefaultText: boolean;
  canDecreaseContrast: boolean;
  canIncreaseContrast: boolean;
  isDefault: boolean;
  /** The system's high-contrast mode (forced colors) is in charge of colours; contrast buttons rest. */
  systemContrast: boolean;
}

/** `systemContrast`: the system's forced colours decide every colour, so contrast buttons rest. */
export function capabilities(settings: Settings, steps: Steps, systemContrast = false): Capabilities {
  const { textSteps, contrastLevels } = steps;
  const defaults = defaultSettings(steps);
  return {
    canDecreaseText: settings.textScale > textSteps[0],
    canIncreaseText: settings.textScale < textSteps[textSteps.length - 1],
    isDefaultText: settings.textScale === defaults.textScale,
    canDecreaseContrast: !systemContrast && settings.contrast > contrastLevels[0],
    canIncreaseContrast: !systemContrast && settings.contrast < contrastLevels[contrastLevels.length - 1],
    isDefault: sameSettings(settings, defaults),
    systemContrast,
  };
}
