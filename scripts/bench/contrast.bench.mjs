// Contrast levels 1 and 2 on a 10,000-element page (test/fixtures/contrast-bench.html; again with a
// large photo above it, `?photo`, where texts lying on pictures are looked for), each next
// to its floor: one prepared constructed stylesheet holding the very colours Legible ends with,
// swapped in at once. Both are timed to the end of the style recalculation and layout they cause
// (a forced layout). Level 1 also gets a second floor: the swap plus reading the computed values
// that any measuring approach must read. Run by scripts/bench.mjs (`npm run bench`), which reports
// medians.

/**
 * In the page: times Legible going from level `from` to level `to`, and the prepared swap between
 * the same colours: one constructed sheet per level, holding the very colours Legible ends with
 * (none for level 0), the one adopted in place of the other. Legible reads the page cold (what it
 * keeps of a level it left is thrown away, as a resize does), or, with `back`, comes back to `to`
 * just left, the page unchanged.
 */
function measure(from, to, runs, back = false) {
  const settle = () => document.body.offsetHeight;
  // The least that any measuring approach reads (level 0 to 1 only): the background colour, image
  // and opacity of every element, and the colour and size of every element with text of its own,
  // with no decision.
  const readOnly = () => {
    if (from || to !== 1) return;
    for (const el of document.getElementsByTagName('*')) {
      const style = getComputedStyle(el);
      style.backgroundColor;
      style.backgroundImage;
      style.opacity;
      for (let node = el.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === 3 && node.data.trim()) {
          style.color;
          style.fontSize;
          break;
        }
      }
    }
  };
  const legible = window.Legible;
  // The final colours, read once from Legible's own result, keyed by the page's own classes.
  const sheetFor = (level) => {
    const sheet = new CSSStyleSheet();
    if (!level) return sheet;
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
    sheet.replaceSync(prepared);
    return sheet;
  };
  const [before, after] = [sheetFor(from), sheetFor(to)];
  // (A copy: the property is a live array.)
  const own = [...document.adoptedStyleSheets];
  const floor = [];
  const ours = [];
  const reads = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    readOnly();
    reads.push(performance.now() - t);
    document.adoptedStyleSheets = [...own, before];
    settle();
    t = performance.now();
    document.adoptedStyleSheets = [...own, after];
    settle();
    floor.push(performance.now() - t);
    document.adoptedStyleSheets = own;
    if (back) {
      legible.set({ contrast: to });
      settle();
    }
    legible.set({ contrast: from });
    settle();
    if (!back) window.dispatchEvent(new Event('resize'));
    t = performance.now();
    legible.set({ contrast: to });
    settle();
    ours.push(performance.now() - t);
    legible.set({ contrast: 0 });
    settle();
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const prepared = Array.from(after.cssRules, (rule) => rule.cssText).join('');
  return { elements: document.getElementsByTagName('*').length, floor: median(floor), ours: median(ours), reads: median(reads), prepared };
}

/**
 * In the page, the real pointer resting on the "more contrast" button: `floor` times the swap to
 * the `prepared` colours (and takes it back); otherwise times the press of the button, then the
 * reading done while the button is pointed at, through the API, apart.
 */
function press(floor, prepared) {
  const settle = () => document.body.offsetHeight;
  if (floor) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(prepared);
    const t = performance.now();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    settle();
    const ms = performance.now() - t;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet);
    settle();
    return ms;
  }
  const button = document.querySelector('legible-contrast').shadowRoot.querySelector('[part~=increase-contrast]');
  let t = performance.now();
  button.click();
  settle();
  const pressMs = performance.now() - t;
  window.Legible.set({ contrast: 0 });
  settle();
  // (Level 1, just left, is kept: forgotten, so that the reading is timed.)
  window.Legible.prepareContrast();
  t = performance.now();
  window.Legible.prepareContrast(1);
  const readingMs = performance.now() - t;
  window.Legible.prepareContrast();
  settle();
  return [pressMs, readingMs];
}

/**
 * Level 1 by a press after pointing at the button, and the same swap as the floor under the same
 * conditions (the pointer just arrived, a moment waited), in alternate runs: medians of the press,
 * of the reading before it, and of that floor.
 */
async function pressed(page, runs, prepared) {
  const box = await page.evaluate(async () => {
    const contrast = document.body.appendChild(document.createElement('legible-contrast'));
    contrast.style.cssText = 'position:fixed;top:0;right:0';
    await contrast.updateComplete;
    const r = contrast.shadowRoot.querySelector('[part~=increase-contrast]').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  const presses = [];
  const readings = [];
  const floors = [];
  for (let i = 0; i < 2 * runs; i++) {
    await page.mouse.move(1, 800);
    await page.mouse.move(box.x, box.y);
    // A reader's press comes a moment after the pointer arrives; the frame drawn meanwhile is done.
    await new Promise((done) => setTimeout(done, 150));
    const r = await page.evaluate(press, i % 2 === 0, prepared);
    if (i % 2 === 0) floors.push(r);
    else {
      presses.push(r[0]);
      readings.push(r[1]);
    }
  }
  await page.mouse.move(1, 800);
  await page.evaluate(() => document.querySelector('legible-contrast').remove());
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { press: median(presses), reading: median(readings), floor: median(floors) };
}

export default async function contrastBench({ browser, baseUrl, runs }) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    const rows = [];
    for (const photo of ['', '?photo']) {
      await page.goto(`${baseUrl}/test/fixtures/contrast-bench.html${photo}`, { waitUntil: 'load' });
      for (const level of [1, 2]) {
        const r = await page.evaluate(measure, 0, level, runs);
        const name = `contrast level ${level}${photo && ', with a photo'}`;
        rows.push({ name, elements: r.elements, legibleMs: r.ours, floorMs: r.floor });
        // Level 1 must read the page before it writes: the same swap plus that reading, as a second floor.
        if (level === 1 && !photo) rows.push({ name: 'contrast level 1, floor: swap + reading', elements: r.elements, legibleMs: r.ours, floorMs: r.floor + r.reads });
        if (level === 1) {
          // The same level from a press of the button, the page read while the pointer was on it,
          // next to the same swap made with the pointer there; and that reading itself, which
          // happens before the press.
          const p = await pressed(page, runs, r.prepared);
          rows.push({ name: `contrast level 1, pressed after pointing${photo && ', with a photo'}`, elements: r.elements, legibleMs: p.press, floorMs: p.floor });
          rows.push({ name: `  (reading while pointed at, before the press${photo && ', with a photo'})`, elements: r.elements, legibleMs: p.reading, floorMs: p.floor });
        }
      }
      // The other steps a reader takes: back to the site's colours, and between the two levels
      // (the page is read again at its own colours first: two restyles where the swap has one);
      // then the same steps back to a level just left (kept, the page unchanged).
      if (!photo) {
        for (const [from, to, back] of [[1, 0], [2, 0], [1, 2], [2, 1], [2, 1, true], [1, 2, true], [0, 1, true]]) {
          const r = await page.evaluate(measure, from, to, runs, !!back);
          rows.push({ name: `contrast level ${from} → ${to}${back ? ', back to a level just left' : ''}`, elements: r.elements, legibleMs: r.ours, floorMs: r.floor });
        }
      }
    }
    return rows;
  } finally {
    await page.close();
  }
}
