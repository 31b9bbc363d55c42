/**
 * `legible/audit` without a browser: the command-line parsing, the state URLs, finding Chrome,
 * and the module's exports against its declared types.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from '../../src/audit/options.mjs';
import { DEFAULT_STATES, findChrome, parseStates, renderHtml, renderJunit, stateUrl, toUrl } from '../../src/audit/index.mjs';
import { summarize } from '../../src/audit/summary.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('command-line parsing', () => {
  it('defaults: eight states, every format, fail on serious, ./legible-audit-report', () => {
    const options = parseArgs(['a.html', 'https://example.gov.vn/']);
    assert.deepEqual(options.inputs, ['a.html', 'https://example.gov.vn/']);
    assert.deepEqual(
      options.states.map(({ textScale, contrast }) => `${textScale}:${contrast}`),
      ['1:0', '1:1', '1:2', '1:-1', '2:0', '2:1', '2:2', '2:-1'],
    );
    assert.deepEqual([options.formats, options.failOn, options.out, options.timeout], [['json', 'html', 'junit'], 'serious', 'legible-audit-report', 30000]);
    assert.equal(options.states, DEFAULT_STATES);
  });

  it('reads --flag value and --flag=value, anywhere among the inputs', () => {
    const options = parseArgs(['--states=1:0, 2:1,2:1', 'a.html', '--format', 'junit,JSON', '--fail-on', 'critical', '--out', 'r', '--timeout=5000', 'b.html']);
    assert.deepEqual(options.inputs, ['a.html', 'b.html']);
    assert.deepEqual(options.states, [
      { textScale: 1, contrast: 0 },
      { textScale: 2, contrast: 1 },
    ]);
    assert.deepEqual([options.formats, options.failOn, options.out, options.timeout], [['junit', 'json'], 'critical', 'r', 5000]);
  });

  it('takes inputs after -- as they are', () => {
    assert.deepEqual(parseArgs(['--', '--odd-name.html']).inputs, ['--odd-name.html']);
  });

  it('rejects what it does not know with a UsageError', () => {
    for (const args of [[], ['a.html', '-x'], ['a.html', '--states', '2'], ['a.html', '--states', ','], ['a.html', '--states', '0.25:0'], ['a.html', '--format', ',']]) {
      assert.throws(() => parseArgs(args), UsageError, args.join(' '));
    }
  });

  it('parses states with decimals and negative contrast', () => {
    assert.deepEqual(parseStates('1.5:-1,4:2'), [
      { textScale: 1.5, contrast: -1 },
      { textScale: 4, contrast: 2 },
    ]);
  });
});

describe('pages and states', () => {
  it('turns file paths into file URLs and keeps URLs', () => {
    assert.deepEqual(toUrl('https://example.gov.vn/tin?id=3'), { url: 'https://example.gov.vn/tin?id=3', file: null });
    const local = toUrl('demo/index.html');
    assert.equal(local.file, `${ROOT}demo/index.html`);
    assert.equal(local.url, `file://${ROOT}demo/index.html`);
  });

  it('adds the state to the URL and keeps the page’s own query and fragment', () => {
    assert.equal(
      stateUrl('https://example.gov.vn/tin?id=3#top', { textScale: 2, contrast: -1 }),
      'https://example.gov.vn/tin?id=3&legible-text=2&legible-contrast=-1#top',
    );
  });
});

describe('finding Chrome', () => {
  it('uses CHROME_PATH, else the first candidate that exists, else says what to do', () => {
    assert.equal(findChrome({ CHROME_PATH: process.execPath }), process.execPath);
    assert.equal(findChrome({}, ['/nowhere/chrome', process.execPath]), process.execPath);
    assert.throws(() => findChrome({}, ['/nowhere/chrome']), /no Chrome or Chromium found \(looked in \/nowhere\/chrome\)\. Install one .* or set CHROME_PATH/);
  });
});

describe('legible/audit as a package export', () => {
  it('resolves by the package name and exports exactly what index.d.mts declares', async () => {
    const module = await import('legible/audit');
    const declared = [...readFileSync(new URL('../../src/audit/index.d.mts', import.meta.url), 'utf8').matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1]);
    assert.deepEqual(Object.keys(module).sort(), [...new Set(declared)].sort());
  });

  it('its declarations type-check, and so does a consumer (tsc -p src/audit)', async () => {
    const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
    const output = await new Promise((resolve) => {
      execFile(process.execPath, [tsc, '-p', 'src/audit'], { cwd: ROOT }, (error, stdout) => resolve({ code: error ? error.code : 0, stdout }));
    });
    assert.deepEqual(output, { code: 0, stdout: '' });
  });
});

describe('reports of hostile pages', () => {
  // Everything here comes from the audited page; a report must show it, never run it.
  const evil = '<script>alert(1)</script>"\'&\u0001';
  const state = { textScale: 1, contrast: 0, key: '1:0', label: 'text 100% · contrast 0 site', applied: null, warnings: [], durationMs: 5 };
  const base = { tool: 'legible-audit', version: '0', axeVersion: '4', browser: 'Chrome', startedAt: '2026-01-01T00:00:00.000Z', durationMs: 5 };
  const pages = [
    {
      input: `page${evil}.html`,
      url: 'file:///page.html',
      title: evil,
      legible: 'injected',
      pageErrors: [`1:0: ${evil}`],
      states: [{ ...state, violations: [{ source: 'axe', id: 'image-alt', impact: 'critical', tags: [], help: evil, helpUrl: 'https://example.org/?a=1&b=2', nodes: [{ target: [`img[alt="${evil}"]`], html: `<img alt="${evil}">`, summary: evil }] }] }],
    },
    { input: 'gone.html', url: 'file:///gone.html', title: '', legible: null, pageErrors: [], states: [], error: `could not load: ${evil}` },
  ];
  const result = { ...base, options: { states: [state], failOn: 'serious', timeout: 1, viewport: { width: 1280, height: 800 }, axeTags: [] }, pages };
  result.summary = summarize(result, 'serious');

  it('HTML: no markup from the page survives, only its text', () => {
    const html = renderHtml(result);
    assert.doesNotMatch(html, /<script>|<img /);
    assert.match(html, /&lt;img alt=&quot;&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;&#39;&amp;\u0001&quot;&gt;/);
    assert.match(html, /href="https:\/\/example\.org\/\?a=1&amp;b=2"/);
  });

  it('JUnit: escaped, and without the control characters XML forbids', () => {
    const xml = renderJunit(result);
    assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    assert.doesNotMatch(xml, /<script>|<img /);
    assert.match(xml, /<error message="could not load: &lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;&apos;&amp;\ufffd" type="load-error"\/>/);
    assert.match(xml, /<testsuites name="legible-audit" tests="2" failures="1" errors="1" time="0.005">/);
  });
});
