/**
 * Level 2, maximum contrast: what its prepared sheet (contrast.ts) cannot decide alone, element
 * by element as the walk (contrast-decide.ts) reaches them, then once the walk is done (`settle`).
 * The sheet takes background colours away and paints text white or yellow; here background
 * pictures are kept or taken away, text lying on pictures gets black under it, dark icons a white
 * tile, small drawings their hue, and boxes out of the flow stay opaque. Nothing is written here.
 */
import { composite, luminance, type Rgba } from '../core/color.js';
import { parseColor } from '../core/color-parse.js';
import { repaint } from '../core/svg-ink.js';
import { BLACK, blank, fills, ownImage, parentOf, PARTS, WHITE, type Behind, type Layer } from './contrast-behind.js';
import { asks, type PseudoParts } from './contrast-ink.js';
import { isFace, SIDES, type Drawing } from './contrast-marks.js';
import { darkInk, darkSvg, iconSized, ownInks, showsText } from './contrast-pictures.js';
import type { Decision, Kind } from './contrast-decide.js';

/** A control that cannot act: its faintness says so, and stays. */
export const disabled = (el: Element): boolean => el.matches(':disabled,[aria-disabled=true]');

/**
 * Level 2's decisions into `decisions`: `skipped` for an element the walk does not enter (an inline
 * SVG), `decide` for every other (its decision and what its children are drawn on), `settle` once
 * every part is read.
 */
