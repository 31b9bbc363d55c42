/**
 * Constructed stylesheets are the only way Legible styles the host page: they need no `<style>`
 * element, so they are allowed under a strict `style-src` CSP, and they are removed without trace.
 */
export function adoptSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

export function unadoptSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  if (root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
