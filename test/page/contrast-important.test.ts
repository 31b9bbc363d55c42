/**
 * A theme whose colours are `!important` behind ids and long selectors, in the page's own
 * unlayered sheet: each level must still win over them (its rules outweigh any such selector the
 * page is likely to write), and reset must give the theme its colours back.
 */
import { expect } from '@open-wc/testing';
import { describeViolations, loadFrame, removeFrame, runAxe, styleOf, type Frame } from '../helpers/frame.js';
import { cssRatio, failing, measureTexts, minimumFor, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-important.html';

describe("contrast levels over the site's own !important colours", () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('the theme really fails at its own colours, so the checks below can fail', async () => {
    frame = await loadFrame(FIXTURE);
    const texts = measureTexts(frame.doc);
    expect(texts.length).to.be.greaterThan(5);
    expect(failing(texts, () => 4.5).length).to.be.at.least(4);
  });

  for (const level of [1, 2, -1] as const) {
    it(`level ${level}: every text reaches its ratio despite !important, and axe agrees`, async () => {
      frame = await loadFrame(FIXTURE);
      await setLevel(frame, level);
      expect(failing(measureTexts(frame.doc), minimumFor[level])).to.deep.equal([]);
      const results = await runAxe(frame, { runOnly: { type: 'rule', values: level === -1 ? ['color-contrast'] : ['color-contrast', 'color-contrast-enhanced'] } });
      expect(results.violations, describeViolations(results)).to.deep.equal([]);
      expect(frame.errors).to.deep.equal([]);
    });
  }

  it("level 1 lifts the field's border to 3:1 and level 2 underlines the link; reset gives the theme back", async () => {
    frame = await loadFrame(FIXTURE);
    const style = (selector: string) => styleOf(frame!, selector);
    const before = ['.tom-tat', '#hop', '.lien-ket', '.nhan', '#tim'].map((s) => `${style(s).color} ${style(s).backgroundColor} ${style(s).borderTopColor}`);
    await setLevel(frame, 1);
    expect(cssRatio(style('#tim').borderTopColor, style('#tim').backgroundColor)).to.be.at.least(3);
    await setLevel(frame, 2);
    expect(style('.lien-ket').color).to.equal('rgb(255, 255, 0)');
    expect(style('.lien-ket').textDecorationLine).to.equal('underline');
    await setLevel(frame, 0);
    expect(['.tom-tat', '#hop', '.lien-ket', '.nhan', '#tim'].map((s) => `${style(s).color} ${style(s).backgroundColor} ${style(s).borderTopColor}`)).to.deep.equal(before);
  });
});
