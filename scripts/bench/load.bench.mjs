// A saved choice on the next page: a page of 16,000 elements arriving in 40 chunks, as over a slow
// connection, with a late stylesheet linked from the body and a <style> in the middle. Legible's
// main-thread time for the whole load (Chromium's task duration, from navigation to `load`) at
// contrast levels 1 and 2 and at text 1.5, each next to its floor: the same load at the site's own
// colours and size. The last row links the site's sheet from another origin, whose sizes Legible
// must measure. Run by scripts/bench.mjs (`npm run bench`); at most 5 loads per state, as each
// takes about two seconds.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from '../local-browser.mjs';

const CHUNKS = 40;
const SITE_CSS = 'body{font:15px/1.4 Arial,sans-serif;color:#333}.note{color:#999;font-size:13px}.cell{background:#5aa9e6;color:#fff}';
const ROWS_PER_CHUNK = 100;

async function servePage() {
  const script = await readFile(join(root, 'dist/legible.min.js'));
  const server = createServer(async (request, response) => {
    const wait = (ms) => new Promise((done) => setTimeout(done, ms));
    if (request.url === '/legible.min.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (request.url === '/late.css') {
      await wait(300);
      return void response.writeHead(200, { 'content-type': 'text/css' }).end('.row .note{color:#aab}.cell{background:#9cf}');
    }
    if (request.url === '/site.css') return void response.writeHead(200, { 'content-type': 'text/css' }).end(SITE_CSS);
    if (request.url === '/blank') return void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.write(
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Streamed page</title>' +
        '<script src="/legible.min.js" data-mount="none"></script>' +
        // From another origin (as from a CDN: its rules cannot be read, so sizes are measured), or inline.
        (request.url === '/page?other-origin' ? `<link rel="stylesheet" href="http://localhost:${server.address().port}/site.css">` : `<style>${SITE_CSS}</style>`) +
        '</head><body>',
    );
    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      let html = chunk === 10 ? '<link rel="stylesheet" href="/late.css">' : chunk === 20 ? '<style>.row:nth-child(3n) .note{color:#c77}</style>' : '';
      for (let i = 0; i < ROWS_PER_CHUNK; i++) {
        html += `<div class="row"><p class="note">Dòng ${chunk}.${i}: thông báo lịch tiếp dân</p><p class="cell">Ô <a href="#r${i}">xem chi tiết</a></p></div>`;
      }
      response.write(html);
      await wait(40);
    }
    response.end('</body></html>');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** Median main-thread task time of loading the page with `settings` saved. */
async function loadTime(browser, base, settings, runs, query = '') {
  const times = [];
  let elements = 0;
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/blank`);
      await page.evaluate((saved) => localStorage.setItem('legible', JSON.stringify({ v: 1, ...saved })), settings);
      const client = await page.createCDPSession();
      await client.send('Performance.enable');
      await page.goto(`${base}/page${query}`, { waitUntil: 'load' });
      const metrics = (await client.send('Performance.getMetrics')).metrics;
      times.push(metrics.find((m) => m.name === 'TaskDuration').value * 1000);
      elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    } finally {
      await page.close();
    }
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)], elements };
}

export default async function loadBench({ browser, runs }) {
  const { server, base } = await servePage();
  const loads = Math.min(runs, 5);
  try {
    const own = await loadTime(browser, base, { textScale: 1, contrast: 0 }, loads);
    const rows = [];
    for (const [name, settings] of [
      ['page load, saved contrast 1', { textScale: 1, contrast: 1 }],
      ['page load, saved contrast 2', { textScale: 1, contrast: 2 }],
      ['page load, saved text 1.5', { textScale: 1.5, contrast: 0 }],
    ]) {
      const ours = await loadTime(browser, base, settings, loads);
      rows.push({ name, elements: ours.elements, legibleMs: ours.ms, floorMs: own.ms });
    }
    const ownOther = await loadTime(browser, base, { textScale: 1, contrast: 0 }, loads, '?other-origin');
    const other = await loadTime(browser, base, { textScale: 1.5, contrast: 0 }, loads, '?other-origin');
    rows.push({ name: 'page load, sheet of another origin, saved text 1.5', elements: other.elements, legibleMs: other.ms, floorMs: ownOther.ms });
    return rows;
  } finally {
    server.close();
  }
}
