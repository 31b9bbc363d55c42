/**
 * `audit()` over HTTP, the way a QA team points it at a portal: the demo pages with their own
 * Legible, a page that never answers, a 404, and what the server is asked for while it runs.
 */
import assert from 'node:assert/strict';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { audit, launchChrome } from '../../src/audit/index.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png' };
const SERVED = /^\/(demo|dist|test\/fixtures)\//;

/** A static server of the repository's demo, dist and fixtures; `/hang` never answers. */
function startServer() {
  const requests = [];
  const server = createServer((request, response) => {
    const { pathname, search } = new URL(request.url, 'http://localhost');
    requests.push(pathname + search);
    if (pathname === '/hang') return; // the socket stays open until the server closes
    const file = join(ROOT, normalize(pathname));
    if (!SERVED.test(pathname) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, requests, base: `http://127.0.0.1:${server.address().port}` }));
  });
}

const countsByState = (page) =>
  Object.fromEntries(page.states.map((state) => [state.key, Object.fromEntries(state.violations.map((v) => [v.id, v.nodes.length]))]));

describe('audit() over HTTP', () => {
  let browser;
  let http;
  before(async () => {
    [browser, http] = await Promise.all([launchChrome(), startServer()]);
  });
  after(async () => {
    await browser?.close();
    http?.server.closeAllConnections();
    http?.server.close();
  });

  it('audits the demo pages with their own Legible: only the deliberate grey text fails, at the site colours', async () => {
    const result = await audit([`${http.base}/demo/index.html`, `${http.base}/demo/en.html`], { browser });
    const [index, en] = result.pages;
    assert.equal(index.legible, 'page');
    assert.equal(en.legible, 'page');
    assert.deepEqual(countsByState(index), {
      '1:0': { 'color-contrast': 8 },
      '1:1': {},
      '1:2': {},
      '1:-1': {},
      '2:0': { 'color-contrast': 7 },
      '2:1': {},
      '2:2': {},
      '2:-1': {},
    });
    assert.deepEqual(countsByState(en), { '1:0': {}, '1:1': {}, '1:2': {}, '1:-1': {}, '2:0': {}, '2:1': {}, '2:2': {}, '2:-1': {} });
    assert.deepEqual([...index.pageErrors, ...en.pageErrors], []);
  });

  it('asks the server for nothing but the page and its own resources: Legible and axe come from disk', async () => {
    http.requests.length = 0;
    const result = await audit([`${http.base}/test/fixtures/audit-violations.html`], { browser, states: [{ textScale: 2, contrast: 1 }] });
    assert.equal(result.pages[0].legible, 'injected');
    assert.deepEqual(
      http.requests.filter((path) => path !== '/favicon.ico'),
      ['/test/fixtures/audit-violations.html?legible-text=2&legible-contrast=1'],
    );
  });

  it('reports a page that times out, one that answers 404 and one that stops answering, and audits the next page', async () => {
    const pages = ['/hang', '/demo/gone.html', '/test/fixtures/audit-loops.html', '/test/fixtures/audit-clean.html'];
    const result = await audit(pages.map((path) => http.base + path), {
      browser,
      timeout: 1500,
      states: [{ textScale: 1, contrast: 0 }],
    });
    const [hang, gone, loops, clean] = result.pages;
    assert.equal(hang.error, 'timed out after 1500 ms loading the page');
    assert.equal(gone.error, 'could not load: HTTP 404');
    assert.deepEqual([hang.states, gone.states], [[], []]);
    // Where the loop catches the audit depends on the moment it starts; that it is reported does not.
    assert.equal(loops.states.length, 1);
    assert.match(loops.states[0].error, /^timed out after 1500 ms /);
    assert.equal(clean.error, undefined);
    assert.deepEqual(countsByState(clean), { '1:0': {} });
    assert.equal(result.summary.errors, 3);
    assert.equal(result.summary.failed, true);
  });
});
