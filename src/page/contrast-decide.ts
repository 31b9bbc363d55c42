/**
 * The reading half of the contrast engine: walks the page (open shadow roots included) once,
 * works out the background every text is actually drawn on (with contrast-behind.ts: translucent
 * layers composited over their ancestors, images and gradients noted), and decides new colours
 * for levels 1 and -1 (text colours with contrast-ink.ts, text lying on picture elements with
 * contrast-pictures.ts, whole surfaces with contrast-surfaces.ts). Level 2 is a prepared sheet;
 * contrast-maximum.ts decides what it cannot. Translucent text is drawn whole at every level.
 * Nothing is written here (`settle`'s caller shows the elements it reads as the site paints them).
 * (The walk and the decisions of levels 1 and -1 share one walk's state: the surfaces moved, the
 * decisions of plain text, whether a picture is still loading.)
 */
import type { ContrastLevel } from '../core/settings.js';
import { composite, contrastRatio, formatColor, luminance, rgba, to8bit, type Rgba } from '../core/color.js';
import { behindOf, BLACK, fills, layer, layersOf, overLayers, ownImage, parentOf, type Behind, type Layer } from './contrast-behind.js';
import { AA, asks, blackOrWhiteFor, calm, createInk, isLarge, MARGIN, type Asked } from './contrast-ink.js';
import { createMaximum, disabled } from './contrast-maximum.js';
import { nearPictures, onPicture, picturesIn, showsText, slideOf, type Picture } from './contrast-pictures.js';
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
  /** The element is translucent or blended and holds text: drawn whole, at full opacity, unblended. */
  opaque_?: boolean;
  border_?: Rgba | null;
  /** A control's shadows, its ring's colour raised to 3:1 (a `box-shadow` value). */
  shadow_?: string;
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
  /** A link told from the text around it by colour alone, whose colours the level brought within 3:1. */
  underline_?: boolean;
}

/**
 * What an element's decision is made from, its computed values read once: background colour and
 * image (its size, repeat and clip are read only under an image), the colour its own text is
 * painted in (false without text of its own), and whether that text is large (4.5:1, not 7:1;
 * every text at the soft level).
 */
type Seen = [background: string, image: string, size: string, repeat: string, clip: string, text: string | false, large: boolean, shadowed: boolean];

/**
 * A kind of box (its tag and classes, in a parent of one kind), and what was found of the boxes
 * of that kind: how many showed no text written by their pseudo-elements (see contrast-ink.ts); the
 * positions at which they had no layers; and, for a box's own tag and classes, its children's kinds.
 */
