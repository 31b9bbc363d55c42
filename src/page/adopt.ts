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

/**
 * Ends at once the page's own transitions (`transition: all .3s`) of the properties in `pattern`
 * under `roots`: otherwise what Legible sets (a text size, a level's colours) would arrive slowly,
 * and be measured halfway. Asking for them brings the styles up to date. (A `transition: none`
 * in our rules costs a fifth more restyle and cannot stop the way back.)
 */
export const endTransitions = (roots: Iterable<Document | ShadowRoot | Element>, pattern: RegExp): void => {
  for (const root of roots)
    for (const animation of root.getAnimations({ subtree: true })) {
      if (pattern.test((animation as CSSTransition).transitionProperty)) animation.finish();
    }
};
