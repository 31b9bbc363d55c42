// What the repository's own scripts (bench, screenshots) share: a static server of the repository
// root, so pages load the real dist/legible.min.js, and the Chromium installed on the machine,
// found and started as legible-audit does (nothing is downloaded).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../src/audit/chrome.mjs';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves the repository root on 127.0.0.1 (a folder's index.html for a folder): `{ server, baseUrl }`. */
export async function serveRepository() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, baseUrl: `http://127.0.0.1:${server.address().port}` };
}

/** The machine's Chromium, headless and quiet (legible-audit's arguments), plus `extraArgs`. */
export const launchChromium = (extraArgs = []) =>
  puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...extraArgs] });
