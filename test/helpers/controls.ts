/**
 * Reading a Legible control as a user meets it: its buttons (by part name), the words each shows,
 * and what its live region announces.
 */
import type { LegibleElement } from '../../src/components/shared/legible-element.js';

export const buttons = (el: Element): HTMLButtonElement[] => Array.from(el.shadowRoot!.querySelectorAll('button'));

export const button = (el: Element, part: string): HTMLButtonElement => el.shadowRoot!.querySelector(`[part~="${part}"]`) as HTMLButtonElement;

/** The words a button shows (its own text nodes, without the hidden explanation). */
export const visibleText = (el: Element): string =>
  Array.from(el.childNodes)
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();

/** What the control's polite live region says now ('' when it has none or says nothing). */
export const status = (el: Element): string => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';

/** Waits until every element has rendered, then for the next frame. */
export const settle = async (...els: Element[]): Promise<void> => {
  for (const el of els) await (el as LegibleElement).updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
};
