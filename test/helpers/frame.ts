/**
 * Loads a page into a same-origin iframe, so a test can use the real script tag in a fresh
 * document, and runs axe-core on it.
 */
import type { AxeResults, RunOptions } from 'axe-core';
import type { LegibleApi } from '../../src/page/runtime.js';

export interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis & { Legible?: LegibleApi; axe?: { run: (ctx: unknown, o: RunOptions) => Promise<AxeResults> } };
  doc: Document;
  errors: string[];
}

export async function loadFrame(url: string, width = 1280, height = 900): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = String(height);
  iframe.style.border = '0';
  const errors: string[] = [];
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  iframe.src = url;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame['win'];
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  await nextFrames(win, 2);
  return { iframe, win, doc: iframe.contentDocument!, errors };
}

/** The computed style of the first element matching `selector` in the frame. */
/** The computed style of the first element matching `selector` in the frame (or of its `pseudo`-element). */
/** How a computed style says a background has no colour. */
export const TRANSPARENT = 'rgba(0, 0, 0, 0)';

export const styleOf = (frame: Frame, selector: string, pseudo?: string): CSSStyleDeclaration => frame.win.getComputedStyle(frame.doc.querySelector(selector)!, pseudo);

export const nextFrames = async (win: Window, count = 1): Promise<void> => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
};

/** Injects axe-core into the frame once and runs it on the whole document. */
export async function runAxe(frame: Frame, options: RunOptions = {}): Promise<AxeResults> {
  if (!frame.win.axe) {
    const script = frame.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    frame.doc.head.append(script);
    await ready;
  }
  return frame.win.axe!.run(frame.doc, { resultTypes: ['violations'], ...options });
}

/** `rule: selector, selector…` lines, to make a failing assertion readable. */
export const describeViolations = (results: AxeResults): string =>
  results.violations
    .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');

export function removeFrame(frame: Frame | undefined): void {
  frame?.iframe.remove();
}
