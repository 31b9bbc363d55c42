/**
 * Boxes holding a picture keep their height when the text grows (text-rules.ts: a slider whose
 * photo fills its height would otherwise stretch it, or leave a band under it), unless their text
 * no longer fits in them: a hero 360px tall with its photo laid behind its heading, cut off at the
 * top at 200%, loses the heading (WCAG 1.4.4: no loss of content). Once the grown text is laid
 * out, each box around a picture whose text now lies outside it is marked, and its heights grow as
 * those of other boxes do. Marks go when the text is back at its own size.
 */
import { GROW_ATTRIBUTE, PICTURES } from './text-rules.js';

/** Measures after each change of scale, once laid out: `fit(scale)`. */
export function createFit(doc: Document): (scale: number) => void {
  const win = doc.defaultView!;
  let frame = 0;
  let scale = 1;
  /** Whether a box's `rect` lies (partly) above or below `box`'s. */
  const outside = (rect: DOMRect, box: DOMRect): boolean => rect.height > 0 && (rect.top < box.top - 1 || rect.bottom > box.bottom + 1);

  /** Whether text inside `box` lies above or below it. */
  const cutOff = (box: Element): boolean => {
    const overflow = getComputedStyle(box).overflowY;
    // A scroll container (a news list) shows what overflows it by scrolling.
    if (/auto|scroll/.test(overflow)) return false;
    // (Cheap tests first: content below it, or, in a box that cuts it off, a child above or below.)
    let beyond = box.scrollHeight > box.clientHeight + 1;
    if (!beyond && overflow === 'visible') return false;
    const rect = box.getBoundingClientRect();
    for (let child = box.firstElementChild; child && !beyond; child = child.nextElementSibling) beyond = outside(child.getBoundingClientRect(), rect);
    if (!beyond) return false;
    const texts = doc.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const range = doc.createRange();
    for (let node: Node | null; (node = texts.nextNode()); ) {
      range.selectNodeContents(node);
      if (outside(range.getBoundingClientRect(), rect)) return true;
    }
    return false;
  };

  const measure = (): void => {
    frame = 0;
    if (scale === 1) return;
    const seen = new Set<Element>();
    const grow: Element[] = [];
    for (const picture of doc.body?.querySelectorAll(PICTURES) ?? []) {
      for (let box = picture.parentElement; box && box !== doc.body && !seen.has(box); box = box.parentElement) {
        seen.add(box);
        if (!box.hasAttribute(GROW_ATTRIBUTE) && !box.localName.startsWith('legible-') && cutOff(box)) grow.push(box);
      }
    }
    // (Written after every reading: one layout.)
    for (const box of grow) box.setAttribute(GROW_ATTRIBUTE, '');
  };
  const soon = (): void => {
    frame ||= win.requestAnimationFrame(measure);
  };
  // A page still loading has neither all its text nor its layout: it is measured once it has
  // (interactive, then complete); narrower, its text wraps onto more lines.
  doc.addEventListener('readystatechange', soon);
  win.addEventListener('resize', soon);

  return (next) => {
    scale = next;
    if (next === 1) for (const box of doc.querySelectorAll(`[${GROW_ATTRIBUTE}]`)) box.removeAttribute(GROW_ATTRIBUTE);
    else if (doc.readyState !== 'loading') soon();
  };
}
