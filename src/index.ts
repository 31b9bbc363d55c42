/**
 * Legible's public ESM entry. Importing it has no side effects: nothing is registered, nothing
 * is read from storage and the page is not touched until `getLegible()` is called or an element
 * is defined (see `legible/define`).
 */
export { LegibleBar } from './components/legible-bar/legible-bar.js';
export { LegibleTextSize } from './components/legible-text-size/legible-text-size.js';
export { LegibleContrast } from './components/legible-contrast/legible-contrast.js';
export { LegibleElement, type Control } from './components/shared/legible-element.js';
export { languages, type BarStrings, type Language } from './components/legible-bar/strings.js';
export { getLegible, CHANGE_EVENT, VERSION, type LegibleApi, type LegibleOptions } from './page/runtime.js';
export {
  DEFAULT_TEXT_STEPS,
  ALL_CONTRAST_LEVELS,
  type ContrastLevel,
  type Settings,
  type SettingsInput,
  type Steps,
} from './core/settings.js';
export { defineElements } from './define-elements.js';
