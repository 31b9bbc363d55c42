/**
 * A page in the browser's own dark scheme (`<meta name="color-scheme" content="dark">`, no
 * background of its own): the browser paints a dark canvas and light text. The levels must measure
 * against that canvas, not the white one most pages have: "more contrast" once turned light text
 * into dark grey on it. The ratio walk composites over the canvas colour the browser itself reports.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { skipWithoutCdp } from '../helpers/browser.js';
import { describeViolations, loadFrame, nextFrames, removeFrame, runAxe, styleOf, type Frame } from '../helpers/frame.js';
import { canvasColorOf, cssRatio, failing, measureTexts, minimumFor, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-dark-scheme.html';
describe('contrast levels on a page in the browser dark scheme', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    removeFrame(frame);
    localStorage.clear();
    if (!navigator.userAgent.includes('Firefox/')) await emulateMedia({ colorScheme: 'light' });
  });

  it('the canvas really is dark and the page really fails at its own colours, so the checks below can fail', async () => {
    frame = await loadFrame(FIXTURE);
    const canvas = canvasColorOf(frame.doc);
    expect(cssRatio('#fff', canvas), canvas).to.be.greaterThan(12);
    const texts = measureTexts(frame.doc, canvas);
    expect(texts.length).to.be.greaterThan(6);
    expect(failing(texts, () => 4.5)).to.have.length.greaterThan(0);
    expect(failing(texts, () => 7)).to.have.length.greaterThan(2);
  });

  for (const level of [1, 2, -1] as const) {
    it(`level ${level}: every text reaches its ratio against the dark canvas, and axe agrees`, async () => {
      frame = await loadFrame(FIXTURE);
      const canvas = canvasColorOf(frame.doc);
      await setLevel(frame, level);
      expect(failing(measureTexts(frame.doc, canvas), minimumFor[level])).to.deep.equal([]);
      const results = await runAxe(frame, { runOnly: { type: 'rule', values: level === -1 ? ['color-contrast'] : ['color-contrast', 'color-contrast-enhanced'] } });
      expect(results.violations, describeViolations(results)).to.deep.equal([]);
      expect(frame.errors).to.deep.equal([]);
    });
  }

  it('level 1 keeps the light text that already passes, paints the canvas colour explicitly, and reset takes it back', async () => {
    frame = await loadFrame(FIXTURE);
    const canvas = canvasColorOf(frame.doc);
    const style = (selector: string) => styleOf(frame!, selector);
    const heading = style('h1').color;
    const rootBefore = style('html').backgroundColor;
    await setLevel(frame, 1);
    expect(style('h1').color).to.equal(heading);
    expect(cssRatio(style('.muted').color, canvas)).to.be.at.least(7);
    // Same pixels, but written down: axe and other checkers take a page without one to be white.
    expect(style('html').backgroundColor).to.equal(canvas);
    await setLevel(frame, 0);
    expect(style('html').backgroundColor).to.equal(rootBefore);
    expect(style('h1').color).to.equal(heading);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`a page that supports both schemes follows the reader's system (${scheme}) at level 1`, async function () {
      skipWithoutCdp(this, 'emulateMedia');
      await emulateMedia({ colorScheme: scheme });
      frame = await loadFrame(FIXTURE);
      frame.doc.querySelector<HTMLMetaElement>('meta[name=color-scheme]')!.content = 'light dark';
      await nextFrames(frame.win, 2);
      const canvas = canvasColorOf(frame.doc);
      expect(cssRatio('#fff', canvas) > 12, canvas).to.equal(scheme === 'dark');
      await setLevel(frame, 1);
      expect(failing(measureTexts(frame.doc, canvas), minimumFor[1])).to.deep.equal([]);
    });
  }

  it('the system turning dark between two visits to level 1 is read, not the level kept from the first', async function () {
    skipWithoutCdp(this, 'emulateMedia');
    await emulateMedia({ colorScheme: 'light' });
    frame = await loadFrame(FIXTURE);
    frame.doc.querySelector<HTMLMetaElement>('meta[name=color-scheme]')!.content = 'light dark';
    // A page of some length (a short one is read again whole, for the pointer's state, when a level is written back).
    const list = frame.doc.createElement('ul');
    list.innerHTML = '<li>Mục</li>'.repeat(40);
    frame.doc.body.append(list);
    await setLevel(frame, 1);
    await setLevel(frame, 0);
    await emulateMedia({ colorScheme: 'dark' });
    await nextFrames(frame.win, 2);
    await setLevel(frame, 1);
    // (Read after: the probe it adds to the page would throw the kept level away itself.)
    const canvas = canvasColorOf(frame.doc);
    expect(cssRatio('#fff', canvas), canvas).to.be.greaterThan(12);
    expect(failing(measureTexts(frame.doc, canvas), minimumFor[1])).to.deep.equal([]);
  });

  it('a short page dark by its body’s background keeps the canvas in the body’s colour at every level: no light band under it', async () => {
    frame = await loadFrame('/test/fixtures/contrast-dark-body.html', 800, 600);
    /** The colour the browser paints the canvas in (under and below the body): the root's, else the body's. */
    const canvas = () => {
      const root = styleOf(frame!, 'html').backgroundColor;
      return root === 'rgba(0, 0, 0, 0)' ? styleOf(frame!, 'body').backgroundColor : root;
    };
    expect(frame.doc.body.getBoundingClientRect().height, 'the body ends above the viewport’s foot').to.be.below(300);
    expect(canvas()).to.equal('rgb(15, 23, 42)');
    for (const level of [-1, 1, 2] as const) {
      await setLevel(frame, level);
      expect(canvas(), `level ${level}`).to.equal(styleOf(frame, 'body').backgroundColor);
      expect(cssRatio('#000', canvas()), `level ${level}: the canvas stays dark`).to.be.below(3);
      expect(failing(measureTexts(frame.doc), minimumFor[level]), `level ${level}`).to.deep.equal([]);
    }
    await setLevel(frame, 0);
    expect(canvas()).to.equal('rgb(15, 23, 42)');
  });

  it('the soft level keeps the order of dark surfaces raised one above another: none ends darker than what it lies on', async () => {
    frame = await loadFrame('/test/fixtures/contrast-dark-body.html', 800, 600);
    const steps = ['body', '.panel', '.card', '.chip'];
    const darkness = () => steps.map((selector) => cssRatio('#000', styleOf(frame!, selector).backgroundColor));
    const site = darkness();
    for (let i = 1; i < steps.length; i++) expect(site[i], `${steps[i]} above ${steps[i - 1]} at the site's colours`).to.be.above(site[i - 1]);
    await setLevel(frame, -1);
    const soft = darkness();
    // Each is lighter than at the site's colours (less glare), and still above what it lies on.
    steps.forEach((selector, i) => expect(soft[i], `${selector} softened`).to.be.above(site[i]));
    for (let i = 1; i < steps.length; i++) expect(soft[i], `${steps[i]} above ${steps[i - 1]}`).to.be.above(soft[i - 1]);
    expect(failing(measureTexts(frame.doc), minimumFor[-1])).to.deep.equal([]);
    await setLevel(frame, 0);
    expect(darkness()).to.deep.equal(site);
  });
});

