/**
 * The reading half of the contrast engine: walks the page (open shadow roots included) once,
 * works out the background every text is actually drawn on (translucent layers composited over
 * their ancestors, images and gradients noted), and decides new colours for levels 1 and -1.
 * Nothing is written here.
 */
import { composite, contrastRatio, formatColor, luminance, reachContrast, softenContrast, type Rgba } from '../core/color.js';
import { parseColor } from '../core/color-parse.js';

export interface Decision {
  color?: Rgba;
  background?: Rgba;
  /** Text sat directly on an image or gradient that this element paints itself. */
  noImage?: boolean;
  border?: Rgba;
}

/** What an element is drawn over, as its parent leaves it. */
export interface Behind {
  background: Rgba;
  /** An image or gradient shows through below this point: a gradient's stops, null for url() images. */
  image: Rgba[] | null | undefined;
  /** An ancestor's text colour was changed, so inherited colours must be pinned. */
  inheritedChanged: boolean;
  /** `background` as text, once some text needed it. */
  key?: string;
}

interface TextOutcome {
  decision: Decision;
  /** The text colour changed, so descendants that inherit it must be pinned. */
  recoloured: boolean;
}

export interface Walk {
  level: 1 | -1;
  decisions: Map<Element, Decision>;
  shadowRoots: Set<ShadowRoot>;
  /** Many elements share a colour pair; the lightness search runs once per pair. */
  cache: Map<string, Rgba | null>;
  /** Decisions for plain text, shared by every element with the same colours, size and pinning. */
  texts: Map<string, TextOutcome>;
}

/** Elements whose pixels are never recoloured, and Legible's own elements. */
const SKIPPED = new Set(['img', 'video', 'canvas', 'iframe', 'svg', 'picture', 'object', 'embed', 'script', 'style', 'noscript', 'template', 'head', 'math']);
export const isSkipped = (el: Element): boolean => SKIPPED.has(el.localName) || el.localName.startsWith('legible-');
const CONTROLS = new Set(['input', 'select', 'textarea', 'button']);

export const WHITE: Rgba = { r: 1, g: 1, b: 1, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const SOFT_LIGHT: Rgba = { r: 0xf5 / 255, g: 0xf0 / 255, b: 0xe4 / 255, a: 1 };
const SOFT_DARK: Rgba = { r: 0x22 / 255, g: 0x22 / 255, b: 0x22 / 255, a: 1 };
/** Soft text stays at or under this ratio, and never under AA. */
const SOFT_MAX_RATIO = 9;
const AA = 4.5;
const AAA = 7;
const NON_TEXT = 3;
/** New colours aim a little past the threshold, so other tools' rounding cannot fall below it. */
const MARGIN = 0.15;

const isLarge = (style: CSSStyleDeclaration): boolean => {
  const size = parseFloat(style.fontSize);
  return size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66);
};

/** Form fields draw their value as text without a text node. */
const TEXT_FIELDS = /^(?:textarea|select|input)$/;
const NOT_TEXT_INPUTS = /^(?:hidden|checkbox|radio|range|color|file|image)$/;

const hasOwnText = (el: Element): boolean => {
  if (TEXT_FIELDS.test(el.localName)) return !NOT_TEXT_INPUTS.test((el as HTMLInputElement).type);
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && /\S/.test((node as Text).data)) return true;
  }
  return false;
};

const COLOR_IN_IMAGE = /(?:rgba?|oklch|oklab|lab|lch|color)\([^()]*\)/g;

/** A gradient's colour stops over `under`; null for url() images (unknown pixels). */
function imageStops(backgroundImage: string, under: Rgba): Rgba[] | null {
  if (backgroundImage.includes('url(')) return null;
  const stops = (backgroundImage.match(COLOR_IN_IMAGE) ?? []).map(parseColor).filter((c): c is Rgba => !!c);
  return stops.length ? stops.map((c) => composite(c, under)) : null;
}

const average = (colors: Rgba[]): Rgba => {
  const sum = colors.reduce((a, c) => ({ r: a.r + c.r, g: a.g + c.g, b: a.b + c.b, a: 1 }));
  return { r: sum.r / colors.length, g: sum.g / colors.length, b: sum.b / colors.length, a: 1 };
};

/**
 * The image layers under this element's own text: none when every layer is a small no-repeat
 * picture (a CMS bullet or icon beside the text, `5px 5px no-repeat`), which must stay as it is.
 */
function ownImage(style: CSSStyleDeclaration, under: Rgba): Rgba[] | null | undefined {
  if (style.backgroundImage === 'none') return undefined;
  const sizes = style.backgroundSize.split(',');
  const small = style.backgroundRepeat.split(',').every(
    (repeat, i) => /^\s*no-repeat(?: no-repeat)?\s*$/.test(repeat) && (sizes[i] ?? '').split(' ').some((v) => v.endsWith('px') && parseFloat(v) <= 48),
  );
  return small ? undefined : imageStops(style.backgroundImage, under);
}

function cached(walk: Walk, key: string, compute: () => Rgba | null): Rgba | null {
  let value = walk.cache.get(key);
  if (value === undefined) walk.cache.set(key, (value = compute()));
  return value;
}

/** Pages use few colours: each computed colour string is parsed once per walk. */
const colorOf = (walk: Walk, css: string): Rgba | null => cached(walk, css, () => parseColor(css));

/**
 * Level 1 for one text: the nearest colour of the same hue that reaches `target`; where none can,
 * the background's lightness moves instead (same hue), and only then text goes to black or white.
 */
