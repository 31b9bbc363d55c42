// A page's own code, as a developer writes it with a bundler: the package's two ESM entries by
// name, resolved through package.json "exports" (see esm-bundle-plugin.mjs).
import 'legible/define';
import { getLegible, LegibleTextSize } from 'legible';

const legible = getLegible();
const text = document.createElement('legible-text-size');
document.querySelector('#tools').append(text);

window.esmApp = {
  legible,
  text,
  definedByName: customElements.get('legible-text-size') === LegibleTextSize,
  globalLegible: 'Legible' in window,
};
