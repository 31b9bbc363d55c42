// Contrast levels 1 and 2 on a 10,000-element page (test/fixtures/contrast-bench.html), each next
// to its floor: one prepared constructed stylesheet holding the very colours Legible ends with,
// swapped in at once. Both are timed to the end of the style recalculation and layout they cause
// (a forced layout). Run by scripts/bench.mjs (`npm run bench`), which reports medians.

/** In the page: times Legible reaching `level`, and the prepared one-sheet swap to the same colours. */
function measure(level, runs) {
  const settle = () => document.body.offsetHeight;
  const legible = window.Legible;
  // The final colours, read once from Legible's own result, keyed by the page's own classes.
  legible.set({ contrast: level });
  settle();
  let prepared = '';
  for (let k = 0; k < 9; k++) {
    const s = getComputedStyle(document.querySelector('.k' + k));
    prepared += `.k${k}{color:${s.color}!important;background:${s.backgroundColor}!important;text-decoration:${s.textDecorationLine}!important}`;
  }
  const body = getComputedStyle(document.body);
  prepared += `:root,body{background:${body.backgroundColor}!important;color:${body.color}!important}`;
  legible.set({ contrast: 0 });
  settle();
  const floor = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    const sheet = new CSSStyleSheet();
    let t = performance.now();
    sheet.replaceSync(prepared);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    settle();
    floor.push(performance.now() - t);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet);
    settle();
    t = performance.now();
    legible.set({ contrast: level });
    settle();
    ours.push(performance.now() - t);
    legible.set({ contrast: 0 });
    settle();
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { elements: document.getElementsByTagName('*').length, floor: median(floor), ours: median(ours) };
}

export default async function contrastBench({ browser, baseUrl, runs }) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/test/fixtures/contrast-bench.html`, { waitUntil: 'load' });
    const rows = [];
    for (const level of [1, 2]) {
      const r = await page.evaluate(measure, level, runs);
      rows.push({ name: `contrast level ${level}`, elements: r.elements, legibleMs: r.ours, floorMs: r.floor });
    }
    return rows;
  } finally {
    await page.close();
  }
}
