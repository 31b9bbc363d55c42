/**
 * Boxes holding a picture keep their height when the text grows (text-rules.ts: a slider whose
 * photo fills its height would otherwise stretch it, or leave a band under it), unless their text
 * no longer fits in them: a hero 360px tall with its photo laid behind its heading, cut off at the
 * top at 200%, loses the heading (WCAG 1.4.4: no loss of content). Once the grown text is laid
 * out, each box around a picture whose text now lies outside it is marked, and its heights grow as
 * those of other boxes do.
 * Widths stay, so text that can wrap fits; a row that cannot (a flex row that does not wrap: a
 * header's name beside its links) keeps its items on one line however wide their text grows, and
 * on a phone at 200% they pass the page's edge: the page scrolls sideways; so does a word longer
 * than its line (an e-mail address). Where it does, each such row or text is marked, and wraps.
 * Marks go when the text is back at its own size.
 */
import { GROW_ATTRIBUTE, PICTURES, WRAP_ATTRIBUTE } from './text-rules.js';

/** A table's cells, as written (a table passing the page's edge is looked at cell by cell). */
const CELL = /^t[dh]$/;

/** Whether an element lays out lines of text: text of its own, or inline children only (a link alone). */
const holdsLines = (el: Element): boolean =>
  [...el.childNodes].some((node) => node.nodeType === 3 && !!(node as Text).data.trim()) ||
  (!!el.firstElementChild && [...el.children].every((child) => getComputedStyle(child).display.startsWith('inline')));

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

  /** Whether a box lies within the page's width (left to right, or right to left), scrolled or not. */
  const inside = (rect: DOMRect, edge: number): boolean => rect.left + win.scrollX >= -1 && rect.right + win.scrollX <= edge + 1;

  /**
   * What cannot wrap under `box`, as [box, how] (`how` the mark's value), found down the boxes whose
   * content passes their own edge or which pass the page's (`edge`: its window's, or its width at 100%), the only ones the page's
   * overflow can come from: a flex row that does not wrap; a box whose text does not (`nowrap`:
   * a horizontal menu of inline items, a brand's name); text whose words pass its box's edge, or
   * widen its box past the page's (an e-mail address in a card beside its picture, a link written
   * out), which breaks them where they would pass it. A box that hides or scrolls what
   * passes its edge (a carousel's track, a cell cut off with an ellipsis) is left alone; not the
   * body, whose overflow is the page's (Semantic UI hides it: what passes the edge is lost), nor a
   * box whose content fits it, itself passing the page's edge (a table with rounded corners).
   */
  const unwrapped = (box: Element | ShadowRoot, edge: number, table = false): [Element, string][] => {
    const found: [Element, string][] = [];
    for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName.startsWith('legible-')) continue;
      // (A component's open shadow tree, with its own rows, lies inside its host.)
      const descend = (inTable = table): void => {
        found.push(...unwrapped(child, edge, inTable));
        if (child.shadowRoot) found.push(...unwrapped(child.shadowRoot, edge, inTable));
      };
      const within = child.scrollWidth <= child.clientWidth + 1;
      // (A box of its own reports its overflow; `display: contents` has none, and its children's is
      // theirs; nor has an inline element, whose own lines pass the edge where it is held on one:
      // the legacy `<nobr>`, a phrase in `white-space: nowrap`.)
      if (within && !child.scrollWidth) {
        descend();
        if (!inside(child.getBoundingClientRect(), edge) && getComputedStyle(child).whiteSpace === 'nowrap' && !child.hasAttribute(WRAP_ATTRIBUTE)) found.push([child, 'nowrap']);
      }
      // (In a table that passes the edge every cell is looked at, within the page or not: its
      // columns together pass it.)
      if (within && (!child.scrollWidth || ((!table || !CELL.test(child.localName)) && inside(child.getBoundingClientRect(), edge)))) continue;
      const style = getComputedStyle(child);
      if (style.overflowX !== 'visible' && child !== doc.body && !within) continue;
      // (A table's cell held on one line (`<td nowrap>`, a header group's nowrap) wraps between its
      // words, and its columns share the width anew; its words do not break anywhere: a cell's
      // narrowest would then be one letter wide.)
      const cell = style.display.startsWith('table');
      const nowrap = style.whiteSpace === 'nowrap';
      const row = /flex/.test(style.display) && style.flexWrap === 'nowrap' && style.flexDirection.startsWith('row');
      if ((row || nowrap || (!cell && holdsLines(child))) && !child.hasAttribute(WRAP_ATTRIBUTE)) found.push([child, cell ? 'cell' : nowrap ? 'nowrap' : '']);
      descend(table || /^(inline-)?table$/.test(style.display));
    }
    return found;
  };

  /**
   * How wide the page is at 100% where it is wider than its window (a legacy page 1000px wide seen
   * on a phone): boxes in it pass the window's edge by design, not by their grown text. (0 where it
   * fits, or where it was never seen at 100%: loaded at a saved size.)
   */
  let designed = 0;
  /** The boxes marked to wrap, shadow trees' too (see `unwrapped`). */
  const wrapped = new Set<Element>();

  const measure = (): void => {
    frame = 0;
    const root = doc.documentElement;
    if (scale === 1) {
      designed = root.scrollWidth > root.clientWidth ? root.scrollWidth : 0;
      return;
    }
    const seen = new Set<Element>();
    const grow: Element[] = [];
    for (const picture of doc.body?.querySelectorAll(PICTURES) ?? []) {
      for (let box = picture.parentElement; box && box !== doc.body && !seen.has(box); box = box.parentElement) {
        seen.add(box);
        if (!box.hasAttribute(GROW_ATTRIBUTE) && !box.localName.startsWith('legible-') && cutOff(box)) grow.push(box);
      }
    }
    const edge = Math.max(root.clientWidth, designed);
    const rows = root.scrollWidth > edge ? unwrapped(root, edge) : [];
    // (Written after every reading: one layout.)
    for (const box of grow) box.setAttribute(GROW_ATTRIBUTE, '');
    for (const [box, how] of rows) wrapped.add(box), box.setAttribute(WRAP_ATTRIBUTE, how);
    // (Wrapped, a row's items may let an inner row show that it too passes its edge.)
    if (rows.length) soon();
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
    if (next === 1) {
      for (const box of doc.querySelectorAll(`[${GROW_ATTRIBUTE}]`)) box.removeAttribute(GROW_ATTRIBUTE);
      for (const box of wrapped) box.removeAttribute(WRAP_ATTRIBUTE);
      wrapped.clear();
    }
    if (doc.readyState !== 'loading') soon();
  };
}
