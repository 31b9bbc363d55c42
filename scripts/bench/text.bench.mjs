// Text size on generated pages of 2,000 and 10,000 elements sized in px (100 classes of px font
// sizes and line heights; on a third page those classes come from a sheet of another origin, which
// Legible cannot read and measures instead), next to its floor: the same final sizes as one prepared constructed
// stylesheet, adopted (from 1) or swapped for another (between two steps). Each is timed from the
// call to the end of the style recalculation and layout of the next frame: the call and the
// microtasks it queues, then the next frame's requestAnimationFrame callbacks (Legible's among them),
// the last forcing layout. The wait for the frame itself is not counted. Nothing reads layout between Legible's writes.

export const CLASSES = 100;

/**
 * In the page: builds `count` text elements in blocks of ten, each with a px-sized class, styled by
 * a <style> element or, given `href`, by test/fixtures/text-bench.css linked from another origin.
 */
export async function generate(count, classes, href) {
  if (href) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const loaded = new Promise((resolve) => (link.onload = resolve));
    document.head.append(link);
    await loaded;
  } else {
    let css = 'body{font-family:Arial,sans-serif;margin:0}';
    for (let k = 0; k < classes; k++) {
      const px = 11 + (k % 20);
      css += `.c${k}{font-size:${px}px;line-height:${px + 4 + (k % 5)}px}`;
    }
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }
  const fragment = document.createDocumentFragment();
  for (let n = 0; n < count; ) {
    const block = document.createElement('div');
    block.className = `c${n % classes}`;
    n++;
    for (let j = 0; j < 9 && n < count; j++, n++) {
      const el = document.createElement(j % 3 ? 'span' : 'p');
      el.className = `c${(n * 7) % classes}`;
      el.textContent = `Văn bản số ${n} `;
      block.append(el);
    }
    fragment.append(block);
  }
  document.body.append(fragment);
  return document.body.getElementsByTagName('*').length;
}

/** In the page: medians of Legible and of the prepared sheet, for a first step and a later one. */
async function measure(runs, classes) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const settle = async () => {
    await frame();
    await frame();
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const timed = async (change) => {
    // Out of the rendering steps first: a change made right after a frame's rAF callbacks would be
    // styled by that same frame, before the timing frame.
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The frame is timed from its first requestAnimationFrame callback, asked for before the
    // change, to a forced layout in its last, asked for after: what Legible does in a callback of
    // its own in between (measuring rows after a step) is counted too.
    let t2 = 0;
    requestAnimationFrame(() => (t2 = performance.now()));
    const t0 = performance.now();
    change();
    for (let i = 0; i < 3; i++) await new Promise((resolve) => queueMicrotask(resolve));
    const t1 = performance.now();
    return new Promise((resolve) =>
      requestAnimationFrame(() => {
        void document.body.offsetHeight;
        resolve(t1 - t0 + performance.now() - t2);
      }),
    );
  };
  const prepared = (scale) => {
    let css = `body{font-size:${16 * scale}px}`;
    for (let k = 0; k < classes; k++) {
      const px = 11 + (k % 20);
      css += `.c${k}{font-size:${px * scale}px;line-height:${(px + 4 + (k % 5)) * scale}px}`;
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  };
  const sample = () => Array.from(document.body.querySelectorAll('div, p, span')).slice(0, 200).map((el) => getComputedStyle(el).fontSize + '/' + getComputedStyle(el).lineHeight).join();
  const legible = window.Legible;
  // A copy: `adoptedStyleSheets` is a live array.
  const own = [...document.adoptedStyleSheets];
  const sheets = { 1.25: prepared(1.25), 1.5: prepared(1.5), 2: prepared(2) };
  const times = { first: [[], []], step: [[], []] };

  // The floor is the same final result: checked once.
  legible.set({ textScale: 2 });
  const ours = sample();
  legible.set({ textScale: 1 });
  document.adoptedStyleSheets = [...own, sheets[2]];
  const floor = sample();
  document.adoptedStyleSheets = own;
  if (ours !== floor) throw new Error('the prepared sheet does not give the same sizes as Legible at 2');
  await settle();

  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? ['floor', 'legible'] : ['legible', 'floor'];
    for (const who of order) {
      if (who === 'legible') {
        times.first[0].push(await timed(() => legible.set({ textScale: 2 })));
        legible.set({ textScale: 1.25 });
        await settle();
        times.step[0].push(await timed(() => legible.set({ textScale: 1.5 })));
        legible.set({ textScale: 1 });
      } else {
        times.first[1].push(await timed(() => (document.adoptedStyleSheets = [...own, sheets[2]])));
        document.adoptedStyleSheets = [...own, sheets[1.25]];
        await settle();
        times.step[1].push(await timed(() => (document.adoptedStyleSheets = [...own, sheets[1.5]])));
        document.adoptedStyleSheets = own;
      }
      await settle();
    }
  }
  return { first: times.first.map(median), step: times.step.map(median) };
}

export default async function textBench({ browser, baseUrl, runs }) {
  const rows = [];
  // The same server under its other name is another origin: its sheet's rules cannot be read.
  const other = baseUrl.replace('127.0.0.1', 'localhost');
  for (const [count, href, label] of [
    [2000, '', ''],
    [10000, '', ''],
    [10000, `${other}/test/fixtures/text-bench.css`, ', sheet of another origin'],
  ]) {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${baseUrl}/test/fixtures/text-bench.html`, { waitUntil: 'load' });
      const elements = await page.evaluate(generate, count, CLASSES, href);
      const { first, step } = await page.evaluate(measure, runs, CLASSES);
      rows.push({ name: `text 1 → 2 (first step${label})`, elements, legibleMs: first[0], floorMs: first[1] });
      rows.push({ name: `text 1.25 → 1.5${label ? ` (${label.slice(2)})` : ''}`, elements, legibleMs: step[0], floorMs: step[1] });
    } finally {
      await page.close();
    }
  }
  return rows;
}
