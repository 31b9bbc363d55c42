/**
 * What axe cannot see when the text is enlarged (WCAG 1.4.4, 1.4.10): the page scrolling
 * sideways, and text cut off by a box that hides its overflow. Each function here runs inside
 * the audited page (puppeteer serializes it), so it uses nothing from outside itself.
 */

const RESIZE_TEXT = 'https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html';
const REFLOW = 'https://www.w3.org/WAI/WCAG22/Understanding/reflow.html';

/** The checks' descriptions, in the shape of axe's rules; kept here so reports can list them. */
export const LEGIBLE_RULES = {
  'legible-horizontal-overflow': {
    impact: 'serious',
    tags: ['wcag2aa', 'wcag144', 'wcag21aa', 'wcag1410'],
    help: 'The page must not scroll sideways when the text is enlarged',
    helpUrl: REFLOW,
  },
  'legible-text-clipped': {
    impact: 'serious',
    tags: ['wcag2aa', 'wcag144'],
    help: 'Enlarged text must not be cut off by its container',
    helpUrl: RESIZE_TEXT,
  },
};

/**
 * Runs in the page. Returns `[{ id, nodes: [{ target, html, summary }] }]` for the checks that
 * failed. At most `limit` nodes per check: one cause usually repeats down a list.
 */
export function legibleChecks(limit = 50) {
  const TOLERANCE = 1; // sub-pixel rounding of scroll sizes
  const root = document.documentElement;
  const elements = [];
  const collect = (scope) => {
    for (const element of scope.querySelectorAll('*')) {
      elements.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(document);

  // Like axe's targets: one selector per shadow root on the way down.
  const selectorIn = (element) => {
    const parts = [];
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      const scope = node.getRootNode();
      if (node.id && scope.querySelectorAll(`#${CSS.escape(node.id)}`).length === 1) {
        parts.unshift(`#${CSS.escape(node.id)}`);
        break;
      }
      const name = node.localName;
      const parent = node.parentElement;
      const same = parent ? Array.from(parent.children).filter((child) => child.localName === name) : [node];
      parts.unshift(same.length > 1 ? `${name}:nth-of-type(${same.indexOf(node) + 1})` : name);
    }
    return parts.join(' > ');
  };
  const target = (element) => {
    const path = [];
    for (let node = element; node; ) {
      path.unshift(selectorIn(node));
      const scope = node.getRootNode();
      node = scope instanceof ShadowRoot ? scope.host : null;
    }
    return path;
  };
  const snippet = (element) => {
    const html = element.outerHTML;
    return html.length > 300 ? `${html.slice(0, 299)}…` : html;
  };
  const parentOf = (element) => element.parentElement ?? (element.getRootNode() instanceof ShadowRoot ? element.getRootNode().host : null);
  const clips = (value) => value === 'hidden' || value === 'clip';
  const results = [];

  // Sideways scrolling. The causes are the boxes that stick out past the window's right edge
  // while their parent does not, and the elements whose own text runs past it (a nowrap line
  // inside a box of normal width); anything inside a cause only follows it.
  const width = root.clientWidth;
  const scrollWidth = Math.max(root.scrollWidth, document.body ? document.body.scrollWidth : 0);
  if (scrollWidth > width + TOLERANCE) {
    const clippedFrom = (element) => {
      for (let node = element; node && node !== root && node !== document.body; node = parentOf(node)) {
        if (getComputedStyle(node).overflowX !== 'visible') return true;
      }
      return false;
    };
    const reach = new Map();
    const boxReach = (element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 ? box.right : 0;
    };
    for (const element of elements) {
      const right = boxReach(element);
      const parent = parentOf(element);
      const parentSticksOut = parent && parent !== root && parent !== document.body && boxReach(parent) > width + TOLERANCE;
      if (right > width + TOLERANCE && !parentSticksOut && !clippedFrom(parentOf(element))) reach.set(element, right);
      const range = document.createRange();
      for (const child of element.childNodes) {
        if (child.nodeType !== 3 || !child.data.trim()) continue;
        range.selectNodeContents(child);
        const textRight = Math.max(0, ...Array.from(range.getClientRects(), (rect) => rect.right));
        if (textRight > width + TOLERANCE && !clippedFrom(element)) reach.set(element, Math.max(textRight, reach.get(element) ?? 0));
      }
    }
    const inside = (element) => {
      for (let node = parentOf(element); node; node = parentOf(node)) if (reach.has(node)) return true;
      return false;
    };
    const causes = [...reach.keys()].filter((element) => !inside(element));
    const nodes = (causes.length ? causes : [root]).slice(0, limit).map((element) => ({
      target: target(element),
      html: snippet(element),
      summary: `The page is ${scrollWidth}px wide in a ${width}px window${reach.has(element) ? `; this element's box or text reaches ${Math.round(reach.get(element))}px` : ''}.`,
    }));
    results.push({ id: 'legible-horizontal-overflow', nodes });
  }

  // Cut-off text: a box that hides its overflow while some of its text lies outside it.
  // Boxes of a pixel or two are the visually-hidden pattern for screen readers: clipped on purpose;
  // so is a ticker's `<marquee>`, whose text scrolls through its box (axe has its own rule for it).
  const clipped = [];
  for (const element of elements) {
    if (element === document.body || element.localName === 'marquee') continue;
    const style = getComputedStyle(element);
    const clipsX = clips(style.overflowX);
    const clipsY = clips(style.overflowY);
    if (!clipsX && !clipsY) continue;
    if (element.clientWidth <= 2 || element.clientHeight <= 2) continue;
    const overX = clipsX && element.scrollWidth > element.clientWidth + TOLERANCE;
    const overY = clipsY && element.scrollHeight > element.clientHeight + TOLERANCE;
    if (!overX && !overY) continue;
    const box = element.getBoundingClientRect();
    const left = box.left + element.clientLeft;
    const top = box.top + element.clientTop;
    const right = left + element.clientWidth;
    const bottom = top + element.clientHeight;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let hidden = '';
    for (let text = walker.nextNode(); text && !hidden; text = walker.nextNode()) {
      if (!text.data.trim() || getComputedStyle(text.parentElement).visibility !== 'visible') continue;
      range.selectNodeContents(text);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        const outside = (overX && (rect.right > right + TOLERANCE || rect.left < left - TOLERANCE)) || (overY && (rect.bottom > bottom + TOLERANCE || rect.top < top - TOLERANCE));
        if (outside) {
          hidden = text.data.trim().slice(0, 60);
          break;
        }
      }
    }
    if (hidden) {
      clipped.push({
        target: target(element),
        html: snippet(element),
        summary: `Its overflow is ${style.overflowX === style.overflowY ? style.overflowX : `${style.overflowX} ${style.overflowY}`} and its content is ${element.scrollWidth}×${element.scrollHeight}px in a ${element.clientWidth}×${element.clientHeight}px box: "${hidden}" is cut off.`,
      });
    }
  }
  if (clipped.length) results.push({ id: 'legible-text-clipped', nodes: clipped.slice(0, limit) });
  return results;
}
