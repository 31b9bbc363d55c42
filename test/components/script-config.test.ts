/**
 * The script tag speaks the same words as the elements and Legible.configure: data-lang,
 * data-controls, data-size, data-corner, data-text-steps, and a mount chosen after the script.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, removeFrame, type Frame } from '../helpers/frame.js';

const visibleTexts = (bar: Element): string[] =>
  Array.from(bar.shadowRoot!.querySelectorAll('button')).map((b) =>
    Array.from(b.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );

describe('configuration from the script tag', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('data-lang, data-controls, data-size, data-corner and data-text-steps', async () => {
    frame = await loadFrame('/test/fixtures/script-config.html');
    expect(frame.errors).to.deep.equal([]);
    const bar = frame.doc.querySelector('legible-bar')!;
    expect(visibleTexts(bar)).to.deep.equal(['More contrast', 'Less contrast', 'A-', 'A', 'A+']);
    const box = bar.getBoundingClientRect();
    expect(box.left, 'the start corner').to.be.below(40);
    const first = bar.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(first.height, 'large buttons').to.be.at.least(44);
    expect(frame.win.Legible!.steps().textSteps).to.deep.equal([1, 1.5, 2]);
    expect(frame.win.Legible!.increaseText().textScale).to.equal(1.5);
  });

  it('Legible.configure({ mount, strings }) from a later script places and words the bar', async () => {
    frame = await loadFrame('/test/fixtures/script-configure-mount.html');
    expect(frame.errors).to.deep.equal([]);
    const bars = frame.doc.querySelectorAll('legible-bar');
    expect(bars).to.have.length(1);
    expect(bars[0].parentElement!.id).to.equal('late-tools');
    expect(bars[0].hasAttribute('position')).to.equal(false);
    expect(visibleTexts(bars[0]).pop()).to.equal('Start over');
  });
});
