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
  let sheets = -1;
  let count = -1;
  let due = 0;
  /**
   * Applies again when sheets or elements arrived since. A new sheet can change any colour or size,
   * so it counts at once; new elements alone, in a frame (`time`), only once the last refresh has
   * had three times its own length of main thread back: a page that is slow to read (sheets of
   * another origin are measured) is read less often while it arrives.
   */
  const check = (time?: number): void => {
    if (doc.styleSheets.length !== sheets || (elements.length !== count && !(time! < due))) {
      sheets = doc.styleSheets.length;
      count = elements.length;
      const start = performance.now();
      refresh();
      due = (time ?? start) + 4 * (performance.now() - start);
    }
  };
  const everyFrame = (time: number): void => {
    check(time);
    if (doc.readyState === 'loading') requestAnimationFrame(everyFrame);
  };
  // Each fires once per document, so the listeners need no removing.
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => check());
  if (doc.readyState !== 'complete') {
    requestAnimationFrame(everyFrame);
    addEventListener('load', () => check());
  }
  // A stylesheet that loads late (linked in the body, or added by a script later) is measured
  // when it arrives. `load` does not bubble, hence the capture.
  doc.addEventListener(
    'load',
    (event) => {
      const target = event.target as Partial<HTMLLinkElement>;
      if (target.localName === 'link' && target.sheet) check();
    },
    true,
  );
}
