/**
 * Room at the end of the page for floating bars: without it, what the page ends with (a footer's
 * last lines and links) would stay under the bar however far the reader scrolls, and a link
 * focused there would be hidden (WCAG 2.4.11). The root gets a bottom padding, and a scroll
 * padding for focus, as tall as the highest bar stands above the viewport's bottom edge. One
 * constructed sheet, unlayered but plain (a rule of the site's with more weight wins), taken away
 * with the last floating bar.
 */
import { adoptSheet, unadoptSheet } from './adopt.js';

const bars = new Set<Element>();
let sheet: CSSStyleSheet | undefined;
let observer: ResizeObserver | undefined;

/** Measures the room (again when a bar moved without changing its size: it rose over a page's control, see keep-clear.ts). */
export const measureRoom = (): void => {
  if (!sheet) return;
  // How far the highest bar stands above the viewport's bottom edge (a hidden one, nowhere).
  const room = Math.ceil(
    Math.max(0, ...Array.from(bars, (bar) => {
      const box = bar.getBoundingClientRect();
      return box.height && innerHeight - box.top;
    })),
  );
  // (On screen only: the bar does not print.)
  sheet!.replaceSync(room ? `@media screen{:root{padding-bottom:${room}px;scroll-padding-bottom:${room}px}}` : '');
};

/** Keeps room for `bar` while `floating`, else gives it back. */
export function reserveRoom(bar: Element, floating: boolean): void {
  if (floating === bars.has(bar)) return;
  sheet ??= new CSSStyleSheet();
  observer ??= new ResizeObserver(measureRoom);
  bars[floating ? 'add' : 'delete'](bar);
  observer[floating ? 'observe' : 'unobserve'](bar);
  (bars.size ? adoptSheet : unadoptSheet)(document, sheet);
  measureRoom();
}
