/**
 * `audit()` on fixture pages with known problems, in the default eight states, and the three
 * reports made from that one result: JSON that round-trips, JUnit XML that Chromium's strict XML
 * parser accepts, and an HTML report that passes axe itself.
 * Needs `npm run build` first (the audit injects dist/legible.min.js).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { audit, AXE_TAGS, launchChrome, writeReports } from '../../src/audit/index.mjs';

const fixture = (name) => `test/fixtures/${name}`;
/** `{ '2:1': { rule: nodes } }`: what a reader of the summary table sees, per state. */
const countsByState = (page) =>
  Object.fromEntries(page.states.map((state) => [state.key, Object.fromEntries(state.violations.map((v) => [v.id, v.nodes.length]))]));

describe('audit() on fixture pages in the eight default states', () => {
  let browser;
  let result;
  let out;
  before(async () => {
    browser = await launchChrome();
    out = await mkdtemp(join(tmpdir(), 'legible-audit-'));
    result = await audit(
      [fixture('audit-violations.html'), fixture('audit-clean.html'), fixture('audit-throws.html'), fixture('audit-missing.html')],
      { browser },
    );
  });
  after(async () => {
    await browser?.close();
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('finds exactly the known violations of each state, the overflow checks only at 200%', () => {
    const [page] = result.pages;
    const everywhere = { 'button-name': 1, 'image-alt': 1 };
    const at200 = { 'legible-horizontal-overflow': 1, 'legible-text-clipped': 1 };
    assert.deepEqual(countsByState(page), {
      '1:0': { ...everywhere, 'color-contrast': 1 },
      '1:1': everywhere,
      '1:2': everywhere,
      '1:-1': everywhere,
      '2:0': { ...everywhere, 'color-contrast': 1, ...at200 },
      '2:1': { ...everywhere, ...at200 },
      '2:2': { ...everywhere, ...at200 },
      '2:-1': { ...everywhere, ...at200 },
    });
    assert.equal(page.legible, 'injected');
    assert.equal(page.title, 'Audit fixture: known violations');
    assert.deepEqual(page.pageErrors, []);
    for (const state of page.states) {
      assert.deepEqual(state.applied, { textScale: state.textScale, contrast: state.contrast }, state.label);
      assert.deepEqual(state.warnings, []);
    }
  });

  it('names the element that causes sideways scrolling and the box that cuts text off, not the visually-hidden text', () => {
    const state = result.pages[0].states.find((s) => s.key === '2:0');
    const overflow = state.violations.find((v) => v.id === 'legible-horizontal-overflow');
    const clipped = state.violations.find((v) => v.id === 'legible-text-clipped');
    assert.deepEqual(overflow.nodes[0].target, ['html > body > main > p:nth-of-type(2)']);
    assert.match(overflow.nodes[0].html, /^<p class="strip">/);
    assert.match(overflow.nodes[0].summary, /in a 1280px window/);
    assert.equal(overflow.source, 'legible');
    assert.equal(overflow.impact, 'serious');
    assert.deepEqual(clipped.nodes[0].target, ['html > body > main > div']);
    assert.equal(clipped.nodes[0].html, '<div class="badge">Hạn nộp hồ sơ: 30/11</div>');
    // The 1px .sr-only span clips on purpose.
    assert.equal(clipped.nodes.length, 1);
  });

  it('does not count a ticker’s scrolling text as cut off: only axe’s own marquee rule', async () => {
    const ticker = await audit([fixture('audit-marquee.html')], { browser, states: [{ textScale: 2, contrast: 0 }] });
    assert.deepEqual(countsByState(ticker.pages[0]), { '2:0': { marquee: 1 } });
  });

  it('runs color-contrast-enhanced (7:1) at contrast 1 and 2 only, and notes a state the page does not offer', async () => {
    const aaa = await audit([fixture('audit-aaa.html')], {
      browser,
      states: [
        { textScale: 1, contrast: 0 },
        { textScale: 1, contrast: 1 },
        { textScale: 1, contrast: 2 },
        { textScale: 1, contrast: -1 },
        { textScale: 2, contrast: 0 },
      ],
    });
    const [page] = aaa.pages;
    assert.equal(page.legible, 'page');
    assert.deepEqual(countsByState(page), {
      '1:0': {},
      '1:1': { 'color-contrast-enhanced': 1 },
      '1:2': { 'color-contrast-enhanced': 1 },
      '1:-1': {},
      '2:0': {},
    });
    const limited = page.states.at(-1);
    assert.deepEqual(limited.applied, { textScale: 1.5, contrast: 0 });
    assert.deepEqual(limited.warnings, ['the page offers no text 200% · contrast 0 site; audited at text 150% · contrast 0 site']);
    assert.deepEqual(page.states.slice(0, -1).flatMap((state) => state.warnings), []);
  });

  it('audits a clean page with its own Legible to zero everywhere, and a throwing page with its errors noted', () => {
    const [, clean, throwing, missing] = result.pages;
    assert.equal(clean.legible, 'page');
    assert.equal(clean.states.length, 8);
    for (const state of clean.states) assert.deepEqual(state.violations, [], state.label);
    assert.equal(throwing.states.length, 8);
    assert.equal(throwing.pageErrors.length, 8);
    for (const error of throwing.pageErrors) assert.match(error, /^-?\d:-?\d: broken portal widget$/);
    for (const state of throwing.states) assert.deepEqual(state.violations, [], state.label);
    assert.match(missing.error, /^could not load: no such file .*audit-missing\.html$/);
    assert.deepEqual(missing.states, []);
  });

  it('sums up: failing states, the page that could not be audited, nodes by impact', () => {
    assert.deepEqual(result.summary, {
      pages: 4,
      states: 24,
      failingStates: 8,
      errors: 1,
      // button-name and image-alt (critical) in 8 states; color-contrast in 2, overflow and clipping in 4.
      nodes: { critical: 16, serious: 10, moderate: 0, minor: 0, total: 26 },
      failOn: 'serious',
      failed: true,
    });
    assert.equal(result.tool, 'legible-audit');
    assert.match(result.axeVersion, /^4\.\d+\.\d+$/);
    assert.match(result.browser, /Chrom/);
    assert.deepEqual(result.options.axeTags, AXE_TAGS);
  });

  describe('reports', () => {
    let paths;
    before(async () => {
      paths = await writeReports(result, { out });
    });

    it('JSON is the whole result object', async () => {
      assert.deepEqual(JSON.parse(await readFile(paths.json, 'utf8')), JSON.parse(JSON.stringify(result)));
    });

    it('JUnit XML parses, with a testsuite per page, a testcase per state and a failure per violation', async () => {
      const xml = await readFile(paths.junit, 'utf8');
      const tab = await browser.newPage();
      try {
        const parsed = await tab.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          const error = doc.querySelector('parsererror');
          if (error) return { error: error.textContent };
          const suites = Array.from(doc.documentElement.children).map((suite) => ({
            name: suite.getAttribute('name'),
            tests: suite.getAttribute('tests'),
            failures: suite.getAttribute('failures'),
            errors: suite.getAttribute('errors'),
            cases: suite.querySelectorAll('testcase').length,
            failureTypes: Array.from(suite.querySelectorAll('testcase')).map((c) => Array.from(c.querySelectorAll('failure'), (f) => f.getAttribute('type')).join(' ')),
            errorMessages: Array.from(suite.querySelectorAll('error'), (e) => e.getAttribute('message')),
          }));
          return { root: doc.documentElement.localName, failures: doc.documentElement.getAttribute('failures'), suites };
        }, xml);
        assert.equal(parsed.error, undefined);
        assert.equal(parsed.root, 'testsuites');
        assert.equal(parsed.failures, '8');
        const [violations, clean, throwing, missing] = parsed.suites;
        assert.deepEqual(
          { ...violations, failureTypes: undefined },
          { name: 'test/fixtures/audit-violations.html', tests: '8', failures: '8', errors: '0', cases: 8, failureTypes: undefined, errorMessages: [] },
        );
        assert.deepEqual(violations.failureTypes, [
          'button-name color-contrast image-alt',
          'button-name image-alt',
          'button-name image-alt',
          'button-name image-alt',
          'button-name color-contrast image-alt legible-horizontal-overflow legible-text-clipped',
          'button-name image-alt legible-horizontal-overflow legible-text-clipped',
          'button-name image-alt legible-horizontal-overflow legible-text-clipped',
          'button-name image-alt legible-horizontal-overflow legible-text-clipped',
        ]);
        assert.equal(clean.failures, '0');
        assert.equal(throwing.cases, 8);
        assert.deepEqual({ tests: missing.tests, errors: missing.errors, cases: missing.cases }, { tests: '1', errors: '1', cases: 1 });
        assert.match(missing.errorMessages[0], /no such file/);
      } finally {
        await tab.close();
      }
      assert.match(xml, /&lt;div class=&quot;badge&quot;&gt;Hạn nộp hồ sơ: 30\/11&lt;\/div&gt;/);
    });

    it('the HTML report passes axe (WCAG A/AA and 7:1 contrast) and shows the pages’ HTML as text', async () => {
      const html = await readFile(paths.html, 'utf8');
      assert.match(html, /<pre><code>&lt;div class=&quot;badge&quot;&gt;Hạn nộp hồ sơ: 30\/11&lt;\/div&gt;<\/code><\/pre>/);
      assert.doesNotMatch(html, /<div class="badge">/);
      const tab = await browser.newPage();
      try {
        await tab.setViewport({ width: 1280, height: 800 });
        await tab.goto(pathToFileURL(paths.html).href);
        await tab.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
        const violations = await tab.evaluate(async (tags) => {
          const results = await axe.run(document, { runOnly: { type: 'tag', values: [...tags, 'wcag2aaa'] }, resultTypes: ['violations'] });
          return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }, AXE_TAGS);
        assert.deepEqual(violations, []);
        const table = await tab.evaluate(() => {
          const rows = Array.from(document.querySelectorAll('section:first-of-type table tbody tr'));
          return rows.map((row) => Array.from(row.cells, (cell) => cell.textContent.trim()).join(' | '));
        });
        assert.deepEqual(table, [
          'button-name | critical | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1',
          'image-alt | critical | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1',
          'color-contrast | serious | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0',
          'legible-horizontal-overflow | serious | 0 | 0 | 0 | 0 | 1 | 1 | 1 | 1',
          'legible-text-clipped | serious | 0 | 0 | 0 | 0 | 1 | 1 | 1 | 1',
        ]);
      } finally {
        await tab.close();
      }
    });
  });
});
