/**
 * A strict government host: the fixture pages are served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
 * (middleware in web-test-runner.config.mjs). Every button and every level must work there
 * with zero policy violations, and Legible must request nothing but its own file.
 */
import { expect } from '@open-wc/testing';
import { FIREFOX_LACKS, skipInFirefox } from '../helpers/browser.js';
import { loadFrame, nextFrames, removeFrame, styleOf, type Frame } from '../helpers/frame.js';
import { pressEverything, securityRecord } from './security-helpers.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const fontSize = (frame: Frame, selector: string): number =>
  parseFloat(frame.win.getComputedStyle(frame.doc.querySelector(selector)!).fontSize);

/** The test server adds its own reload socket script to every HTML page it serves; it is not the page's. */
const TEST_SERVER_FILE = '/__web-dev-server__web-socket.js';

/** Every file the page requested after the document itself, as same-origin paths or full URLs. */
const requested = (frame: Frame): string[] =>
  frame.win.performance
    .getEntriesByType('resource')
    .map((entry) => {
      const url = new URL(entry.name);
      return url.origin === location.origin ? url.pathname : url.href;
    })
    .filter((file) => file !== TEST_SERVER_FILE);

const GREY = 'rgb(153, 153, 153)';
const TRANSPARENT = 'rgba(0, 0, 0, 0)';
type Style = (selector: string) => CSSStyleDeclaration;
/** Each contrast level with a text step, and what a reader sees of it on the fixture pages. */
const STATES: Array<{ settings: { textScale: number; contrast: -1 | 0 | 1 | 2 }; fontPx: number; colours: (style: Style, state: string) => void }> = [
  {
    settings: { textScale: 2, contrast: 2 },
    fontPx: 28,
    colours: (style, state) => {
      expect(style('body').backgroundColor, state).to.equal('rgb(0, 0, 0)');
      expect(style('#probe').color, state).to.equal('rgb(255, 255, 255)');
      expect(style('.forced').color, `${state}: a layered !important grey, set in its style attribute`).to.equal('rgb(255, 255, 255)');
    },
  },
  {
    settings: { textScale: 1.5, contrast: 1 },
    fontPx: 21,
    colours: (style, state) => {
      expect(style('.grey').color, `${state}: the light grey is darkened`).to.not.equal(GREY);
      expect(style('.forced').color, `${state}: a layered !important grey too, in its style attribute`).to.not.equal('rgb(170, 170, 170)');
    },
  },
  {
    settings: { textScale: 0.875, contrast: -1 },
    fontPx: 12.25,
    colours: (style, state) => {
      expect(style('html').backgroundColor, `${state}: a calmer background`).to.not.equal(TRANSPARENT);
      expect(style('#probe').color, `${state}: softer text`).to.not.equal('rgb(0, 0, 0)');
    },
  },
];

const FIXTURES = [
  { page: '/test/fixtures/csp-floating.html', position: 'floating' },
  { page: '/test/fixtures/csp-mount.html', position: 'inline in #tools' },
];
const PAGE_FILES = ['/test/fixtures/csp-recorder.js', '/dist/legible.min.js', '/test/fixtures/plain.css'];

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    frame = undefined;
    localStorage.clear();
  });

  it('the fixtures really are served with the strict policy', async () => {
    for (const { page } of FIXTURES) {
      const response = await fetch(page);
      expect(response.headers.get('content-security-policy'), page).to.equal(STRICT_CSP);
    }
  });

  for (const { page, position } of FIXTURES) {
    it(`every button and level works with zero violations (${position} bar)`, async () => {
      frame = await loadFrame(page);
      const record = securityRecord(frame);
      expect(frame.doc.querySelectorAll('legible-bar')).to.have.length(1);
      expect(fontSize(frame, '#probe')).to.equal(14);

      const seen = await pressEverything(frame);
      const scales = new Set(seen.map((s) => s.textScale));
      const levels = new Set(seen.map((s) => s.contrast));
      expect([...scales].sort(), 'every text step was reached').to.deep.equal([0.875, 1, 1.125, 1.25, 1.5, 1.75, 2]);
      expect([...levels].sort(), 'every contrast level was reached').to.deep.equal([-1, 0, 1, 2]);

      // The engines did their work under the policy, not just the store: every level, three sizes.
      const style = (selector: string) => styleOf(frame!, selector);
      for (const { settings, fontPx, colours } of STATES) {
        frame.win.Legible!.set(settings);
        await nextFrames(frame.win, 2);
        const state = JSON.stringify(settings);
        expect(fontSize(frame, '#probe'), state).to.equal(fontPx);
        colours(style, state);
      }
      frame.win.Legible!.reset();
      await nextFrames(frame.win, 2);
      expect(fontSize(frame, '#probe'), 'after reset').to.equal(14);
      expect(style('.grey').color, 'after reset').to.equal(GREY);
      expect(style('html').backgroundColor, 'after reset').to.equal(TRANSPARENT);

      const bar = frame.doc.querySelector('legible-bar')!;
      if (position === 'floating' && 'showPopover' in bar) expect(bar.matches(':popover-open'), 'in the top layer').to.equal(true);
      // Violation reports are queued as tasks: let the last ones arrive.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(record.violations, 'policy violations').to.deep.equal([]);
      expect(record.errors, 'uncaught errors').to.deep.equal([]);
    });
  }

  it('notices a violation when there is one (the recorder can fail the test)', async () => {
    frame = await loadFrame('/test/fixtures/csp-floating.html');
    const record = securityRecord(frame);
    // What Legible must never do: a style attribute written as markup.
    frame.doc.body.setAttribute('style', 'outline: 1px solid red');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(record.violations.join('\n')).to.match(/style-src/);
  });

  it('Trusted Types are enforced: a string assigned to innerHTML is refused', async function () {
    skipInFirefox(this, FIREFOX_LACKS.trustedTypes);
    frame = await loadFrame('/test/fixtures/csp-floating.html');
    expect('trustedTypes' in frame.win).to.equal(true);
    let refusal: unknown;
    try {
      frame.doc.body.innerHTML = '<b>markup</b>';
    } catch (error) {
      refusal = error;
    }
    expect((refusal as Error | undefined)?.name).to.equal('TypeError');
    expect(frame.doc.querySelector('b')).to.equal(null);
  });
});

describe('no network', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  for (const { page, position } of FIXTURES) {
    it(`requests only the page’s own files, in every state (${position} bar)`, async () => {
      frame = await loadFrame(page);
      // The resource timeline of a page keeps 250 entries by default: far more than this page makes.
      expect(requested(frame).sort()).to.deep.equal([...PAGE_FILES].sort());
      await pressEverything(frame);
      for (const { settings } of STATES) {
        frame.win.Legible!.set(settings);
        await nextFrames(frame.win, 2);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requested(frame).sort(), 'nothing more after every step, level and reset').to.deep.equal([...PAGE_FILES].sort());
    });
  }
});
