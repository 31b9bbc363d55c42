/**
 * Puts a floating element in the browser's top layer as a manual popover, so that no host
 * z-index, stacking context, transformed ancestor or late full-page layer can cover it or move it.
 * A manual popover never closes by itself (no light dismiss, no Escape) and showing it moves no
 * focus. Browsers without popovers (Safari < 17, Firefox < 125) keep the fixed position and the
 * highest z-index from the styles.
 *
 * Called after every update of the host; leaving the document closes the popover, and the update
 * that follows coming back (every Legible control requests one) opens it again.
 */
export function placeInTopLayer(host: HTMLElement, floating: boolean): void {
  if (!('showPopover' in host)) return;
  if (!floating) return host.removeAttribute('popover');
  if (host.popover !== 'manual') host.popover = 'manual';
  if (host.isConnected && !host.matches(':popover-open')) {
    try {
      host.showPopover();
    } catch {
      // A document that is not fully active refuses; the fixed position still applies.
    }
  }
}
