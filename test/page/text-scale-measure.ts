/**
 * What a reader sees of the text size: every element that shows text (its own text nodes, or a
 * form control), in the light DOM and open shadow roots, measured as rendered: computed font size
 * and line height times the element's effective CSS zoom.
 */
import type { Frame } from '../helpers/frame.js';
import { nextFrames } from '../helpers/frame.js';

export interface TextElement {
  el: Element;
  /** The `data-kind` of the nearest section, for readable failures. */
  kind: string;
  label: string;
}

export interface Rendered {
  font: number;
  /** null for `line-height: normal`. */
  line: number | null;
  /** The least line the browser draws whatever the page says (Firefox's single-line inputs), or 0. */
  floor: number;
}

/**
 * Firefox draws a single-line text input's line at least as tall as its font's own line, rounded to
 * whole pixels, whatever line height the page gives it (and reports that as its line height): the
 * floor, read from a probe input in the same font with a line height of 0. Not in other browsers.
 */
const floors = new WeakMap<Document, Map<string, number>>();
function lineFloor(el: Element, style: CSSStyleDeclaration): number {
  if (el.localName !== 'input' || !/^(text|tel|email|search|url|password|number)$/.test((el as HTMLInputElement).type) || !CSS.supports('-moz-appearance:none')) return 0;
  const doc = el.ownerDocument;
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize}/0 ${style.fontFamily}`;
  const known = floors.get(doc) ?? new Map<string, number>();
  floors.set(doc, known);
  if (!known.has(font)) {
    // In a closed shadow root: none of the page's rules reach it.
    const host = doc.createElement('span');
    const probe = host.attachShadow({ mode: 'closed' }).appendChild(doc.createElement('input'));
    probe.style.font = font;
    doc.body.append(host);
    known.set(font, parseFloat(doc.defaultView!.getComputedStyle(probe).lineHeight));
    host.remove();
  }
  return known.get(font)!;
}

const CONTROLS = new Set(['input', 'button', 'select', 'textarea']);

const hasOwnText = (el: Element): boolean =>
  CONTROLS.has(el.localName) || Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');

export function textElements(doc: Document): TextElement[] {
  const found: TextElement[] = [];
  const walk = (parent: ParentNode, kind: string, where: string): void => {
    for (const el of Array.from(parent.children)) {
      if (el.localName.startsWith('legible-') || el.localName === 'script' || el.localName === 'style') continue;
      const own = (el as HTMLElement).dataset?.kind ?? kind;
      if (hasOwnText(el)) {
        const text = (el.textContent ?? '').trim().slice(0, 24) || (el as HTMLInputElement).value;
        found.push({ el, kind: own, label: `${own} › ${where}${el.localName}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${text}"` });
      }
      if (el.shadowRoot) walk(el.shadowRoot, own, `${where}${el.localName}::shadow `);
      walk(el, own, where);
    }
  };
  walk(doc.body, 'body', '');
  return found;
}

export function rendered(el: Element): Rendered {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  const zoom = (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
  return { font: parseFloat(style.fontSize) * zoom, line: style.lineHeight === 'normal' ? null : parseFloat(style.lineHeight) * zoom, floor: lineFloor(el, style) * zoom };
}

export const renderedAll = (elements: TextElement[]): Rendered[] => elements.map(({ el }) => rendered(el));

/** Sets the scale through the public API and waits for the frame that shows it. */
export async function setScale(frame: Frame, textScale: number): Promise<void> {
  frame.win.Legible!.set({ textScale });
  await nextFrames(frame.win, 2);
}

/**
 * Every element whose rendered size (or px line height) at `scale` is not `scale` times its size at
 * step 1, to within half a pixel: "kind › element: 14px → 20px, expected 28px".
 */
export function wrongSizes(elements: TextElement[], base: Rendered[], scale: number): string[] {
  const wrong: string[] = [];
  elements.forEach((element, i) => {
    const now = rendered(element.el);
    const want = base[i].font * scale;
    if (Math.abs(now.font - want) > 0.5) wrong.push(`${element.label}: font ${base[i].font}px → ${now.font}px, expected ${want}px`);
    if (base[i].line !== null) {
      const line = base[i].line! * scale;
      // Where the browser's floor holds the line up, the page's own line is less: the line may be
      // anything between the floor now and s times the floor then. Else s times, or the floor now.
      const floored = Math.abs(base[i].line! - base[i].floor) < 0.05;
      const right =
        now.line !== null && (floored ? now.line > now.floor - 0.5 && now.line < line + 0.5 : Math.abs(now.line - Math.max(line, now.floor)) <= 0.5);
      if (!right) wrong.push(`${element.label}: line ${base[i].line}px → ${now.line}px, expected ${line}px`);
    }
  });
  return wrong;
}

export const STEPS = [0.875, 1.25, 2] as const;
