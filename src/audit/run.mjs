/**
 * The audit itself: each page, in each readability state, in a fresh tab of one Chromium. The
 * state comes from the URL parameters `legible-text` and `legible-contrast`, so nothing is saved
 * and every state starts from a clean load. Legible and axe-core are read from disk and evaluated
 * in the page, so the browser fetches nothing but the audited pages and their own resources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChrome } from './chrome.mjs';
import { AXE_TAGS, DEFAULT_FAIL_ON, DEFAULT_STATES, DEFAULT_TIMEOUT, ENHANCED_CONTRAST_RULE, IMPACTS, stateKey, stateLabel } from './options.mjs';
import { legibleChecks, LEGIBLE_RULES } from './page-checks.mjs';
import { summarize } from './summary.mjs';

const require = createRequire(import.meta.url);
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const LEGIBLE_SCRIPT = resolve(PACKAGE_ROOT, 'dist/legible.min.js');
const VERSION = JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

const readOnce = (read) => {
  let value;
  return () => (value ??= read());
};
const legibleSource = readOnce(() => {
  if (!existsSync(LEGIBLE_SCRIPT)) throw new Error(`${LEGIBLE_SCRIPT} is missing: run npm run build`);
  return readFileSync(LEGIBLE_SCRIPT, 'utf8');
});
// Shielded from a page's AMD loader (RequireJS on older portals), which would otherwise take axe
// as a module instead of letting it set window.axe.
const axeSource = readOnce(
  () => `(function (define, module, exports) {\n${readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')}\n})();`,
);
const axeVersion = () => JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;

/** A URL stays as it is; anything else is a file path. */
export function toUrl(input) {
  if (/^[a-z][a-z\d+.-]+:/i.test(input)) return { url: input, file: input.startsWith('file:') ? fileURLToPath(input) : null };
  const file = resolve(input);
  return { url: pathToFileURL(file).href, file };
}

export function stateUrl(url, { textScale, contrast }) {
  const parsed = new URL(url);
  parsed.searchParams.set('legible-text', String(textScale));
  parsed.searchParams.set('legible-contrast', String(contrast));
  return parsed.href;
}

const withTimeout = (promise, ms, what) => {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

const message = (error) => String(error?.message ?? error).split('\n')[0];

/**
 * Runs in the page: axe with the WCAG tags (which leaves out axe's experimental and deprecated
 * rules, as axe itself does) plus `extraRules`, trimmed to what the reports use.
 */
async function runAxeInPage(tags, extraRules) {
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    rules: Object.fromEntries(extraRules.map((id) => [id, { enabled: true }])),
    resultTypes: ['violations'],
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    tags: violation.tags,
    help: violation.help,
    helpUrl: violation.helpUrl,
    nodes: violation.nodes.map((node) => ({ target: node.target.map(String), html: node.html, summary: node.failureSummary ?? '' })),
  }));
}

