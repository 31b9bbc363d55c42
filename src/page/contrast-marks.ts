/**
 * Level 2's controls drawn by the site (a checkbox's box and tick, a radio's face and dot, a switch's
 * track and knob), which it lifts to 7:1 on black as other small drawings: which of them is a face
 * drawn in the light page's colour (`isFace`), and which marks drawn on a fill lifted light turn black
 * (`createMarks`). contrast-ink.ts and contrast-maximum.ts ask; nothing is written here.
 */
import { composite, contrastRatio, luminance, type Rgba } from '../core/color.js';
import { parseColor } from '../core/color-parse.js';

/** A box's sides, as the border longhands of a style name them. */
export const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

/** Whether a box fits within another and is smaller than it (a size that is not a length, NaN, never does). */
const within = (width: number, height: number, outerWidth: number, outerHeight: number): boolean =>
  width <= outerWidth && height <= outerHeight && width * height < outerWidth * outerHeight;

const sizeOf = (style: CSSStyleDeclaration): [width: number, height: number] => [parseFloat(style.width), parseFloat(style.height)];

/**
 * A small drawing filled near white, with a visible border of its own, is a control's face drawn in
 * the light page's colour (an unchecked checkbox's white box, a radio's): it takes the black page's
 * colour and keeps its border, or it would show as a filled box, as a checked one does. Not where
 * it lies within the opaque fill of one of its element's other parts (`others`): a knob on its track.
 */
export const isFace = (style: CSSStyleDeclaration, fill: Rgba | null, others: CSSStyleDeclaration[] = []): boolean =>
  !!fill &&
  fill.a >= 1 &&
  luminance(fill) > 0.8 &&
  SIDES.some((side) => parseFloat(style[`border${side}Width`]) > 0 && !!parseColor(style[`border${side}Color`])?.a) &&
  !others.some((track) => track !== style && track.content !== 'none' && track.content !== 'normal' && (parseColor(track.backgroundColor)?.a ?? 0) >= 1 && within(...sizeOf(style), ...sizeOf(track)));

/**
 * A drawing, an element's (part '') or its `::before`'s or `::after`'s, its width and height (NaN
 * where not a length), and the fill it was lifted to, if it was.
 */
export type Drawing = [part: string, style: CSSStyleDeclaration, width: number, height: number, lifted: Rgba | null];

/**
 * A mark one part draws over the other's fill, or over its element's (a checkbox's tick, a switch's
 * knob: white on the dark box or track they were drawn on), would vanish where that fill is lifted
 * light: it turns black, as a light mark is drawn on a light box. (The mark is the part that fits
 * inside the other.) Returns the rules for such marks (`&` standing for the element's selector).
 */
export const createMarks =
  (colorOf: (css: string) => Rgba | null, lift: (color: Rgba) => Rgba | undefined) =>
  (drawings: Drawing[]): string => {
    const ground = drawings.find(([, , , , lifted]) => lifted?.a);
    if (!ground) return '';
    const faint = (css: string): boolean => {
      const ink = colorOf(css);
      return !!ink?.a && contrastRatio(lift(ink) ?? composite(ink, ground[4]!), ground[4]!) < 3;
    };
    return drawings
      .map(([part, style, width, height]) => {
        // (Within the fill and smaller: a knob taller than its track lies on the page too.)
        if (part === ground[0] || !within(width, height, ground[2], ground[3])) return '';
        const border = SIDES.some((side) => parseFloat(style[`border${side}Width`]) > 0 && faint(style[`border${side}Color`]));
        const declarations = (border ? 'border-color:#000!important;' : '') + (faint(style.backgroundColor) ? 'background-color:#000!important;' : '');
        return declarations && `&${part}{${declarations}}`;
      })
      .join('');
  };
