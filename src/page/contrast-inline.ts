/**
 * Colours that no sheet can outweigh. A declaration the site marks `!important` inside a cascade
 * layer (Tailwind 4's `text-gray-400!`, or every utility under `@import "tailwindcss" important`)
 * wins over every unlayered `!important` rule, whatever its selector, and one in a style attribute
 * over every rule: Legible's sheet loses to both. Only a style attribute's own `!important`
 * outweighs them. So once a level is written, the colours it sets are read back where they may have
 * lost, and where one has, it is written into the element's style attribute (through the CSSOM,
 * which a strict CSP allows); what the attribute held is given back when the colour is taken off.
 */
import { formatColor, rgba, type Rgba } from '../core/color.js';
import { parseColor } from '../core/color-parse.js';
import { BLACK, WHITE } from './contrast-behind.js';
import type { Decision } from './contrast-decide.js';

type Property = 'color' | 'background-color' | 'background-image';
/** Colours set inline: an element, a property, its value. */
export type Inlined = [el: Element, property: Property, value: string][];
/** A property set inline: the site's value and priority there ('' for none), ours as read back, and as set. */
type Held = [name: Property, value: string, priority: string, ours: string, set: string];

const YELLOW = rgba(1, 1, 0);
const TRANSPARENT = rgba(0, 0, 0, 0);
/** The controls level 2 draws black with a white border (see contrast.ts). */
export const CONTROLS = ['input', 'button', 'select', 'textarea'];
/** What level 2's sheet paints black. */
const FILLED = `:root,body,${CONTROLS}`;

/** Within what a colour written and read back may round to: an 8-bit step, alpha in hundredths. */
const same = (a: Rgba, b: Rgba): boolean => Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b)) <= 1.5 / 255 && Math.abs(a.a - b.a) <= 0.01;

export interface InlineColors {
  /**
   * Reads back the colours just written (`decisions`, and at level 2, `maximum`, what its sheet
   * paints every element the reading entered, `painted`) and sets those not shown. Such colours come from classes (a
   * utility's) or a style attribute: one element of each kind (its tag and classes, its parent's
   * classes, its decision) is read, and where it shows the site's colour, its whole kind is set; each
   * element with a style attribute is read.
   */
  insist(decisions: Map<Element, Decision>, painted: Element[], maximum: boolean): void;
  /** Gives `el`'s style attribute back what Legible took from it. */
  restore(el: Element): void;
  /** Gives every style attribute back; returns what was set, for `put` (a level kept). */
  takeAll(): Inlined;
  /** Sets colours found before, without reading. */
  put(colors: Inlined): void;
  /**
   * Levels 1 and -1, read ahead: the colours `insist` would set, found before the level is written,
   * on one element of each kind (`samples`), which `show` gives their decisions alone (its return
   * takes them back).
   */
  probe(decisions: Map<Element, Decision>, show: (samples: Element[]) => () => void): Inlined;
}

