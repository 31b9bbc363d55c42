/**
 * The reading half of the contrast engine: walks the page (open shadow roots included) once,
 * works out the background every text is actually drawn on (with contrast-behind.ts: translucent
 * layers composited over their ancestors, images and gradients noted), and decides new colours
 * for levels 1 and -1 (text lying on picture elements with contrast-pictures.ts).
 * Level 2 (a prepared sheet) only lifts translucent text, keeps surfaces over content opaque, takes
 * gradients away, keeps background pictures, gives text lying on pictures a backdrop, dark icons a
 * white tile and small drawings their hue. Nothing is written here (`settle`'s caller shows the
 * elements it reads as the site paints them).
 */
import type { ContrastLevel } from '../core/settings.js';
import { composite, contrastRatio, formatColor, luminance, reachContrast, rgba, softenContrast, type Rgba } from '../core/color.js';
import { parseColor } from '../core/color-parse.js';
import { repaint } from '../core/svg-ink.js';
import { behindOf, BLACK, COLOR_FUNCTIONS, layer, layersOf, onBlack, overLayers, ownImage, parentOf, WHITE, type Behind, type Layer } from './contrast-behind.js';
import { darkInk, darkSvg, iconSized, nearPictures, onPicture, picturesIn, showsText, slideOf, type Picture } from './contrast-pictures.js';
import { pictureStops, type PictureStops } from './contrast-pixels.js';
import { farthest, surfacesOf, type Ask } from './contrast-surfaces.js';

/** New colours for one element; shared by every element decided alike. */
export interface Decision {
  color_?: Rgba | null;
  /** The number of the rule written for it, once written. */
  id_?: string;
  background_?: Rgba | null;
  /** Text sat directly on an image or gradient that this element paints itself. */
  noImage_?: boolean;
  /** The element is translucent and holds text: drawn at full opacity. */
  opaque_?: boolean;
  border_?: Rgba | null;
  /** Its text colour changed: the site's text shadow goes. */
  unshadowed_?: boolean;
  /** A field's placeholder, raised to the level's ratio. */
  placeholder_?: Rgba;
  /** Level 2: a small icon beside text repainted white (a `url()` value). */
  image_?: string;
  /** Rules for the element's `::before` and `::after` (`&` stands for its selector). */
  parts_?: string;
  /** Level 2: a background picture with no text shown on it, kept as the site painted it. */
  picture_?: boolean;
}

/**
 * What an element's decision is made from, its computed values read once: background colour and
 * image (its size, repeat and clip are read only under an image), the colour its own text is
 * painted in (false without text of its own), and whether that text is large (4.5:1, not 7:1;
 * every text at the soft level).
 */
type Seen = [background: string, image: string, size: string, repeat: string, clip: string, text: string | false, large: boolean];

/**
 * A kind of box (its tag and classes, in a parent of one kind), and what was found of the boxes
 * of that kind: how many showed no text written by their pseudo-elements (see `pseudoParts`); the
 * positions at which they had no layers; and, for a box's own tag and classes, its children's kinds.
 */
interface Kind {
  tries?: number;
  unlayered?: string[];
  children?: Map<Kind, Kind>;
}

/** Decides `el` and its subtree (shadow tree first, then light children). */
export type Visit = (el: Element, behind: Behind) => void;

/** Elements whose pixels are never recoloured, and Legible's own elements. */
export const isSkipped = (el: Element): boolean =>
  /^(img|video|canvas|iframe|svg|picture|object|embed|script|style|noscript|template|head|math|legible-.*)$/.test(el.localName);

/** Controls: their borders must reach 3:1. */
const CONTROL = /^(textarea|select|input|button)$/;

const SOFT_LIGHT = rgba(0xf5 / 255, 0xf0 / 255, 0xe4 / 255);
const SOFT_DARK = rgba(0x22 / 255, 0x22 / 255, 0x22 / 255);
/** Soft text stays at or under this ratio, and never under AA. */
const SOFT_MAX_RATIO = 9;
const AA = 4.5;
/** New colours aim a little past the threshold, so other tools' rounding cannot fall below it. */
const MARGIN = 0.15;