export function createMaximum(
  decisions: Map<Element, Decision>,
  colorOf: (css: string) => Rgba | null,
  pseudoParts: PseudoParts,
  lift: (color: Rgba) => Rgba | undefined,
  liftAll: (css: string, text: string) => string,
  liftLines: (style: CSSStyleDeclaration, keep: boolean) => string,
  layersFor: (el: Element, position: string, kind: Kind) => Layer[] | undefined,
  marksOver: (drawings: Drawing[]) => string,
): [
  skipped: (el: Element, groundOf: (known: Map<Element, Behind>) => Behind) => void,
  decide: (el: Element, style: CSSStyleDeclaration, position: string, behind: Behind, kind: Kind, pictured: boolean, control: boolean, floating: boolean) => Decision | undefined,
  settle: (reveal: (els: Element[], shown: boolean, quiet?: boolean) => Element[]) => void,
] {
  /** Pictures that may keep the light ground they were drawn on, and how to read it (see `settle`). */
  const grounds: [el: Element, groundOf: (known: Map<Element, Behind>) => Behind][] = [];
  /** Elements that may be surfaces or drawings, decided by their own backgrounds (see `settle`). */
  const unread: [el: Element, empty: boolean, floating: boolean][] = [];
  // (One per walk: the writer numbers each decision object's rule for this walk.)
  const SURFACE: Decision = { background_: BLACK };
  const PICTURE: Decision = { picture_: true };
  const NO_IMAGE: Decision = { noImage_: true };
  const TILE: Decision = { background_: WHITE };
  /** A layer under text (see `layersOf`), black as the page, its picture gone. */
  const LAYER: Decision = { background_: BLACK, noImage_: true };
  /** The empty children found to be layers under their siblings' text. */
  const layerChildren = new Set<Element>();

  /**
   * An inline SVG icon in dark ink of its own (not the text's colour), as for the pictures below.
   * A picture, canvas or frame drawn on a light ground may be transparent, with dark ink made for it
   * (a logo's name, a chart's labels on a canvas): it keeps that ground, or its ink would vanish on
   * black. Over an opaque photo the ground does not show; a background of its own stays.
   */
  const skipped = (el: Element, groundOf: (known: Map<Element, Behind>) => Behind): void => {
    const svg = el.localName === 'svg';
    if (svg && iconSized(el)) return void (darkSvg(el) && decisions.set(el, TILE));
    // (An inline SVG larger than an icon, a chart, only where none of its ink is the text's colour,
    // which turns white; an image only with a text alternative: a spacer or a decoration, perhaps
    // wholly transparent, would show as a light block.)
    if ((svg ? ownInks(el)?.length : el.localName === 'img' ? (el as HTMLImageElement).alt : /^(canvas|iframe|object|embed)$/.test(el.localName)) && !colorOf(getComputedStyle(el).backgroundColor)?.a) grounds.push([el, groundOf]);
  };

  /**
   * `position` is the element's, read once by the walk; `pictured`: its text lies on a picture
   * element; `floating`: it or an ancestor is out of the flow. A decision kept as a picture
   * (`picture_`) is a picture for its children too.
   */
  const decide = (el: Element, style: CSSStyleDeclaration, position: string, behind: Behind, kind: Kind, pictured: boolean, control: boolean, floating: boolean): Decision | undefined => {
    let decision: Decision | undefined;
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
    } else if (image !== 'none' && !page && picture !== undefined) {
      // Gradients go, and so does a large picture under text (a hero's photo, a textured or
      // striped column), whose pixels cannot be measured. Unrepeated gradients may be drawings:
      // small beside the text (a radio's ring and dot drawn on its label), or lines along the box
      // (borders, as DSFR draws them); they stay, in their hue lifted to 7:1 on black, or a state
      // or an edge would vanish. (Most gradients repeat: their size is not read.)
      const repeat = !picture && style.backgroundRepeat;
      const size = repeat && repeat.includes('no-repeat') && style.backgroundSize;
      const lifted = size && ownImage(image, size, repeat, BLACK) === undefined ? liftAll(image, style.color) : undefined;
      const lines = size && lifted === undefined && liftLines(style, false);
      decision = lifted !== undefined ? (lifted ? { image_: lifted } : undefined) : lines ? { image_: lines } : NO_IMAGE;
    }
    // An icon drawn in dark ink by an SVG in the stylesheet (a menu or close button's, a switch's
    // knob), with no text shown on it, would vanish on black: it gets the white tile of the light
    // page it was drawn for.
    // (Drawn whole: a close button's faintness says nothing of what it does.)
    if (image.includes('svg') && darkInk(image)) {
      if (iconSized(el) && !showsText(el, true)) decision = { ...decision, ...TILE, opaque_: +style.opacity < 1 && !disabled(el) };
      // A small one beside text (a select's arrow, a list's bullet, a link's icon) is drawn in
      // white, as the text beside it is: the page it was drawn for cannot be under both.
      else if (picture === undefined && !decision?.picture_) decision = { ...decision, image_: repaint(image, '#fff') };
    }
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
      // (Lines drawn along it stay, as the element's own do: a tile's foot.)
      parts += fills(layers, (style) => liftLines(style, false) || 'none');
    }
    // A border a menu's item or link, or a tab, keeps transparent (a slot for the underline the
    // current one shows) stays so: white, every item would look current. (A link in a list item or
    // a nav: links in running text are not read for it.)
    if (el.localName === 'li' || (el.localName === 'a' && /^(li|nav)$/.test(el.parentElement?.localName ?? '')) || el.getAttribute('role') === 'tab') {
      const clear = SIDES.filter((side) => colorOf(style[`border${side}Color`])?.a === 0).map((side) => `border-${side.toLowerCase()}-color:transparent!important;`).join('');
      if (clear) parts += `&{${clear}}`;
    }
    if (parts) decision = { ...decision, parts_: parts };
    return decision;
  };

  /**
   * Once every part is read, from the backgrounds the site paints: each picture gathered by
   * `skipped` keeps the light ground it lies on (read with its ancestors shown as the site paints
   * them); and
   *  - an empty element at most 24px thick with a colour of its own is a drawing (a menu button's
   *    bars, a status dot, a progress bar's fill, a swatch, a brand's stripe): it keeps its hue,
   *    lightened until it reaches 7:1 on black, or it would vanish; one filled near white with a
   *    border is a control's face (see `isFace`), black as the page;
   *  - an element with an opaque background out of the flow (absolute, fixed or sticky: a
   *    dropdown, a sticky header), or inside one (a dialog's box in its fixed wrapper), may lie over
   *    other content, so it stays opaque, in black, or that content would show through it. So does
   *    one with content on a background at least half opaque (a frosted header, `rgba(255,255,255,
   *    .75)`, that lets content scrolled under it show only faintly; without its background that
   *    content would run into its links). An empty one is a tint or a scrim over the page: it goes.
   *    (Boxes in the flow, a relatively positioned card among them, cover nothing: black on black.)
   * Those backgrounds are read after the walk, all at once, between `reveal(els, true)` and
   * `reveal(els, false)`: in a part read again while level 2 is on, its sheet hides them all.
   */
  const settle = (reveal: (els: Element[], shown: boolean, quiet?: boolean) => Element[]): void => {
    // A picture's ground, read through its ancestors as the site paints them.
    const chain = new Set<Element>();
    for (const [el] of grounds) for (let up = parentOf(el); up && !chain.has(up); up = parentOf(up)) chain.add(up);
    const shown = reveal([...chain], true, true);
    // (Pictures share ancestors: each is read once.)
    const known = new Map<Element, Behind>();
    for (const [el, groundOf] of grounds) {
      const [ground, image] = groundOf(known);
      if (image === undefined && luminance(ground) > 0.5) decisions.set(el, { background_: ground });
    }
    reveal(shown, false);
    if (!unread.length) return;
    // (Boxes first: a layout read after the reveal's writes would lay the page out again.)
    const boxes = unread.map(([el, empty]) => empty && el.getBoundingClientRect());
    const els = unread.map(([el]) => el);
    reveal(els, true);
    const owns = els.map((el) => colorOf(getComputedStyle(el).backgroundColor));
    // (Those decided keep showing the site's paint until they are written: one change, not two.)
    const undecided = unread.filter(([el, empty, floating], i) => {
      const [own, box] = [owns[i], boxes[i]];
      if (!own?.a) return true;
      const drawn = box && box.width * box.height > 0 && Math.min(box.width, box.height) <= 24 && getComputedStyle(el);
      const face = drawn && isFace(drawn, own);
      const lifted = drawn && !face && lift(own);
      // (A mark its empty parts draw over a fill lifted light turns black: a radio's white dot.)
      const marks =
        lifted &&
        marksOver([
          ['', drawn, box.width, box.height, lifted],
          ...PARTS.map((part): Drawing => {
            const style = getComputedStyle(el, part);
            const empty = blank(style.content);
            return [part, style, empty ? parseFloat(style.width) : NaN, empty ? parseFloat(style.height) : NaN, null];
          }),
        ]);
      const added = face
        ? SURFACE
        : drawn
          ? { background_: lifted || composite(own, BLACK), parts_: (decisions.get(el)?.parts_ ?? '') + (marks || '') || undefined }
          : floating && (own.a >= 1 || (own.a >= 0.5 && !empty)) && SURFACE;
      if (added) decisions.set(el, { ...decisions.get(el), ...added });
      return !added;
    });
    reveal(
      undecided.map(([el]) => el),
      false,
    );
  };

  return [skipped, decide, settle];
}
