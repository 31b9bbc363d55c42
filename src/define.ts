/** Side-effect entry: `import 'legible/define'` registers the elements. */
import { defineElements } from './define-elements.js';

defineElements();

export { LegibleBar } from './components/legible-bar/legible-bar.js';
export { LegibleTextSize } from './components/legible-text-size/legible-text-size.js';
export { LegibleContrast } from './components/legible-contrast/legible-contrast.js';