export function createInlineColors(): InlineColors {
  const held = new Map<Element, [attribute: string | null, properties: Held[]]>();

  const set = (el: Element, property: Property, value: string): void => {
    const style = (el as HTMLElement).style;
    if (!style) return;
    let entry = held.get(el);
    if (!entry) held.set(el, (entry = [el.getAttribute('style'), []]));
    let known = entry[1].find(([name]) => name === property);
    if (!known) entry[1].push((known = [property, style.getPropertyValue(property), style.getPropertyPriority(property), '', value]));
    style.setProperty(property, value, 'important');
    known[3] = style.getPropertyValue(property);
    known[4] = value;
  };

  const restore = (el: Element): void => {
    const entry = held.get(el);
    if (!entry) return;
    held.delete(el);
    const style = (el as HTMLElement).style;
    // (Only what is still ours: a value the site wrote since, jQuery's .css(), stays.)
    for (const [name, value, priority, ours] of entry[1]) {
      if (style.getPropertyValue(name) !== ours || style.getPropertyPriority(name) !== 'important') continue;
      if (value) style.setProperty(name, value, priority);
      else style.removeProperty(name);
    }
    // (No attribute is written back as text: a strict CSP refuses that, and the CSSOM's is the same.
    // Chromium writes the attribute from the CSSOM only when it is next read: read first, or the
    // removed attribute would come back, empty.)
    if (entry[0] === null && !style.length && el.getAttribute('style') !== null) el.removeAttribute('style');
  };

  /**
   * What `el` should show of `property`: its decision's colour, or no picture behind text it took
   * away; or at level 2 (`maximum`) its sheet's colours.
   */
  const wanted = (el: Element, property: Property, decision: Decision | undefined, maximum: boolean): string | undefined => {
    if (property === 'background-image') return 'none';
    const own = property === 'color' ? decision?.color_ : decision?.background_;
    // (Text in a highlight is black: its kind may be read outside one.)
    const sheet = property === 'color' ? (el.closest('mark') ? null : el.matches(':any-link,:any-link *') ? YELLOW : WHITE) : el.matches(FILLED) ? BLACK : TRANSPARENT;
    const color = own ?? (maximum ? sheet : null);
    return color ? formatColor(color) : undefined;
  };

  /** The properties of `el` that do not show what they should. */
  const lost = (el: Element, decision: Decision | undefined, maximum: boolean): Property[] => {
    const { color, backgroundColor, backgroundImage } = getComputedStyle(el);
    const out: Property[] = [];
    // (Level 2's own colours compared as the strings a browser gives: white or yellow text; no
    // background, black (a page's, a control's), or white on a checked box.)
    if (decision?.color_ ? !same(parseColor(color) ?? TRANSPARENT, decision.color_) : maximum && color !== 'rgb(255, 255, 255)' && color !== 'rgb(255, 255, 0)') out.push('color');
    if (
      decision?.background_
        ? !same(parseColor(backgroundColor) ?? TRANSPARENT, decision.background_)
        : maximum && !/^rgba?\(0, 0, 0(, 0)?\)$/.test(backgroundColor) && !(backgroundColor === 'rgb(255, 255, 255)' && el.matches(':checked'))
    )
      out.push('background-color');
    // (A gradient taken from behind text that misses its ratio on it: Tailwind's `bg-linear-to-r`.)
    if (decision?.noImage_ && !decision.image_ && backgroundImage !== 'none') out.push('background-image');
    return out;
  };

  /**
   * The kinds of element whose colours the level sets (see `insist`), each with its elements; an
   * element with a style attribute is a kind of its own.
   */
  const kindsOf = (decisions: Map<Element, Decision>, painted: Element[]): Element[][] => {
    const kinds = new Map<unknown, Map<string, Map<unknown, Element[]>>>();
    const out: Element[][] = [];
    const add = (el: Element, group: unknown): void => {
      if (el.hasAttribute('style')) return void out.push([el]);
      let byClass = kinds.get(group);
      if (!byClass) kinds.set(group, (byClass = new Map()));
      let byParent = byClass.get(el.className);
      if (!byParent) byClass.set(el.className, (byParent = new Map()));
      const parent = el.parentElement?.className;
      const members = byParent.get(parent);
      if (members) members.push(el);
      else byParent.set(parent, [el]), out.push(byParent.get(parent)!);
    };
    for (const [el, decision] of decisions) if (decision.color_ || decision.background_ || decision.noImage_) add(el, decision);
    // Level 2's sheet paints every element (not a kept picture, nor a highlight, yellow).
    for (const el of painted) {
      const decision = decisions.get(el);
      if (!decision?.picture_ && !decision?.color_ && !decision?.background_ && !decision?.noImage_ && el.localName !== 'mark') add(el, el.localName);
    }
    return out;
  };

  /** The colours to set: every element's of a kind whose first element lacks them, as read by `lostOf`. */
  const fixes = (kinds: Element[][], lostOf: (el: Element) => Property[], decisions: Map<Element, Decision>, maximum: boolean): Inlined => {
    const out: Inlined = [];
    for (const members of kinds) {
      const properties = lostOf(members[0]);
      for (const el of properties.length ? members : []) {
        for (const property of properties) {
          const value = wanted(el, property, decisions.get(el), maximum);
          if (value) out.push([el, property, value]);
        }
      }
    }
    return out;
  };

  const put = (colors: Inlined): void => {
    for (const [el, property, value] of colors) set(el, property, value);
  };

  return {
    insist(decisions, painted, maximum) {
      // (Elements the site removed give their attribute back and are let go: one put back later shows its own.)
      for (const el of held.keys()) if (!el.isConnected) restore(el);
      put(fixes(kindsOf(decisions, painted), (el) => lost(el, decisions.get(el), maximum), decisions, maximum));
    },
    probe(decisions, show) {
      const kinds = kindsOf(decisions, []);
      const samples = kinds.map((members) => members[0]);
      const hide = show(samples);
      const lacking = new Map(samples.map((el) => [el, lost(el, decisions.get(el), false)]));
      hide();
      return fixes(kinds, (el) => lacking.get(el)!, decisions, false);
    },
    restore,
    takeAll() {
      const taken: Inlined = [];
      for (const [el, [, properties]] of held) for (const [name, , , , value] of properties) taken.push([el, name, value]);
      [...held.keys()].forEach(restore);
      return taken;
    },
    put,
  };
}
