/**
 * Boxes given a height in absolute lengths grow with the text (a menu bar whose links are centred
 * by a line height of the same), so grown text stays on the box that paints its background and the
 * floats after it stay in place. Pictures, boxes holding one, empty icons, pseudo-elements and
 * heights in viewport units or shares keep theirs; a later rule that takes a height back still
 * wins; reset gives every height back exactly.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, nextFrames, removeFrame, TRANSPARENT, type Frame } from '../helpers/frame.js';
import { setLevel } from './contrast-measure.js';
import { renderedAll, setScale, STEPS, textElements, wrongSizes } from './text-scale-measure.js';

const box = (frame: Frame, selector: string): DOMRect => frame.doc.querySelector(selector)!.getBoundingClientRect();

/**
 * Each line of text lying off the box that paints the background under it (its own element or the
 * nearest ancestor with a background colour, below the body): "Trang chủ on div#menu: 19–45
 * outside 0–32".
 */
function offTheirBackground(frame: Frame): string[] {
  const painted = (el: Element): boolean => frame.win.getComputedStyle(el).backgroundColor !== TRANSPARENT;
  const wrong: string[] = [];
  for (const { el, label } of textElements(frame.doc)) {
    let painter: Element | null = el;
    while (painter && !painted(painter)) painter = painter.parentElement;
    // (The root's and the body's backgrounds paint the whole canvas.)
    if (!painter || painter === frame.doc.body || painter === frame.doc.documentElement) continue;
    const under = painter.getBoundingClientRect();
    const range = frame.doc.createRange();
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== 3 || !node.textContent!.trim()) continue;
      range.selectNodeContents(node);
      for (const line of Array.from(range.getClientRects())) {
        const outside = line.top < under.top - 1 || line.bottom > under.bottom + 1 || line.left < under.left - 1 || line.right > under.right + 1;
        if (outside) wrong.push(`${label} on ${painter.localName}#${painter.id}: ${Math.round(line.top)}–${Math.round(line.bottom)} outside ${Math.round(under.top)}–${Math.round(under.bottom)}`);
      }
    }
  }
  return wrong;
}

/** Where the slice painting `el` (repeated across, drawn from its top) ends: its natural height, or as `background-size` says. */
async function sliceBottom(el: Element): Promise<number> {
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const [, height] = style.backgroundSize.split(' ');
  if (height?.endsWith('%')) return box.top + (parseFloat(height) / 100) * box.height;
  const picture = new Image();
  picture.src = /url\("(.*)"\)/.exec(style.backgroundImage)![1];
  await picture.decode();
  return box.top + (height ? parseFloat(height) : picture.naturalHeight);
}

