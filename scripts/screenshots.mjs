// Writes docs/demo-<state>.png: the demo in each readability state, as the README shows it.
// The state is saved in localStorage before the page loads, the way a returning reader has it,
// so the pictures also show that a saved choice applies from the first paint.
// Uses the system Chromium (no download) and a static server of the repository root (local-browser.mjs).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, root, serveRepository } from './local-browser.mjs';

const outDir = join(root, 'docs');

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

const { server, baseUrl } = await serveRepository();

const browser = await launchChromium(['--hide-scrollbars']);

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
