/**
 * Level 1 on coloured bars (a portal's top strip and menu, a framework's navbar, a button whose
 * label is a span, a bar whose items paint its colour again, a banner painted by a gradient): where white text reaches 7:1 only on a darker background, the bar itself takes
 * it, whole, not a darker box behind each word with the bar's old colour around them (a gradient
 * gives way to one colour of its hue).
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { loadFrame, nextFrames, removeFrame, styleOf, TRANSPARENT, type Frame } from '../helpers/frame.js';
import { axeContrast, cssRatio, failing, measureTexts, minimumFor, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-bars.html';
/** Each bar, and the texts on it that paint no background of their own. */
const BARS: [bar: string, texts: string[]][] = [
  ['.topbar', ['.topbar a']],
  ['.menu', ['.menu li:not(.current) a']],
  ['.navbar', ['.navbar .brand', '.navbar .active', '.navbar a:not(.brand, .active)']],
  ['.teal', ['.teal .item']],
  ['.bullets', ['.bullets span']],
  ['.band', ['.band p']],
  ['.notice', ['.notice p']],
  ['.primary', ['.primary span']],
];


/** Hue in degrees and lightness (HSL) of a computed `rgb()` colour. */
function hueAndLightness(css: string): [number, number] {
  const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map((v) => +v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const hue = d === 0 ? 0 : max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [hue * 60, (max + min) / 2];
}

describe('contrast level 1 on coloured bars', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await resetMouse();
    removeFrame(frame);
    localStorage.clear();
  });
  const background = (selector: string) => styleOf(frame!, selector).backgroundColor;
  const all = (selector: string) => Array.from(frame!.doc.querySelectorAll(selector));

  it('the site’s white text misses 7:1 on each bar, and no black text would reach it there (level 0)', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    for (const [bar, texts] of BARS) {
      for (const text of texts) expect(cssRatio(styleOf(frame, text).color, background(bar)), text).to.be.below(7);
      expect(cssRatio('rgb(0, 0, 0)', background(bar)), bar).to.be.below(7);
    }
  });

  it('each bar takes the darker background whole, in its own hue; its texts get no boxes and reach 7:1', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    const before = BARS.map(([bar]) => background(bar));
    await setLevel(frame, 1);
    BARS.forEach(([bar, texts], i) => {
      const now = background(bar);
      const [hueBefore, lightBefore] = hueAndLightness(before[i]);
      const [hueNow, lightNow] = hueAndLightness(now);
      expect(lightNow, `${bar} ${before[i]} → ${now}`).to.be.below(lightBefore);
      expect(Math.abs(hueNow - hueBefore), `${bar} keeps its hue`).to.be.below(12);
      for (const text of texts) {
        for (const el of all(text)) expect([TRANSPARENT, now], `${text} has no box of its own`).to.include(frame!.win.getComputedStyle(el).backgroundColor);
        expect(cssRatio(styleOf(frame!, text).color, now), text).to.be.at.least(7);
      }
    });
    // A box painted in its band's colour is part of the band: no inner box shows.
    expect(background('.band-body')).to.equal(background('.band'));
    // The current menu item's own darker colour stays the site's.
    expect(background('.menu .current a')).to.equal('rgb(123, 29, 18)');
    expect(failing(measureTexts(frame.doc), minimumFor[1])).to.deep.equal([]);
    expect((await axeContrast(frame)).violations).to.deep.equal([]);
  });

  it('pointing at a bar’s link reads its part again (the site may restyle it): the bar stays whole and dark', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    await setLevel(frame, 1);
    const shown = BARS.map(([bar]) => background(bar));
    for (const selector of ['.navbar a:not(.brand, .active)', '.menu li:not(.current) a']) {
      const box = frame.doc.querySelector(selector)!.getBoundingClientRect();
      const offset = frame.iframe.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(offset.x + box.x + 4), Math.round(offset.y + box.y + box.height / 2)] });
      await nextFrames(frame.win, 3);
      expect(frame.doc.querySelector(selector)!.matches(':hover'), selector).to.equal(true);
      expect(BARS.map(([bar]) => background(bar))).to.deep.equal(shown);
      for (const [bar, texts] of BARS) for (const text of texts) expect([TRANSPARENT, background(bar)], text).to.include(background(text));
      expect(failing(measureTexts(frame.doc), minimumFor[1])).to.deep.equal([]);
    }
  });

  it('a banner painted by a gradient becomes one colour of its hue, with no box behind its texts; a picture under a caption stays', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    const style = (selector: string) => styleOf(frame!, selector);
    expect(style('.banner').backgroundImage).to.include('gradient');
    const [hue] = hueAndLightness(style('.banner').backgroundColor);
    const hero = style('.hero').backgroundImage;
    expect(hero).to.include('url(');
    expect(cssRatio('rgb(255, 255, 255)', 'rgb(192, 57, 43)'), 'white misses 7:1 on the gradient’s light end').to.be.below(7);
    await setLevel(frame, 1);
    expect(style('.banner').backgroundImage).to.equal('none');
    const banner = style('.banner').backgroundColor;
    expect(Math.abs(hueAndLightness(banner)[0] - hue), `${banner} keeps the banner's hue`).to.be.below(12);
    for (const text of ['.banner .kicker', '.banner .name']) {
      expect(style(text).backgroundColor, `${text} has no box of its own`).to.equal(TRANSPARENT);
      expect(style(text).backgroundImage).to.equal('none');
      expect(cssRatio(style(text).color, banner), text).to.be.at.least(text.endsWith('name') ? 4.5 : 7);
    }
    // A photo (a url() picture larger than Legible reads: 400 x 400 here) is unknown: it stays, and its
    // caption keeps a backdrop of its own.
    expect(style('.hero').backgroundImage).to.equal(hero);
    expect(style('.hero p').backgroundColor).to.not.equal(TRANSPARENT);
    expect(failing(measureTexts(frame.doc), minimumFor[1])).to.deep.equal([]);
    expect((await axeContrast(frame)).violations).to.deep.equal([]);
    await setLevel(frame, 0);
    expect(style('.banner').backgroundImage).to.include('gradient');
  });

  it('a page-wide wrapper in a mid colour keeps it (its part is not read twice); its texts get their own boxes', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    const wrapper = frame.doc.createElement('div');
    wrapper.className = 'wrapper';
    wrapper.style.background = '#1e73be';
    wrapper.innerHTML = `${'<p style="color:#fff;margin:0">Tin</p>'.repeat(300)}<p class="last" style="color:#fff">Chân trang</p>`;
    frame.doc.body.append(wrapper);
    await nextFrames(frame.win, 2);
    await setLevel(frame, 1);
    expect(background('.wrapper')).to.equal('rgb(30, 115, 190)');
    expect(background('.wrapper .last')).to.not.equal(TRANSPARENT);
    expect(failing(measureTexts(frame.doc), minimumFor[1])).to.deep.equal([]);
  });

  it('a surface whose texts need it both darker and lighter keeps its colour; each text gets its own box', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    await setLevel(frame, 1);
    expect(background('.split')).to.equal('rgb(119, 119, 119)');
    for (const text of ['.split .white', '.split .black']) expect(background(text), text).to.not.equal(TRANSPARENT);
    expect(failing(measureTexts(frame.doc), minimumFor[1])).to.deep.equal([]);
  });

  it('a link added to a bar later reaches 7:1 on it with no box; level 0 gives every bar back', async () => {
    frame = await loadFrame(FIXTURE, 900, 500);
    const before = BARS.map(([bar]) => background(bar));
    await setLevel(frame, 1);
    const dark = background('.topbar');
    const link = frame.doc.createElement('a');
    link.href = '#late';
    link.textContent = 'Sơ đồ trang';
    frame.doc.querySelector('.topbar')!.append(link);
    await nextFrames(frame.win, 2);
    expect(background('.topbar')).to.equal(dark);
    expect(frame.win.getComputedStyle(link).backgroundColor).to.equal(TRANSPARENT);
    expect(failing(measureTexts(frame.doc), minimumFor[1])).to.deep.equal([]);
    await setLevel(frame, 0);
    expect(BARS.map(([bar]) => background(bar))).to.deep.equal(before);
    expect(all('[data-legible-contrast]')).to.deep.equal([]);
  });
});
