// Tests run in the browsers installed on the machine (nothing downloads a browser): Debian's
// Chromium over CDP and Debian's Firefox ESR over WebDriver BiDi, both driven by puppeteer-core.
// LEGIBLE_BROWSERS=chromium (or firefox) runs one of them while working on a single file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { ChromeLauncher, chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { cdpEmulationPlugin } from './test/helpers/cdp-emulation-plugin.mjs';
import { esmBundlePlugin } from './test/framework/esm-bundle-plugin.mjs';
import { focusPagePlugin } from './test/components/focus-page-plugin.mjs';
import { tailwindPlugin } from './test/page/tailwind-plugin.mjs';

const firstExisting = (paths) => paths.find((path) => existsSync(path));
const chromePath = process.env.CHROME_PATH || firstExisting(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
const firefoxPath = process.env.FIREFOX_PATH || firstExisting(['/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** The policy of a strict government host, served with test/fixtures/csp-*.html (see test/security/). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const strictCspMiddleware = async (context, next) => {
  await next();
  if (/^\/test\/fixtures\/csp-[\w-]+\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
};

/**
 * A fixture requested with `?delay=300` arrives 300 ms late (at most 2 s), every time (never from
 * the cache): a slow network, to test the first frames of a loading page.
 */
const slowScriptMiddleware = async (context, next) => {
  const delay = Math.min(2000, Number(context.query.delay) || 0);
  if (!delay || !context.path.startsWith('/test/fixtures/')) return next();
  await new Promise((resolve) => setTimeout(resolve, delay));
  await next();
  context.set('Cache-Control', 'no-store');
  // The test runner's own middleware, just outside this one, marks every path with a file
  // extension cacheable for a year; without the extension it leaves the response alone.
  context.path = context.path.replace(/\.\w+$/, '');
};

/** `LEGIBLE_FUZZ_SEED=… LEGIBLE_FUZZ_STEPS=…` replay or lengthen test/page/fuzz.test.ts (it prints its seed). */
const fuzzOptionsPlugin = () => ({
  name: 'legible-fuzz-options',
  executeCommand: ({ command }) =>
    command === 'legible-fuzz-options' ? { seed: process.env.LEGIBLE_FUZZ_SEED ?? null, steps: process.env.LEGIBLE_FUZZ_STEPS ?? null } : undefined,
});

/**
 * Test files run two at a time: each page gets its own browser context, so one file's
 * localStorage, cookies and `storage` events never reach another's.
 */
const isolatedPage = async ({ browser }, options) => (await browser.createBrowserContext()).newPage(options);

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: chromePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Test files run side by side in tabs of one browser; a tab in the background gets no
      // animation frames, so tests awaiting requestAnimationFrame would time out (wtr issue 2588).
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--disable-background-timer-throttling',
    ],
  },
  createPage: isolatedPage,
});

/** Key names CDP's keyboard knows but puppeteer's BiDi keyboard does not; tests use the CDP names. */
const BIDI_KEYS = { Space: ' ' };

/**
 * @web/test-runner-chrome's launcher with puppeteer-core as its "custom puppeteer", so that it
 * honours `browser: 'firefox'` (the full puppeteer package, which downloads browsers, is never
 * installed). Coverage stays off: it is CDP-only and the launcher only collects it for Chromium.
 */
class FirefoxLauncher extends ChromeLauncher {
  async createNewPage(browser, context) {
    const page = await super.createNewPage(browser, context);
    const { keyboard } = page.puppeteerPage;
    for (const method of ['press', 'down', 'up']) {
      const original = keyboard[method].bind(keyboard);
      keyboard[method] = (key, ...rest) => original(BIDI_KEYS[key] ?? key, ...rest);
    }
    // puppeteer sends emulation.setViewport and emulation.setScreenOrientationOverride together;
    // Firefox ESR 140 lacks the second and rejects it, although the viewport itself is set.
    const { puppeteerPage } = page;
    const setViewport = puppeteerPage.setViewport.bind(puppeteerPage);
    puppeteerPage.setViewport = (viewport) =>
      setViewport(viewport).catch((error) => {
        if (!/unknown command emulation\.setScreenOrientationOverride/.test(error.message)) throw error;
      });
    return page;
  }
}

const firefox = new FirefoxLauncher(
  { browser: 'firefox', executablePath: firefoxPath, headless: true },
  ({ browser }) => browser.defaultBrowserContext(),
  // A window per test file: Firefox hides background tabs and runs their animation frames at 1 Hz.
  (args) => isolatedPage(args, { type: 'window' }),
  puppeteerCore,
);
// One test file at a time: only one Firefox window has the system's focus, and tests of focus
// rings and keys need it (Chromium's headless pages each behave as focused).
firefox.concurrency = 1;

const wanted = (process.env.LEGIBLE_BROWSERS || 'chromium,firefox').split(',').map((name) => name.trim());
const browsers = [];
if (wanted.includes('chromium')) browsers.push(chromium);
if (wanted.includes('firefox')) {
  if (!firefoxPath) throw new Error('Firefox ESR is not installed: apt-get install firefox-esr (.ci/run does this), or set LEGIBLE_BROWSERS=chromium');
  browsers.push(firefox);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  // Per browser; the CI machine has two cores.
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  middleware: [strictCspMiddleware, slowScriptMiddleware],
  plugins: [a11ySnapshotPlugin(), cdpEmulationPlugin(), esmBundlePlugin(), focusPagePlugin(), fuzzOptionsPlugin(), tailwindPlugin(), esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers,
};
