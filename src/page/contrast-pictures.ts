/**
 * Text drawn over a picture that is an element, not a background: a slide's caption positioned over
 * its `<img>`, a hero heading stacked on a picture in the same grid cell, a title over a `<video>`.
 * The walk decides such text against the colour behind the picture, which the reader never sees,
 * so these texts are found by their boxes and treated like text over a url() image.
 * Only a page with a large picture pays for it: then each text's box is read once.
 */

/** Pictures smaller than this (icons, bullets, avatars beside the text) are never under a text. */
const SMALLEST = 48;

const overlap = (a: DOMRectReadOnly, b: DOMRectReadOnly): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && a.width * a.height > 0;

/**
 * The texts among `texts` whose lines lie on one of `pictures` (not one inside the text itself). A picture counts only under
 * the same opaque surface as the text (`opaque` tells): a sticky header or a dialog with a
 * background of its own, passing over a picture elsewhere on the page, covers it.
 */
export function textsOverPictures(texts: Element[], pictures: Element[], opaque: (el: Element) => boolean): Element[] {
  const large = pictures.map((picture) => [picture, picture.getBoundingClientRect()] as const).filter(([, box]) => box.width >= SMALLEST && box.height >= SMALLEST);
  const range = new Range();
  return large.length
    ? texts.filter((text) => {
        const box = text.getBoundingClientRect();
        return large.some(([picture, rect]) => {
          if (!overlap(box, rect) || text.contains(picture)) return false;
          let surface = text;
          while (surface.parentElement && !opaque(surface)) surface = surface.parentElement;
          // Its lines, not its box: a paragraph beside a floated image has its box under it, not its lines.
          range.selectNodeContents(text);
          return surface.contains(picture) && [...range.getClientRects()].some((line) => overlap(line, rect));
        });
      })
    : [];
}
