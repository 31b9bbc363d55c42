/**
 * Comma-separated CSS lists as computed styles give them (selector lists, background layers), and
 * the background layers a design system paints as its borders. No DOM.
 */

/** Splits a list at its top-level commas (not those inside `rgb(…)`, `:is(…)` or `[…]`). */
export function splitList(list: string): string[] {
  let depth = 0;
  // Top-level commas become NUL, which a serialized value never holds.
  return list.replace(/[([]|([)\]])|,/g, (c, close?: string) => (c === ',' ? (depth ? c : '\0') : ((depth += close ? -1 : 1), c))).split('\0');
}

/** A layer's size with one side of 1 to 4px: a line along the box, not a fill. */
const THIN = /(^|\s)(0?\.\d+|[1-4](\.\d+)?)px(\s|$)/;

/**
 * Background layers drawn as lines along a box: gradients (no url()) unrepeated and 1 to 4px thick,
 * as the French government's design system draws every border. Each line layer goes through `line`
 * and every other through `other`; '' where no layer is a line, or none changes (unless `always`). `sizes` and
 * `repeats` are the computed `background-size` and `background-repeat`, whose lists repeat to
 * match the layers.
 */
export function edgeLines(image: string, sizes: string, repeats: string, line: (layer: string) => string, other: (layer: string) => string, always = false): string {
  if (image.includes('url(')) return '';
  const [size, repeat] = [splitList(sizes), splitList(repeats)];
  let lines = false;
  let changed = false;
  const layers = splitList(image).map((layer, i) => {
    const thin = layer.includes('gradient') && /^\s*no-repeat( no-repeat)?\s*$/.test(repeat[i % repeat.length]) && THIN.test(size[i % size.length].trim());
    lines ||= thin;
    const drawn = (thin ? line : other)(layer.trim());
    changed ||= drawn !== layer.trim();
    return drawn;
  });
  return lines && (changed || always) ? layers.join(',') : '';
}
