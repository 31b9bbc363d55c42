/**
 * Text a page gives web components, drawn in their open shadow trees where their slots place it:
 * in the colour of the slot's parent there (a tab's pale blue, a button's white on its light blue),
 * not its host's. Legible read the host's colour and left the drawn one; axe (and a reader) saw it
 * fail at every level. Each level now decides the text where it is drawn, on what lies under it
 * there, a slotted element (a count in the button) too, and a slot's own text where none is placed.
 */
import { expect } from '@open-wc/testing';
import { describeViolations, loadFrame, removeFrame, type Frame } from '../helpers/frame.js';
import { axeContrast, CONTRAST_RULES, failing, measureTexts, minimumFor, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-slots.html';
const TEXTS = ['Nộp hồ sơ', 'Tra cứu', 'Gửi hồ sơ', 'thông báo mới', '3', 'Không bắt buộc', 'Ghi như trên căn cước'];

describe('contrast levels and text placed by web components’ slots', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  /** What a reader sees of each component: the colours in its shadow tree. */
  const drawn = () =>
    Array.from(frame!.doc.querySelectorAll('gov-tab, gov-button, gov-hint'), (host) =>
      Array.from(host.shadowRoot!.querySelectorAll('div, button, p'), (el) => `${frame!.win.getComputedStyle(el).color} ${frame!.win.getComputedStyle(el).backgroundColor}`).join(),
    );
  const found = () => measureTexts(frame!.doc).filter((t) => TEXTS.includes(t.text));

  it('the check finds each text where it is drawn, and at the site’s colours they fail AA', async () => {
    frame = await loadFrame(FIXTURE);
    expect(found().map((t) => t.text).sort()).to.deep.equal([...TEXTS].sort());
    expect(failing(found(), () => 4.5)).to.have.length(TEXTS.length);
    const results = await axeContrast(frame, ['color-contrast']);
    expect(results.violations.flatMap((v) => v.nodes)).to.have.length.of.at.least(4);
  });

  for (const level of [1, 2, -1] as const) {
    it(`level ${level}: every text reaches the level’s ratio where it is drawn, for axe too, and level 0 gives the components back`, async () => {
      frame = await loadFrame(FIXTURE);
      const site = drawn();
      await setLevel(frame, level);
      expect(found().map((t) => t.text).sort()).to.deep.equal([...TEXTS].sort());
      expect(failing(found(), minimumFor[level])).to.deep.equal([]);
      const results = await axeContrast(frame, level > 0 ? CONTRAST_RULES : ['color-contrast']);
      expect(results.violations, describeViolations(results)).to.deep.equal([]);
      await setLevel(frame, 0);
      expect(drawn()).to.deep.equal(site);
    });
  }
});
