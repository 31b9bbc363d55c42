// A site that keeps changing a page at 150%: a news ticker swaps one element's size class every
// 50 ms for three seconds, on a page of 10,000 px-sized elements. Where the page's sheet comes from
// another origin, Legible must measure sizes again after each change; it waits between measurings
// so that they take at most about a quarter of the main thread. Reported: Chromium's main-thread
// time over the three seconds, next to its floor, the same ticker when the sheet is the page's own
// (its rules are copied once, and a class change costs the browser one element's style).
// Run by scripts/bench.mjs (`npm run bench`); at most 3 runs, as each takes three seconds.

import { CLASSES, generate } from './text.bench.mjs';

const ELEMENTS = 10000;
const TICKER_MS = 3000;

/** In the page: swaps the first paragraph's class every 50 ms for `ms`, then waits a second for what it left queued. */
async function tick(ms) {
  const item = document.querySelector('p');
  const classes = ['c3', 'c17'];
  const end = performance.now() + ms;
  for (let i = 0; performance.now() < end; i++) {
    item.className = classes[i % 2];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

/** Median main-thread time of the ticker with the sheet at `href`. */
async function busyMs(browser, page_url, href, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    try {
      // Each run starts from nothing saved (the last run saved 150%).
      await page.evaluateOnNewDocument(() => localStorage.clear());
      await page.goto(page_url, { waitUntil: 'load' });
      // The text bench's page: blocks of ten elements with px-sized classes, from the sheet at `href`.
      await page.evaluate(generate, ELEMENTS, CLASSES, href);
      await page.evaluate(() => window.Legible.set({ textScale: 1.5 }));
      // What turning on cost is not counted: the ticker starts a second later.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const client = await page.createCDPSession();
      await client.send('Performance.enable');
      const task = async () => (await client.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
      const before = await task();
      await page.evaluate(tick, TICKER_MS);
      times.push((await task()) - before);
    } finally {
      await page.close();
    }
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export default async function tickerBench({ browser, baseUrl, runs }) {
  const loads = Math.min(runs, 3);
  const page = `${baseUrl}/test/fixtures/text-bench.html`;
  const css = '/test/fixtures/text-bench.css';
  const own = await busyMs(browser, page, `${baseUrl}${css}`, loads);
  const other = await busyMs(browser, page, `${baseUrl.replace('127.0.0.1', 'localhost')}${css}`, loads);
  return [{ name: 'ticker for 3 s at 150%, sheet of another origin', elements: ELEMENTS, legibleMs: other, floorMs: own }];
}
