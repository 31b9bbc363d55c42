/**
 * `?legible-text=2&legible-contrast=1`: tools that cannot click (audits, screenshots, links in a
 * QA ticket) set a state for one page view, and the reader's saved choice stays as it was.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';

const PAGE = '/test/fixtures/script-head.html';
const SAVED = '{"v":1,"textScale":1.25,"contrast":2}';

const fontSize = (frame: Frame, selector: string): number =>
  parseFloat(frame.win.getComputedStyle(frame.doc.querySelector(selector)!).fontSize);
const background = (frame: Frame): string => frame.win.getComputedStyle(frame.doc.body).backgroundColor;

describe('URL parameters legible-text and legible-contrast', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('set the state of this page view over the saved choice, and save nothing', async () => {
    localStorage.setItem('legible', SAVED);
    frame = await loadFrame(`${PAGE}?legible-text=2&legible-contrast=1`);
    expect(frame.errors).to.deep.equal([]);
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 2, contrast: 1 });
    expect(fontSize(frame, '#probe')).to.equal(28);
    expect(background(frame)).to.not.equal('rgb(0, 0, 0)'); // level 1, not the saved level 2
    expect(localStorage.getItem('legible')).to.equal(SAVED);
  });

  it('keep changes made during that page view out of storage too, reset included', async () => {
    localStorage.setItem('legible', SAVED);
    frame = await loadFrame(`${PAGE}?legible-contrast=2`);
    frame.win.Legible!.increaseText();
    await nextFrames(frame.win);
    expect(fontSize(frame, '#probe')).to.equal(15.75);
    frame.win.Legible!.reset();
    expect(localStorage.getItem('legible')).to.equal(SAVED);
  });

  it('leave the next page view without parameters on the saved choice', async () => {
    localStorage.setItem('legible', SAVED);
    frame = await loadFrame(`${PAGE}?legible-text=2`);
    // An absent parameter means the default, not the saved value: the URL describes the whole state.
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 2, contrast: 0 });
    removeFrame(frame);
    frame = await loadFrame(PAGE);
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 1.25, contrast: 2 });
    expect(fontSize(frame, '#probe')).to.equal(17.5);
    expect(background(frame)).to.equal('rgb(0, 0, 0)');
  });

  it('snap and clamp like set(), and ignore values that are not numbers', async () => {
    frame = await loadFrame(`${PAGE}?legible-text=9&legible-contrast=-1`);
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 2, contrast: -1 });
    removeFrame(frame);
    frame = await loadFrame(`${PAGE}?legible-text=1.3&legible-contrast=big`);
    expect(frame.errors).to.deep.equal([]);
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 1.25, contrast: 0 });
    expect(fontSize(frame, '#probe')).to.equal(17.5);
  });

  it('are ignored by other parameters of the page', async () => {
    localStorage.setItem('legible', SAVED);
    frame = await loadFrame(`${PAGE}?page=2&q=legible`);
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 1.25, contrast: 2 });
  });
});
