/**
 * The floating bar stands over the bottom of the viewport. Without room kept for it, a page's last
 * lines and links would stay under it however far the reader scrolls, and a link focused there would
 * be hidden (WCAG 2.4.11): on a phone-sized page, what the page ends with must end above the bar.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { skipWithoutCdp } from '../helpers/browser.js';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';

const FIXTURE = '/test/fixtures/floating-end.html';

describe('room for the floating bar at the end of the page', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  const rect = (selector: string): DOMRect => frame!.doc.querySelector(selector)!.getBoundingClientRect();

  it('scrolled to the end, the last line and link end above the bar (320 px wide)', async () => {
    frame = await loadFrame(FIXTURE, 320, 568);
    await nextFrames(frame.win, 3);
    const bar = rect('legible-bar');
    expect(bar.height, 'the floating bar is shown').to.be.greaterThan(40);
    frame.win.scrollTo(0, frame.doc.documentElement.scrollHeight);
    await nextFrames(frame.win, 2);
    const top = rect('legible-bar').top;
    expect(rect('#last-line').bottom, 'the last line').to.be.at.most(top);
    expect(rect('#last-link').bottom, 'the last link').to.be.at.most(top);
  });

  it('printed, the page shows no bar and keeps no room for it', async function () {
    skipWithoutCdp(this, 'emulateMedia');
    frame = await loadFrame(FIXTURE, 320, 568);
    await nextFrames(frame.win, 3);
    expect(frame.win.getComputedStyle(frame.doc.documentElement).paddingBottom).to.not.equal('0px');
    await emulateMedia({ media: 'print' });
    try {
      await nextFrames(frame.win, 2);
      expect(frame.win.getComputedStyle(frame.doc.querySelector('legible-bar')!).display).to.equal('none');
      expect(frame.win.getComputedStyle(frame.doc.documentElement).paddingBottom).to.equal('0px');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('a link focused at the end is scrolled clear of the bar, and the room goes with the bar', async () => {
    frame = await loadFrame(FIXTURE, 320, 568);
    await nextFrames(frame.win, 3);
    const ownPadding = '0px';
    frame.doc.querySelector<HTMLElement>('#last-link')!.focus();
    await nextFrames(frame.win, 2);
    expect(rect('#last-link').bottom).to.be.at.most(rect('legible-bar').top);
    frame.doc.querySelector('legible-bar')!.remove();
    await nextFrames(frame.win, 2);
    expect(frame.win.getComputedStyle(frame.doc.documentElement).paddingBottom).to.equal(ownPadding);
    expect(frame.win.getComputedStyle(frame.doc.documentElement).scrollPaddingBottom).to.equal('auto');
  });
});
