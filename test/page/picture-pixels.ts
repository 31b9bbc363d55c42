/**
 * For the tests' independent contrast check: the colours a background picture (`url()`) shows
 * under a text, as the browser lays it out. Points across the text's lines are mapped to the
 * picture's pixels through its position, size and repeat; where the picture does not reach, the
 * colour under it shows. Unlike Legible, this reads every pixel at full size and asks where the
 * text lies, not whether the picture covers its box.
 */
import type { Rgb } from 'culori';

/** The distance between the points read across a text's line boxes, in CSS pixels. */
const STEP = 2;

/** The boxes of an element's own text, or its own box where it has none (a field's value, a pseudo-element's text). */
function textBoxes(el: Element): DOMRect[] {
  const range = el.ownerDocument.createRange();
  const boxes = Array.from(el.childNodes)
    .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
    .flatMap((text) => {
      range.selectNodeContents(text);
      return Array.from(range.getClientRects());
    });
  return boxes.length ? boxes : [el.getBoundingClientRect()];
}

/** A picture's pixels, drawn at its own size; null where the page may not read them. */
function pixelsOf(img: HTMLImageElement, url: string): { data: Uint8ClampedArray; width: number; height: number } | null {
  img.src = url;
  if (!img.complete || !img.naturalWidth) return null;
  const [width, height] = [img.naturalWidth, img.naturalHeight];
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.drawImage(img, 0, 0);
  try {
    return { data: context.getImageData(0, 0, width, height).data, width, height };
  } catch {
    return null;
  }
}

/**
 * The colours `painter`'s background picture shows under `text`'s lines, over `under`; null for
 * several pictures, a picture that cannot be read, or a size given other than by lengths or auto.
 */
export function pictureUnder(painter: Element, text: Element, under: Rgb): Rgb[] | null {
  const win = painter.ownerDocument.defaultView!;
  const style = win.getComputedStyle(painter);
  const url = /^url\("(.+)"\)$/.exec(style.backgroundImage)?.[1];
  const pixels = url ? pixelsOf(new win.Image(), url) : null;
  if (!pixels) return null;
  const box = painter.getBoundingClientRect();
  const px = (value: string): number => parseFloat(value) || 0;
  // The picture is laid from the padding box's corner.
  const left = box.left + px(style.borderLeftWidth);
  const top = box.top + px(style.borderTopWidth);
  const width = box.width - px(style.borderLeftWidth) - px(style.borderRightWidth);
  const height = box.height - px(style.borderTopWidth) - px(style.borderBottomWidth);
  const [sizeX = 'auto', sizeY = 'auto'] = style.backgroundSize.split(' ');
  const length = (value: string): number => (value === 'auto' ? NaN : value.endsWith('px') ? parseFloat(value) : Infinity);
  let [drawnX, drawnY] = [length(sizeX), length(sizeY)];
  if (drawnX === Infinity || drawnY === Infinity) return null;
  if (isNaN(drawnX)) drawnX = isNaN(drawnY) ? pixels.width : (drawnY * pixels.width) / pixels.height;
  if (isNaN(drawnY)) drawnY = (drawnX * pixels.height) / pixels.width;
  const repeat = style.backgroundRepeat;
  const [repeatX, repeatY = repeatX] = repeat === 'repeat-x' ? ['repeat', 'no-repeat'] : repeat === 'repeat-y' ? ['no-repeat', 'repeat'] : repeat.split(' ');
  const [positionX, positionY] = style.backgroundPosition.split(' ');
  const offset = (value: string, room: number): number => (value.endsWith('%') ? (parseFloat(value) / 100) * room : parseFloat(value));
  const [originX, originY] = [left + offset(positionX, width - drawnX), top + offset(positionY, height - drawnY)];
  /** Where a point falls in the picture along one way, or -1 where the picture does not reach. */
  const at = (point: number, origin: number, drawn: number, way: string, own: number): number => {
    let along = point - origin;
    if (way !== 'no-repeat') along = ((along % drawn) + drawn) % drawn;
    return along < 0 || along >= drawn ? -1 : Math.floor((along * own) / drawn);
  };
  const found = new Map<string, Rgb>();
  for (const line of textBoxes(text)) {
    for (let y = Math.max(line.top, top) + STEP / 2; y < Math.min(line.bottom, top + height); y += STEP) {
      for (let x = Math.max(line.left, left) + STEP / 2; x < Math.min(line.right, left + width); x += STEP) {
        const [i, j] = [at(x, originX, drawnX, repeatX, pixels.width), at(y, originY, drawnY, repeatY, pixels.height)];
        const k = (j * pixels.width + i) * 4;
        const alpha = i < 0 || j < 0 ? 0 : pixels.data[k + 3] / 255;
        const channel = (c: number, base: number): number => (i < 0 || j < 0 ? base : (pixels.data[k + c] / 255) * alpha + base * (1 - alpha));
        const color: Rgb = { mode: 'rgb', r: channel(0, under.r), g: channel(1, under.g), b: channel(2, under.b), alpha: 1 };
        found.set(`${color.r},${color.g},${color.b}`, color);
      }
    }
  }
  return found.size ? [...found.values()] : [under];
}