const average = (stops: Rgba[]): Rgba =>
  stops.reduce((sum, stop) => rgba(sum.r + stop.r / stops.length, sum.g + stop.g / stops.length, sum.b + stop.b / stops.length), BLACK);

const blackOrWhiteFor = (background: Rgba): Rgba => (luminance(background) > 0.18 ? BLACK : WHITE);

/** Large text (WCAG: 18pt, or 14pt bold); the weight is read only where it decides. */
const isLarge = (style: CSSStyleDeclaration): boolean => {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && +style.fontWeight >= 700);
};

/** Form fields draw their value as text without a text node. */
const hasOwnText = (el: Element, control: boolean): boolean => {
  if (control && el.localName !== 'button') return !/^(hidden|checkbox|radio|range|color|file|image)$/.test((el as HTMLInputElement).type);
  for (let node = el.firstChild; node; node = node.nextSibling) {
    // (trim() takes the same whitespace as /\s/, in a third of the time.)
    if (node.nodeType === 3 && (node as Text).data.trim()) return true;
  }
  return false;
};

/** Positions that take a box out of the flow, over other content. */
const OUT_OF_FLOW = /^(absolute|fixed|sticky)$/;

/** Whether an ancestor of `el` (across shadow roots) is out of the flow. */
const floats = (el: Element): boolean => {
  for (let up = parentOf(el); up; up = parentOf(up)) if (OUT_OF_FLOW.test(getComputedStyle(up).position)) return true;
  return false;
};

/** The pseudo-elements a rule for an element reaches as `&::before` and `&::after`. */
const PARTS = ['::before', '::after'];

/** A control that cannot act: its faintness says so, and stays. */
const disabled = (el: Element): boolean => el.matches(':disabled,[aria-disabled=true]');

/**
 * A walk for one level: `visit` decides subtrees into `decisions` and notes open shadow roots;
 * `settle`, once they are all read, decides level 2's surfaces and drawings. Level 2's colours
 * are one prepared sheet.
 * `cache` holds parsed colours and lightness searches; pages use few colours, so each is worked
 * out once while a level is on.
 */