export interface Kind extends Asked {
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
/** A shadow drawn as a line around a box: a colour, no offset, no blur, a spread (computed form). */
const RING = /([\w-]+\([^()]*\)) 0px 0px 0px [1-9][\d.]*px/g;

/** The mean of a gradient's stops, in the 8-bit steps it is written in (text is judged against that). */
const average = (stops: Rgba[]): Rgba =>
  to8bit(stops.reduce((sum, stop) => rgba(sum.r + stop.r / stops.length, sum.g + stop.g / stops.length, sum.b + stop.b / stops.length), BLACK));

/** Text a slot draws: the nodes a shadow host places in it, or its own where none are. */
const slotText = (slot: HTMLSlotElement): boolean => {
  const assigned = slot.assignedNodes({ flatten: true });
  return (assigned.length ? assigned : [...slot.childNodes]).some((node) => node.nodeType === 3 && (node as Text).data.trim());
};

/**
 * Whether text is drawn in the element's colour. Form fields draw their value as text without a
 * text node. A shadow host's text is drawn where its slots place it (a component's label in its
 * shadow button): in the colour of the slot's parent, whose text it is (as axe reads it too).
 */
const hasOwnText = (el: Element, control: boolean): boolean => {
  // (A file field draws "No file chosen", or the file's name, in its colour.)
  if (control && el.localName !== 'button') return !/^(hidden|checkbox|radio|range|color|image)$/.test((el as HTMLInputElement).type);
  if (el.shadowRoot || el.localName === 'slot') return false;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    // (trim() takes the same whitespace as /\s/, in a third of the time.)
    if (node.nodeType === 3 ? (node as Text).data.trim() : (node as Element).localName === 'slot' && slotText(node as HTMLSlotElement)) return true;
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

/**
 * A walk for one level: `visit` decides subtrees into `decisions`, notes open shadow roots and, at
 * level 2, lists every element it enters (`painted`: its sheet paints them all);
 * `settle`, once they are all read, moves surfaces (levels 1 and -1) or decides level 2's surfaces
 * and drawings. `cache` holds parsed colours and lightness searches (see contrast-ink.ts).
 */
export function createWalk(
  level: ContrastLevel,
  cache: Map<string, Rgba | null>,
  canvas: Rgba,
  ready: (el: Element) => void,
): [Visit, Map<Element, Decision>, Set<ShadowRoot>, (reveal: (els: Element[], shown: boolean, quiet?: boolean) => Element[]) => void, Element[]] {
  const decisions = new Map<Element, Decision>();
  const shadowRoots = new Set<ShadowRoot>();
  const painted: Element[] = [];
  /** The large pictures of the part being read, which text may lie on. */
  let pictures: Picture[] = [];
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
  /** What each slot visited lies on: its host's children are drawn there. */
  const slotted = new Map<Element, Behind>();
  const [colorOf, reach, decideText, pseudoParts, lift, liftAll, liftLines, edge, fileButton, marksOver] = createInk(level, cache);

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
    const [ownCss, imageCss, size, repeat, clip, textCss, large, shadowed] = seen;
    const surface = surfaces.get(el);
    const moved = surface ?? recolour.get(ownCss);
    const own = moved ?? colorOf(ownCss);
    let [background, image, inheritedChanged, key] = behind;
    // Its own background is composited over what it is drawn on.
    if (own && own.a > 0) {
      [background, image] = layer(own, background, image);
      key = undefined;
    }
    // Soft: glaring white (and pitch black) surfaces calm down (see `calm`); the root is one unless
    // an opaque body lends the canvas its own background (a background given to the root would
    // stop that, and show under a short dark page).
    if (moved) decision.background_ = moved;
    else if (level < 0 && ((own && own.a >= 1) || (el === el.ownerDocument.documentElement && !opaque(el.ownerDocument.body ?? el)))) {
      const calmed = calm(background, !!el.firstChild);
      if (calmed) background = decision.background_ = calmed;
    }
    let painted = ownImage(surface ? 'none' : imageCss, size, repeat, image === undefined ? background : image, colorOf);
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
    if (level > 0 && control) {
      // Boundaries of controls reach 3:1 (WCAG 1.4.11): a border (one whose style is none computes
      // to width 0), and an edge drawn by a shadow with no offset and no blur, a ring (Tailwind's
      // `ring-1`, a field's only border); other shadows stay.
      if (parseFloat(style.borderTopWidth) > 0) decision.border_ = edge(colorOf(style.borderTopColor), behind[0]);
      let ringed = false;
      const shadow = style.boxShadow.replace(RING, (ring, css: string) => {
        const reached = edge(colorOf(css), behind[0]);
        ringed ||= !!reached;
        return reached ? formatColor(reached) + ring.slice(css.length) : ring;
      });
      if (ringed) decision.shadow_ = shadow;
    }
    // Text hidden over a url() picture (a logo's name pushed out of its box) gets no backdrop. (The
    // soft level gives none over one whose pixels are unknown, so it need not ask there.)
    if (color && color.a && ((image === null ? level < 0 : !(image as PictureStops | undefined)?.picture_) || showsText(el, false))) {
      // Text over an image or gradient that misses its ratio against any stop (or over a url()
      // image, at level 1) gets a solid backdrop of the gradient's average colour (so the hue
      // stays), of the picture's own colour farthest from the text where its pixels are read (white
      // text keeps its colour on a checkered banner's dark), else the opposite of the text; an image
      // it paints itself goes. (Text on an ancestor's gradient, or on a slice of one whose pixels
      // are read, asks it to be one colour: see `moveSurfaces`. A drawn picture stays, photo or
      // illustration, however small.)
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
        asks = !!image && painted === undefined && !(image as PictureStops).drawn_;
        image = key = undefined;
      }
      if (image === undefined) {
        const textKey = `${textCss}|${(key ??= formatColor(background))}|${target}|${inheritedChanged}`;
        let text = texts.get(textKey);
        if (!text) texts.set(textKey, (text = decideText(color, background, target, inheritedChanged)));
        // Most texts share their decision object, which the writer turns into a rule only once.
        decision = decision.background_ || decision.border_ || decision.shadow_ ? { ...decision, ...text[0] } : text[0];
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
    if (control && (el as HTMLInputElement).type === 'file') parts += fileButton(el, background);
    // A box of its own would lie under its layers: a pseudo-element's fill takes its colour instead.
    if (layers?.length && decision.background_) parts += fills(layers, () => decision.background_!);
    if (parts) decision = { ...decision, parts_: parts };
    // A glow or shadow around the letters goes where they were judged on a plain ground: it blurs
    // their edges, and where it is light around light text (a neon theme's glow) it is a lighter
    // ground they must stand out from (axe measures it so); the ratio was reached without it. (Text
    // left on a picture, as the soft level leaves it, keeps the shadow drawn to lift it off the photo.)
    if (shadowed && color && color.a && image === undefined) decision = { ...decision, unshadowed_: true };
    const same = background === behind[0] && image === behind[1] && inheritedChanged === behind[2];
    // Children drawn on the same as their parent share its array (and the memo kept on it).
    if (same) behind[3] ??= key;
    return [decision.color_ || decision.background_ || decision.border_ || decision.shadow_ || decision.placeholder_ || decision.unshadowed_ || parts ? decision : undefined, same ? behind : [background, image, inheritedChanged, key, , asks]];
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

  const [skipped, decideMaximum, settleMaximum] = createMaximum(decisions, colorOf, pseudoParts, lift, liftAll, liftLines, layersFor, marksOver);

  /** Whether an element's own background hides what is behind it. */
  const opaque = (el: Element): boolean => (colorOf(getComputedStyle(el).backgroundColor)?.a ?? 0) >= 1;

  /**
   * `near`: the parent's box lies on one of `pictures` (so this element's box is read too);
   * `floating`: an ancestor is out of the flow (level 2; see contrast-maximum.ts).
   */
  const visit = (el: Element, behind: Behind, near: boolean, floating: boolean, parentOwn: Kind = {}): void => {
    if (isSkipped(el)) {
      // (Level 2's walk does not follow the site's backgrounds: a picture's ground is read for it.)
      if (level > 1) skipped(el, (known) => behindOf(parentOf(el), canvas, undefined, known));
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
    // disabled control, whose faintness says that it cannot act. Text blended into what lies
    // under it (`mix-blend-mode`, a name multiplied over a photo) is drawn plainly, as it was
    // measured (level 2's sheet does that for every element).
    const blended = level < 2 && style.mixBlendMode !== 'normal';
    const translucent = (blended || (opacity > 0.1 && opacity < 1 && !disabled(el))) && /\S/.test(el.textContent!);
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
      const seen: Seen = [style.backgroundColor, image, size!, repeat!, clip!, text, level < 0 || ((!!text || !!clip?.includes('text')) && isLarge(style)), !!text && style.textShadow !== 'none'];
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
      // Text its pseudo-elements write, on a plain background or a gradient.
      const stops = next[1] && !(next[1] as PictureStops).picture_ ? next[1] : undefined;
      const parts = (next[1] === undefined || stops) && asks(kind) && pseudoParts(el, kind, style.color, stops ? average(stops) : next[0], false, !text ? 'decide' : decision?.color_ ? 'follow' : 'keep', stops);
      if (parts) decision = { ...decision, parts_: (decision?.parts_ ?? '') + parts };
      // A link in a line of text, told from it by colour alone (WCAG 1.4.1 asks 3:1 between the
      // two), stays told apart where the level brings their colours together: it is underlined.
      const parent = text && el.localName === 'a' && el.parentElement;
      if (parent && style.display === 'inline' && !style.textDecorationLine.includes('underline')) {
        const around = getComputedStyle(parent).webkitTextFillColor;
        const ink = decision?.color_ ?? colorOf(text);
        const near = decisions.get(parent)?.color_ ?? colorOf(around);
        if (around !== text && ink && near && contrastRatio(ink, near) < 3) decision = { ...decision, underline_: true };
      }
    } else {
      // Level 2's sheet takes background colours away and paints text white or yellow.
      painted.push(el);
      const position = style.position;
      floating ||= OUT_OF_FLOW.test(position);
      decision = decideMaximum(el, style, position, behind, kind, pictured, control, floating);
      if (decision?.picture_) next = [behind[0], null, behind[2]];
    }
    if (translucent) decision = { ...decision, opaque_: true };
    if (decision) decisions.set(el, decision);
    if (el.localName === 'slot') slotted.set(el, next);
    const shadow = el.shadowRoot;
    if (shadow) {
      shadowRoots.add(shadow);
      for (let child = shadow.firstElementChild; child; child = child.nextElementSibling) visit(child, next, near, floating, own);
    }
    // (A host's children are drawn in its shadow tree, where their slot is: on what lies under it.)
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child, (shadow && child.assignedSlot && slotted.get(child.assignedSlot)) || next, near, floating, own);
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
    // Once every part is read: levels 1 and -1 move surfaces (above), level 2 decides its surfaces
    // and drawings (contrast-maximum.ts).
    (reveal) => (level > 1 ? settleMaximum(reveal) : moveSurfaces()),
    painted,
  ];
}
