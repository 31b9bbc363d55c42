import { LegibleBar } from './components/legible-bar/legible-bar.js';
import { LegibleContrast } from './components/legible-contrast/legible-contrast.js';
import { LegibleTextSize } from './components/legible-text-size/legible-text-size.js';

/**
 * Registers Legible's elements. Guarded: a name already defined (by a second copy of the
 * script, or another version) is left as it is, and both copies share one state anyway.
 */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [name, element] of [
    ['legible-bar', LegibleBar],
    ['legible-text-size', LegibleTextSize],
    ['legible-contrast', LegibleContrast],
  ] as const) {
    if (!registry.get(name)) registry.define(name, element);
  }
}
