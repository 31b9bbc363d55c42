/** Side-effect entry: `import 'legible/define'` registers the elements. */
import { defineElements } from './define-elements.js';

defineElements();

export { LegibleBar } from './components/legible-bar/legible-bar.js';
