/**
 * Settings that survive: the saved choice is already in the first painted frame of the next
 * page, even for a stylesheet linked after the script that arrives late.
 */
import { expect } from '@open-wc/testing';
import { contrastRatio } from '../../src/core/color.js';
import { parseColor } from '../../src/core/color-parse.js';
import { loadFrame, removeFrame, type Frame } from '../helpers/frame.js';

/** What persist-first-frame.js saw in the first animation frame that contained the probe. */
interface FirstFrame {
  frames: number;
  readyState: string;
  fontSize: string;
  color: string;
  bodyBackground: string;
  sheets: number;
}

const ratio = (text: string, background: string): number => contrastRatio(parseColor(text)!, parseColor(background)!);

const firstFrameOf = (frame: Frame): FirstFrame => (frame.win as unknown as { firstFrame: FirstFrame }).firstFrame;

describe('persistence: the saved choice before the first paint', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.removeItem('legible'));
  afterEach(() => {
    removeFrame(frame);
    frame = undefined;
    localStorage.removeItem('legible');
  });

  it('shows the chosen text size and high contrast in the first frame, for a sheet linked after the script', async () => {
    localStorage.setItem('legible', '{"v":1,"textScale":1.5,"contrast":1}');
    frame = await loadFrame('/test/fixtures/persist-first-frame.html');
    const first = firstFrameOf(frame);
    expect(first, 'a frame showed the probe').to.not.equal(undefined);
    expect(first.readyState, 'the frame is painted while the page still loads').to.equal('loading');
    expect(first.sheets, 'persist.css has arrived').to.equal(1);
    // persist.css gives the probe 14px and #999 on white (2.8:1).
    expect(first.fontSize).to.equal('21px');
    expect(ratio(first.color, first.bodyBackground)).to.be.at.least(7);
    expect(frame.errors).to.deep.equal([]);
  });

  it('shows maximum contrast and 200% text in the first frame', async () => {
    localStorage.setItem('legible', '{"v":1,"textScale":2,"contrast":2}');
    frame = await loadFrame('/test/fixtures/persist-first-frame.html');
    const first = firstFrameOf(frame);
    expect(first.fontSize).to.equal('28px');
    expect(first.bodyBackground).to.equal('rgb(0, 0, 0)');
    expect(first.color).to.equal('rgb(255, 255, 255)');
  });

  it('shows 200% text in the first frame after a long first reading (a site with a very large sheet)', async () => {
    // Reading 20,000 rules when the size is applied takes more than a few frames; the sheet that
    // arrives next must still be read before its first frame, not wait for the page's turn.
    localStorage.setItem('legible', '{"v":1,"textScale":2}');
    frame = await loadFrame('/test/fixtures/persist-first-frame-large.html');
    const first = firstFrameOf(frame);
    expect(first.sheets, 'persist.css has arrived').to.equal(2);
    expect(first.fontSize).to.equal('28px');
  });

  it('leaves the first frame as the site made it when nothing is saved', async () => {
    frame = await loadFrame('/test/fixtures/persist-first-frame.html');
    const first = firstFrameOf(frame);
    expect(first.fontSize).to.equal('14px');
    expect(first.color).to.equal('rgb(153, 153, 153)');
  });
});
