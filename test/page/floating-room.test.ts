/**
 * The floating bar stands over the bottom of the viewport. Without room kept for it, a page's last
 * lines and links would stay under it however far the reader scrolls, and a link focused there would
 * be hidden (WCAG 2.4.11): on a phone-sized page, what the page ends with must end above the bar.
 *
 * It is in the top layer, above everything the page draws: a "back to top" button, a chat button or
 * a cookie notice fixed in the same corner would lie under it, out of a pointer's reach. The bar
 * rises over such a control while it shows and comes back to its corner when it goes; a layer fixed
 * over the whole page's height is no control and moves nothing.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { skipWithoutCdp } from '../helpers/browser.js';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';

const FIXTURE = '/test/fixtures/floating-end.html';
const WIDGETS = '/test/fixtures/floating-widgets.html';

let frame: Frame | undefined;
const rect = (selector: string): DOMRect => frame!.doc.querySelector(selector)!.getBoundingClientRect();

beforeEach(() => localStorage.clear());
afterEach(() => {
  removeFrame(frame);
  localStorage.clear();
});

describe('room for the floating bar at the end of the page', () => {
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

describe('the floating bar and the page’s own fixed controls', () => {
  /** Waits until `ready` holds (the bar looks again after a scroll, in the frame after it). */
  const until = async (ready: () => boolean): Promise<void> => {
    const end = performance.now() + 3000;
    while (!ready() && performance.now() < end) await nextFrames(frame!.win);
  };
  /** What a click at the centre of `selector` reaches. */
  const reached = (selector: string): Element | null => {
    const box = rect(selector);
    return frame!.doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  };

  it('rises over a chat button the page adds after it loaded, without a scroll; a fixed full-height panel moves nothing', async () => {
    frame = await loadFrame(WIDGETS, 1024, 700);
    await nextFrames(frame.win, 3);
    const corner = rect('legible-bar').bottom;
    // A side panel fixed over the whole height (a menu drawer) is no corner control.
    frame.doc.body.insertAdjacentHTML('beforeend', '<nav id="drawer" style="position: fixed; top: 0; right: 0; bottom: 0; width: 300px; background: #eee"><a href="#">Mục lục</a></nav>');
    frame.win.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(rect('legible-bar').bottom, 'beside the drawer').to.equal(corner);
    frame.doc.querySelector('#drawer')!.remove();
    // A chat button arrives late, with no scroll or resize after it: the bar looks again as the page settles.
    frame.doc.body.insertAdjacentHTML('beforeend', '<button id="chat" type="button" style="position: fixed; right: 24px; bottom: 24px; width: 120px; height: 40px">Hỏi đáp</button>');
    const end = performance.now() + 4000;
    while (rect('legible-bar').bottom > rect('#chat').top && performance.now() < end) await nextFrames(frame.win);
    expect(rect('legible-bar').bottom, 'above the chat button').to.be.at.most(rect('#chat').top);
    expect(reached('#chat')).to.equal(frame.doc.querySelector('#chat'));
  });

  for (const [width, height] of [[1024, 700], [320, 568]]) {
    it(`rises over a "back to top" button shown on scrolling, and comes back when it goes (${width} px)`, async () => {
      frame = await loadFrame(WIDGETS, width, height);
      await nextFrames(frame.win, 3);
      const corner = rect('legible-bar').bottom;
      // A full-page layer fixed behind the content does not move the bar.
      expect(corner, 'in its corner at first').to.be.above(height - 20);
      frame.win.scrollTo(0, 400);
      await until(() => rect('legible-bar').bottom < rect('#to-top').top);
      expect(rect('legible-bar').bottom, 'above the button').to.be.at.most(rect('#to-top').top);
      expect(reached('#to-top'), 'a click reaches the button').to.equal(frame.doc.querySelector('#to-top'));
      // Scrolled to the end, the page's last line still ends above the risen bar.
      frame.win.scrollTo(0, frame.doc.documentElement.scrollHeight);
      await nextFrames(frame.win, 3);
      expect(rect('#last-line').bottom, 'the last line').to.be.at.most(rect('legible-bar').top);
      frame.win.scrollTo(0, 0);
      await until(() => rect('legible-bar').bottom === corner);
      expect(rect('legible-bar').bottom, 'back in its corner').to.equal(corner);
    });
  }
});
