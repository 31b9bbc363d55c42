// `npm run bench`: runs every scripts/bench/*.bench.mjs against the built dist/legible.min.js in
// one headless Chromium and prints one table. Each bench file exports
// `default async function ({ browser, baseUrl, runs })` returning rows
// `[{ name, elements, legibleMs, floorMs }]` (medians of `runs`). BENCH_RUNS sets runs (default 15);
// `node scripts/bench.mjs text` runs only the files whose name contains "text".
import { createServer } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const benchDir = join(root, 'scripts/bench');
const runs = Number(process.env.BENCH_RUNS) || 15;
const only = process.argv[2];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

/** A static server for the repository root, so pages load the real dist/legible.min.js. */
function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const files = (await readdir(benchDir)).filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only))).sort();
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${runs} runs each, medians`);
const server = await serve();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows = [];
let failed = false;
try {
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  for (const file of files) {
    const bench = (await import(pathToFileURL(join(benchDir, file)).href)).default;
    if (typeof bench !== 'function') {
      console.error(`${file}: no default export function ({ browser, baseUrl, runs }); skipped`);
      failed = true;
      continue;
    }
    try {
      rows.push(...(await bench({ browser, baseUrl, runs })));
    } catch (error) {
      console.error(`${file}: ${error.stack ?? error}`);
      failed = true;
    }
  }
} finally {
  await browser.close();
  server.close();
}

const table = [['bench', 'elements', 'Legible ms', 'floor ms', 'ratio']].concat(
  rows.map((r) => [r.name, String(r.elements), r.legibleMs.toFixed(1), r.floorMs.toFixed(1), (r.legibleMs / r.floorMs).toFixed(2)]),
);
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) console.log(row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '));
if (failed) process.exitCode = 1;
