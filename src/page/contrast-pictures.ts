/**
 * Text drawn over a picture that is an element, not a background: a slide's caption positioned over
 * its `<img>`, a hero heading stacked on a picture in the same grid cell, a title over a `<video>`.
 * The walk decides such text against the colour behind the picture, which the reader never sees,
 * so these texts are found by their boxes and treated like text over a url() image.
 * Only a page with a large picture pays for it, and only where its parts lie on one.
 */

/** Pictures smaller than this (icons, bullets, avatars beside the text) are never under a text. */
const SMALLEST = 48;

/**
 * The slide or card around an element, where a caption and its picture meet: three levels up (a
 * caption's heading, the caption, the slide), or the element itself near the root.
 */
export const slideOf = (el: Element): Element => el.parentElement?.parentElement?.parentElement ?? el;

const overlap = (a: DOMRectReadOnly, b: DOMRectReadOnly): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && a.width * a.height > 0;

/**
 * The texts under `tops` (shadow trees included) whose lines lie on one of `pictures`, not on one
 * inside the text itself. `skip` names subtrees never read (media, scripts); `lettered`, elements
 * with text of their own. A picture counts only under the same opaque surface as the text (`opaque`
 * tells): a sticky header or a dialog with a background of its own, over a picture elsewhere,
 * covers it. Boxes are read from the top down: a subtree whose box lies off every picture is left
 * (a page's sections far from its pictures cost one read each), so a descendant positioned out of
 * such a box is not seen.
 */
export function textsOverPictures(
  tops: Element[],
  pictures: Element[],
  skip: (el: Element) => boolean,
  lettered: (el: Element) => boolean,
  opaque: (el: Element) => boolean,
): Element[] {
  const large = pictures.map((picture) => [picture, picture.getBoundingClientRect()] as const).filter(([, box]) => box.width >= SMALLEST && box.height >= SMALLEST);
  const found: Element[] = [];
  const range = new Range();
  const onPicture = (text: Element): boolean => {
    let surface = text;
    while (surface.parentElement && !opaque(surface)) surface = surface.parentElement;
    // Its lines, not its box: a paragraph beside a floated image has its box under it, not its lines.
    range.selectNodeContents(text);
    const lines = [...range.getClientRects()];
    return large.some(([picture, rect]) => !text.contains(picture) && surface.contains(picture) && lines.some((line) => overlap(line, rect)));
  };
  const look = (el: Element): void => {
    const box = el.getBoundingClientRect();
    // (An empty box, as of `display: contents`, says nothing of its children's.)
    if (skip(el) || (box.width * box.height > 0 && !large.some(([, rect]) => overlap(box, rect)))) return;
    if (lettered(el) && onPicture(el)) found.push(el);
    for (const child of [...(el.shadowRoot?.children ?? []), ...el.children]) look(child);
  };
  if (large.length) tops.forEach(look);
  return found;
}
