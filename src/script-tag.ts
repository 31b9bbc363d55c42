/**
 * The entry behind `dist/legible.min.js`, a classic script for a CMS template's `<head>`:
 * applies the saved settings at once (before the first paint), registers the elements, exposes
 * `window.Legible` and mounts a bar when the page has none.
 */
import { defineElements } from './define-elements.js';
import { mountBar, readScriptOptions } from './page/mount.js';
import { getLegible } from './page/runtime.js';

// `currentScript` is only set while the script first runs, so read it before anything else.
const script = document.currentScript as HTMLScriptElement | null;

// A second copy (same or other version) leaves the first in charge; it only fills in gaps.
const first = !window.Legible;
if (first) {
  const legible = getLegible();
  legible.configure(readScriptOptions(script));
  window.Legible = legible;
}
defineElements();
if (first) mountBar();
