/**
 * What real pages size text with, beyond the basics (see text-real-world.css): every text element
 * renders at s × its size at every step and exactly as before on reset, with the page's sheet on
 * its own origin and on another (unreadable, measured).
 */
import { expect } from '@open-wc/testing';
import { skipInFirefox } from '../helpers/browser.js';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';
import { renderedAll, setScale, STEPS, textElements, wrongSizes } from './text-scale-measure.js';

const SVG = 'http://www.w3.org/2000/svg';

for (const [origin, query] of [
  ['its own origin', ''],
  ['another origin', '?xorigin'],
] as const) {
  describe(`text scale on real-world patterns, the sheet from ${origin}`, () => {
    let frame: Frame;
    beforeEach(async () => {
      localStorage.clear();
      frame = await loadFrame(`/test/fixtures/text-real-world.html${query}`);
    });
    afterEach(() => {
      removeFrame(frame);
      localStorage.clear();
    });

    it('the sheet is loaded (and unreadable from another origin)', () => {
      const sheet = Array.from(frame.doc.styleSheets).find((s) => s.href?.endsWith('text-real-world.css'))!;
      expect(sheet, 'the sheet loaded').to.exist;
      if (query) expect(() => sheet.cssRules).to.throw();
      expect(frame.win.getComputedStyle(frame.doc.body).fontSize).to.equal('14px');
    });

    it('every element renders at s × its size at every step, and exactly as before on reset', async () => {
      const elements = textElements(frame.doc);
      expect(elements.length).to.be.above(20);
      expect(elements.filter((e) => e.el.localName === 'text').length).to.equal(6);
      const base = renderedAll(elements);
      const wrong: string[] = [];
      for (const scale of STEPS) {
        await setScale(frame, scale);
        wrong.push(...wrongSizes(elements, base, scale).map((w) => `at ${scale}: ${w}`));
      }
      await setScale(frame, 1);
      expect(wrong).to.deep.equal([]);
      expect(renderedAll(elements)).to.deep.equal(base);
    });

    it('an unstyled textarea on a page with a px body grows by the step (Firefox sizes it from its monospace default)', async () => {
      const textarea = frame.doc.querySelector('textarea')!;
      const [base] = renderedAll([{ el: textarea, kind: '', label: '' }]);
      for (const scale of STEPS) {
        await setScale(frame, scale);
        expect(renderedAll([{ el: textarea, kind: '', label: '' }])[0].font, `at ${scale}`).to.be.closeTo(base.font * scale, 0.5);
      }
    });
    it('fields of a fixed height grow as tall as their text needs instead of cutting it off at 200%', async function () {
      // (Their height is copied from a readable sheet; another origin's is measured for text only.)
      if (query) skipInFirefox(this, 'Firefox ESR 140 ignores intrinsic minimum heights on form controls, so a field whose fixed height is on an unreadable sheet still cuts off its text there');
      const fields = Array.from(frame.doc.querySelectorAll<HTMLElement>('.field-fixed'));
      expect(fields.length).to.equal(2);
      for (const scale of [1, 1.5, 2]) {
        await setScale(frame, scale);
        for (const field of fields) {
          const style = frame.win.getComputedStyle(field);
          // What the text needs: its glyphs (at least 1.1 times its size in Arial or its stand-in;
          // a field draws one line of its own), the padding and the border (the site's box is border-box).
          const line = 1.1 * parseFloat(style.fontSize);
          const needs = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((sum, key) => sum + parseFloat(style[key as 'paddingTop']), line);
          const height = field.getBoundingClientRect().height;
          expect(height, `${field.localName} at ${scale}`).to.be.at.least(needs - 1);
          // And no taller than the site made it where its text fits.
          if (scale === 1) expect(height).to.equal(40);
        }
      }
    });

    it('a chart drawn later, its labels sized by SVG attributes, grows by the step', async () => {
      await setScale(frame, 1.25);
      // What a charting script does: an axis group with a font-size attribute, then its labels.
      const svg = frame.doc.querySelector('svg')!;
      const axis = svg.appendChild(frame.doc.createElementNS(SVG, 'g'));
      axis.setAttribute('font-size', '11');
      for (const [x, label] of [[0, 'Q1'], [40, 'Q2']] as const) {
        const text = axis.appendChild(frame.doc.createElementNS(SVG, 'text'));
        text.setAttribute('x', String(x));
        text.textContent = label;
      }
      const title = svg.appendChild(frame.doc.createElementNS(SVG, 'text'));
      title.setAttribute('font-size', '15px');
      title.textContent = 'Title';
      await nextFrames(frame.win, 2);
      const added = textElements(frame.doc).filter((e) => e.el.parentNode === axis || e.el === title);
      expect(added.length).to.equal(3);
      expect(renderedAll(added).map((r) => r.font)).to.deep.equal([13.75, 13.75, 18.75]);
    });
  });
}
