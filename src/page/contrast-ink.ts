/**
 * The colours of text at one contrast level: an element's text over a plain background
 * (`decideText`), and what an element's `::before` and `::after` write or draw, its marker and its
 * first letter (`pseudoParts`), and a file field's button (`fileButton`), which rules for the element do not reach. The walk (contrast-decide.ts) asks; nothing is written
 * here.
 */
import type { ContrastLevel } from '../core/settings.js';
import { composite, contrastRatio, formatColor, luminance, reachContrast, rgba, softenContrast, type Rgba } from '../core/color.js';
import { parseColor } from '../core/color-parse.js';
import { edgeLines } from '../core/css-list.js';
import { repaint } from '../core/svg-ink.js';
import { BLACK, blank, COLOR_FUNCTIONS, onBlack, PARTS, WHITE } from './contrast-behind.js';
import { darkInk } from './contrast-pictures.js';
import { createMarks, isFace, type Drawing } from './contrast-marks.js';
import type { Decision } from './contrast-decide.js';

export const AA = 4.5;
/** New colours aim a little past the threshold, so other tools' rounding cannot fall below it. */
export const MARGIN = 0.15;
/** Soft text stays at or under this ratio, and never under AA. */
const SOFT_MAX_RATIO = 9;

const SOFT_LIGHT = rgba(0xf5 / 255, 0xf0 / 255, 0xe4 / 255);
const SOFT_DARK = rgba(0x22 / 255, 0x22 / 255, 0x22 / 255);

/**
 * At the soft level, an opaque surface calmed, if it glares: white (and pitch black) surfaces calm
 * down. Tinted ones keep their tint (a status badge's green): light surfaces are multiplied by the
 * cream, dark ones screened by the grey, so white and black become exactly those. Over the dark
 * greys above near-black the grey fades out, so that a box raised over a darker one (a dashboard's
 * card over its page) stays lighter than it; not for an empty one (`filled` false), a drawing,
 * whose colour is its picture (a menu button's bars).
 */
export const calm = (background: Rgba, filled: boolean): Rgba | null => {
  const lum = luminance(background);
  // (Whole up to luminance 0.02, near-black, where the hard threshold was, none from 0.087 up:
  // the least fade that leaves every grey lighter than a darker one.)
  const dark = filled ? Math.min(1, (0.33 - lum ** (1 / 2.2)) / 0.16) : +(lum < 0.02);
  const soft = lum > 0.8 ? SOFT_LIGHT : dark > 0 ? SOFT_DARK : null;
  const blend = (c: number, s: number): number => (soft === SOFT_LIGHT ? c * s : c + s * dark - c * s * dark);
  return soft && rgba(blend(background.r, soft.r), blend(background.g, soft.g), blend(background.b, soft.b));
};

export const blackOrWhiteFor = (background: Rgba): Rgba => (luminance(background) > 0.18 ? BLACK : WHITE);

/** Large text (WCAG: 18pt, or 14pt bold); the weight is read only where it decides. */
export const isLarge = (style: CSSStyleDeclaration): boolean => {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && +style.fontWeight >= 700);
};

/**
 * Whether a list item draws a marker of text (a number, a bullet): not in a menu (`list-style:
 * none`, or laid out as a flex item), nor as a picture (`list-style-image`).
 */
const marked = (el: Element): boolean => {
  const style = getComputedStyle(el);
  return style.display.includes('list-item') && style.listStyleType !== 'none' && style.listStyleImage === 'none';
};

/**
 * A kind of box (see contrast-decide.ts) as `pseudoParts` knows it: how many boxes of the kind
 * showed no text or drawing of their pseudo-elements (-Infinity once one did).
 */
export interface Asked {
  tries?: number;
}

/** Whether boxes of a kind are still asked for their pseudo-elements (see `pseudoParts`). */
export const asks = (kind: Asked): boolean => (kind.tries ?? 0) < 3;

/** Decides text over a plain `background`: its decision, and whether its colour changed. */
export type DecideText = (color: Rgba, background: Rgba, target: number, pinned: boolean) => [Decision, boolean];

/** The rules for an element's `::before` and `::after` (`&` standing for its selector). */
/** `stops`: the gradient under the parts at levels 1 and -1, whose mean `background` is. */
export type PseudoParts = (el: Element, kind: Asked | undefined, color: string, background: Rgba, drawing: boolean, same: 'follow' | 'keep' | 'decide', stops?: Rgba[]) => string;

/**
 * The colour functions of one level. `cache` holds parsed colours and lightness searches; pages use
 * few colours, so each is worked out once while a level is on.
 */
