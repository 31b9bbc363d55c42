/**
 * Text resizing, not zoom: on a 62.5% rem portal and a fixed-width px page every text element
 * grows by the step, px line heights with it, layout widths stay, no horizontal scrollbar appears
 * at 200% (1280px and, on the responsive page, 320px; on a phone's 360px, rows that cannot wrap are
 * made to), and the bar stays on screen and usable.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';
import { rendered, renderedAll, setScale, STEPS, textElements, wrongSizes } from './text-scale-measure.js';

const overflow = (frame: Frame): number => frame.doc.documentElement.scrollWidth - frame.doc.documentElement.clientWidth;

describe('text scale: layout', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  for (const [page, what, lines] of [
    ['text-portal.html', 'html { font-size: 62.5% } with rem, em, % and px', 10],
    ['text-legacy.html', 'body { font: 75%/18px }, px, <font size>, inline spans', 5],
    ['text-quirks.html', 'a page without a doctype (tables reset to the initial size)', 0],
    ['text-layers.html', 'every rule in @layer, sizes in custom properties (utility-first CSS)', 5],
  ] as const) {
    it(`${what}: every element scales by the step, px line heights too`, async () => {
      frame = await loadFrame(`/test/fixtures/${page}`);
      const elements = textElements(frame.doc);
      const base = renderedAll(elements);
      expect(elements.length).to.be.above(5);
      expect(base.filter((b) => b.line !== null).length).to.be.at.least(lines);
      const wrong: string[] = [];
      for (const scale of STEPS) {
        await setScale(frame, scale);
        wrong.push(...wrongSizes(elements, base, scale).map((w) => `at ${scale}: ${w}`));
      }
      expect(wrong).to.deep.equal([]);
    });
  }

  it('the root keeps its size, so rem widths stay put', async () => {
    frame = await loadFrame('/test/fixtures/text-portal.html');
    const container = frame.doc.querySelector('.container')!;
    const width = container.getBoundingClientRect().width;
    await setScale(frame, 2);
    expect(frame.win.getComputedStyle(frame.doc.documentElement).fontSize).to.equal('10px');
    expect(container.getBoundingClientRect().width).to.equal(width);
  });

  for (const [page, width] of [
    ['text-portal.html', 1280],
    ['text-portal.html', 320],
    ['text-legacy.html', 1280],
  ] as const) {
    it(`no horizontal overflow at 200% on ${page} at ${width}px`, async () => {
      frame = await loadFrame(`/test/fixtures/${page}`, width, 700);
      expect(overflow(frame), 'none at 100%').to.be.at.most(0);
      const body = rendered(frame.doc.querySelector('p')!).font;
      await setScale(frame, 2);
      expect(rendered(frame.doc.querySelector('p')!).font).to.equal(body * 2);
      expect(overflow(frame)).to.be.at.most(0);
    });
  }

  /** Each element's box, as laid out now. */
  const boxes = (frame: Frame): string[] =>
    Array.from(frame.doc.body.querySelectorAll('*'), (el) => {
      const { left, top, width, height } = el.getBoundingClientRect();
      return `${el.localName}.${el.className} ${left} ${top} ${width} ${height}`;
    });
  /** Texts whose box passes the page's right edge, outside the boxes that cut them off on purpose. */
  const pastTheEdge = (frame: Frame): string[] =>
    textElements(frame.doc)
      .filter(({ el }) => {
        const { left, right } = el.getBoundingClientRect();
        return !el.closest('.frame, .cut') && (left < -0.5 || right > frame.doc.documentElement.clientWidth + 0.5);
      })
      .map(({ el }) => el.textContent!.trim());

  for (const variant of ['', 'hidden', 'rtl'] as const) {
    it(`rows that cannot wrap (a flex header, a component's links in its shadow tree, a nowrap menu, a field sized in characters, one padded outside its content box, a table's nowrap headings and cells, badges held on one line in a table that hides its overflow, a phrase in <nobr>) and a word longer than its line (an e-mail address, also in a card beside its picture) wrap at 200% on a 360px page instead of passing its edge${{ '': '', hidden: ' (a body that hides what passes it)', rtl: ' (right to left)' }[variant]}`, async () => {
      frame = await loadFrame('/test/fixtures/text-rows.html', 360, 700);
      // (Semantic UI hides the body's overflow: what passes the edge is not scrolled to but lost.)
      if (variant === 'hidden') frame.doc.body.style.overflowX = 'hidden';
      // (Right to left, what cannot wrap passes the left edge.)
      if (variant === 'rtl') frame.doc.documentElement.dir = 'rtl';
      const elements = textElements(frame.doc);
      const base = renderedAll(elements);
      const before = boxes(frame);
      expect(overflow(frame), 'none at 100%').to.be.at.most(0);
      expect(pastTheEdge(frame)).to.deep.equal([]);
      for (const scale of [1.5, 2]) {
        await setScale(frame, scale);
        // (Marks are written in the frame after a step, and a wrapped row may show an inner one.)
        await nextFrames(frame.win, 3);
        expect(wrongSizes(elements, base, scale), `sizes at ${scale}`).to.deep.equal([]);
        expect(pastTheEdge(frame), `at ${scale}`).to.deep.equal([]);
        expect(overflow(frame), `overflow at ${scale}`).to.be.at.most(0);
      }
      // What cuts off on purpose still does: the carousel's track stays one row, the cell one line.
      expect(frame.win.getComputedStyle(frame.doc.querySelector('.track')!).flexWrap).to.equal('nowrap');
      expect(frame.win.getComputedStyle(frame.doc.querySelector('.cut')!).whiteSpace).to.equal('nowrap');
      await setScale(frame, 1);
      expect(frame.doc.querySelectorAll('[data-legible-wrap]').length, 'marks at 100%').to.equal(0);
      expect(frame.doc.querySelector('site-links')!.shadowRoot!.querySelectorAll('[data-legible-wrap]').length, 'in the shadow tree').to.equal(0);
      expect(boxes(frame)).to.deep.equal(before);
    });
  }

  it('a page 1000px wide at 100% in a 360px window: rows that fit its width are left as they are at 200%', async () => {
    frame = await loadFrame('/test/fixtures/text-rows.html?designed', 360, 700);
    const before = boxes(frame);
    expect(frame.doc.documentElement.scrollWidth, 'wider than its window by design').to.equal(1000);
    await setScale(frame, 2);
    await nextFrames(frame.win, 3);
    expect(frame.doc.querySelectorAll('[data-legible-wrap]').length).to.equal(0);
    expect(frame.doc.documentElement.scrollWidth).to.equal(1000);
    await setScale(frame, 1);
    expect(boxes(frame)).to.deep.equal(before);
  });

  it('at 1280px nothing passes the edge, and no row is changed; a skip link hidden above the page by a px offset stays hidden, and shows when focused', async () => {
    frame = await loadFrame('/test/fixtures/text-rows.html', 1280, 700);
    const skip = frame.doc.querySelector<HTMLElement>('.skip')!;
    for (const scale of [1.5, 2]) {
      await setScale(frame, scale);
      await nextFrames(frame.win, 3);
      expect(overflow(frame)).to.be.at.most(0);
      expect(frame.doc.querySelectorAll('[data-legible-wrap]').length).to.equal(0);
      // (At 100% it is 40px above its place, as tall as its one line: grown, its foot would show.)
      expect(skip.getBoundingClientRect().bottom, `skip link at ${scale}`).to.be.at.most(0);
      skip.focus();
      expect(skip.getBoundingClientRect().top, `focused at ${scale}`).to.be.at.least(0);
      skip.blur();
    }
  });

  for (const width of [1280, 320]) {
    it(`the bar stays on screen and usable at every step, its own sizes unchanged (${width}px)`, async () => {
      frame = await loadFrame('/test/fixtures/text-portal.html', width, 640);
      const bar = frame.doc.querySelector('legible-bar')!;
      const increase = bar.shadowRoot!.querySelector('[part~="increase-text"]') as HTMLElement;
      const font = rendered(increase).font;
      const size = increase.getBoundingClientRect();
      for (const scale of [...STEPS, 1.5, 1.75]) {
        await setScale(frame, scale);
        const box = bar.getBoundingClientRect();
        expect(box.left, `left at ${scale}`).to.be.at.least(0);
        expect(box.top, `top at ${scale}`).to.be.at.least(0);
        expect(box.right, `right at ${scale}`).to.be.at.most(frame.win.innerWidth);
        expect(box.bottom, `bottom at ${scale}`).to.be.at.most(frame.win.innerHeight);
        expect(rendered(increase).font, `font at ${scale}`).to.equal(font);
        const button = increase.getBoundingClientRect();
        expect([button.width, button.height], `button at ${scale}`).to.deep.equal([size.width, size.height]);
        // Nothing of the page covers it: a click at its centre reaches the button.
        const hit = frame.doc.elementFromPoint(button.left + button.width / 2, button.top + button.height / 2);
        expect(hit, `hit at ${scale}`).to.equal(bar);
        expect(bar.shadowRoot!.elementFromPoint(button.left + button.width / 2, button.top + button.height / 2)).to.equal(increase);
      }
      increase.click();
      expect(frame.win.Legible!.get().textScale).to.equal(2);
    });
  }
});
