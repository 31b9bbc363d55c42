/**
 * What the security tests share: the recorder the csp-* fixtures load first, and pressing the
 * bar's buttons as a reader would.
 */
import type { Frame } from '../helpers/frame.js';
import { nextFrames } from '../helpers/frame.js';

export interface SecurityRecord {
  violations: string[];
  errors: string[];
}

export const securityRecord = (frame: Frame): SecurityRecord =>
  (frame.win as unknown as { __securityRecord: SecurityRecord }).__securityRecord;

export const BUTTON_PARTS = ['decrease-text', 'reset-text', 'increase-text', 'increase-contrast', 'decrease-contrast', 'reset'] as const;
export type ButtonPart = (typeof BUTTON_PARTS)[number];

export const barOf = (frame: Frame): HTMLElement => {
  const bar = frame.doc.querySelector('legible-bar');
  if (!bar) throw new Error('no <legible-bar> on the page');
  return bar as HTMLElement;
};

export const buttonOf = (frame: Frame, part: ButtonPart): HTMLButtonElement => {
  const button = barOf(frame).shadowRoot?.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
  if (!button) throw new Error(`no ${part} button in the bar`);
  return button;
};

/** Presses a button the way a pointer does and waits until the page has drawn the result. */
export async function press(frame: Frame, part: ButtonPart): Promise<void> {
  buttonOf(frame, part).click();
  await (barOf(frame) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await nextFrames(frame.win, 1);
}

/** Presses every button through every text step and contrast level, both ways, then resets. */
export async function pressEverything(frame: Frame): Promise<Array<{ textScale: number; contrast: number }>> {
  const legible = frame.win.Legible!;
  const seen: Array<{ textScale: number; contrast: number }> = [];
  const pressWhile = async (part: ButtonPart, more: () => boolean): Promise<void> => {
    for (let guard = 0; more() && guard < 20; guard++) {
      await press(frame, part);
      seen.push(legible.get());
    }
  };
  await pressWhile('increase-text', () => legible.capabilities().canIncreaseText);
  await pressWhile('increase-contrast', () => legible.capabilities().canIncreaseContrast);
  await pressWhile('decrease-text', () => legible.capabilities().canDecreaseText);
  await pressWhile('decrease-contrast', () => legible.capabilities().canDecreaseContrast);
  await press(frame, 'reset-text');
  seen.push(legible.get());
  await press(frame, 'increase-contrast');
  seen.push(legible.get());
  await press(frame, 'reset');
  seen.push(legible.get());
  return seen;
}
