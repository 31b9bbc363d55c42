/**
 * Patterns of real pages that the contrast levels once got wrong:
 * - gradient text (`background-clip: text` with a transparent `-webkit-text-fill-color` or
 *   `color`): the gradient is the text's paint, not what it is drawn on. Level 1 measured the
 *   unseen `color` and kept an orange gradient at 2:1; level 2 removed the gradient and left the
 *   text invisible; and where the text's own colour is opaque, the gradient is never seen but
 *   was taken for its backdrop;
 * - text painted with `-webkit-text-fill-color` unlike its `color`: levels wrote a `color` that
 *   changed nothing visible (1.9:1 stayed);
 * - a logo whose name is hidden over its picture (`color: transparent`): level 1 covered the
 *   picture with a black box and revealed the name.
 */
import { expect } from '@open-wc/testing';
import { describeViolations, loadFrame, removeFrame, runAxe, styleOf, type Frame } from '../helpers/frame.js';
import { cssRatio, failing, measureTexts, minimumFor, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-real-world.html';
/** Computed values a reader sees, for every element of the page. */
const snapshot = (frame: Frame): string[] =>
  Array.from(frame.doc.body.querySelectorAll('*'), (el) => {
    const s = frame.win.getComputedStyle(el);
    return `${el.localName}.${el.className}: ${s.color} ${s.webkitTextFillColor} ${s.backgroundColor} ${s.backgroundImage} ${s.backgroundClip}`;
  });

describe('contrast levels on patterns of real pages', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('the fixture really fails at its own colours, so the checks below can fail', async () => {
    frame = await loadFrame(FIXTURE);
    const failed = failing(measureTexts(frame.doc), () => 4.5).join();
    for (const text of ['Dịch vụ công', 'Tra cứu', 'Thủ tục', 'Lịch tiếp', 'Văn bản tô', 'Đoạn văn thừa']) expect(failed).to.contain(text);
    // The hidden logo name is not measured: it is not drawn.
    expect(failed).not.to.contain('Cổng thông tin');
  });

  for (const level of [1, 2, -1] as const) {
    it(`level ${level}: every painted text reaches its ratio, gradient and fill colours included, and axe agrees`, async () => {
      frame = await loadFrame(FIXTURE);
      await setLevel(frame, level);
      const texts = measureTexts(frame.doc);
      expect(failing(texts, minimumFor[level])).to.deep.equal([]);
      // The gradient texts are still drawn, not transparent over nothing.
      for (const text of ['Dịch vụ công', 'Tra cứu', 'Thủ tục']) expect(texts.map((t) => t.text).join()).to.contain(text);
      const rules = level === -1 ? ['color-contrast'] : ['color-contrast', 'color-contrast-enhanced'];
      const results = await runAxe(frame, { runOnly: { type: 'rule', values: rules } });
      expect(results.violations, describeViolations(results)).to.deep.equal([]);
      expect(frame.errors).to.deep.equal([]);
    });
  }

  for (const level of [1, -1] as const) {
    it(`level ${level}: the logo keeps its picture and its hidden name stays hidden; an icon keeps its own colour`, async () => {
      frame = await loadFrame(FIXTURE);
      const style = (selector: string) => styleOf(frame!, selector);
      const picture = style('.logo').backgroundImage;
      await setLevel(frame, level);
      expect(style('.logo').backgroundImage).to.equal(picture);
      expect(style('.logo').webkitTextFillColor).to.equal('rgba(0, 0, 0, 0)');
      // The paragraph around it changed colour; the icon's own red stays (it inherits no fill).
      expect(cssRatio(style('#note').webkitTextFillColor, 'rgb(255, 255, 255)')).to.be.at.least(4.5);
      expect(style('#star').webkitTextFillColor).to.equal('rgb(200, 0, 0)');
    });
  }

  it('level 0 after each level gives the page back exactly', async () => {
    frame = await loadFrame(FIXTURE);
    const before = snapshot(frame);
    for (const level of [1, 2, -1] as const) {
      await setLevel(frame, level);
      await setLevel(frame, 0);
      expect(snapshot(frame)).to.deep.equal(before);
    }
  });
});
