/**
 * What a reader of test/fixtures/persist-page.html sees, read independently of Legible's own
 * state: the page's computed styles, every bar's buttons, and what persist-watch.js recorded.
 */
import { expect } from '@open-wc/testing';
import { contrastRatio } from '../../src/core/color.js';
import { parseColor } from '../../src/core/color-parse.js';
import type { Settings } from '../../src/core/settings.js';
import type { Frame } from '../helpers/frame.js';

export const KEY = 'legible';
export const TEXT_STEPS = [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2];
export const CONTRAST_LEVELS = [-1, 0, 1, 2];

export interface Watched {
  errors: string[];
  rejections: string[];
  consoleErrors: string[];
}

type WatchedWindow = Frame['win'] & { watched: Watched; breakStorage(mode: string): void };

export const watchedOf = (frame: Frame): Watched => (frame.win as WatchedWindow).watched;
/** `missing`, `security` (touching localStorage throws), `quota` (setItem throws), `broken` (every call throws), '' mends. */
export const breakStorage = (frame: Frame, mode: string): void => (frame.win as WatchedWindow).breakStorage(mode);

/** Nothing thrown, rejected or logged as an error in the frame since it started. */
export function expectNothingWentWrong(frame: Frame): void {
  const { errors, rejections, consoleErrors } = watchedOf(frame);
  expect({ errors, rejections, consoleErrors }).to.deep.equal({ errors: [], rejections: [], consoleErrors: [] });
  expect(frame.errors).to.deep.equal([]);
}

const style = (frame: Frame, selector: string): CSSStyleDeclaration =>
  frame.win.getComputedStyle(frame.doc.querySelector(selector)!);

/**
 * The contrast level the page shows. persist.css: body #222 on #fff, `.grey` #999 (2.8:1).
 * Level 2 paints the body black, level -1 gives it a calmer background, level 1 lifts the grey
 * text to 7:1 on white (4.5:1 once the text size makes it large text), level 0 leaves every
 * colour as the site set it.
 */
export function shownContrast(frame: Frame): number | string {
  const background = style(frame, 'body').backgroundColor;
  const probe = style(frame, '#probe');
  if (background === 'rgb(0, 0, 0)') return 2;
  if (background !== 'rgb(255, 255, 255)') return -1;
  if (probe.color === 'rgb(153, 153, 153)') return 0;
  const needed = parseFloat(probe.fontSize) >= 24 ? 4.5 : 7;
  if (contrastRatio(parseColor(probe.color)!, parseColor(background)!) >= needed) return 1;
  return `unknown: ${probe.color} on ${background} at ${probe.fontSize}`;
}

/** The text scale the page shows: the root's custom property and a 20px paragraph's size. */
export function shownTextScale(frame: Frame): { property: number; px: number } {
  const property = frame.win.getComputedStyle(frame.doc.documentElement).getPropertyValue('--legible-text-scale').trim();
  const px = parseFloat(style(frame, '#px-probe').fontSize) / 20;
  return { property: property === '' ? 1 : Number(property), px: Math.round(px * 1000) / 1000 };
}

export const bars = (frame: Frame): HTMLElement[] => Array.from(frame.doc.querySelectorAll('legible-bar'));

export const barButton = (bar: Element, part: string): HTMLButtonElement =>
  bar.shadowRoot!.querySelector(`[part~="${part}"]`) as HTMLButtonElement;

const DISABLING_PARTS = ['decrease-text', 'increase-text', 'increase-contrast', 'decrease-contrast'] as const;

/** Each bar's `aria-disabled` per button, as rendered now. */
export const shownButtons = (frame: Frame): Record<string, boolean>[] =>
  bars(frame).map((bar) => Object.fromEntries(DISABLING_PARTS.map((part) => [part, barButton(bar, part).getAttribute('aria-disabled') === 'true'])));

/** What each bar should show for `settings` with the default steps. */
export const expectedButtons = (settings: Settings): Record<string, boolean> => ({
  'decrease-text': settings.textScale === TEXT_STEPS[0],
  'increase-text': settings.textScale === TEXT_STEPS[TEXT_STEPS.length - 1],
  'increase-contrast': settings.contrast === 2,
  'decrease-contrast': settings.contrast === -1,
});

export interface Shown {
  api: Settings;
  bars: Record<string, boolean>[];
  text: { property: number; px: number };
  contrast: number | string;
}

/** The API, every bar and the page, read at this moment. */
export const shown = (frame: Frame): Shown => ({
  api: frame.win.Legible!.get(),
  bars: shownButtons(frame),
  text: shownTextScale(frame),
  contrast: shownContrast(frame),
});

/** What a frame with `barCount` bars shows for `settings`. */
export const showing = (settings: Settings, barCount: number): Shown => ({
  api: settings,
  bars: Array.from({ length: barCount }, () => expectedButtons(settings)),
  text: { property: settings.textScale, px: settings.textScale },
  contrast: settings.contrast,
});

/** The API, every bar (once rendered) and the page all show `settings`. */
export async function expectShown(frame: Frame, settings: Settings, context = ''): Promise<void> {
  await Promise.all(bars(frame).map((bar) => (bar as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  expect(shown(frame), context).to.deep.equal(showing(settings, bars(frame).length));
}

/**
 * Runs `act` (which should write storage from elsewhere) and reads what the frame shows in the
 * first animation frame after its `storage` event: another tab's change must show within a frame.
 */
export function shownAfterStorageEvent(frame: Frame, act: () => void): Promise<Shown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no storage event reached the frame')), 3000);
    frame.win.addEventListener(
      'storage',
      () => {
        clearTimeout(timer);
        frame.win.requestAnimationFrame(() => resolve(shown(frame)));
      },
      { once: true },
    );
    act();
  });
}
