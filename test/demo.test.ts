/**
 * The demo article as a whole page: axe at the site's own colours finds only the deliberate
 * grey-on-white failures, and at contrast levels 1 and 2 nothing at all, at every text size.
 */
import { expect } from '@open-wc/testing';
import { describeViolations, loadFrame, nextFrames, removeFrame, runAxe, type Frame } from './helpers/frame.js';

describe('demo pages under axe', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('demo/index.html: at the site colours only the deliberate contrast failures', async () => {
    frame = await loadFrame('/demo/index.html');
    expect(frame.doc.querySelector('#legible-slot legible-bar'), 'the bar sits in the tool strip').to.not.equal(null);
    const results = await runAxe(frame);
    expect(results.violations.map((v) => v.id)).to.deep.equal(['color-contrast']);
  });

  for (const textScale of [1, 2]) {
    for (const contrast of [1, 2, -1]) {
      it(`demo/index.html: zero violations at text ${textScale}, contrast ${contrast}`, async () => {
        frame = await loadFrame('/demo/index.html');
        frame.win.Legible!.set({ textScale, contrast });
        await nextFrames(frame.win, 2);
        const results = await runAxe(frame);
        expect(results.violations, describeViolations(results)).to.have.length(0);
      });
    }
  }

  it('demo/index.html: high contrast holds when the text shrinks back (large text at 200% is small again at 100%)', async () => {
    frame = await loadFrame('/demo/index.html');
    frame.win.Legible!.set({ textScale: 2, contrast: 1 });
    await nextFrames(frame.win, 2);
    frame.win.Legible!.set({ textScale: 1 });
    await nextFrames(frame.win, 2);
    const results = await runAxe(frame, { runOnly: { type: 'rule', values: ['color-contrast', 'color-contrast-enhanced'] } });
    expect(describeViolations(results)).to.equal('');
  });

  it('demo/index.html: high contrast holds when the text grows after it', async () => {
    frame = await loadFrame('/demo/index.html');
    frame.win.Legible!.set({ textScale: 0.875, contrast: 1 });
    await nextFrames(frame.win, 2);
    frame.win.Legible!.set({ textScale: 2 });
    await nextFrames(frame.win, 2);
    const results = await runAxe(frame, { runOnly: { type: 'rule', values: ['color-contrast', 'color-contrast-enhanced'] } });
    expect(describeViolations(results)).to.equal('');
  });

  it('demo/en.html: zero violations, with the floating bar', async () => {
    frame = await loadFrame('/demo/en.html');
    expect(frame.doc.querySelector('legible-bar[position="floating"]')).to.not.equal(null);
    const results = await runAxe(frame);
    expect(results.violations, describeViolations(results)).to.have.length(0);
  });
});
