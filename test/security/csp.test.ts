/**
 * A strict government host: the fixture pages are served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
 * (middleware in web-test-runner.config.mjs). Every button and every level must work there
 * with zero policy violations, and Legible must request nothing but its own file.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';
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

      // The engines did their work under the policy, not just the store.
      frame.win.Legible!.set({ textScale: 2, contrast: 2 });
      await nextFrames(frame.win, 2);
      expect(fontSize(frame, '#probe')).to.equal(28);
      expect(frame.win.getComputedStyle(frame.doc.body).backgroundColor).to.equal('rgb(0, 0, 0)');
      frame.win.Legible!.set({ textScale: 1.5, contrast: 1 });
      await nextFrames(frame.win, 2);
      expect(fontSize(frame, '#probe')).to.equal(21);
      expect(frame.win.getComputedStyle(frame.doc.querySelector('.grey')!).color).to.not.equal('rgb(153, 153, 153)');
      frame.win.Legible!.reset();
      await nextFrames(frame.win, 2);

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
    if ('trustedTypes' in frame.win) {
      // And a string assigned to innerHTML, refused by Trusted Types.
      let refusal: unknown;
      try {
        frame.doc.body.innerHTML = '<b>markup</b>';
      } catch (error) {
        refusal = error;
      }
      expect((refusal as Error | undefined)?.name).to.equal('TypeError');
    }
  });
});

describe('no network', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('requests only the page’s own files, before and after every button is pressed', async () => {
    frame = await loadFrame('/test/fixtures/csp-floating.html');
    // The resource timeline of a page keeps 250 entries by default: far more than this page makes.
    expect(requested(frame).sort()).to.deep.equal([...PAGE_FILES].sort());
    await pressEverything(frame);
    frame.win.Legible!.set({ textScale: 2, contrast: 2 });
    await nextFrames(frame.win, 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requested(frame).sort(), 'nothing more after using the bar').to.deep.equal([...PAGE_FILES].sort());
  });
});
