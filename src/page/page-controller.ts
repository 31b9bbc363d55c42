/**
 * Turns settings into what the host page shows. Each engine keeps what it needs to undo itself,
 * so level 0 and scale 1 restore the page exactly.
 */
import type { Settings } from '../core/settings.js';
import { createContrastEngine } from './contrast.js';
import { createTextScaler } from './text-scale.js';

export interface PageController {
  apply(settings: Settings): void;
  /** Applies the current settings again, for stylesheets and content that arrived since. */
  refresh(): void;
}

export function createPageController(doc: Document = document): PageController {
  const text = createTextScaler(doc);
  const contrast = createContrastEngine(doc);
  let applied: Settings | null = null;
  return {
    apply(settings) {
      if (applied?.textScale !== settings.textScale) text.apply(settings.textScale);
      // Contrast is measured on the page as it is drawn, so it follows every text size change too.
      if (applied?.contrast !== settings.contrast || (settings.contrast !== 0 && applied?.textScale !== settings.textScale)) {
        contrast.apply(settings.contrast);
      }
      applied = settings;
    },
    refresh() {
      if (!applied) return;
      if (applied.textScale !== 1) text.apply(applied.textScale);
      if (applied.contrast !== 0) contrast.apply(applied.contrast);
    },
  };
}
