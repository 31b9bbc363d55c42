/**
 * Reads the script tag's `data-*` configuration (the same words as `Legible.configure` and the
 * elements' attributes) and places the bar: inline in `mount`, or floating in a bottom corner
 * when the page has no bar of its own.
 */
import { safely } from '../core/storage.js';
import { getLegible, type LegibleOptions } from './runtime.js';

const list = (value: string | undefined): number[] | undefined => value?.split(/[\s,]+/).filter(Boolean).map(Number);

export function readScriptOptions(script: HTMLScriptElement | null): LegibleOptions {
  const data = script?.dataset ?? {};
  const options: Record<string, unknown> = { mount: (data.mount ?? '').trim(), textSteps: list(data.textSteps), contrastLevels: list(data.contrastLevels) };
  // As given; the runtime validates them (cookieDomain against the page's host): untrusted input.
  for (const key of ['lang', 'controls', 'size', 'corner', 'cookieDomain']) options[key] = data[key];
  return options;
}

/**
 * Waits for the DOM, then adds a bar unless the page placed one itself or asked for none. The
 * place is read then, so `Legible.configure({ mount })` from an inline script still counts.
 */
export function mountBar(doc: Document = document): void {
  const place = (): void => {
    const options = getLegible().options();
    // The script tag's own `data-mount` went through configure() too.
    const where = options.mount?.trim();
    if (where === 'none' || doc.querySelector('legible-bar')) return;
    const bar = doc.createElement('legible-bar');
    // An invalid selector falls back to the floating bar.
    const target = safely(() => where && doc.querySelector(where), null);
    if (!target) {
      bar.setAttribute('position', 'floating');
      if (options.corner) bar.setAttribute('corner', options.corner);
    }
    (target || doc.body).append(bar);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', place);
  else place();
}
