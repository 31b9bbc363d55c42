/**
 * Boxes a site positions over its own text (a sticky header, dropdowns, a fixed notice, a tooltip,
 * a frosted bar three quarters opaque) keep an opaque surface at level 2, black, or the text under them would show through their own.
 * Level 2's sheet hides every background the site paints, so a part read again while it is on
 * (a dropdown the site opens with a class, a tooltip added later, the whole page while a level
 * saved on an earlier visit applies during loading) once read every surface as transparent, and
 * the menu's items were drawn over the paragraph under them.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, nextFrames, removeFrame, styleOf, type Frame } from '../helpers/frame.js';
import { failing, loadSaved, measureTexts, minimumFor, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-surfaces.html';
/** Out of the flow, or in a box that is, with an opaque colour of their own: they hide what lies under them. */
const SURFACES = ['.masthead', '.open-at-load', '.notice', '.dialog-box', '.dialog-panel'];
/** Out of the flow with content, on a background at least half opaque: what scrolls under it shows only faintly. */
const FROSTED = '.frosted';
/** See-through, in the flow (a relatively positioned card covers nothing), or an empty tint: nothing to hide. */
const SEE_THROUGH = ['.nav', '.column', '.photo', '.photo a', '.dialog', '.card', '.scrim'];

describe('contrast level 2 and surfaces that lie over other content', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  const background = (selector: string) => styleOf(frame!, selector).backgroundColor;
  /** The element drawn on top at the middle of `selector`'s first line (its box scrolled into view). */
  const onTop = (selector: string) => {
    const el = frame!.doc.querySelector(selector)!;
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    return frame!.doc.elementFromPoint(box.left + 8, box.top + 12)!;
  };
  const surfacesAreBlack = (selectors: string[]) => {
    for (const selector of selectors) expect(background(selector), selector).to.equal('rgb(0, 0, 0)');
    for (const selector of SEE_THROUGH) expect(background(selector), selector).to.equal('rgba(0, 0, 0, 0)');
    expect(failing(measureTexts(frame!.doc), minimumFor[2])).to.deep.equal([]);
  };
  /** The site's script opens the second menu with a class, and shows a tooltip over the text. */
  const siteChangesPage = async () => {
    const doc = frame!.doc;
    doc.querySelector('.opened-later')!.classList.remove('closed');
    doc.querySelector('[aria-expanded]')!.setAttribute('aria-expanded', 'true');
    const tip = doc.createElement('div');
    tip.className = 'tip';
    tip.textContent = 'Offices open at 7:30 from Monday.';
    doc.querySelector('main p')!.before(tip);
    await nextFrames(frame!.win, 3);
  };

  it('the site paints each surface opaque and each see-through box transparent (level 0)', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    for (const selector of SURFACES) expect(background(selector), selector).to.match(/^rgb\(/);
    expect(background(FROSTED)).to.equal('rgba(255, 255, 255, 0.75)');
    expect(background('.scrim')).to.equal('rgba(0, 0, 0, 0.5)');
    for (const selector of SEE_THROUGH.slice(0, 5)) expect(background(selector), selector).to.equal('rgba(0, 0, 0, 0)');
    expect(onTop('.open-at-load li').closest('.dropdown'), 'the open menu covers the text under it').to.not.equal(null);
  });

  it('level 2 paints each surface black', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    await setLevel(frame, 2);
    surfacesAreBlack([...SURFACES, FROSTED]);
  });

  it('level 2 saved on an earlier visit paints each surface black while the page loads', async () => {
    frame = await loadSaved(FIXTURE, 2);
    surfacesAreBlack([...SURFACES, FROSTED]);
  });

  it('level 2 paints black a menu the site opens later and a tooltip it adds, and each stays so when the site changes it again', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    await setLevel(frame, 2);
    await siteChangesPage();
    surfacesAreBlack([...SURFACES, '.opened-later', '.tip']);
    // Read again: a class the site toggles on a surface already black.
    for (const selector of ['.masthead', '.tip']) frame.doc.querySelector(selector)!.classList.add('seen');
    await nextFrames(frame.win, 3);
    surfacesAreBlack([...SURFACES, '.opened-later', '.tip']);
  });

  it('after a saved level 2, reset gives every surface back the site’s colour and takes every mark away', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    const before = [...SURFACES, FROSTED].map(background);
    removeFrame(frame);
    frame = await loadSaved(FIXTURE, 2);
    await siteChangesPage();
    await setLevel(frame, 0);
    expect([...SURFACES, FROSTED].map(background)).to.deep.equal(before);
    expect(background('.tip')).to.equal('rgb(255, 255, 224)');
    expect(frame.doc.querySelectorAll('[data-legible-contrast]').length).to.equal(0);
  });
});
