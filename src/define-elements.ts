import { LegibleBar } from './components/legible-bar/legible-bar.js';

/**
 * Registers Legible's elements. Guarded: a name already defined (by a second copy of the
 * script, or another version) is left as it is, and both copies share one state anyway.
 */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('legible-bar')) registry.define('legible-bar', LegibleBar);
}
