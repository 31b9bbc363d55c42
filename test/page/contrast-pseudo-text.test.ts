/**
 * Level 2 and text that CSS writes itself (`content:` of `::before` and `::after`), which its
 * sheet does not reach: a breadcrumb's divider, a pager's ellipsis, a required mark, each in a
 * colour of its own, reach 15:1 on black in their hue; text that inherits its element's colour
 * turns white with it. Each kind of box is asked a few times, not every box.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, nextFrames, removeFrame, styleOf, type Frame } from '../helpers/frame.js';
import { cssRatio, readsDuring, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-pseudo-text.html';
const BLACK = 'rgb(0, 0, 0)';
/** Each text CSS writes: its box and part. */
const WRITTEN: [selector: string, part: string][] = [
  ['.crumbs li:nth-child(2)', '::before'],
  ['.crumbs li:nth-child(3)', '::before'],
  ['.pager .gap', '::before'],
  ['label.required', '::after'],
  ['.note', '::before'],
  ['.star.on', '::before'],
  ['.star:not(.on)', '::before'],
];

describe('contrast level 2 and text written by ::before and ::after', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });
  const colorOf = ([selector, part]: [string, string]) => styleOf(frame!, selector, part).color;

  it('lifts each to 15:1 on black in its hue, keeps a rating’s stars apart, and gives the site’s colours back at level 0', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    const site = WRITTEN.map(colorOf);
    // (The divider, ellipsis and mark would be dark or dim on black as the site wrote them.)
    expect(WRITTEN.slice(0, 4).map((w, i) => cssRatio(site[i], BLACK) < 15), 'dim on black').to.deep.equal([true, true, true, true]);
    await setLevel(frame, 2);
    for (const written of WRITTEN) expect(cssRatio(colorOf(written), BLACK), written.join('')).to.be.at.least(15);
    const [on, off] = [colorOf(['.star.on', '::before']), colorOf(['.star:not(.on)', '::before'])];
    expect(on, 'a lit star stays apart from an unlit one').not.to.equal(off);
    expect(on.match(/\d+/g)!.map(Number)[2], 'a lit star keeps its hue (less blue than red)').to.be.below(on.match(/\d+/g)!.map(Number)[0]);
    // A step's number in the white disc its ::before draws stays dark on the disc.
    const step = styleOf(frame, '.steps li', '::before');
    expect(cssRatio(step.color, step.backgroundColor), 'step number on its disc').to.be.at.least(15);
    await setLevel(frame, 0);
    expect(WRITTEN.map(colorOf)).to.deep.equal(site);
  });

  it('asks each kind of box a few times: a list of 200 items costs no more pseudo-element reads than one of 3', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    const list = frame.doc.querySelector('.items')!;
    const readsWith = async (count: number) => {
      list.innerHTML = '<li>Mục</li>'.repeat(count);
      // (The change throws away the reading kept from the last time.)
      await nextFrames(frame!.win);
      const reads = await readsDuring(frame!, () => setLevel(frame!, 2), true);
      await setLevel(frame!, 0);
      return reads;
    };
    expect(await readsWith(200)).to.equal(await readsWith(3));
  });
});
