/**
 * Icons a stylesheet draws with an SVG written into it, as frameworks draw their menu, close and
 * select icons: dark ink made for a light page, on buttons known only by their aria-label. Level 2
 * paints the page black, so these icons vanished (a menu button showed an empty box), and so did
 * inline SVG icons painted in a dark ink of their own (not the text's colour). Each one
 * with no text shown on it now gets the white tile of the page it was drawn for; light icons, and
 * pictures that are not icons (a band across the page, a select's or a field's, beside their
 * text), are left as they were. Small drawings made of empty elements with a colour of their own
 * (a menu button's bars, a status dot, a progress bar's fill) vanished the same way: they keep
 * their hue, lightened to 7:1 on black. A small icon in dark ink beside text (a select's arrow, a
 * list's bullet, an accordion's chevron drawn by its ::after) is drawn in white, as its text, and
 * bars an empty button draws with its ::after are lifted as drawings are, and so are controls and
 * chevrons drawn beside text: a radio by its label's small gradients, a checkbox's box by a ::before's
 * inset shadow, a chevron by an ::after's borders; and borders drawn as gradient lines.
 */
import { expect } from '@open-wc/testing';
import { converter } from 'culori';
import { describeViolations, loadFrame, nextFrames, removeFrame, styleOf, TRANSPARENT, type Frame } from '../helpers/frame.js';
import { contrastRatio, composite, rgba } from '../../src/core/color.js';
import { svgInks } from '../../src/core/svg-ink.js';
import { axeContrast, CONTRAST_RULES, cssRatio, failing, loadSaved, measureTexts, minimumFor, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-icons.html';
const DARK_ICONS = ['.menu-ink', '.close', '.print', '.share', '.phone'];
/** Drawings made of empty elements with a colour of their own (the knob's fades in). */
const DRAWINGS = ['.stripe', '.bars span', '.dot', '.swatch', '.fill', '.dim', '.knob'];
const toOklch = converter('oklch');

describe('contrast levels and icons drawn by SVGs in the stylesheet', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  const style = (selector: string) => styleOf(frame!, selector);
  /** What an icon is drawn on at level 2: its own background where it has one, else the black page. */
  const drawnOn = (selector: string) => {
    const own = style(selector).backgroundColor;
    return own === TRANSPARENT ? 'rgb(0, 0, 0)' : own;
  };
  /** The ratio of an icon's ink to what it is drawn on, as the reader sees it (opacity included). */
  const inkRatio = (selector: string) => {
    const el = frame!.doc.querySelector<HTMLElement>(selector)!;
    expect(style(selector).opacity, `${selector} is drawn whole`).to.equal('1');
    return cssRatio(el.dataset.ink!, drawnOn(selector));
  };
  const iconsReachThreeToOne = () => {
    for (const selector of [...DARK_ICONS, '.light']) expect(inkRatio(selector), selector).to.be.at.least(3);
    for (const selector of DARK_ICONS) expect(style(selector).backgroundColor, selector).to.equal('rgb(255, 255, 255)');
  };
  /** Pictures that are not dark icons keep the background level 2 gives everything. */
  const othersUntouched = () => {
    for (const selector of ['.light', '.mark', '.band', '.mail']) expect(style(selector).backgroundColor, selector).to.equal(TRANSPARENT);
    // A chart in ink of its own (a dark line) keeps the white page it was drawn on, its line at 3:1 or more.
    expect(style('.chart').backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(cssRatio(style('.chart polyline').stroke, style('.chart').backgroundColor)).to.be.at.least(3);
    // An inline icon in the text's colour turns white with the text around it.
    expect(style('.mail path').fill).to.equal('rgb(255, 255, 255)');
    for (const selector of ['.ward', '.find']) expect(style(selector).backgroundColor, selector).to.equal('rgb(0, 0, 0)');
  };

  /** Each drawing at 7:1 or more on black, in the hue it had (within 10 degrees; greys stay grey). */
  const drawingsShow = (before: string[]) => {
    DRAWINGS.forEach((selector, i) => {
      const now = style(selector).backgroundColor;
      expect(cssRatio(now, 'rgb(0, 0, 0)'), `${selector}: ${now}`).to.be.at.least(7);
      const [was, is] = [before[i], now].map((color) => toOklch(color)!);
      if ((was.c ?? 0) < 0.02) expect(is.c ?? 0, `${selector} stays grey`).to.be.below(0.02);
      else expect(Math.abs((((is.h! - was.h!) % 360) + 540) % 360 - 180), `${selector} keeps its hue`).to.be.below(10);
    });
    for (const selector of ['.placeholder', '.track']) expect(style(selector).backgroundColor, selector).to.equal(TRANSPARENT);
    // The progress bar's track, its colour gone, keeps its extent in a white line; so does a fill
    // that holds its label, whose colour goes with its text's ground.
    for (const selector of ['.track', '.bar-track', '.bar-fill']) expect(`${style(selector).outlineStyle} ${style(selector).outlineWidth} ${style(selector).outlineColor}`, selector).to.equal('solid 1px rgb(255, 255, 255)');
    expect(style('.bar-fill').backgroundColor).to.equal(TRANSPARENT);
    expect(style('.fill').outlineStyle, 'an empty fill keeps its hue, unoutlined').to.equal('none');
  };

  it('level 2 draws each small drawing of empty elements in its own hue, at 7:1 on black, and outlines a progress bar’s track and a fill that holds its label', async () => {
    frame = await loadFrame(FIXTURE);
    const before = DRAWINGS.map((selector) => style(selector).backgroundColor);
    expect(style('.bar-fill').outlineStyle, 'the site draws no outline').to.equal('none');
    await setLevel(frame, 2);
    drawingsShow(before);
    removeFrame(frame);
    frame = await loadSaved(FIXTURE, 2);
    drawingsShow(before);
    // The site fills the progress bar further: it is read again, and stays drawn.
    frame.doc.querySelector<HTMLElement>('.fill')!.style.width = '80%';
    await nextFrames(frame.win, 3);
    drawingsShow(before);
  });

  /**
   * Small icons beside text: a list's bullet, the selects' arrows, a search field's magnifier at the
   * size its SVG gives itself (read with the library's ink reader, tested alone).
   */
  const BESIDE_TEXT = ['.steps li', '.ward', '.ward2', '.find'];
  const BLACK = rgba(0, 0, 0);
  /** The lowest ratio of an element's picture inks on black. */
  const inkOnBlack = (selector: string) => Math.min(...svgInks(style(selector).backgroundImage)!.map((ink) => contrastRatio(composite(ink!, BLACK), BLACK)));
  /** Where the (first) picture is drawn: its position, size and repeat. */
  const placement = (selector: string) => {
    const s = style(selector);
    return [s.backgroundPosition, s.backgroundSize, s.backgroundRepeat].map((list) => list.split(', ')[0]).join(' ');
  };

  it('level 2 draws a small dark icon beside text in white, as its text, in the same place', async () => {
    frame = await loadFrame(FIXTURE);
    const places = BESIDE_TEXT.map(placement);
    for (const selector of BESIDE_TEXT) expect(inkOnBlack(selector), selector).to.be.below(3);
    await setLevel(frame, 2);
    for (const selector of BESIDE_TEXT) expect(inkOnBlack(selector), selector).to.be.at.least(15);
    expect(BESIDE_TEXT.map(placement)).to.deep.equal(places);
    await setLevel(frame, 1);
    for (const selector of BESIDE_TEXT) expect(inkOnBlack(selector), `${selector} at level 1`).to.be.below(3);
    removeFrame(frame);
    frame = await loadSaved(FIXTURE, 2);
    for (const selector of BESIDE_TEXT) expect(inkOnBlack(selector), `${selector}, saved`).to.be.at.least(15);
  });

  it("level 2 draws an accordion's dark chevron, drawn by its ::after beside its text, in white, also once the site opens it", async () => {
    frame = await loadFrame(FIXTURE);
    const fold = () => frame!.doc.querySelector('.fold')!;
    const after = () => frame!.win.getComputedStyle(fold(), '::after');
    const chevron = () => Math.min(...svgInks(after().backgroundImage)!.map((ink) => contrastRatio(composite(ink!, BLACK), BLACK)));
    const place = () => `${after().width} ${after().height} ${after().backgroundPosition} ${after().backgroundSize} ${after().backgroundRepeat}`;
    const placed = place();
    expect(chevron(), 'at level 0').to.be.below(3);
    await setLevel(frame, 1);
    expect(chevron(), 'at level 1').to.be.below(3);
    await setLevel(frame, 2);
    expect(chevron()).to.be.at.least(15);
    expect(place()).to.equal(placed);
    expect(style('.fold').color, 'its text').to.equal('rgb(255, 255, 255)');
    // The site opens it: a class and aria-expanded change, and the chevron is another picture.
    fold().classList.add('open');
    fold().setAttribute('aria-expanded', 'true');
    await nextFrames(frame.win, 3);
    expect(decodeURIComponent(after().backgroundImage), 'the open chevron').to.include('M3 10l5-5');
    expect(chevron(), 'opened').to.be.at.least(15);
    removeFrame(frame);
    frame = await loadSaved(FIXTURE, 2);
    expect(chevron(), 'saved').to.be.at.least(15);
  });

  it("level 2 lifts a menu button's bars drawn by its ::after to 7:1 on black, and level 0 gives them back", async () => {
    frame = await loadFrame(FIXTURE);
    const after = () => frame!.win.getComputedStyle(frame!.doc.querySelector('.burger')!, '::after');
    const before = `${after().backgroundColor} ${after().boxShadow}`;
    const bars = () => [after().backgroundColor, ...after().boxShadow.match(/rgba?\([^)]*\)/g)!];
    expect(bars()).to.have.length(3);
    for (const bar of bars()) expect(cssRatio(bar, 'rgb(0, 0, 0)'), `${bar} at level 0`).to.be.below(3);
    for (const saved of [false, true]) {
      if (saved) {
        removeFrame(frame);
        frame = await loadSaved(FIXTURE, 2);
      } else await setLevel(frame, 2);
      for (const bar of bars()) expect(cssRatio(bar, 'rgb(0, 0, 0)'), `${bar}${saved ? ', saved' : ''}`).to.be.at.least(7);
    }
    await setLevel(frame, 0);
    expect(`${after().backgroundColor} ${after().boxShadow}`).to.equal(before);
  });

  it("level 2 lifts controls and chevrons drawn beside text (a radio's ring and dot by its label's gradients, a checkbox's box by an inset shadow, a chevron by borders) to 7:1 on black, and level 0 gives them back", async () => {
    frame = await loadFrame(FIXTURE);
    const after = (selector: string) => frame!.win.getComputedStyle(frame!.doc.querySelector(selector)!, '::after');
    const inks = () => ({
      checked: style('[for=at-office]').backgroundImage,
      unchecked: style('[for=by-post]').backgroundImage,
      box: frame!.win.getComputedStyle(frame!.doc.querySelector('.tick')!, '::before').boxShadow,
      chevron: after('.more:not(.own)').borderBottomColor,
    });
    const site = inks();
    const visible = (css: string) => (css.match(/rgba?\([^)]*\)/g) ?? []).filter((color) => !/, 0\)$/.test(color));
    // (Navy and a dark blue-grey: under 2:1 on black as the site draws them.)
    for (const [name, css] of Object.entries(site)) for (const ink of visible(css)) expect(cssRatio(ink, 'rgb(0, 0, 0)'), `${name} ${ink} at level 0`).to.be.below(2);
    await setLevel(frame, 2);
    const lifted = inks();
    for (const [name, css] of Object.entries(lifted)) {
      expect(visible(css), name).not.to.be.empty;
      for (const ink of visible(css)) expect(cssRatio(ink, 'rgb(0, 0, 0)'), `${name} ${ink}`).to.be.at.least(7);
    }
    // The checked radio keeps its dot: two drawings where the unchecked one has its ring alone.
    expect(lifted.checked.match(/radial-gradient/g)).to.have.length(2);
    expect(lifted.unchecked.match(/radial-gradient/g)).to.have.length(1);
    // A chevron in its link's own colour follows the link (yellow at level 2).
    expect(after('.more.own').borderBottomColor).to.equal(style('.more.own').color);
    await setLevel(frame, 0);
    expect(inks()).to.deep.equal(site);
  });

  it('level 2 draws a mark made white on a dark part or element (a checkbox’s tick, a switch’s knob, a radio’s dot) in black where that fill is lifted light, and level 0 gives them back', async () => {
    frame = await loadFrame(FIXTURE);
    const part = (selector: string, pseudo: string) => frame!.win.getComputedStyle(frame!.doc.querySelector(selector)!, pseudo);
    const inks = () => [
      ...[part('.boxed', '::before').backgroundColor, part('.boxed', '::after').borderLeftColor, part('.toggle', '::before').backgroundColor, part('.toggle', '::after').backgroundColor],
      ...[frame!.win.getComputedStyle(frame!.doc.querySelector('.disc')!).backgroundColor, part('.disc', '::before').backgroundColor],
    ];
    const site = inks();
    // (As the site draws them: white on near-black, 15:1 and more; the box and track vanish on black.)
    expect(cssRatio(site[1], site[0])).to.be.at.least(15);
    expect(cssRatio(site[3], site[2])).to.be.at.least(10);
    await setLevel(frame, 2);
    const [box, tick, track, knob, disc, dot] = inks();
    for (const ground of [box, track, disc]) expect(cssRatio(ground, 'rgb(0, 0, 0)'), ground).to.be.at.least(7);
    expect(cssRatio(tick, box), `tick ${tick} on ${box}`).to.be.at.least(3);
    expect(cssRatio(knob, track), `knob ${knob} on ${track}`).to.be.at.least(3);
    // (Also a dot drawn by the ::before of an empty element, on that element's own lifted fill.)
    expect(cssRatio(dot, disc), `dot ${dot} on ${disc}`).to.be.at.least(3);
    await setLevel(frame, 0);
    expect(inks()).to.deep.equal(site);
  });

  it('level 2 lifts a radio’s dark dot drawn by an ::after whose content is a space to 7:1 on black, as one whose content is empty; level 0 gives it back', async () => {
    frame = await loadFrame(FIXTURE);
    const dot = () => frame!.win.getComputedStyle(frame!.doc.querySelector('.spot')!, '::after').backgroundColor;
    const site = dot();
    expect(cssRatio(site, 'rgb(0, 0, 0)'), 'the site’s blue vanishes on black').to.be.below(7);
    await setLevel(frame, 2);
    expect(cssRatio(dot(), 'rgb(0, 0, 0)'), dot()).to.be.at.least(7);
    await setLevel(frame, 0);
    expect(dot()).to.equal(site);
  });

  it('level 2 draws a box’s or radio’s white face (an empty element’s, a label’s ::before) black, its border showing, not as a filled, checked-looking one (a switch’s knob on its track is none), and a checked radio’s dark dot light; level 0 gives them back', async () => {
    frame = await loadFrame(FIXTURE);
    const part = (selector: string, pseudo?: string) => frame!.win.getComputedStyle(frame!.doc.querySelector(selector)!, pseudo);
    const faces = () => [part('.face'), part('.faced', '::before'), part('.dotted', '::before')];
    const dot = () => part('.dotted', '::after').backgroundColor;
    const siteDot = dot();
    const site = faces().map((face) => `${face.backgroundColor} ${face.borderTopColor}`);
    await setLevel(frame, 2);
    for (const face of faces()) {
      // (Black, or no fill over the black page.)
      expect(['rgb(0, 0, 0)', TRANSPARENT], `fill ${face.backgroundColor}`).to.include(face.backgroundColor);
      expect(cssRatio(face.borderTopColor, 'rgb(0, 0, 0)'), `border ${face.borderTopColor}`).to.be.at.least(7);
    }
    // A white knob with a border lying on its track's fill is no face: it stays light.
    expect(cssRatio(part('.knobbed', '::after').backgroundColor, 'rgb(0, 0, 0)'), 'knob').to.be.at.least(7);
    // The checked one keeps its dot, in a colour of its own: lifted as drawings are, not left dark on the black face.
    expect(cssRatio(dot(), 'rgb(0, 0, 0)'), `dot ${dot()}`).to.be.at.least(7);
    await setLevel(frame, 0);
    expect(dot()).to.equal(siteDot);
    expect(faces().map((face) => `${face.backgroundColor} ${face.borderTopColor}`)).to.deep.equal(site);
  });

  it('level 2 keeps borders drawn as gradient lines (a notice’s edges, a tile’s foot by its ::before) in their hue at 7:1 on black, their fill gone, and level 0 gives them back', async () => {
    frame = await loadFrame(FIXTURE);
    const foot = () => frame!.win.getComputedStyle(frame!.doc.querySelector('.footed')!, '::before').backgroundImage;
    const site = [style('.edged').backgroundImage, foot()];
    const inks = (css: string) => css.match(/rgba?\([^)]*\)/g) ?? [];
    const edges = (image: string) => image.split(/,\s*(?![^(]*\))/).slice(0, 4).join();
    for (const ink of inks(`${edges(site[0])} ${site[1]}`)) expect(cssRatio(ink, 'rgb(0, 0, 0)'), `${ink} at level 0`).to.be.below(3.5);
    await setLevel(frame, 2);
    const layers = style('.edged').backgroundImage.split(/,\s*(?![^(]*\))/);
    expect(layers.filter((layer) => layer.includes('gradient')), 'the four edges').to.have.length(4);
    expect(layers.at(-1), 'the pale fill, under white text').to.equal('none');
    for (const ink of inks(`${style('.edged').backgroundImage} ${foot()}`)) expect(cssRatio(ink, 'rgb(0, 0, 0)'), ink).to.be.at.least(7);
    expect(inks(foot())).not.to.be.empty;
    await setLevel(frame, 0);
    expect([style('.edged').backgroundImage, foot()]).to.deep.equal(site);
  });

  it('the fixture: each dark icon vanishes on black, and reaches 3:1 on the light page it was drawn for', async () => {
    frame = await loadFrame(FIXTURE);
    for (const selector of DARK_ICONS) {
      const ink = frame.doc.querySelector<HTMLElement>(selector)!.dataset.ink!;
      expect(cssRatio(ink, 'rgb(0, 0, 0)'), selector).to.be.below(3);
      expect(cssRatio(ink, 'rgb(255, 255, 255)'), selector).to.be.at.least(3);
    }
  });

  it('level 2 gives each dark icon with no text on it a white tile, its picture unchanged', async () => {
    frame = await loadFrame(FIXTURE);
    const pictures = DARK_ICONS.map((selector) => style(selector).backgroundImage);
    await setLevel(frame, 2);
    iconsReachThreeToOne();
    othersUntouched();
    expect(DARK_ICONS.map((selector) => style(selector).backgroundImage)).to.deep.equal(pictures);
    expect(failing(measureTexts(frame.doc), minimumFor[2])).to.deep.equal([]);
    const results = await axeContrast(frame, CONTRAST_RULES);
    expect(results.violations, describeViolations(results)).to.deep.equal([]);
  });

  it('level 2 saved on an earlier visit tiles the same icons while the page loads, and one the site adds later', async () => {
    frame = await loadSaved(FIXTURE, 2);
    iconsReachThreeToOne();
    othersUntouched();
    const late = frame.doc.createElement('button');
    late.className = 'close late';
    late.setAttribute('aria-label', 'Close the second notice');
    late.dataset.ink = 'rgb(0, 0, 0)';
    frame.doc.querySelector('header')!.append(late);
    await nextFrames(frame.win, 3);
    expect(inkRatio('.late')).to.be.at.least(3);
  });

  it('level 2 keeps the white ground under a picture or canvas drawn in dark ink for the white page (a transparent logo, a chart), not under white ink made for a dark bar', async () => {
    frame = await loadFrame(FIXTURE);
    const grounds = () => ['.wordmark', '.plot', '.white-name'].map((selector) => style(selector).backgroundColor);
    expect(grounds()).to.deep.equal([TRANSPARENT, TRANSPARENT, TRANSPARENT]);
    await setLevel(frame, 2);
    expect(style('.dark-bar').backgroundColor, 'the dark bar turns black').to.equal(TRANSPARENT);
    expect(grounds()).to.deep.equal(['rgb(255, 255, 255)', 'rgb(255, 255, 255)', TRANSPARENT]);
    // Each ink against what shows through its picture: its ground, or the black page.
    for (const selector of ['.wordmark', '.plot']) expect(inkRatio(selector), selector).to.be.at.least(7);
    expect(cssRatio('#fff', drawnOn('.white-name'))).to.be.at.least(15);
    await setLevel(frame, 0);
    expect(grounds()).to.deep.equal([TRANSPARENT, TRANSPARENT, TRANSPARENT]);
    // The same on a page loaded with level 2 saved, read under level 2's sheet.
    removeFrame(frame);
    frame = await loadSaved(FIXTURE, 2);
    expect(grounds()).to.deep.equal(['rgb(255, 255, 255)', 'rgb(255, 255, 255)', TRANSPARENT]);
  });

  it('levels 1 and -1 leave every icon on the site’s own background, and level 0 gives the page back', async () => {
    frame = await loadFrame(FIXTURE);
    const backgrounds = () => [...DARK_ICONS, ...DRAWINGS, '.light', '.mark', '.band', '.ward', '.find'].map((selector) => `${style(selector).backgroundColor} ${style(selector).opacity}`);
    const before = backgrounds();
    const html = frame.doc.documentElement.outerHTML;
    for (const level of [1, -1] as const) {
      await setLevel(frame, level);
      expect(backgrounds().slice(0, 14), `level ${level}`).to.deep.equal(before.slice(0, 14));
    }
    await setLevel(frame, 2);
    await setLevel(frame, 0);
    expect(backgrounds()).to.deep.equal(before);
    expect(frame.doc.documentElement.outerHTML).to.equal(html);
  });
});
