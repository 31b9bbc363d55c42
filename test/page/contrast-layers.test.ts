/**
 * Text lying on a layer that is not its ancestor: an empty child out of the flow painting a colour
 * or a photograph under its siblings, or a box's own `::before` or `::after` fill under its
 * content. Its ancestors' background (white here) is not what it is drawn on: level 1 decides it on
 * the layer (which moves whole, as a bar does), level 2 takes the layer away, level 0 gives it back.
 */
import { expect } from '@open-wc/testing';
import { layersOf } from '../../src/page/contrast-behind.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { loadFrame, nextFrames, removeFrame, styleOf, TRANSPARENT, type Frame } from '../helpers/frame.js';
import { axeContrast, cssRatio, hueOf, pseudoReadsAfter, setLevel, shown } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-layers.html';

/** Each text on a layer, and the layer: a child's selector, or its box's selector and pseudo-element. */
const ON_LAYERS: [text: string, layer: string, part?: string][] = [
  ['.sibling p', '.sibling .fill'],
  ['.pseudo p', '.pseudo', '::before'],
  ['.fancy', '.fancy', '::after'],
  ['.dark p', '.dark .fill'],
];

describe('contrast on layers that are not the text’s ancestors', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await resetMouse();
    removeFrame(frame);
    localStorage.clear();
  });
  const $ = (selector: string) => frame!.doc.querySelector(selector)!;
  const style = (selector: string, part?: string) => styleOf(frame!, selector, part);
  /** Every layer's paint and every text's colour, as drawn. */
  const paints = () => ON_LAYERS.map(([text, layer, part]) => [style(text).color, style(layer, part).backgroundColor, style(layer, part).backgroundImage]);

  it('finds the layers a positioned box lays under its content, not a hover fill scaled to nothing, nor a thin bar', async () => {
    frame = await loadFrame(FIXTURE, 900, 700);
    const parts = (selector: string) => layersOf($(selector)).map(([, part]) => (typeof part === 'string' ? part : (part as Element).className));
    expect(parts('.sibling')).to.deep.equal(['fill']);
    expect(parts('.pseudo')).to.deep.equal(['::before']);
    expect(parts('.fancy')).to.deep.equal(['::after']);
    expect(parts('.gradient')).to.deep.equal(['::before']);
    expect(parts('.photo')).to.deep.equal(['fill']);
    expect(parts('.grow')).to.deep.equal([]);
    expect(parts('.ribbon')).to.deep.equal([]);
    // (Its word lies past the track: the track is under nothing.)
    expect(parts('.switch')).to.deep.equal([]);
    // (A line 1px tall is no fill, however long: it covers a sliver of the title's box.)
    expect(parts('.step')).to.deep.equal([]);
  });

  it('level 1: a switch’s track, drawn beside its word, keeps the site’s colour (3.3:1 on white), not moved as the word’s surface', async () => {
    frame = await loadFrame(FIXTURE, 900, 700);
    const track = style('.switch', '::before').backgroundColor;
    expect(cssRatio(track, 'rgb(255, 255, 255)')).to.be.at.least(3);
    await setLevel(frame, 1);
    expect(style('.switch', '::before').backgroundColor).to.equal(track);
    expect(cssRatio(style('.switch span').color, 'rgb(255, 255, 255)')).to.be.at.least(7);
    // A step's title, its connecting line drawn from its end, is decided on the page's white: no
    // box of the line's blue behind it.
    expect(style('.step').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(cssRatio(style('.step').color, 'rgb(255, 255, 255)')).to.be.at.least(7);
  });

  it('level 0: the texts miss 7:1 on their layers (white on mid colours, dark on dark)', async () => {
    frame = await loadFrame(FIXTURE, 900, 700);
    for (const [text, layer, part] of ON_LAYERS) expect(cssRatio(style(text).color, style(layer, part).backgroundColor), text).to.be.below(7);
  });

  it('level 1: each text reaches 7:1 on the layer it lies on, which keeps its hue and moves whole; text on white and a photo’s caption as elsewhere', async () => {
    frame = await loadFrame(FIXTURE, 900, 700);
    const before = ON_LAYERS.map(([, layer, part]) => style(layer, part).backgroundColor);
    const hoverFill = style('.grow', '::before').backgroundColor;
    await setLevel(frame, 1);
    ON_LAYERS.forEach(([text, layer, part], i) => {
      const now = style(layer, part).backgroundColor;
      expect(cssRatio(style(text).color, now), `${text} on ${now} (was ${before[i]})`).to.be.at.least(7);
      // (The white text's layers darken; no box of its own is drawn behind the words.)
      if (text !== '.dark p') {
        expect(now, layer).not.to.equal(before[i]);
        expect(style(text).backgroundColor, `${text} has no box`).to.equal(TRANSPARENT);
      }
    });
    // The label whose fill only shows on hover lies on white: it is decided there, its fill untouched.
    expect(cssRatio(style('.grow').color, 'rgb(255, 255, 255)')).to.be.at.least(7);
    expect(style('.grow', '::before').backgroundColor).to.equal(hoverFill);
    expect(cssRatio(style('.ribbon h3').color, 'rgb(255, 255, 255)')).to.be.at.least(7);
    // A gradient fill gives way to one colour under its label (a box of the label's own would lie under it).
    expect(style('.gradient', '::before').backgroundImage).to.equal('none');
    expect(cssRatio(style('.gradient').color, style('.gradient', '::before').backgroundColor)).to.be.at.least(7);
    // A faint texture over a band: its text is decided on the band, with no backdrop.
    expect(cssRatio(style('.texture p').color, style('.texture').backgroundColor)).to.be.at.least(7);
    expect(style('.texture p').backgroundColor).to.equal(TRANSPARENT);
    // A glow over the hero's own gradient shows the gradient through: the text's backdrop is one of
    // the hero's blues, not the white of the glow over the page.
    const glow = style('.glow p');
    expect(cssRatio(glow.color, glow.backgroundColor)).to.be.at.least(7);
    expect(Math.abs(hueOf(glow.backgroundColor) - hueOf('#6a8cff')), glow.backgroundColor).to.be.below(15);
    // A photo's pixels are unknown: its caption gets a backdrop of its own.
    expect(cssRatio(style('.photo p').color, style('.photo p').backgroundColor)).to.be.at.least(7);
    expect(style('.photo p').backgroundColor).not.to.equal(TRANSPARENT);
    expect((await axeContrast(frame)).violations).to.deep.equal([]);
  });

  it('looks for the layers of positioned boxes alike (a grid’s cells) once, at levels 1 and 2', async () => {
    frame = await loadFrame(FIXTURE, 900, 700);
    const grid = frame.doc.createElement('div');
    grid.className = 'grid';
    frame.doc.body.append(grid);
    const readsWith = (rows: number, level: number) =>
      pseudoReadsAfter(frame!, () => (grid.innerHTML = '<div class="row" style="position:relative"><span class="cell" style="position:relative">Ô</span></div>'.repeat(rows)), level);
    // The rows' kind and the cells' kind are looked at once each: 150 rows cost what 3 do, not 600 reads more.
    for (const level of [1, 2]) expect(await readsWith(150, level), `level ${level}`).to.equal(await readsWith(3, level));
    // A box of a kind seen with no layers is still looked at in a parent of another kind.
    expect(cssRatio(style('.fancy').color, style('.fancy', '::after').backgroundColor)).to.be.below(7);
    await setLevel(frame, 1);
    expect(cssRatio(style('.fancy').color, style('.fancy', '::after').backgroundColor)).to.be.at.least(7);
  });

  it('level 1: pointing at a label whose fill grows on hover reads it grown: the label reaches 7:1 on the fill, then on white again', async () => {
    frame = await loadFrame(FIXTURE, 900, 700);
    await setLevel(frame, 1);
    const box = $('.grow').getBoundingClientRect();
    const offset = frame.iframe.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)] });
    await nextFrames(frame.win, 3);
    expect($('.grow').matches(':hover')).to.equal(true);
    expect(style('.grow', '::before').transform).not.to.include('matrix(0');
    expect(cssRatio(style('.grow').color, style('.grow', '::before').backgroundColor)).to.be.at.least(7);
    await sendMouse({ type: 'move', position: [1, 1] });
    await nextFrames(frame.win, 3);
    expect(style('.grow', '::before').transform).to.include('matrix(0');
    expect(cssRatio(style('.grow').color, 'rgb(255, 255, 255)')).to.be.at.least(7);
  });

  it('level 1: text added later on a layer is decided on it', async () => {
    frame = await loadFrame(FIXTURE, 900, 700);
    await setLevel(frame, 1);
    const late = frame.doc.createElement('p');
    late.textContent = 'Cập nhật lúc 9 giờ.';
    late.style.cssText = 'position: relative; color: #fff; margin: 0';
    $('.sibling').append(late);
    await nextFrames(frame.win, 2);
    expect(cssRatio(frame.win.getComputedStyle(late).color, style('.sibling .fill').backgroundColor)).to.be.at.least(7);
    expect(frame.win.getComputedStyle(late).backgroundColor).to.equal(TRANSPARENT);
  });

  it('level 2: the layers go (colour and photo), the texts are light on black; level 0 gives everything back', async () => {
    frame = await loadFrame(FIXTURE, 900, 700);
    const site = shown(frame);
    const sitePaints = paints();
    await setLevel(frame, 2);
    for (const [text, layer, part] of ON_LAYERS) {
      const paint = style(layer, part).backgroundColor;
      expect([TRANSPARENT, 'rgb(0, 0, 0)'], `${layer}${part ?? ''}`).to.include(paint);
      expect(cssRatio(style(text).color, 'rgb(0, 0, 0)'), text).to.be.at.least(15);
    }
    expect(style('.photo .fill').backgroundImage).to.equal('none');
    expect([style('.gradient', '::before').backgroundColor, style('.gradient', '::before').backgroundImage]).to.deep.equal([TRANSPARENT, 'none']);
    expect((await axeContrast(frame)).violations).to.deep.equal([]);
    await setLevel(frame, 0);
    expect(shown(frame)).to.equal(site);
    expect(paints()).to.deep.equal(sitePaints);
  });
});
