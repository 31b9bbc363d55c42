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

if (!window.Legible) {
  const legible = getLegible();
  const options = readScriptOptions(script);
  legible.configure(options);
  window.Legible = legible;
  defineElements();
  mountBar(options.mount);
} else {
  // A second copy (same or other version) leaves the first in charge; it only fills in gaps.
  defineElements();
}
