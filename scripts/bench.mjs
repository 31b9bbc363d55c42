// `npm run bench`: runs every scripts/bench/*.bench.mjs against the built dist/legible.min.js in
// one headless Chromium and prints one table. Each bench file exports
// `default async function ({ browser, baseUrl, runs })` returning rows
// `[{ name, elements, legibleMs, floorMs }]` (medians of `runs`). BENCH_RUNS sets runs (default 15);
// `node scripts/bench.mjs text` runs only the files whose name contains "text".
import { readdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, root, serveRepository } from './local-browser.mjs';

const benchDir = join(root, 'scripts/bench');
const runs = Number(process.env.BENCH_RUNS) || 15;
const only = process.argv[2];

const files = (await readdir(benchDir)).filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only))).sort();
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${runs} runs each, medians`);
const { server, baseUrl } = await serveRepository();
const browser = await launchChromium();
const rows = [];
let failed = false;
try {
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