export function createWalk(
  level: ContrastLevel,
  cache: Map<string, Rgba | null>,
  canvas: Rgba,
  ready: (el: Element) => void,
): [Visit, Map<Element, Decision>, Set<ShadowRoot>, (reveal: (els: Element[], shown: boolean) => void) => void] {
  const decisions = new Map<Element, Decision>();
  const shadowRoots = new Set<ShadowRoot>();
  /** The large pictures of the part being read, which text may lie on. */
  let pictures: Picture[] = [];
  /** Level 2: elements that may be surfaces or drawings, decided by their own backgrounds (see `settle`). */
  const unread: [el: Element, empty: boolean, floating: boolean][] = [];
  // (One per walk: the writer numbers each decision object's rule for this walk.)
  const SURFACE: Decision = { background_: BLACK };
  const PICTURE: Decision = { picture_: true };
  const NO_IMAGE: Decision = { noImage_: true };
  const TILE: Decision = { background_: WHITE };
  /** Level 2: a layer under text (see `layersOf`), black as the page, its picture gone. */
  const LAYER: Decision = { background_: BLACK, noImage_: true };
  /** Level 2: the empty children found to be layers under their siblings' text. */
  const layerChildren = new Set<Element>();
  /** Decisions for plain text, shared by every element with the same colours, size and pinning. */
  const texts = new Map<string, [Decision, boolean]>();
  /** The tops of the parts read. */
  const tops = new Set<Element>();
  /** Levels 1 and -1: elements whose content lies on layers (`layersOf`), which are its surface. */
  const layered = new Map<Element, Layer[]>();
  /** Text that only a new background lets reach its ratio (see `moveSurfaces`). */
  const moves: Ask[] = [];
  /**
   * Surfaces' colours (computed) to the new ones their text needs, once moved (see `moveSurfaces`):
   * what paints that colour in a moved surface's part (itself, a menu link's `background: inherit`)
   * takes the new one.
   */
  const recolour = new Map<string, Rgba>();
  /** Whether the element being decided paints a picture whose pixels are still loading (see contrast-pixels.ts). */
  let loading = false;
  /** Surfaces painting a gradient, moved: the solid colour they take instead. */
  const surfaces = new Map<Element, Rgba>();
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
  function decideText(color: Rgba, background: Rgba, target: number, pinned: boolean): [Decision, boolean] {
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
  }

  /**
   * Decides one element from what it read and what it is drawn on; returns its decision (shared by
   * every element decided alike, or none) and what its children are drawn on. `style` is asked
   * only for a control's border (controls, like the root, are decided alone) and for how a
   * background picture whose pixels are read is laid (siblings alike share that).
   */
  function decide(el: Element, seen: Seen, style: CSSStyleDeclaration, behind: Behind, control: boolean, layers?: Layer[]): [Decision | undefined, Behind] {
    let decision: Decision = {};
    let asks = false;
    // Hidden content is decided too: a menu or dialog shown later by the site's own CSS (no new
    // nodes, so no mutation) then opens in the level's colours.
    const [ownCss, imageCss, size, repeat, clip, textCss, large] = seen;
    const surface = surfaces.get(el);
    const moved = surface ?? recolour.get(ownCss);
    const own = moved ?? colorOf(ownCss);
    let [background, image, inheritedChanged, key] = behind;
    // Its own background is composited over what it is drawn on.
    if (own && own.a > 0) {
      [background, image] = layer(own, background, image);
      key = undefined;
    }
    // Soft: glaring white (and pitch black) surfaces calm down; the root always has a surface.
    // Tinted ones keep their tint (a status badge's green): light surfaces are multiplied by the
    // cream, dark ones screened by the grey, so white and black become exactly those.
    if (moved) decision.background_ = moved;
    else if (level < 0 && ((own && own.a >= 1) || el === el.ownerDocument.documentElement)) {
      const lum = luminance(background);
      const soft = lum > 0.8 ? SOFT_LIGHT : lum < 0.02 ? SOFT_DARK : null;
      const blend = (c: number, s: number): number => (soft === SOFT_LIGHT ? c * s : c + s - c * s);
      if (soft) background = decision.background_ = rgba(blend(background.r, soft.r), blend(background.g, soft.g), blend(background.b, soft.b));
    }
    let painted = ownImage(surface ? 'none' : imageCss, size, repeat, background, colorOf);
    // A picture whose pixels can be read is measured as a gradient's stops are (see contrast-pixels.ts).
    if (painted === null) {
      const stops = pictureStops(imageCss, el, background, style, ready);
      loading ||= stops === undefined;
      painted = stops ?? null;
    }
    if (surface) decision.noImage_ = true;
    // Fully transparent text is hidden on purpose (a logo's name over its picture): left hidden.
    const color = textCss && colorOf(textCss);
    const target = large ? AA : 7;
    if (painted && clip.includes('text')) {
      // Gradient text (`background-clip: text`): the gradient is the text's paint (where the
      // text itself is transparent), never what it is drawn on; where a stop misses the ratio,
      // the text gets one colour instead.
      [background, image, , key] = behind;
      if (!(color && color.a) && painted.some((stop) => contrastRatio(stop, background) < target)) {
        decision = { color_: reach(average(painted), background, target + MARGIN) ?? blackOrWhiteFor(background), noImage_: true };
        inheritedChanged = true;
      }
    } else if (painted !== undefined) image = painted;
    // Its content lies on its layers too (a fill its `::before` draws), over its own background;
    // a layer moved as a surface (see `moveSurfaces`) in its new colour, a pseudo-element's by a rule.
    let parts = '';
    if (layers?.length) {
      [background, image] = overLayers(layers, background, image, (css) => recolour.get(css) ?? colorOf(css));
      parts = fills(layers, (style) => recolour.get(style.backgroundColor));
      key = undefined;
    }
    if (level > 0 && control && parseFloat(style.borderTopWidth) > 0) {
      // (A border whose style is none computes to width 0.)
      const border = colorOf(style.borderTopColor);
      const under = behind[0];
      // Boundaries of controls reach 3:1 (WCAG 1.4.11).
      if (border && border.a > 0 && contrastRatio(border, under) < 3) decision.border_ = reach(composite(border, under), under, 3 + MARGIN);
    }
    // Text hidden over a url() picture (a logo's name pushed out of its box) gets no backdrop. (The
    // soft level gives none over one whose pixels are unknown, so it need not ask there.)
    if (color && color.a && ((image === null ? level < 0 : !(image as PictureStops | undefined)?.picture_) || showsText(el, false))) {
      // Text over an image or gradient that misses its ratio against any stop (or over a url()
      // image, at level 1) gets a solid backdrop of the gradient's average colour (so the hue
      // stays), of the picture's own colour farthest from the text where its pixels are read (white
      // text keeps its colour on a checkered banner's dark), else the opposite of the text; an image
      // it paints itself goes. (Text on an ancestor's gradient, or on a picture whose pixels are
      // read, asks it to be one colour: see `moveSurfaces`.)
      if (image === null ? level > 0 : image?.some((stop) => contrastRatio(color, stop) < target)) {
        const picture = (image as PictureStops | null | undefined)?.picture_;
        const far = picture && image!.reduce((far, stop) => (contrastRatio(color, stop) > contrastRatio(color, far) ? stop : far));
        // (Made as dark or as light as the text needs, in its hue, so the text keeps the site's
        // colour, where it can be; else the text moves, as on any background.)
        background = decision.background_ = far
          ? contrastRatio(color, far) < target ? (reach(far, composite(color, far), target + MARGIN) ?? far) : far
          : image
            ? average(image)
            : blackOrWhiteFor(composite(color, background));
        if (painted !== undefined) decision.noImage_ = true;
        asks = !!image && painted === undefined;
        image = key = undefined;
      }
      if (image === undefined) {
        const textKey = `${textCss}|${(key ??= formatColor(background))}|${target}|${inheritedChanged}`;
        let text = texts.get(textKey);
        if (!text) texts.set(textKey, (text = decideText(color, background, target, inheritedChanged)));
        // Most texts share their decision object, which the writer turns into a rule only once.
        decision = decision.background_ || decision.border_ ? { ...decision, ...text[0] } : text[0];
        if (text[0].background_) {
          // (Text that paints no background of its own, or the very colour it lies on, asks its
          // surface for the new one; so does text on its own layers, which would hide a box of its own.)
          asks ||= !!layers?.length || key === formatColor(behind[0]);
          background = text[0].background_;
          key = undefined;
        }
        inheritedChanged ||= text[1];
      } else if (inheritedChanged) {
        // Text over a url() picture at the soft level stays as the site drew it (its pixels
        // cannot be measured), in the colour it had.
        decision.color_ = color;
      }
    }
    if (control && (el as HTMLInputElement).placeholder) {
      // A field's placeholder is text the reader must read too (a format, a hint); its colour is
      // often a pale grey, and Firefox's own fades the field's colour to 54%.
      const placeholder = getComputedStyle(el, '::placeholder');
      const hint = colorOf(placeholder.color);
      const drawn = hint && composite(rgba(hint.r, hint.g, hint.b, hint.a * +placeholder.opacity), background);
      if (drawn && contrastRatio(drawn, background) < target) decision = { ...decision, placeholder_: reach(drawn, background, target + MARGIN) ?? blackOrWhiteFor(background) };
    }
    // A box of its own would lie under its layers: a pseudo-element's fill takes its colour instead.
    if (layers?.length && decision.background_) parts += fills(layers, () => decision.background_!);
    if (parts) decision = { ...decision, parts_: parts };
    const same = background === behind[0] && image === behind[1] && inheritedChanged === behind[2];
    // Children drawn on the same as their parent share its array (and the memo kept on it).
    if (same) behind[3] ??= key;
    return [decision.color_ || decision.background_ || decision.border_ || decision.placeholder_ || parts ? decision : undefined, same ? behind : [background, image, inheritedChanged, key, , asks]];
  }

  /** Boxes of one tag and classes; each holds the kinds of its children. */
  const owns = new Map<string, Map<string, Kind>>();
  const ownKind = (el: Element): Kind => {
    // (Keyed by the strings the DOM gives, whose hashes the engine keeps: no string is built.)
    let byClass = owns.get(el.localName);
    if (!byClass) owns.set(el.localName, (byClass = new Map()));
    let own = byClass.get(el.className);
    if (!own) byClass.set(el.className, (own = {}));
    return own;
  };
  /**
   * A positioned box's layers (`layersOf`). Looking resolves the style of its `::before` and
   * `::after`, a restyle of their own: boxes of one kind (a grid's thousand cells) are taken to be
   * alike, and looked at once while none has layers.
   */
  const layersFor = (el: Element, position: string, kind: Kind): Layer[] | undefined => {
    if (position === 'static' || kind.unlayered?.includes(position)) return;
    const layers = layersOf(el, colorOf);
    if (!layers.length) (kind.unlayered ??= []).push(position);
    return layers;
  };

  /** Rules painting each pseudo-element layer among `layers` (see `layersOf`) in what `paint` gives it, if anything. */
  const fills = (layers: Layer[], paint: (style: CSSStyleDeclaration) => Rgba | string | undefined): string =>
    layers
      .map(([style, part]) => {
        const fill = typeof part === 'string' && paint(style);
        return fill ? `&${part}{background:${typeof fill === 'string' ? fill : formatColor(fill)}!important}` : '';
      })
      .join('');

  /** A colour lifted to 7:1 on black in its own hue, if it is under that: a drawing at level 2. */
  const lift = (color: Rgba): Rgba | undefined => (onBlack(color) < 7 ? (reach(composite(color, BLACK), BLACK, 7 + MARGIN) ?? WHITE) : undefined);

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
   * its own (an icon font's glyph, a rating's star). (Not on a box of its own, a step's number in
   * its white disc: the site drew it there.)
   * At level 2 a small icon in dark SVG ink (an accordion's chevron) is drawn white, as the text
   * beside it; an empty element's parts are its picture (`drawing`: a menu button's bars), so their
   * dark backgrounds and shadows are lifted as drawings are (not a text element's: a badge's
   * background is under text).
   */
  const pseudoParts = (el: Element, kind: Kind | undefined, color: string, background: Rgba, drawing: boolean, same: 'follow' | 'keep' | 'decide'): string => {
    const tries = kind?.tries ?? 0;
    let found = false;
    const rules = PARTS.map((part) => {
      const style = getComputedStyle(el, part);
      if (style.content === 'none' || style.content === 'normal') return '';
      const own = colorOf(style.backgroundColor);
      let declarations = '';
      if (level > 1) {
        const image = style.backgroundImage;
        // (A width or height that is not a length, auto, is not an icon's.)
        const icon = image.includes('svg') && Math.max(parseFloat(style.width), parseFloat(style.height)) <= 48 && darkInk(image);
        const lifted = drawing && own?.a && lift(own);
        let dark = false;
        const shadow = style.boxShadow.replace(COLOR_FUNCTIONS, (css) => {
          const lifted = drawing && lift(colorOf(css) ?? BLACK);
          dark ||= !!lifted;
          return lifted ? formatColor(lifted) : css;
        });
        declarations =
          (lifted ? `background-color:${formatColor(lifted)}!important;` : '') +
          (dark ? `box-shadow:${shadow}!important;` : '') +
          (icon ? `background-image:${repaint(image, '#fff')}!important;` : '');
        found ||= !!declarations;
      }
      const ink = !own?.a && /^("[^"]|attr|counter)/.test(style.content) && colorOf(style.color);
      if (ink && style.color === color && same !== 'decide') {
        if (same === 'follow') declarations += 'color:inherit!important;';
      } else if (ink && ink.a) {
        found = true;
        let text: Rgba | null | undefined;
        if (level > 1) text = onBlack(ink) < 15 ? (reach(composite(ink, BLACK), BLACK, 15 + MARGIN) ?? WHITE) : undefined;
        else {
          const [decision] = decideText(ink, background, level > 0 && !isLarge(style) ? 7 : AA, false);
          // (Where only a new background would let it reach its ratio: black or white, since its box is the element's.)
          text = decision.background_ ? blackOrWhiteFor(background) : decision.color_;
        }
        if (text) declarations += `color:${formatColor(text)}!important;-webkit-text-fill-color:currentcolor!important;`;
      }
      return declarations && `&${part}{${declarations}}`;
    }).join('');
    if (kind) kind.tries = found ? -Infinity : tries + 1;
    return rules;
  };

  /** Whether boxes of a kind are still asked for their pseudo-elements (see `pseudoParts`). */
  const asks = (kind: Kind): boolean => (kind.tries ?? 0) < 3;

  /** Whether an element's own background hides what is behind it. */
  const opaque = (el: Element): boolean => (colorOf(getComputedStyle(el).backgroundColor)?.a ?? 0) >= 1;

  /**
   * `near`: the parent's box lies on one of `pictures` (so this element's box is read too);
   * `floating`: an ancestor is out of the flow (level 2; see `settle`).
   */
  const visit = (el: Element, behind: Behind, near: boolean, floating: boolean, parentOwn: Kind = {}): void => {
    if (isSkipped(el)) {
      // An inline SVG icon in dark ink of its own (not the text's colour), as for the pictures below.
      if (level > 1 && el.localName === 'svg' && iconSized(el) && darkSvg(el)) decisions.set(el, TILE);
      return;
    }
    let next = behind;
    let decision: Decision | undefined;
    // Its kind: its tag and classes, under its parent's tag and classes. Boxes of one kind are
    // taken to be styled alike where reading each would cost too much.
    const own = ownKind(el);
    const kinds = (parentOwn.children ??= new Map());
    let kind = kinds.get(own);
    if (!kind) kinds.set(own, (kind = {}));
    const style = getComputedStyle(el);
    const opacity = +style.opacity;
    // Text drawn translucent (a footer or a date line at `opacity: .6`) loses contrast that no
    // colour can give back, so it is drawn whole. Not what is nearly invisible on purpose, nor a
    // disabled control, whose faintness says that it cannot act.
    const translucent = opacity > 0.1 && opacity < 1 && /\S/.test(el.textContent!) && !disabled(el);
    const control = CONTROL.test(el.localName);
    near &&= nearPictures(el, pictures);
    // Text lying on a picture element: its pixels are unknown, as under a url() image.
    const pictured = near && !control && hasOwnText(el, false) && onPicture(el, pictures, opaque);
    if (level < 2) {
      // Read once: the decision follows from these values and what the element is drawn on.
      const image = style.backgroundImage;
      const [size, repeat, clip] = image === 'none' ? [] : [style.backgroundSize, style.backgroundRepeat, style.backgroundClip];
      // The colour text is painted in (`-webkit-text-fill-color` wins over `color`); read only
      // where there is text, its size and weight only at level 1 (large text needs 4.5:1, not 7:1).
      const text = hasOwnText(el, control) && style.webkitTextFillColor;
      const seen: Seen = [style.backgroundColor, image, size!, repeat!, clip!, text, level < 0 || ((!!text || !!clip?.includes('text')) && isLarge(style))];
      // Siblings alike (a list's items, a table's cells) are decided once, unless they depend on
      // more than these values: the root, controls (their borders), text on a picture.
      // Content on layers that are not its ancestors (a positioned box's fill) is decided on them,
      // alone; a layer is its texts' surface (see `moveSurfaces`).
      const layers = layersFor(el, style.position, kind);
      if (layers?.length) layered.set(el, layers);
      if (pictured || layers?.length) [decision, next] = decide(el, seen, style, pictured ? [behind[0], null, behind[2]] : behind, control, layers);
      else if (el.parentElement && !control) {
        const memo = (behind[4] ??= new Map());
        const key = seen.join('|');
        const known = memo.get(key);
        loading = false;
        [decision, next] = known ?? decide(el, seen, style, behind, control);
        // (Each box painting a picture that is still loading asks for it, to be read again when it arrives.)
        if (!known && !loading) memo.set(key, [decision, next]);
      } else [decision, next] = decide(el, seen, style, behind, control);
      // (Also where a sibling alike decided it: the surface may differ.)
      if (next !== behind && next[5]) moves.push([el, next[0], pictures]);
      // Text its pseudo-elements write, on a plain background.
      const parts = next[1] === undefined && asks(kind) && pseudoParts(el, kind, style.color, next[0], false, !text ? 'decide' : decision?.color_ ? 'follow' : 'keep');
      if (parts) decision = { ...decision, parts_: (decision?.parts_ ?? '') + parts };
    } else {
      // Level 2's sheet takes background colours away and paints text white or yellow.
      const image = style.backgroundImage;
      const page = el === el.ownerDocument.documentElement || el === el.ownerDocument.body;
      // A large background picture (null), only small ones beside the text (undefined), or none.
      // (Whether text is shown is asked only of a large picture, a layout read: an icon at its own
      // size is then small where text lies beside it, a search field's magnifier.)
      let picture = image.includes('url(') && !page && ownImage(image, style.backgroundSize, style.backgroundRepeat, BLACK, parseColor, false);
      const shows = picture === null && showsText(el, true);
      if (shows) picture = ownImage(image, style.backgroundSize, style.backgroundRepeat, BLACK);
      if (layerChildren.has(el)) decision = LAYER;
      else if (behind[1] === null || (picture === null && !shows)) {
        // A picture with no text shown on it (a logo, a banner, an icon button) stays as the site
        // painted it, with all it holds, as under the system's own high-contrast mode.
        decision = PICTURE;
        next = [behind[0], null, behind[2]];
      } else if (image !== 'none' && !page && picture !== undefined) {
        // Gradients go, and so does a large picture under text (a hero's photo, a textured or
        // striped column), whose pixels cannot be measured.
        decision = NO_IMAGE;
      }
      // An icon drawn in dark ink by an SVG in the stylesheet (a menu or close button's, a switch's
      // knob), with no text shown on it, would vanish on black: it gets the white tile of the light
      // page it was drawn for.
      // (Drawn whole: a close button's faintness says nothing of what it does.)
      if (image.includes('svg') && darkInk(image)) {
        if (iconSized(el) && !showsText(el, true)) decision = { ...decision, ...TILE, opaque_: opacity < 1 && !disabled(el) };
        // A small one beside text (a select's arrow, a list's bullet, a link's icon) is drawn in
        // white, as the text beside it is: the page it was drawn for cannot be under both.
        else if (picture === undefined && !decision?.picture_) decision = { ...decision, image_: repaint(image, '#fff') };
      }
      const position = style.position;
      floating ||= OUT_OF_FLOW.test(position);
      // Text on a picture element gets black under it. An element out of the flow, or in one, may
      // be a surface, an empty one a drawing: decided after the walk, in `settle`.
      if (pictured && !decision?.picture_) decision = decision ? { ...decision, ...SURFACE } : SURFACE;
      else if (!decision?.picture_ && !decision?.background_) {
        // (Empty: no node at all inside, as such drawings are written; a test of every child's text
        // would cost level 2 a twentieth of its time.)
        const empty = !control && !el.firstChild;
        if (empty || floating) unread.push([el, empty, floating]);
      }
      // An empty element's picture is its own box and its `::before` and `::after` (a menu button's
      // bars, a chevron's dots), and a button's show its state (an accordion's chevron): asked of
      // each. Those of other elements (a breadcrumb's divider), of each kind of box.
      const drawing = !el.firstChild;
      const every = drawing || el.localName === 'button' || el.localName === 'summary';
      let parts = every || asks(kind) ? pseudoParts(el, every ? undefined : kind, style.color, BLACK, drawing, 'follow') : '';
      // A fill drawn under its content by a `::before` or `::after` (which the sheet does not reach)
      // goes with the other backgrounds; an empty child drawing one is decided as it is visited.
      const layers = el.firstChild && layersFor(el, position, kind);
      if (layers) {
        for (const [, part] of layers) if (typeof part !== 'string') layerChildren.add(part);
        parts += fills(layers, () => 'none');
      }
      if (parts) decision = { ...decision, parts_: parts };
    }
    if (translucent) decision = { ...decision, opaque_: true };
    if (decision) decisions.set(el, decision);
    const shadow = el.shadowRoot;
    if (shadow) {
      shadowRoots.add(shadow);
      for (let child = shadow.firstElementChild; child; child = child.nextElementSibling) visit(child, next, near, floating, own);
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child, next, near, floating, own);
  };
  /**
   * Levels 1 and -1: where text reaches its ratio only on a new background (white on a mid blue
   * bar), the surface under it takes that background, the whole bar, not a box behind each word
   * (contrast-surfaces.ts finds it and its colour); the surface's part is then decided again on it.
   */
  const moveSurfaces = (): void => {
    for (const [surface, [backgrounds, near, own, gradient]] of surfacesOf(moves, tops, layered, colorOf)) {
      const color = farthest(backgrounds, luminance(gradient ? average(gradient) : colorOf(own)!));
      if (!color) continue;
      if (gradient) surfaces.set(surface, color);
      else recolour.set(own, color);
      for (const el of [surface, ...surface.querySelectorAll('*')]) decisions.delete(el);
      pictures = near;
      // (Inherited colours are pinned only under an ancestor whose text colour changed, as at first.)
      const behind = behindOf(parentOf(surface), canvas, ready);
      let up: Element | null | undefined = surface;
      for (behind[2] = false; (up = parentOf(up)) && !behind[2]; ) behind[2] = !!decisions.get(up)?.color_;
      visit(surface, behind, near.length > 0, false);
    }
  };
  /**
   * Once every part is read: levels 1 and -1 move surfaces (above); level 2, from the backgrounds
   * the site paints:
   *  - an empty element at most 24px thick with a colour of its own is a drawing (a menu button's
   *    bars, a status dot, a progress bar's fill, a swatch, a brand's stripe): it keeps its hue,
   *    lightened until it reaches 7:1 on black, or it would vanish;
   *  - an element with an opaque background out of the flow (absolute, fixed or sticky: a
   *    dropdown, a sticky header), or inside one (a dialog's box in its fixed wrapper), may lie over
   *    other content, so it stays opaque, in black, or that content would show through it. (Boxes
   *    in the flow, a relatively positioned card among them, cover nothing: black on black.)
   * Those backgrounds are read after the walk, all at once, between `reveal(els, true)` and
   * `reveal(els, false)`: in a part read again while level 2 is on, its sheet hides them all.
   */
  const settle = (reveal: (els: Element[], shown: boolean) => void): void => {
    moveSurfaces();
    if (!unread.length) return;
    // (Boxes first: a layout read after the reveal's writes would lay the page out again.)
    const boxes = unread.map(([el, empty]) => empty && el.getBoundingClientRect());
    const els = unread.map(([el]) => el);
    reveal(els, true);
    const owns = els.map((el) => colorOf(getComputedStyle(el).backgroundColor));
    // (Those decided keep showing the site's paint until they are written: one change, not two.)
    const undecided = unread.filter(([el, , floating], i) => {
      const [own, box] = [owns[i], boxes[i]];
      if (!own?.a) return true;
      const added =
        box && box.width * box.height > 0 && Math.min(box.width, box.height) <= 24
          ? { background_: lift(own) ?? composite(own, BLACK) }
          : own.a >= 1 && floating && SURFACE;
      if (added) decisions.set(el, { ...decisions.get(el), ...added });
      return !added;
    });
    reveal(
      undecided.map(([el]) => el),
      false,
    );
  };
  return [
    (el, behind) => {
      // A part read again (a caption the site restyles) may lie on a picture just outside it, in
      // the same slide or card; pictures farther away are not looked for (a menu item pointed at
      // then costs no layout). Without a large picture, no box is read.
      pictures = picturesIn(slideOf(el));
      tops.add(el);
      visit(el, behind, pictures.length > 0, level > 1 && floats(el));
    },
    decisions,
    shadowRoots,
    settle,
  ];
}