function raise(walk: Walk, color: Rgba, background: Rgba, target: number, decision: Decision): void {
  const aim = target + MARGIN;
  const key = `${formatColor(color)}|${formatColor(background)}|${target}`;
  const reached = cached(walk, key, () => reachContrast(color, background, aim));
  if (reached) {
    decision.color = reached;
    return;
  }
  const movedBackground = cached(walk, `bg|${key}`, () => reachContrast(background, color, aim));
  if (movedBackground) {
    decision.background = movedBackground;
    decision.color = { ...color, a: 1 };
    return;
  }
  const text = luminance(background) > 0.18 ? BLACK : WHITE;
  decision.color = text;
  decision.background = reachContrast(background, text, aim) ?? (text === BLACK ? WHITE : BLACK);
}

/** The text of one element over a plain `background`, for every element with the same colours. */
function decideText(walk: Walk, color: Rgba, background: Rgba, target: number, pinned: boolean): TextOutcome {
  const decision: Decision = {};
  const drawn = composite(color, background);
  if (walk.level === 1) {
    if (contrastRatio(drawn, background) < target) raise(walk, drawn, background, target, decision);
  } else {
    decision.color = softenContrast(drawn, background, AA + MARGIN, SOFT_MAX_RATIO) ?? undefined;
  }
  if (!decision.color && pinned) decision.color = color;
  return { decision, recoloured: !!decision.color && formatColor(decision.color) !== formatColor(color) };
}

/** Decides `el` and its subtree (shadow tree first, then light children) for `walk.level`. */
export function visit(el: Element, behind: Behind, walk: Walk): void {
  if (isSkipped(el)) return;
  // Hidden content is decided too: a menu or dialog shown later by the site's own CSS (no new
  // nodes, so no mutation) then opens in the level's colours.
  const style = getComputedStyle(el);
  let decision: Decision = {};
  const level = walk.level;
  let background = behind.background;
  let key = behind.key;
  let image = behind.image;
  const own = colorOf(walk, style.backgroundColor);
  if (own && own.a > 0) {
    background = composite(own, background);
    key = undefined;
    if (own.a >= 1) image = undefined;
  }
  // Soft: glaring white (and pitch black) surfaces calm down; the root always has a surface.
  if (level === -1 && ((own && own.a >= 1) || el === el.ownerDocument.documentElement)) {
    const soft = luminance(background) > 0.8 ? SOFT_LIGHT : luminance(background) < 0.02 ? SOFT_DARK : null;
    if (soft) background = decision.background = soft;
  }
  const painted = ownImage(style, background);
  if (painted !== undefined) image = painted;
  if (level === 1 && CONTROLS.has(el.localName) && parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none') {
    const border = colorOf(walk, style.borderTopColor);
    if (border && border.a > 0 && contrastRatio(composite(border, behind.background), behind.background) < NON_TEXT) {
      decision.border = cached(walk, `b|${formatColor(border)}|${formatColor(behind.background)}`, () =>
        reachContrast(composite(border, behind.background), behind.background, NON_TEXT + MARGIN),
      ) ?? undefined;
    }
  }
  let inheritedChanged = behind.inheritedChanged;
  if (hasOwnText(el)) {
    const css = style.color;
    const color = colorOf(walk, css);
    if (color) {
      const target = level === -1 ? AA : isLarge(style) ? AA : AAA;
      // Text over an image or gradient that misses its ratio against any stop (or over a url()
      // image, at level 1) gets a solid backdrop of the picture's average colour where known (so
      // the hue stays), else the opposite of the text; an image it paints itself goes.
      if (image === null ? level === 1 : image?.some((stop) => contrastRatio(composite(color, stop), stop) < target)) {
        background = decision.background = image ? average(image) : luminance(composite(color, background)) > 0.18 ? BLACK : WHITE;
        if (painted !== undefined) decision.noImage = true;
        image = undefined;
      }
      if (decision.background) key = formatColor(background);
      if (image === undefined) {
        const textKey = `${css}|${(key ??= formatColor(background))}|${target}|${inheritedChanged}`;
        let text = walk.texts.get(textKey);
        if (!text) walk.texts.set(textKey, (text = decideText(walk, color, background, target, inheritedChanged)));
        // Most texts share their decision object, which the writer turns into a rule only once.
        decision = decision.background || decision.border ? { ...decision, ...text.decision } : text.decision;
        if (text.decision.background) key = formatColor((background = text.decision.background));
        inheritedChanged ||= text.recoloured;
      } else if (inheritedChanged) {
        // Text over a url() picture at the soft level stays as the site drew it (its pixels
        // cannot be measured), in the colour it had.
        decision.color = color;
      }
    }
  }
  if (decision.color || decision.background || decision.border) walk.decisions.set(el, decision);
  const next: Behind = { background, image, inheritedChanged, key };
  const shadow = el.shadowRoot;
  if (shadow) {
    walk.shadowRoots.add(shadow);
    for (let child = shadow.firstElementChild; child; child = child.nextElementSibling) visit(child, next, walk);
  }
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child, next, walk);
}

/**
 * What content added later inside `parent` is drawn over, read from the page as it is now drawn
 * (so our own changes to its ancestors count).
 */
export function behindOf(parent: Element): Behind {
  const chain: Element[] = [];
  for (let el: Element | null = parent; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)) chain.push(el);
  let background = WHITE;
  let image: Rgba[] | null | undefined;
  for (const el of chain.reverse()) {
    const style = getComputedStyle(el);
    const own = parseColor(style.backgroundColor);
    if (own && own.a > 0) {
      background = composite(own, background);
      if (own.a >= 1) image = undefined;
    }
    const painted = ownImage(style, background);
    if (painted !== undefined) image = painted;
  }
  return { background, image, inheritedChanged: true };
}
