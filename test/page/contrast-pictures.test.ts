/**
 * Text that lies on a picture element, not on a background: a slideshow caption positioned over
 * its `<img>`, a hero heading stacked on its picture in one grid cell, a caption fading the photo to
 * dark at its foot (a translucent gradient over unknown pixels). The walk alone decides such
 * text against the white behind the picture: level 1 turned the white caption grey on a dark photo.
 * Its pixels cannot be measured, so levels 1 and 2 give it a backdrop and the soft level leaves the
 * site's colour; text beside a picture (a floated photo, a card's title under its image, a label
 * with its own white surface over the photo) is decided as any other text.
 */
import { expect } from '@open-wc/testing';
import { describeViolations, loadFrame, nextFrames, removeFrame, runAxe, styleOf, type Frame } from '../helpers/frame.js';
import { cssRatio, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-pictures.html';
const ON_PICTURES = ['#caption-title', '#caption-credit', '#hero-title', '#fade-caption'];
const BESIDE_PICTURES = ['#beside-float', '#card', '#label'];

describe('contrast levels on text that lies on pictures', () => {
  let frame: Frame | undefined;
  const style = (selector: string) => styleOf(frame!, selector);
  /** What the reader sees right under the text: its own backdrop, none when transparent. */
  const backdrop = (selector: string): string => style(selector).backgroundColor;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  for (const level of [1, 2] as const) {
    it(`level ${level}: text on a picture gets an opaque backdrop it reaches ${level === 1 ? '7' : '15'}:1 on; text beside one gets none`, async () => {
      frame = await loadFrame(FIXTURE);
      await setLevel(frame, level);
      for (const selector of ON_PICTURES) {
        const { color, backgroundColor } = style(selector);
        // (Computed opaque colours read rgb(); translucent ones rgba().)
        expect(backgroundColor, `${selector} has an opaque backdrop`).to.match(/^rgb\(/);
        expect(cssRatio(color, backgroundColor), `${selector}: ${color} on ${backgroundColor}`).to.be.at.least(level === 1 ? 7 : 15);
      }
      // A caption's fade to dark over the photo is no surface of its own to measure on: the photo
      // under it is unknown, so the caption keeps its white, on black.
      expect(style('#fade-caption').color).to.equal('rgb(255, 255, 255)');
      expect(backdrop('#beside-float')).to.equal('rgba(0, 0, 0, 0)');
      expect(backdrop('#card')).to.equal('rgba(0, 0, 0, 0)');
      // Beside the pictures, text is measured against the page as usual.
      if (level === 1) {
        expect(backdrop('#label')).to.equal('rgb(255, 255, 255)');
        for (const selector of BESIDE_PICTURES) expect(cssRatio(style(selector).color, 'rgb(255, 255, 255)'), selector).to.be.at.least(7);
      }
      const results = await runAxe(frame, { runOnly: { type: 'rule', values: ['color-contrast', 'color-contrast-enhanced'] } });
      expect(results.violations, describeViolations(results)).to.deep.equal([]);
    });
  }

  it('level -1 leaves text on a photo as the site drew it, its shadow too; level 1 draws it plainly on its backdrop', async () => {
    frame = await loadFrame(FIXTURE);
    const shadow = style('#caption-title').textShadow;
    expect(shadow, 'the caption is drawn with a shadow').not.to.equal('none');
    await setLevel(frame, -1);
    expect(style('#caption-title').textShadow).to.equal(shadow);
    expect(style('#caption-title').color).to.equal('rgb(255, 255, 255)');
    await setLevel(frame, 1);
    expect(style('#caption-title').textShadow).to.equal('none');
  });

  it('level 1: a caption the site restyles later (a slideshow animating it in) keeps its backdrop', async () => {
    frame = await loadFrame(FIXTURE);
    await setLevel(frame, 1);
    // Only the caption changes, not its picture: the picture lies outside what is read again.
    frame.doc.querySelector('#caption-title')!.classList.add('animated');
    frame.doc.querySelector<HTMLElement>('#caption-credit')!.style.letterSpacing = '0.5px';
    await nextFrames(frame.win, 2);
    for (const selector of ['#caption-title', '#caption-credit']) {
      const { color, backgroundColor } = style(selector);
      expect(backgroundColor, `${selector} has an opaque backdrop`).to.match(/^rgb\(/);
      expect(cssRatio(color, backgroundColor), selector).to.be.at.least(7);
    }
  });

  it('level 1: a photo that arrives after its caption was read (no size until it loads) gives the caption a backdrop', async () => {
    frame = await loadFrame(FIXTURE);
    await setLevel(frame, 1);
    const photo = frame.doc.querySelector<HTMLImageElement>('#late-photo')!;
    expect(photo.getBoundingClientRect().height, 'no photo yet').to.equal(0);
    // The site's script (or the network) delivers it; no class or style changes.
    const loaded = new Promise((resolve) => photo.addEventListener('load', resolve, { once: true }));
    photo.src = frame.doc.querySelector<HTMLImageElement>('.slide img')!.src;
    await loaded;
    await nextFrames(frame.win, 2);
    const { color, backgroundColor } = style('#late-title');
    expect(backgroundColor, 'an opaque backdrop').to.match(/^rgb\(/);
    expect(cssRatio(color, backgroundColor)).to.be.at.least(7);
  });

  it('level -1 leaves text on a picture in the site’s own colours, and 0 gives the page back exactly', async () => {
    frame = await loadFrame(FIXTURE);
    const own = ON_PICTURES.map((selector) => [style(selector).color, backdrop(selector)]);
    await setLevel(frame, -1);
    expect(ON_PICTURES.map((selector) => [style(selector).color, backdrop(selector)])).to.deep.equal(own);
    await setLevel(frame, 1);
    await setLevel(frame, 0);
    expect(ON_PICTURES.map((selector) => [style(selector).color, backdrop(selector)])).to.deep.equal(own);
    expect(frame.doc.querySelectorAll('[data-legible-contrast]').length).to.equal(0);
  });
});