const nextFrames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/** Closes a browser the audit started, and ends its process if it does not close. */
async function closeBrowser(browser) {
  await settle(browser.close(), 10000);
  const child = browser.process();
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Waits for cleanup at most `ms`: a hung page must not hang the audit. */
const settle = (promise, ms = 5000) => withTimeout(promise, ms, 'cleaning up').catch(() => {});

async function auditState(context, url, state, options, pageResult) {
  const result = { ...state, key: stateKey(state), label: stateLabel(state), applied: null, warnings: [], violations: [], durationMs: 0 };
  const started = Date.now();
  const tab = await withTimeout(context.newPage(), options.timeout, 'opening a tab');
  // Every call into the page has a deadline: a page's script can loop forever.
  const inPage = (what, fn, ...args) => withTimeout(tab.evaluate(fn, ...args), options.timeout, what);
  try {
    tab.on('pageerror', (error) => pageResult.pageErrors.push(`${result.key}: ${message(error)}`));
    tab.on('dialog', (dialog) => dialog.dismiss().catch(() => {}));
    await withTimeout(tab.setViewport(options.viewport), options.timeout, 'sizing the window');
    let response;
    try {
      response = await tab.goto(stateUrl(url, state), { waitUntil: 'load', timeout: options.timeout });
    } catch (error) {
      throw Object.assign(new Error(/timeout/i.test(error?.name ?? '') ? `timed out after ${options.timeout} ms loading the page` : `could not load: ${message(error)}`), { load: true });
    }
    if (response && response.status() >= 400) throw Object.assign(new Error(`could not load: HTTP ${response.status()}`), { load: true });

    if (!(await inPage('looking for Legible', () => typeof window.Legible?.get === 'function'))) {
      await inPage('starting Legible', legibleSource());
      pageResult.legible = 'injected';
    } else pageResult.legible ??= 'page';
    // A page's own older Legible may not know the URL parameters: then set the state directly
    // (it is saved only in this throwaway browser context).
    let applied = await inPage('reading the state', () => window.Legible.get());
    if (applied.textScale !== state.textScale || applied.contrast !== state.contrast) {
      applied = await inPage('setting the state', (wanted) => window.Legible.set(wanted), state);
    }
    result.applied = applied;
    if (applied.textScale !== state.textScale || applied.contrast !== state.contrast) {
      result.warnings.push(`the page offers no ${result.label}; audited at ${stateLabel(applied)}`);
    }
    await inPage('waiting for fonts', () => document.fonts?.ready.then(() => undefined));
    await inPage('waiting for two frames', nextFrames);

    await inPage('starting axe-core', axeSource());
    const enhanced = state.contrast >= 1 ? [ENHANCED_CONTRAST_RULE] : [];
    const axeViolations = await inPage('running axe-core', runAxeInPage, AXE_TAGS, enhanced);
    result.violations.push(...axeViolations.map((v) => ({ source: 'axe', ...v, nodes: v.nodes.map(withoutMarks) })));
    if (state.textScale > 1) {
      const found = await inPage('checking overflow', legibleChecks);
      result.violations.push(...found.map(({ id, nodes }) => ({ source: 'legible', id, ...LEGIBLE_RULES[id], nodes: nodes.map(withoutMarks) })));
    }
    if (!pageResult.title) pageResult.title = await inPage('reading the title', () => document.title);
  } finally {
    await settle(tab.close());
  }
  result.durationMs = Date.now() - started;
  return result;
}

/** A node as reported, its HTML without the marks Legible writes on the page (`data-legible-…`), which are not the site's. */
const withoutMarks = (node) => ({ ...node, html: node.html.replace(/ data-legible-[\w-]+(="[^"]*")?/g, '') });

/**
 * Audits `inputs` (URLs or HTML files) in each state. Options: states, failOn, timeout,
 * viewport, chromePath, browser (an open puppeteer-core browser to reuse; it stays open), and
 * onProgress(event) for `page-start`, `state-done` and `page-done` events.
 */
export async function audit(inputs, options = {}) {
  const settings = {
    states: options.states ?? DEFAULT_STATES,
    failOn: options.failOn ?? DEFAULT_FAIL_ON,
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
  };
  if (!IMPACTS.includes(settings.failOn)) throw new TypeError(`failOn must be one of ${IMPACTS.join(', ')}`);
  const progress = options.onProgress ?? (() => {});
  const started = Date.now();
  let browser = options.browser ?? (await launchChrome(options.chromePath));
  /** The browser, started again when a page crashed it (only one the audit started itself). */
  const liveBrowser = async () => {
    if (browser.connected || options.browser) return browser;
    await closeBrowser(browser);
    browser = await launchChrome(options.chromePath);
    return browser;
  };
  let browserVersion = '';
  const pages = [];
  try {
    browserVersion = await browser.version();
    for (const [index, input] of inputs.entries()) {
      const { url, file } = toUrl(input);
      const pageResult = { input, url, title: '', legible: null, pageErrors: [], states: [] };
      pages.push(pageResult);
      progress({ type: 'page-start', index, total: inputs.length, page: pageResult });
      if (file && !existsSync(file)) {
        pageResult.error = `could not load: no such file ${file}`;
        progress({ type: 'page-done', index, total: inputs.length, page: pageResult });
        continue;
      }
      let context;
      try {
        context = await withTimeout((await liveBrowser()).createBrowserContext(), settings.timeout, 'opening a browser context');
      } catch (error) {
        pageResult.error = `the browser failed: ${message(error)}`;
        progress({ type: 'page-done', index, total: inputs.length, page: pageResult });
        continue;
      }
      try {
        for (const state of settings.states) {
          let stateResult;
          try {
            stateResult = await auditState(context, url, state, settings, pageResult);
          } catch (error) {
            // A page that does not load is not audited further; a state that fails is reported alone.
            if (error.load && !pageResult.states.length) {
              pageResult.error = message(error);
              break;
            }
            stateResult = { ...state, key: stateKey(state), label: stateLabel(state), applied: null, warnings: [], violations: [], durationMs: 0, error: message(error) };
          }
          pageResult.states.push(stateResult);
          progress({ type: 'state-done', index, total: inputs.length, page: pageResult, state: stateResult });
        }
      } finally {
        await settle(context.close());
      }
      progress({ type: 'page-done', index, total: inputs.length, page: pageResult });
    }
  } finally {
    if (!options.browser) await closeBrowser(browser);
  }
  const result = {
    tool: 'legible-audit',
    version: VERSION,
    axeVersion: axeVersion(),
    browser: browserVersion,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    options: { ...settings, states: settings.states.map(({ textScale, contrast }) => ({ textScale, contrast })), axeTags: AXE_TAGS },
    pages,
  };
  return { ...result, summary: summarize(result, settings.failOn) };
}
