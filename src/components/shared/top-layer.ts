/**
 * Puts a floating element in the browser's top layer as a manual popover, so that no host
 * z-index, stacking context, transformed ancestor or late full-page layer can cover it or move it.
 * A manual popover never closes by itself (no light dismiss, no Escape) and showing it moves no
 * focus. Browsers without popovers (Safari < 17, Firefox < 125) keep the fixed position and the
 * highest z-index from the styles.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class TopLayerController implements ReactiveController {
  constructor(
    private readonly host: ReactiveElement,
    private readonly isFloating: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Leaving the document closed the popover; the update after coming back opens it again.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const host = this.host;
    if (!('showPopover' in host)) return;
    if (!this.isFloating()) return host.removeAttribute('popover');
    if (host.popover !== 'manual') host.popover = 'manual';
    if (host.isConnected && !host.matches(':popover-open')) {
      try {
        host.showPopover();
      } catch {
        // A document that is not fully active refuses; the fixed position still applies.
      }
    }
  }
}
