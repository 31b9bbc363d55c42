// Writes docs/contrast-<level>.png: the demo article at contrast levels -1, 0, 1 and 2, for the
// README's "Contrast levels" table. Each level is saved in localStorage before the page loads, as
// a returning reader has it. Checks what the pictures are meant to show, and fails otherwise:
// every <img> is pixel for pixel the same as at level 0, and the lowest text ratio on the page
// (computed from the colours each text is drawn on) meets the level's promise.
// Uses the system Chromium (no download) and a static server of the repository root.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, root, serveRepository } from './local-browser.mjs';

const LEVELS = [0, -1, 1, 2];
/** What each level promises to normal-size and to large text (24px, or 18.66px bold). */
const PROMISE = { '-1': [4.5, 4.5], 0: [0, 0], 1: [7, 4.5], 2: [15, 15] };

const { server, baseUrl } = await serveRepository();

/**
 * In the page: the lowest ratio of visible normal-size and of large text against the colours
 * under it (text over a repeating picture or gradient is left to the tests, which read stops).
 */
function lowestRatio() {
  const parse = (css) => {
    const probe = document.createElement('canvas').getContext('2d');
    probe.fillStyle = '#000';
    probe.fillStyle = css;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
    return { r: r / 255, g: g / 255, b: b / 255, a: a / 255 };
  };
  const over = (t, b) => ({ r: t.r * t.a + b.r * (1 - t.a), g: t.g * t.a + b.g * (1 - t.a), b: t.b * t.a + b.b * (1 - t.a), a: 1 });
  const lin = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const lum = (c) => 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  const lowest = [{ ratio: 21, text: '' }, { ratio: 21, text: '' }];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('legible-bar, script, style') || ![...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim())) continue;
    if (!el.getClientRects().length) continue;
    let background = { r: 1, g: 1, b: 1, a: 1 };
    let overPicture = false;
    const chain = [];
    for (let up = el; up; up = up.parentElement) chain.unshift(up);
    for (const node of chain) {
      const style = getComputedStyle(node);
      const own = parse(style.backgroundColor);
      if (own.a > 0) background = over(own, background);
      if (own.a >= 1) overPicture = false;
      if (style.backgroundImage !== 'none' && !/no-repeat/.test(style.backgroundRepeat)) overPicture = true;
    }
    if (overPicture) continue;
    const text = over(parse(getComputedStyle(el).color), background);
    const [hi, lo] = [lum(text), lum(background)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66) ? 1 : 0;
    if (ratio < lowest[large].ratio) lowest[large] = { ratio, text: el.textContent.trim().slice(0, 40) };
  }
  return lowest;
}

const browser = await launchChromium(['--hide-scrollbars']);
let failures = 0;
const photos = new Map();
try {
  await mkdir(join(root, 'docs'), { recursive: true });
  for (const level of LEVELS) {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.url().startsWith(baseUrl) ? request.continue() : request.abort()));
    await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument((value) => localStorage.setItem('legible', value), JSON.stringify({ v: 1, textScale: 1, contrast: level }));
    await page.goto(`${baseUrl}/demo/index.html`, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const lowest = await page.evaluate(lowestRatio);
    ['normal', 'large'].forEach((kind, i) => {
      const ok = lowest[i].ratio >= PROMISE[level][i];
      if (!ok) failures++;
      console.log(`level ${level}, ${kind} text: lowest ratio ${lowest[i].ratio.toFixed(2)} ("${lowest[i].text}")${ok ? '' : `, under ${PROMISE[level][i]}`}`);
    });
    await page.screenshot({ path: join(root, 'docs', `contrast-${level}.png`), clip: { x: 0, y: 0, width: 1280, height: 900 } });
    for (const [i, img] of (await page.$$('img')).entries()) {
      // A grey of our own under the picture, so its transparent parts do not show the page's
      // background (which a level may change); its own pixels must be exactly as at level 0.
      await img.evaluate((el) => el.style.setProperty('background-color', '#808080', 'important'));
      const pixels = Buffer.from(await img.screenshot({ encoding: 'binary' })).toString('base64');
      if (!photos.has(i)) photos.set(i, pixels);
      else if (photos.get(i) !== pixels) {
        failures++;
        console.error(`level ${level}: image ${i} is drawn differently than at level 0`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures) process.exitCode = 1;
