/**
 * Keeps the first frames right while the page is still arriving. The script runs in `<head>`,
 * before the body exists and before the stylesheets linked after it have loaded, so what it
 * applied at once cannot cover them yet.
 *
 * `requestAnimationFrame` callbacks run in a frame's rendering steps, before its style, layout and
 * paint, and by then the render-blocking stylesheets have loaded. A callback registered from
 * `<head>` runs before any the page registers later, so measuring again there puts the chosen size
 * and contrast into the very first painted frame. Later frames repeat it only while the document
 * is loading and only when sheets or elements were added; `load` events of sheets and
 * DOMContentLoaded / load cover what arrives after that.
 */
/** `refresh` applies the current settings again, for what arrived since. */
export function refreshWhileLoading(doc: Document, refresh: () => void): void {
  const elements = doc.getElementsByTagName('*');
  let seen = '';
  /** Applies again when sheets or elements arrived since the last time. */
  const check = (): void => {
    const now = `${doc.styleSheets.length} ${elements.length}`;
    if (now !== seen) {
      seen = now;
      refresh();
    }
  };
  const everyFrame = (): void => {
    check();
    if (doc.readyState === 'loading') requestAnimationFrame(everyFrame);
  };
  // Each fires once per document, so the listeners need no removing.
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', check);
  if (doc.readyState !== 'complete') {
    requestAnimationFrame(everyFrame);
    addEventListener('load', check);
  }
  // A stylesheet that loads late (linked in the body, or added by a script later) is measured
  // when it arrives. `load` does not bubble, hence the capture.
  doc.addEventListener(
    'load',
    (event) => {
      const target = event.target as Partial<HTMLLinkElement>;
      if (target.localName === 'link' && target.sheet) refresh();
    },
    true,
  );
}
