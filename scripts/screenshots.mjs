// Writes docs/demo-<state>.png: the demo in each readability state, as the README shows it.
// The state is saved in localStorage before the page loads, the way a returning reader has it,
// so the pictures also show that a saved choice applies from the first paint.
// Uses the system Chromium (no download) and its own static server of the repository root.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'docs');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** name, page, viewport width, saved settings (null: nothing saved). */
const SHOTS = [
  ['text-100', '/demo/index.html', 1280, { textScale: 1, contrast: 0 }],
  ['text-200', '/demo/index.html', 1280, { textScale: 2, contrast: 0 }],
  ['contrast-soft', '/demo/index.html', 1280, { textScale: 1, contrast: -1 }],
  ['contrast-high', '/demo/index.html', 1280, { textScale: 1, contrast: 1 }],
  ['contrast-max', '/demo/index.html', 1280, { textScale: 1, contrast: 2 }],
  ['en-320', '/demo/en.html', 320, null],
];
const HEIGHT = 900;

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  let file = join(root, path);
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  if (path.endsWith('/')) file = join(file, 'index.html');
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const baseUrl = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--hide-scrollbars'],
});

let failures = 0;
try {
  await mkdir(outDir, { recursive: true });
  for (const [name, url, width, saved] of SHOTS) {
    const page = await browser.newPage();
    // Nothing leaves the machine: any request outside the local server is refused.
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.url().startsWith(baseUrl) ? request.continue() : request.abort()));
    page.on('pageerror', (error) => {
      failures++;
      console.error(`${name}: page error: ${error.message}`);
    });
    await page.setViewport({ width, height: HEIGHT, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument((value) => {
      localStorage.clear();
      if (value) localStorage.setItem('legible', value);
    }, saved ? JSON.stringify({ v: 1, ...saved }) : '');
    await page.goto(baseUrl + url, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const state = await page.evaluate(() => ({
      settings: window.Legible?.get(),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    if (saved && (state.settings?.textScale !== saved.textScale || state.settings?.contrast !== saved.contrast)) {
      failures++;
      console.error(`${name}: expected ${JSON.stringify(saved)}, the page is at ${JSON.stringify(state.settings)}`);
    }
    if (state.overflow > 0) {
      failures++;
      console.error(`${name}: scrolls sideways by ${state.overflow}px`);
    }
    const path = join(outDir, `demo-${name}.png`);
    await page.screenshot({ path, clip: { x: 0, y: 0, width, height: HEIGHT } });
    console.log(`docs/demo-${name}.png  ${JSON.stringify(state.settings)}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures) process.exitCode = 1;
