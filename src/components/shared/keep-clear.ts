/**
 * A floating bar keeps clear of the page's own fixed controls in its corner. A "back to top"
 * button, a chat button or a cookie notice there would lie under the bar (it is in the top layer)
 * and could not be reached with a pointer: the bar rises just above the highest one it would
 * cover, and comes back down once it is gone. Looked for where the bar stands in its corner with
 * about 40 hit tests (no observer of the page): when the bar is placed, as the page loads and
 * settles (widgets that arrive late), and once a scroll or resize has ended (buttons that show once
 * the reader scrolls). Only boxes fixed in the viewport's lower half, at most a third of its height,
 * count: not a full-page layer or a side panel.
 */
import { measureRoom } from '../../page/reserve.js';

/** The floating bars, and how far each has risen, in CSS pixels. */
const bars = new Map<HTMLElement, number>();
/** The space left between the page's control and the bar, in CSS pixels. */
const GAP = 8;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The box fixed to the viewport that `el` lies in, if any. */
function fixedBox(el: Element | null | undefined): Element | undefined {
  for (; el && el !== document.body && el !== document.documentElement; el = el.parentElement) if (getComputedStyle(el).position === 'fixed') return el;
  return undefined;
}

function rise(bar: HTMLElement): void {
  const risen = bars.get(bar);
  if (risen === undefined) return;
  const box = bar.getBoundingClientRect();
  // Where the bar stands in its corner, not risen.
  const [top, bottom] = [box.top + risen, box.bottom + risen];
  let highest = bottom + GAP;
  // Controls fixed in a corner lie against the viewport's edges: the bar's foot and sides are
  // searched, every 16px (a round button's box corners are not hit).
  const points: number[][] = [];
  for (let x = box.left + 8; x < box.right; x += 16) points.push([x, bottom - 10]);
  for (let y = top + 8; y < bottom; y += 16) points.push([box.left + 10, y], [box.right - 10, y]);
  // What a pointer there would reach but for the bar (and Legible's own elements), each asked once.
  const hits = new Set(points.map(([x, y]) => document.elementsFromPoint(x, y).find((el) => !el.localName.startsWith('legible-'))));
  for (const hit of hits) {
    const widget = fixedBox(hit)?.getBoundingClientRect();
    if (widget && widget.top > innerHeight / 2 && widget.height <= innerHeight / 3) highest = Math.min(highest, widget.top);
  }
  const lift = Math.ceil(bottom + GAP - highest);
  if (lift !== risen) {
    bars.set(bar, lift);
    // (A translation moves nothing else; the room kept at the page's end follows the bar.)
    bar.style.translate = lift ? `0 -${lift}px` : '';
    measureRoom();
  }
}

/** Looks again once the page has settled: 150 ms after the last scroll or resize event. */
const check = (): void => {
  clearTimeout(timer);
  timer = setTimeout(() => bars.forEach((_, bar) => rise(bar)), 150);
};

/** Keeps `bar` clear of the page's fixed controls while `floating`. */
export function keepClear(bar: HTMLElement, floating: boolean): void {
  if (floating === bars.has(bar)) return;
  if (floating) bars.set(bar, 0);
  else {
    bars.delete(bar);
    bar.style.translate = '';
  }
  const listen = floating ? addEventListener : removeEventListener;
  if (bars.size === +floating) for (const type of ['scroll', 'resize', 'load']) listen(type, check, { passive: true });
  if (floating) for (const wait of [0, 1000, 3000, 8000]) setTimeout(() => rise(bar), wait);
}
