/**
 * Reads the script tag's `data-*` configuration and places the bar: inline in `data-mount`, or
 * floating in a bottom corner when the page has no bar of its own.
 */
import type { LegibleOptions } from './runtime.js';

export interface ScriptOptions extends LegibleOptions {
  /** A CSS selector, `none`, or empty for the floating bar. */
  mount: string;
}

const list = (value: string | undefined): number[] | undefined =>
  value === undefined
    ? undefined
    : value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);

export function readScriptOptions(script: HTMLScriptElement | null): ScriptOptions {
  const data = script?.dataset ?? {};
  return {
    mount: (data.mount ?? '').trim(),
    textSteps: list(data.textSteps),
    contrastLevels: list(data.contrastLevels),
    // Validated by the runtime against the page's host: the attribute is untrusted input.
    cookieDomain: data.cookieDomain,
  };
}

/** Waits for the DOM, then adds a bar unless the page placed one itself or asked for none. */
export function mountBar(mount: string, doc: Document = document): void {
  if (mount === 'none') return;
  const place = (): void => {
    if (doc.querySelector('legible-bar')) return;
    const bar = doc.createElement('legible-bar');
    let target: Element | null = null;
    if (mount) {
      try {
        target = doc.querySelector(mount);
      } catch {
        target = null; // An invalid selector falls back to the floating bar.
      }
    }
    if (target) {
      target.append(bar);
    } else {
      bar.setAttribute('position', 'floating');
      doc.body.append(bar);
    }
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', place, { once: true });
  else place();
}
