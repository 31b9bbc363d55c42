/**
 * Pictures a site paints as CSS backgrounds: a logo whose name is pushed out of its box
 * (`text-indent: -9999px`), icon buttons with hidden labels, a banner, a radio drawn with a picture.
 * Level 2 once took every background away, so an icon button showed an empty box and the logo and
 * banner vanished; level 1 covered the logo with a black box for a name nobody sees. Now, as under
 * the system's own high-contrast mode, a picture with no text shown on it stays as the site painted
 * it. Gradients, and large pictures under text (a hero's photo, a slide under a caption drawn in a
 * shadow tree, faux columns), still go at level 2.
 */
import { expect } from '@open-wc/testing';
import { describeViolations, loadFrame, nextFrames, removeFrame, styleOf, type Frame } from '../helpers/frame.js';
import { axeContrast, CONTRAST_RULES, failing, loadSaved, measureTexts, minimumFor, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-backgrounds.html';
const PICTURES = ['.logo', '.search', '.print', '.home', '.banner', '#round'];

describe('contrast levels and pictures painted as backgrounds', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  const style = (selector: string) => styleOf(frame!, selector);
  /** How a picture is painted: its image over its own background, inside its border. */
  const paint = (selector: string) => {
    const s = style(selector);
    const border = s.borderTopStyle === 'none' ? 'none' : s.borderTopColor;
    return `${s.backgroundImage.slice(0, 60)} ${s.backgroundColor} ${s.backgroundPosition} ${s.backgroundRepeat} ${border}`;
  };

  it('level 2 keeps each picture with no text shown on it exactly as the site painted it', async () => {
    frame = await loadFrame(FIXTURE);
    const before = PICTURES.map(paint);
    for (const picture of before) expect(picture).to.contain('url(');
    await setLevel(frame, 2);
    expect(PICTURES.map(paint)).to.deep.equal(before);
    // The logo's name stays where the site hid it, outside its box.
    const logo = frame.doc.querySelector('.logo')!;
    const range = frame.doc.createRange();
    range.selectNodeContents(logo.firstChild!);
    expect(range.getBoundingClientRect().right).to.be.below(logo.getBoundingClientRect().left);
  });

  it('level 2 saved from an earlier visit keeps the same pictures as the page loads', async () => {
    frame = await loadFrame(FIXTURE);
    const before = PICTURES.map(paint);
    removeFrame(frame);
    frame = await loadSaved(FIXTURE, 2);
    await nextFrames(frame.win, 1);
    expect(style('body').backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(PICTURES.map(paint)).to.deep.equal(before);
    expect(style('.hero').backgroundImage).to.equal('none');
  });

  it('level 2 takes a picture away once the site shows text on it', async () => {
    frame = await loadFrame(FIXTURE);
    await setLevel(frame, 2);
    const title = frame.doc.createElement('span');
    title.textContent = 'Province of Vân Lĩnh';
    frame.doc.querySelector('.banner')!.append(title);
    await nextFrames(frame.win, 3);
    expect(style('.banner').backgroundImage).to.equal('none');
    expect(failing(measureTexts(frame.doc), minimumFor[2])).to.deep.equal([]);
  });

  it('level 2 takes away gradients and large pictures under text, and the text on them is white on black', async () => {
    frame = await loadFrame(FIXTURE);
    await setLevel(frame, 2);
    for (const selector of ['.hero', '.slide', '.columns', '.on-own', '.ribbon']) expect(style(selector).backgroundImage, selector).to.equal('none');
    // A small icon beside a link's text is kept; the link is yellow and underlined.
    expect(style('.pdf').backgroundImage).to.contain('url(');
    expect(style('.pdf').color).to.equal('rgb(255, 255, 0)');
    const texts = measureTexts(frame.doc);
    expect(texts.map((t) => t.text)).to.include.members(['Services open on Saturdays', 'Ferries run again from Monday.', 'A notice printed on its own patterned pa']);
    expect(failing(texts, minimumFor[2])).to.deep.equal([]);
  });

  it('level 2 shows a checkbox drawn by the site checked or not, by its fill', async () => {
    frame = await loadFrame(FIXTURE);
    await setLevel(frame, 2);
    expect(style('#yes').backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style('#no').backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(style('#no').borderTopColor).to.equal('rgb(255, 255, 255)');
  });

  for (const level of [1, 2, -1] as const) {
    it(`level ${level}: every text reaches its ratio, and axe agrees`, async () => {
      frame = await loadFrame(FIXTURE);
      await setLevel(frame, level);
      // (At the soft level, text over a picture stays as the site drew it: its pixels are unknown.)
      expect(failing(measureTexts(frame.doc), minimumFor[level], level < 0)).to.deep.equal([]);
      const results = await axeContrast(frame, level < 0 ? ['color-contrast'] : CONTRAST_RULES);
      expect(results.violations, describeViolations(results)).to.deep.equal([]);
    });
  }

  it("level 1 keeps the logo's picture: its hidden name needs no backdrop", async () => {
    frame = await loadFrame(FIXTURE);
    const before = paint('.logo');
    await setLevel(frame, 1);
    expect(paint('.logo')).to.equal(before);
  });

  for (const level of [1, -1] as const) {
    it(`level ${level}: a hero painted by a small tile repeated (a pattern) changes whole, as a slice does: one colour, no boxes behind its words`, async () => {
      frame = await loadFrame(FIXTURE);
      await setLevel(frame, level);
      expect(style('.hero').backgroundImage).to.equal('none');
      expect(style('.hero').backgroundColor).to.match(/^rgb\(/);
      expect([style('.hero h2').backgroundColor, style('.hero p').backgroundColor]).to.deep.equal(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    });
  }

  it('level 2 treats pictures changed or added later the same way', async () => {
    frame = await loadFrame(FIXTURE);
    await setLevel(frame, 2);
    const expected = PICTURES.map(paint);
    const hero = paint('.hero');
    // The site toggles a state on the icon button and the hero, and adds a second search button.
    frame.doc.querySelector('.search')!.setAttribute('aria-expanded', 'true');
    frame.doc.querySelector('.hero')!.classList.add('seen');
    const late = frame.doc.createElement('button');
    late.className = 'search late';
    late.setAttribute('aria-label', 'Search again');
    frame.doc.querySelector('header')!.append(late);
    await nextFrames(frame.win, 3);
    expect(PICTURES.map(paint)).to.deep.equal(expected);
    expect(paint('.hero')).to.equal(hero);
    expect(paint('.late')).to.equal(paint('.search'));
  });

  it('level 0 after each level gives the page back exactly', async () => {
    frame = await loadFrame(FIXTURE);
    const snapshot = () => frame!.doc.documentElement.outerHTML + Array.from(frame!.doc.querySelectorAll('body *'), (el) => {
      const s = frame!.win.getComputedStyle(el);
      return `${s.color} ${s.backgroundColor} ${s.backgroundImage} ${s.borderTopColor}`;
    }).join();
    const before = snapshot();
    for (const level of [2, 1, -1, 2] as const) {
      await setLevel(frame, level);
      await setLevel(frame, 0);
      expect(snapshot(), `after level ${level}`).to.equal(before);
    }
  });
});
