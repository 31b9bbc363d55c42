/**
 * States a site shows by a background alone, and tells assistive technology by ARIA: the current
 * page of a menu and of a pager, the selected tab, a pressed toggle, the checked choice of a
 * segmented control, a button drawn by the label after a checked, visually hidden radio (Bootstrap 5's
 * `btn-check`), jQuery UI's open accordion header (`ui-state-active`). Level 2's sheet takes every background away, so the current page looked like
 * every other one (Bootstrap's pager, tabs and list groups alike). Each now keeps a mark at level
 * 2: a white bar along its foot. A logo kept as its picture gets none. Choices drawn by the state
 * of their radio change with no mutation: at levels 1 and -1 they are read again on each pick.
 */
import { expect } from '@open-wc/testing';
import { describeViolations, loadFrame, nextFrames, removeFrame, styleOf, type Frame } from '../helpers/frame.js';
import { axeContrast, cssRatio, failing, loadSaved, measureTexts, minimumFor, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-states.html';
/** Each state, and a sibling of the same kind without it. */
const PAIRS = [
  ['.fees', '.home'],
  ['.page1', '.page2'],
  ['.tab-now', '.tab-last'],
  ['.bold', '.audio'],
  ['.monthly', '.yearly'],
  ['.old-1 > span', '.old-2 > a'],
  ['.drop-2 > a', '.drop-1 > a'],
  ['#size-s + .btn', '#size-l + .btn'],
  ['.acc-open', '.acc-shut'],
] as const;
/** `aria-current="false"` and an empty one are no state, nor a pane shown by `.active`. */
const NO_STATE = ['.home', '.forms', '.news', '.page2', '.page3', '.tab-last', '.audio', '.yearly', '.old-2 > a', '.drop-1 > a', '.pane', '#size-l + .btn', '.acc-shut'];
const BAR = 'rgb(255, 255, 255) 0px -4px 0px 0px inset';

describe('contrast levels and states a site shows by colour alone', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  /** What a reader sees of an element and its links: colours, borders, shadows, outline, weight, underline. */
  const look = (selector: string) =>
    [frame!.doc.querySelector(selector)!, ...frame!.doc.querySelectorAll(`${selector} a`)]
      .map((el) => {
        const s = frame!.win.getComputedStyle(el);
        return [s.color, s.backgroundColor, s.backgroundImage, s.borderColor, s.borderWidth, s.borderStyle, s.boxShadow, s.outline, s.fontWeight, s.textDecorationLine].join(' ');
      })
      .join(' | ');
  const statesShow = () => {
    for (const [state, other] of PAIRS) expect(look(state), `${state} looks unlike ${other}`).not.to.equal(look(other));
    for (const [state] of PAIRS) {
      const shadow = styleOf(frame!, state).boxShadow;
      expect(shadow, state).to.equal(BAR);
      // The bar is white on the black page: 21:1.
      expect(cssRatio(shadow.slice(0, shadow.indexOf(')') + 1), styleOf(frame!, 'body').backgroundColor)).to.equal(21);
    }
    for (const selector of NO_STATE) expect(styleOf(frame!, selector).boxShadow, selector).to.equal('none');
    expect(styleOf(frame!, '.logo').boxShadow, 'the logo, kept as its picture').to.equal('none');
    // A button that cannot act, greyed out by the site, is drawn dashed; one that can, solid.
    expect(look('.off')).not.to.equal(look('.audio'));
    expect([styleOf(frame!, '.off').borderTopStyle, styleOf(frame!, '.audio').borderTopStyle]).to.deep.equal(['dashed', 'solid']);
    expect(styleOf(frame!, '.logo').backgroundColor).to.equal('rgb(0, 170, 85)');
    expect(failing(measureTexts(frame!.doc), minimumFor[2])).to.deep.equal([]);
  };

  it('each state looks unlike its siblings at level 0, so the checks below can fail', async () => {
    frame = await loadFrame(FIXTURE);
    for (const [state, other] of PAIRS) expect(look(state), state).not.to.equal(look(other));
  });

  it('level 2 marks the current page, the selected tab, the pressed toggle and the checked choice with a white bar', async () => {
    frame = await loadFrame(FIXTURE);
    await setLevel(frame, 2);
    statesShow();
    const results = await axeContrast(frame);
    expect(results.violations, describeViolations(results)).to.deep.equal([]);
    // A pick moves the radio's bar with it.
    frame.doc.querySelector<HTMLElement>('#size-l')!.click();
    expect(styleOf(frame, '#size-l + .btn').boxShadow).to.equal(BAR);
    expect(styleOf(frame, '#size-s + .btn').boxShadow).to.equal('none');
  });

  it('level 2 keeps a transparent border transparent on a menu’s items, links and tabs (a slot for the current one’s underline): drawn white, each would look current', async () => {
    frame = await loadFrame(FIXTURE);
    await setLevel(frame, 2);
    for (const selector of ['.slot-other', '.slot-tab']) expect(styleOf(frame, selector).borderBottomColor, selector).to.equal('rgba(0, 0, 0, 0)');
    expect(styleOf(frame, '.slot-now').borderBottomColor).to.equal('rgb(255, 255, 255)');
    expect(styleOf(frame, '.slot-now').boxShadow).to.equal(BAR);
    await setLevel(frame, 0);
    expect(styleOf(frame, '.slot-now').borderBottomColor).to.equal('rgb(255, 208, 75)');
  });

  it('level 2 saved on an earlier visit marks the same states, and follows the site when they move', async () => {
    frame = await loadSaved(FIXTURE, 2);
    statesShow();
    // The site's script selects the other tab and presses the other toggle.
    const [now, last] = ['.tab-now', '.tab-last'].map((selector) => frame!.doc.querySelector(selector)!);
    now.setAttribute('aria-selected', 'false');
    last.setAttribute('aria-selected', 'true');
    frame.doc.querySelector('.audio')!.setAttribute('aria-pressed', 'true');
    await nextFrames(frame.win, 2);
    expect(styleOf(frame, '.tab-now').boxShadow).to.equal('none');
    expect(styleOf(frame, '.tab-last').boxShadow).to.equal(BAR);
    expect(styleOf(frame, '.audio').boxShadow).to.equal(BAR);
  });

  for (const level of [1, -1] as const) {
    it(`level ${level}: choices drawn by the state of their radio (a card holding it, a label after a hidden one) are read again when the reader picks another`, async () => {
      frame = await loadFrame(FIXTURE);
      await setLevel(frame, level);
      const choices = () => measureTexts(frame!.doc).filter((t) => t.element.closest('.cards, .btn'));
      expect(choices().length).to.equal(6);
      expect(failing(choices(), minimumFor[level])).to.deep.equal([]);
      // Each pick unchecks the other radio of its group, which gets no event of its own.
      for (const pick of ['.card-2 input', '#size-l', '.card-1 input', '#size-s']) {
        frame.doc.querySelector<HTMLElement>(pick)!.click();
        await nextFrames(frame.win, 2);
        expect(failing(choices(), minimumFor[level]), `after picking ${pick}`).to.deep.equal([]);
      }
      const results = await axeContrast(frame, level === -1 ? ['color-contrast'] : undefined);
      expect(results.violations, describeViolations(results)).to.deep.equal([]);
    });
  }

  it('levels 1 and -1 keep the site’s own way of showing them, and level 0 gives the page back', async () => {
    frame = await loadFrame(FIXTURE);
    const before = PAIRS.flat().map(look);
    for (const level of [1, -1] as const) {
      await setLevel(frame, level);
      for (const [state] of PAIRS) expect(styleOf(frame, state).boxShadow, `${state} at level ${level}`).to.equal('none');
      for (const [state, other] of PAIRS) expect(look(state), `${state} at level ${level}`).not.to.equal(look(other));
    }
    await setLevel(frame, 2);
    await setLevel(frame, 0);
    expect(PAIRS.flat().map(look)).to.deep.equal(before);
  });
});