export function createInk(
  level: ContrastLevel,
  cache: Map<string, Rgba | null>,
): [
  colorOf: (css: string) => Rgba | null,
  reach: (text: Rgba, background: Rgba, target: number) => Rgba | null,
  decideText: DecideText,
  pseudoParts: PseudoParts,
  lift: (color: Rgba) => Rgba | undefined,
  liftAll: (css: string, text: string) => string,
  liftLines: (style: CSSStyleDeclaration, keep: boolean) => string,
  edge: (color: Rgba | null, under: Rgba) => Rgba | undefined,
  fileButton: (el: Element, background: Rgba) => string,
  marksOver: (drawings: Drawing[]) => string,
] {
  const cached = (key: string, compute: () => Rgba | null): Rgba | null => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute()));
    return value;
  };
  const colorOf = (css: string): Rgba | null => cached(css, () => parseColor(css));
  const reach = (text: Rgba, background: Rgba, target: number): Rgba | null =>
    cached(`${formatColor(text)}${formatColor(background)}${target}`, () => reachContrast(text, background, target));

  /**
   * The text of one element over a plain `background`, for every element with the same colours:
   * its decision, and whether the text colour changed (descendants that inherit it get pinned).
   * Level 1: the nearest colour of the same hue that reaches `target`; where none can, the
   * background's lightness moves instead (same hue), and only then text goes to black or white.
   */
  const decideText: DecideText = (color, background, target, pinned) => {
    const decision: Decision = {};
    const drawn = composite(color, background);
    const aim = target + MARGIN;
    if (level < 0) decision.color_ = softenContrast(drawn, background, aim, SOFT_MAX_RATIO);
    // Also at the soft level, where no lightness of the text's hue reaches AA (white on a mid grey).
    if (!decision.color_ && contrastRatio(drawn, background) < target) {
      const reached = reach(drawn, background, aim);
      const moved = reached ? null : reach(background, drawn, aim);
      if (reached || moved) {
        decision.color_ = reached ?? drawn;
        if (moved) decision.background_ = moved;
      } else {
        const text = (decision.color_ = blackOrWhiteFor(background));
        decision.background_ = reach(background, text, aim) ?? (text === BLACK ? WHITE : BLACK);
      }
    }
    if (!decision.color_ && pinned) decision.color_ = color;
    const changed = !!decision.color_ && formatColor(decision.color_) !== formatColor(color);
    // A shadow drawn for the old colour (a dark halo under white text) would muddy the new one.
    if (changed) decision.unshadowed_ = true;
    return [decision, changed];
  };

  /**
   * A boundary's colour (a control's border or ring, a checkbox a label draws) raised to 3:1 on
   * `under` in its hue (WCAG 1.4.11), if it is visible and under that.
   */
  const edge = (color: Rgba | null, under: Rgba): Rgba | undefined => {
    const drawn = color?.a && composite(color, under);
    return drawn && contrastRatio(drawn, under) < 3 ? (reach(drawn, under, 3 + MARGIN) ?? blackOrWhiteFor(under)) : undefined;
  };

  /** A part's text decided on `background` at levels 1 and -1, as an element's (large text needs 4.5:1 at level 1). */
  const decidePart = (ink: Rgba, background: Rgba, style: CSSStyleDeclaration): Decision => decideText(ink, background, level > 0 && !isLarge(style) ? 7 : AA, false)[0];

  /**
   * The colour of a pseudo-element's text at levels 1 and -1 where its own must change, decided on
   * `background`; where only a new background would let it reach its ratio, black or white (its box
   * is the element's, drawn by the site, and stays).
   */
  const partText = (ink: Rgba, background: Rgba, style: CSSStyleDeclaration): Rgba | null | undefined => {
    const decision = decidePart(ink, background, style);
    return decision.background_ ? blackOrWhiteFor(background) : decision.color_;
  };
  const paint = (text: Rgba): string => `color:${formatColor(text)}!important;-webkit-text-fill-color:currentcolor!important;`;

  /**
   * At levels 1 and -1, the declarations for text a part writes on a box of its own (a badge's
   * count, a divider's label, a file field's button), decided on that box (`box`, composited over
   * what lies under it) as an element's text is: where no text colour reaches the ratio, the box's
   * colour moves too (same hue), as a surface's would.
   */
  const boxText = (ink: Rgba, box: Rgba, style: CSSStyleDeclaration): string => {
    const decision = decidePart(ink, box, style);
    return (decision.color_ ? paint(decision.color_) : '') + (decision.background_ ? `background-color:${formatColor(decision.background_)}!important;` : '');
  };

  /**
   * At levels 1 and -1, the rule for a file field's button (`::file-selector-button`), a box of its
   * own that rules for the field do not reach (a theme's grey on grey): its text reaches the level's
   * ratio on its own background over the field's (`background`), its edge 3:1 at level 1, as a
   * button's. (Level 2's sheet draws it as its other buttons.)
   */
  const fileButton = (el: Element, background: Rgba): string => {
    const style = getComputedStyle(el, '::file-selector-button');
    const own = colorOf(style.backgroundColor);
    const under = own ? composite(own, background) : background;
    const ink = colorOf(style.color);
    const border = level > 0 && parseFloat(style.borderTopWidth) > 0 && edge(colorOf(style.borderTopColor), background);
    const declarations = (ink?.a ? boxText(ink, under, style) : '') + (border ? `border-color:${formatColor(border)}!important;` : '');
    return declarations && `&::file-selector-button{${declarations}}`;
  };

  /** A colour lifted to 7:1 on black in its own hue, if it is under that: a drawing at level 2. */
  const lift = (color: Rgba): Rgba | undefined => (onBlack(color) < 7 ? (reach(composite(color, BLACK), BLACK, 7 + MARGIN) ?? WHITE) : undefined);
  const marksOver = createMarks(colorOf, lift);

  /**
   * Each visible colour of a drawing's value (a gradient, shadows, borders) lifted, or '' where none
   * changes; one in the text's colour (`text`: a chevron's `currentcolor` border) follows the text.
   */
  const liftAll = (css: string, text: string): string => {
    let dark = false;
    const value = css.replace(COLOR_FUNCTIONS, (color) => {
      const ink = colorOf(color);
      const raised = ink?.a ? lift(ink) : undefined;
      dark ||= !!raised;
      return raised ? (color === text ? 'currentcolor' : formatColor(raised)) : color;
    });
    return dark ? value : '';
  };

  /**
   * The background layers an element or part draws as lines along its box (see `edgeLines`), each
   * lifted (see `liftAll`); its other layers stay (`keep`: where only lines change) or go; '' where
   * it draws no line, or, keeping the others, none changes.
   */
  const liftLines = (style: CSSStyleDeclaration, keep: boolean): string =>
    edgeLines(style.backgroundImage, style.backgroundSize, style.backgroundRepeat, (line) => liftAll(line, style.color) || line, keep ? (layer) => layer : () => 'none', !keep);

  /**
   * The rules for an element's `::before` and `::after`, which rules for the element do not reach.
   * Some elements are asked each time; others with their `kind`, which notes whether they write
   * text in a colour of their own or draw: a kind is asked until three show nothing (see `asks`; a
   * breadcrumb's divider is written from the second item on), since asking every element would
   * resolve two more styles for each.
   * Text they write (`content` a string, an attribute or a counter) in a colour of their own, not
   * the element's `color` (a breadcrumb's pale divider, a required field's red mark, an error
   * message written from an attribute), is decided as the element's text is, on `background`; at
   * level 2 it is lifted to 15:1 on black in its hue. Text in the element's colour does what `same`
   * says: follows the element's new colour (whether it inherits it or repeats it in a rule of its
   * own), keeps it where the element's stays, or is decided so where the element writes no text of
   * its own (an icon font's glyph, a rating's star). Text on a box of its own (a badge's count, a
   * step's number in its disc) is decided on that box, which may move too (see `boxText`); at
   * level 2 the box turns black.
   * At level 2 a small icon in dark SVG ink (an accordion's chevron) is drawn white, as the text
   * beside it; an empty element's parts are its picture (`drawing`: a menu button's bars), so their
   * dark backgrounds and shadows are lifted as drawings are (not a text element's: a badge's
   * background is under text).
   * A list item's `::marker` and a `::first-letter` draw the element's own text: asked too, and
   * decided as text only where their colour is not the element's (a contents list's pale numbers, a
   * drop cap), or where the item has no text of its own (its bullets beside its link). At level 1 an
   * empty box a label draws (a checkbox drawn by `::before`) gets an edge of 3:1.
   */
  const pseudoParts: PseudoParts = (el, kind, color, background, drawing, same, stops) => {
    const tries = kind?.tries ?? 0;
    let found = false;
    // Parts that draw the element's own text, asked only where it has some: a list item's number
    // or bullet (level 2's sheet paints markers as their items), a drop cap.
    const parts = [...PARTS];
    if (level < 2 && el.localName === 'li' && marked(el)) parts.push('::marker');
    if (kind && !drawing && same !== 'decide') parts.push('::first-letter');
    // Level 2: the parts drawn, their sizes, and the fill each was lifted to (see `marksOver`; one
    // in the text's colour follows the text, light at level 2).
    const drawings: Drawing[] = [];
    const styles = parts.map((part) => getComputedStyle(el, part));
    const rules = parts.map((part, i) => {
      const style = styles[i];
      // (Those two write no `content`: theirs is the element's, and in its colour they follow it.)
      const inherent = part === '::marker' || part === '::first-letter';
      if (inherent ? style.color === color && same !== 'decide' : style.content === 'none' || style.content === 'normal') return '';
      const own = colorOf(style.backgroundColor);
      const writes = inherent || (!blank(style.content) && /^("|attr|counter)/.test(style.content));
      // Text written on a box of its own (a badge's count, a divider's label on a white strip) is
      // decided on that box; at level 2 the box turns black, as the sheet turns elements' boxes.
      const boxed = !inherent && writes && !!own?.a;
      let declarations = '';
      if (level > 1 && !inherent) {
        const image = style.backgroundImage;
        const empty = blank(style.content);
        // (A width or height that is not a length, auto, is not an icon's; read only where it decides.)
        const small = (image.includes('svg') || (empty && !drawing)) && Math.max(parseFloat(style.width), parseFloat(style.height)) <= 48;
        const icon = image.includes('svg') && small && darkInk(image);
        // A small empty part is a drawing too, on any element: a radio's ring drawn by gradients,
        // a checkbox's box by an inset shadow, a chevron by two borders, a status dot.
        const drawn = !boxed && (drawing || (small && empty));
        // (Its `currentcolor` follows the text only where it takes the element's colour: a part with a
        // colour of its own, which the sheet does not reach, stays in it, a radio's dark dot.)
        const lifted = (css: string): string => liftAll(css, style.color === color ? color : '');
        const face = drawn && isFace(style, own, styles.slice(0, PARTS.length));
        const fill = face ? '#000' : drawn && own?.a ? lifted(style.backgroundColor) : '';
        if (drawn) drawings.push([part, style, parseFloat(style.width), parseFloat(style.height), fill ? (colorOf(fill) ?? WHITE) : null]);
        const shadow = drawn && lifted(style.boxShadow);
        const borders = drawn && parseFloat(style.borderTopWidth) + parseFloat(style.borderRightWidth) + parseFloat(style.borderBottomWidth) + parseFloat(style.borderLeftWidth) > 0 && lifted(`${style.borderTopColor} ${style.borderRightColor} ${style.borderBottomColor} ${style.borderLeftColor}`);
        // (A large part's gradients drawn as lines along it are drawings too: a tile's foot.)
        const gradient = !boxed && image.includes('gradient') && !image.includes('url(') && (drawn ? lifted(image) : liftLines(style, true));
        declarations =
          (boxed ? 'background-color:#000!important;' : fill ? `background-color:${fill}!important;` : '') +
          (shadow ? `box-shadow:${shadow}!important;` : '') +
          (borders ? `border-color:${borders}!important;` : '') +
          (icon ? `background-image:${repaint(image, '#fff')}!important;` : gradient ? `background-image:${gradient}!important;` : '');
        found ||= !!declarations;
      }
      // An empty box a label draws for its control (a checkbox drawn by `::before`, Bootstrap 4's
      // custom controls) is that control's edge: 3:1 at level 1 (WCAG 1.4.11), as controls' borders.
      const box = level === 1 && el.localName === 'label' && blank(style.content) && parseFloat(style.borderTopWidth) > 0 && edge(colorOf(style.borderTopColor), background);
      if (box) declarations += `border-color:${formatColor(box)}!important;`;
      const ink = writes && colorOf(style.color);
      if (ink && !boxed && style.color === color && same !== 'decide') {
        if (same === 'follow') declarations += 'color:inherit!important;';
      } else if (boxed && ink && ink.a && level < 2) {
        // (At the soft level an opaque box calms down as surfaces do: a white strip on a cream page.)
        const calmed = level < 0 && own!.a >= 1 && calm(own!, true);
        if (calmed) declarations += `background-color:${formatColor(calmed)}!important;`;
        declarations += boxText(ink, calmed || composite(own!, background), style);
      } else if (ink && ink.a && !inherent && stops?.some((stop) => decidePart(ink, stop, style).color_)) {
        // Text written on a gradient (a breadcrumb's divider on a banner) that misses its ratio on a
        // stop gets a backdrop of the gradient's mean, as an element's text does.
        declarations += `background-color:${formatColor(background)}!important;` + boxText(ink, background, style);
      } else if (ink && ink.a) {
        const text = level > 1 ? (onBlack(ink) < 15 ? (reach(composite(ink, BLACK), BLACK, 15 + MARGIN) ?? WHITE) : undefined) : partText(ink, background, style);
        if (text) declarations += paint(text);
        // (Written text in a colour of its own keeps its kind asked; a marker or first letter
        // only where it needs one: an item's bullets in its colour would keep every list asked.)
        found ||= !inherent || !!text;
      }
      found ||= !!box;
      return declarations && `&${part}{${declarations}}`;
    }).join('');
    if (kind) kind.tries = found ? -Infinity : tries + 1;
    return rules + marksOver(drawings);
  };

  return [colorOf, reach, decideText, pseudoParts, lift, liftAll, liftLines, edge, fileButton, marksOver];
}
