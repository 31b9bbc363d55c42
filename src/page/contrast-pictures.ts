/**
 * Text drawn over a picture that is an element, not a background: a slide's caption positioned over
 * its `<img>`, a hero heading stacked on a picture in the same grid cell, a title over a `<video>`.
 * The walk would decide such text against the colour behind the picture, which the reader never
 * sees; found by their boxes, these texts are decided as text over a url() image (unknown pixels).
 * Only a page with a large picture pays for it, and only where its parts lie on one: the walk
 * reads an element's box only when its parent's box lies on a picture.
 * Also what level 2 asks of the pictures an element paints: whether text is shown on them, and
 * whether they are dark icons.
 */
import type { Rgba } from '../core/color.js';
import { parseColor } from '../core/color-parse.js';
import { svgInks } from '../core/svg-ink.js';
import { onBlack } from './contrast-behind.js';

/** Elements whose pixels are pictures. */
export const PICTURES = 'img,video,canvas,svg,picture,object,embed';

/** Pictures smaller than this (icons, bullets, avatars beside the text) are never under a text. */
const SMALLEST = 48;

/** A picture and its box. */
export type Picture = readonly [Element, DOMRectReadOnly];

/**
 * The slide or card around an element, where a caption and its picture meet: three levels up (a
 * caption's heading, the caption, the slide), or the element itself near the root.
 */
export const slideOf = (el: Element): Element => el.parentElement?.parentElement?.parentElement ?? el;

/** Whether box `a`, not empty, overlaps box `b`. */
export const overlap = (a: DOMRectReadOnly, b: DOMRectReadOnly): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && a.width * a.height > 0;

/** The pictures in `region` (not in shadow trees) large enough for text to lie on. */
export const picturesIn = (region: Element): Picture[] =>
  Array.from(region.querySelectorAll(PICTURES), (picture): Picture => [picture, picture.getBoundingClientRect()]).filter(
    ([, box]) => box.width >= SMALLEST && box.height >= SMALLEST,
  );

/**
 * Whether `el`'s box lies on one of `pictures`; an empty box (`display: contents`) says nothing of
 * its children's, so it may. A box off every picture keeps its subtree off them, but for a
 * descendant positioned out of it, which is not seen.
 */
export const nearPictures = (el: Element, pictures: Picture[]): boolean => {
  const box = el.getBoundingClientRect();
  return !(box.width * box.height) || pictures.some(([, rect]) => overlap(box, rect));
};

/**
 * Whether the lines of `text` lie on one of `pictures` (not one inside the text itself) under the
 * same opaque surface (`opaque` tells): a sticky header or a dialog with a background of its own,
 * over a picture elsewhere, covers that picture. Lines, not the box: a paragraph beside a floated
 * image has its box under the image, not its lines.
 */
export function onPicture(text: Element, pictures: Picture[], opaque: (el: Element) => boolean): boolean {
  let surface = text;
  while (surface.parentElement && !opaque(surface)) surface = surface.parentElement;
  const range = new Range();
  range.selectNodeContents(text);
  const lines = [...range.getClientRects()];
  return pictures.some(([picture, rect]) => !text.contains(picture) && surface.contains(picture) && lines.some((line) => overlap(line, rect)));
}

/** Every ink of an SVG picture is known and under 3:1 on black (WCAG 1.4.11). */
export const darkInk = (image: string): boolean | undefined =>
  svgInks(image)?.every((ink) => ink && onBlack(ink) < 3);

/**
 * The paints of an inline SVG's shapes; null where one is unknown or the colour of the text around
 * it (`currentColor`, which level 2 turns white, as its neighbours' text).
 */
export function ownInks(svg: Element): Rgba[] | null {
  const text = getComputedStyle(svg).color;
  const inks: Rgba[] = [];
  for (const shape of svg.querySelectorAll('path,circle,rect,ellipse,line,polyline,polygon,text,use')) {
    const style = getComputedStyle(shape);
    for (const paint of [style.fill, style.stroke]) {
      if (paint === 'none') continue;
      const ink = paint !== text && parseColor(paint);
      if (!ink) return null;
      inks.push(ink);
    }
  }
  return inks;
}

/** An inline SVG inked, in its own paints only, and all of them dark (as `darkInk`). */
export function darkSvg(svg: Element): boolean {
  const inks = ownInks(svg);
  return !!inks?.length && inks.every((ink) => onBlack(ink) < 3);
}

/** At most the size of an icon button at twice the text size: not a band or a panel's texture. */
export const iconSized = (el: Element): boolean => {
  const { width, height } = el.getBoundingClientRect();
  return width <= 96 && height <= 96;
};

/** Fields, whose value or placeholder is text the reader sees. */
const FIELDS = 'input:not([type=checkbox],[type=radio],[type=hidden]),select,textarea';

/**
 * Whether text of `el` (its own, or with `deep` any in its subtree) is drawn where a reader sees
 * it: within its element's box, and that box more than the 1px of a visually hidden label. Not a
 * logo's name pushed out of its box (`text-indent: -9999px`), nor an icon button's hidden label.
 * A field counts as text. (Its colour is not asked: level 2's sheet paints every text white, so a
 * part read again there would not see a name hidden in a transparent colour as it was first read.)
 */
export const showsText = (el: Element, deep: boolean): boolean => {
  if (el.matches(FIELDS) || (deep && (el.shadowRoot || el.querySelector(FIELDS)))) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 5);
  const range = new Range();
  // (Its own text: its children only; with `deep`, its whole subtree.)
  for (let node = deep ? walker.nextNode() : walker.firstChild(); node; node = deep ? walker.nextNode() : walker.nextSibling()) {
    // (Text in a shadow tree is not looked for: it counts as shown.)
    if (node.nodeType === 1) {
      if (deep && (node as Element).shadowRoot) return true;
      continue;
    }
    const parent = node.parentElement!;
    if (!(node as Text).data.trim()) continue;
    range.selectNodeContents(node);
    const box = parent.getBoundingClientRect();
    const lines = [...range.getClientRects()];
    // (An element with no box of its own, `display: contents`, shows its lines wherever they are.)
    const seen = box.width * box.height ? box.width > 1 && box.height > 1 && lines.some((line) => overlap(line, box)) : lines.length > 0;
    if (seen) return true;
  }
  return false;
};
