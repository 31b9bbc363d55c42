/**
 * Text on bars that a picture paints (a legacy portal's menu, title and band: a slice of a gradient
 * repeated across): where the page may read the picture's pixels (its own origin), levels 1 and -1
 * measure the text against them, as against a gradient's stops, and leave what already reaches its
 * ratio alone; a bar whose text does not changes whole, in the picture's hue, as a gradient does. A
 * picture from another origin stays unknown: its texts get a backdrop, as before. A picture still
 * loading is read when it arrives.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, nextFrames, removeFrame, styleOf, TRANSPARENT, type Frame } from '../helpers/frame.js';
import { axeContrast, cssRatio, failing, hueOf, loadSaved, measureTexts, minimumFor, setLevel, shown } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-picture-bars.html';
/** The bar's picture's darker foot (#0f2c55). */
const BAR_HUE = hueOf('#0f2c55');

describe('contrast on bars painted by pictures', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });
  const style = (selector: string) => styleOf(frame!, selector);
  /** How many requests the page made for URLs containing `part`. */
  const requests = (part: string) => frame!.win.performance.getEntriesByType('resource').filter(({ name }) => name.includes(part)).length;
  const backdrops = (selector: string) => Array.from(frame!.doc.querySelectorAll(selector), (el) => frame!.win.getComputedStyle(el).backgroundColor);

  it('the pale links and the band’s date miss their ratios at the site’s colours, measured on the pictures’ pixels', async () => {
    frame = await loadFrame(FIXTURE, 800, 500);
    const texts = measureTexts(frame.doc);
    expect(failing(texts, minimumFor[1], true).join()).to.contain('Văn bản').and.to.contain('Cập nhật');
    // The pictures of this origin are read; the other origin's cannot be.
    expect(texts.filter((t) => t.overImage).map((t) => t.text)).to.deep.equal(['Hỏi đáp', 'Sơ đồ trang']);
  });

  it('level 1: text that reaches 7:1 on the picture is left alone; a bar whose text misses it changes whole, in its hue; axe agrees', async () => {
    frame = await loadFrame(FIXTURE, 800, 500);
    const site = shown(frame);
    const picture = style('#menu').backgroundImage;
    await setLevel(frame, 1);
    expect(failing(measureTexts(frame.doc), minimumFor[1])).to.deep.equal([]);
    // White on the dark slice passes everywhere on it: no box behind the words, and the bar keeps its picture.
    expect(backdrops('#menu a, #title')).to.deep.equal([TRANSPARENT, TRANSPARENT, TRANSPARENT, TRANSPARENT]);
    expect(style('#menu').backgroundImage).to.equal(picture);
    expect(style('#title').backgroundImage).to.equal(picture);
    // The pale links' bar changes whole, as a gradient's does: one colour of the slice's blue, with no
    // box behind its words; the other origin's slice, unknown, stays and its links get black boxes.
    expect(backdrops('#pale a')).to.deep.equal([TRANSPARENT, TRANSPARENT]);
    expect(style('#pale').backgroundImage).to.equal('none');
    expect(Math.abs(hueOf(style('#pale').backgroundColor) - BAR_HUE)).to.be.below(10);
    expect(backdrops('#foreign a')).to.deep.equal(['rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
    expect(style('#foreign').backgroundImage).to.contain('picture-bar-dark.svg');
    const results = await axeContrast(frame);
    expect(results.violations.map((v) => v.id)).to.deep.equal([]);
    await setLevel(frame, 0);
    expect(shown(frame)).to.equal(site);
  });

  it('level -1: the band’s date reaches AA on its picture’s colour; what passes on the bars stays as the site drew it', async () => {
    frame = await loadFrame(FIXTURE, 800, 500);
    const colors = () => ['#menu a', '#title'].map((selector) => [style(selector).color, style(selector).backgroundColor, style(selector).backgroundImage].join());
    const site = colors();
    await setLevel(frame, -1);
    expect(failing(measureTexts(frame.doc), minimumFor[-1], true)).to.deep.equal([]);
    expect(colors()).to.deep.equal(site);
    // The band, whose own text needed more, takes one colour of its picture's pale blue instead of it.
    expect(Math.abs(hueOf(style('#band').backgroundColor) - hueOf('#dde6f2'))).to.be.below(10);
  });

  for (const level of [1, -1] as const) {
    it(`level ${level}: a small picture that is drawn, not a slice, keeps its pixels; its caption gets a backdrop in its colours`, async () => {
      frame = await loadFrame(FIXTURE, 800, 500);
      const picture = style('#thumb').backgroundImage;
      expect(failing(measureTexts(frame.doc), minimumFor[level], true).join()).to.contain('Du lịch');
      await setLevel(frame, level);
      expect(failing(measureTexts(frame.doc), minimumFor[level], true)).to.deep.equal([]);
      expect(style('#thumb').backgroundImage).to.equal(picture);
      expect(style('#thumb').backgroundColor).to.equal('rgb(201, 163, 107)');
      // The caption keeps its white, on a box in the picture's colours (its darkest, darkened as far
      // as it needs), not the black of a picture that cannot be read.
      const caption = style('#thumb span');
      expect(caption.color).to.equal('rgb(255, 255, 255)');
      expect(caption.backgroundColor).to.match(/^rgb\(/);
      expect(cssRatio(caption.color, caption.backgroundColor)).to.be.at.least(level === 1 ? 7 : 4.5);
      expect(caption.backgroundColor).not.to.equal('rgb(0, 0, 0)');
      await setLevel(frame, 0);
      expect(style('#thumb span').backgroundColor).to.equal(TRANSPARENT);
    });
  }

  it('a saved level 1 on the next page: pictures still loading when the page is read are measured once they arrive', async () => {
    frame = await loadSaved(`${FIXTURE}?slow`, 1);
    expect(style('#menu').backgroundImage).to.contain('delay=300');
    await nextFrames(frame.win, 2);
    expect(backdrops('#menu a, #title')).to.deep.equal([TRANSPARENT, TRANSPARENT, TRANSPARENT, TRANSPARENT]);
    expect(requests('delay=300')).to.equal(1);
    // Also the second bar of the same picture, decided alike while the picture loaded: changed whole.
    expect(backdrops('#pale a')).to.deep.equal([TRANSPARENT, TRANSPARENT]);
    expect(Math.abs(hueOf(style('#pale').backgroundColor) - BAR_HUE)).to.be.below(10);
    expect(failing(measureTexts(frame.doc), minimumFor[1])).to.deep.equal([]);
  });

  it('a closed menu’s picture is not requested; once the menu opens, the page’s own copy is read', async () => {
    frame = await loadFrame(FIXTURE, 800, 500);
    expect(requests('closed'), 'at first').to.equal(0);
    await setLevel(frame, 1);
    expect(requests('closed'), 'closed').to.equal(0);
    frame.doc.querySelector<HTMLElement>('#closed')!.hidden = false;
    const until = performance.now() + 4000;
    while (backdrops('#closed a')[0] !== TRANSPARENT && performance.now() < until) await nextFrames(frame.win);
    expect(backdrops('#closed a'), 'open').to.deep.equal([TRANSPARENT]);
    expect(requests('closed'), 'open').to.be.at.most(1);
  });

  it('a bar added later whose picture has not arrived gets backdrops, then loses them when its pixels are read', async () => {
    frame = await loadFrame(FIXTURE, 800, 500);
    await setLevel(frame, 1);
    // (A URL the page has not loaded, which the test server sends 500 ms late.)
    frame.doc.body.insertAdjacentHTML('beforeend', '<ul class="bar" id="later" style="background-image: url(picture-bar-dark.svg?delay=500)"><li><a href="#sau">Thêm sau</a></li></ul>');
    await nextFrames(frame.win, 2);
    expect(backdrops('#later a'), 'while it loads').not.to.deep.equal([TRANSPARENT]);
    const until = performance.now() + 4000;
    while (backdrops('#later a')[0] !== TRANSPARENT && performance.now() < until) await nextFrames(frame.win);
    expect(backdrops('#later a'), 'once it arrived').to.deep.equal([TRANSPARENT]);
    // Read from the page's own copy: requested once, by the page.
    expect(requests('delay=500')).to.equal(1);
    expect(failing(measureTexts(frame.doc), minimumFor[1])).to.deep.equal([]);
  });
});