describe('text scale: fixed heights', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  for (const [page, float, wrapper] of [
    ['text-legacy.html', '#left', '#wrapper'],
    ['text-heights.html', '.after-bar', 'body'],
  ] as const) {
    it(`${page}: at every step, text grows by the step and stays on the box that paints its background, and floats stay in place`, async () => {
      frame = await loadFrame(`/test/fixtures/${page}`);
      // (Lines a box clips on purpose, a ticker's next item, lie off it at 100% too.)
      const before = offTheirBackground(frame);
      const left = box(frame, wrapper).left;
      expect(box(frame, float).left).to.equal(left);
      const elements = textElements(frame.doc);
      const base = renderedAll(elements);
      for (const scale of STEPS) {
        await setScale(frame, scale);
        // (Every text still grows by the step: no copied height breaks a copied size.)
        expect(wrongSizes(elements, base, scale), `sizes at ${scale}`).to.deep.equal([]);
        const wrong = offTheirBackground(frame).filter((line) => !before.some((known) => known.split(':')[0] === line.split(':')[0]));
        expect(wrong, `at ${scale}`).to.deep.equal([]);
        expect(box(frame, float).left, `${float} at ${scale}`).to.equal(left);
      }
    });
  }

  it('absolute heights grow by the step; pictures, boxes holding one, empty icons, a checkbox drawn as a switch, pseudo-elements, viewport heights and shares keep theirs; reset gives them back', async () => {
    frame = await loadFrame('/test/fixtures/text-heights.html');
    const heightOf = (selector: string, pseudo?: string): number =>
      pseudo ? parseFloat(frame!.win.getComputedStyle(frame!.doc.querySelector(selector)!, pseudo).height) : box(frame!, selector).height;
    const kept: [string, string?][] = [['.logo'], ['.icon'], ['.rule', '::after'], ['.screen'], ['.inline-img'], ['.inline-fixed'], ['#slider'], ['#slider img'], ['.switch']];
    const grown = ['#bar', '#bar a', '#ticker', '.tab', '.note', '.box-title', '.card', '.frame', '.inline-box'];
    const at1 = new Map([...kept, ...grown.map((s) => [s] as [string])].map(([s, p]) => [s + (p ?? ''), heightOf(s, p)]));
    const logoWidth = box(frame, '.logo').width;
    const openAt1 = heightOf('.tab.open');
    expect(openAt1, 'the open tab takes its content height').to.be.above(30);

    await setScale(frame, 2);
    for (const selector of grown) expect(heightOf(selector), selector).to.be.closeTo(2 * at1.get(selector)!, 0.5);
    for (const [selector, pseudo] of kept) expect(heightOf(selector, pseudo), selector + (pseudo ?? '')).to.equal(at1.get(selector + (pseudo ?? '')));
    expect(box(frame, '.logo').width, 'the picture keeps its proportions').to.equal(logoWidth);
    // A slider holding a photo keeps its height (so does the photo filling it); its caption grows inside.
    expect(box(frame, '#slider p').bottom).to.be.closeTo(box(frame, '#slider').bottom, 0.5);
    // The later rule that takes the tab's height back still wins: its three lines, grown.
    expect(heightOf('.tab.open')).to.be.closeTo(2 * openAt1, 1.5);
    // A share of a grown box is the same share.
    expect(heightOf('.half')).to.be.closeTo(heightOf('.frame') / 2, 0.5);
    // The box title's slice is drawn as tall as the grown bar: its text lies on it.
    const title = frame.doc.querySelector('.box-title')!;
    const line = frame.doc.createRange();
    line.selectNodeContents(title.firstChild!);
    expect(line.getBoundingClientRect().bottom).to.be.at.most(await sliceBottom(title));
    // The ticker still shows one line: its next item lies below its box.
    const ticker = box(frame, '#ticker');
    expect(box(frame, '#ticker > div + div').top).to.be.at.least(ticker.bottom - 0.5);

    await setScale(frame, 1);
    for (const [key, value] of at1) {
      const [selector, pseudo] = key.includes('::') ? key.split(/(?=::)/) : [key];
      expect(heightOf(selector, pseudo), `${key} after reset`).to.equal(value);
    }
    expect(heightOf('.tab.open')).to.equal(openAt1);
  });

  it('a box holding a photo grows too once its text no longer fits in it (a hero cut off at the top), and only then; reset takes the mark away', async () => {
    frame = await loadFrame('/test/fixtures/text-heights.html');
    /** The lines of the hero's text lying outside its box. */
    const cutOff = (): string[] => {
      const hero = box(frame!, '#hero');
      const range = frame!.doc.createRange();
      return Array.from(frame!.doc.querySelectorAll('#hero h2, #hero p')).flatMap((el) => {
        range.selectNodeContents(el);
        const line = range.getBoundingClientRect();
        return line.top < hero.top - 1 || line.bottom > hero.bottom + 1 ? [`${el.localName}: ${Math.round(line.top)}–${Math.round(line.bottom)} outside ${Math.round(hero.top)}–${Math.round(hero.bottom)}`] : [];
      });
    };
    expect(cutOff()).to.deep.equal([]);
    expect(box(frame, '#hero').height).to.equal(80);
    // At 125% the text still fits: the hero keeps its height, as the slider does.
    await setScale(frame, 1.25);
    expect(box(frame, '#hero').height).to.equal(80);
    await setScale(frame, 2);
    expect(cutOff()).to.deep.equal([]);
    expect(box(frame, '#hero').height).to.be.closeTo(160, 0.5);
    expect(box(frame, '#hero img').height, 'the photo still fills it').to.be.closeTo(160, 0.5);
    expect(box(frame, '#slider').height, 'the slider, whose caption fits, keeps its height').to.equal(120);
    await setScale(frame, 1);
    expect(box(frame, '#hero').height).to.equal(80);
    expect(frame.doc.querySelectorAll('[data-legible-grow]').length).to.equal(0);
  });

  it('at 200% and high contrast, the box title still lies on its slice, which reaches 7:1 with its white text: no box of its own', async () => {
    frame = await loadFrame('/test/fixtures/text-heights.html');
    await setScale(frame, 2);
    await setLevel(frame, 1);
    const style = frame.win.getComputedStyle(frame.doc.querySelector('.box-title')!);
    expect([style.color, style.backgroundColor, style.backgroundSize]).to.deep.equal(['rgb(255, 255, 255)', TRANSPARENT, 'auto 100%']);
  });

  it('a box added later with a height in its inline style grows too, and its attribute stays as written', async () => {
    frame = await loadFrame('/test/fixtures/text-heights.html');
    await setScale(frame, 1.5);
    const added = frame.doc.body.appendChild(frame.doc.createElement('div'));
    added.setAttribute('style', 'height: 28px; background: #eee');
    added.textContent = 'Thông báo mới';
    await nextFrames(frame.win, 2);
    expect(added.getBoundingClientRect().height).to.equal(42);
    await setScale(frame, 1);
    expect(added.getBoundingClientRect().height).to.equal(28);
    expect(added.getAttribute('style')).to.equal('height: 28px; background: #eee');
  });
});
