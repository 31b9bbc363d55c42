/**
 * A page built with a real framework's published CSS (Bootstrap 5, rem sizes, custom properties,
 * `clamp()` headings), linked from another origin as sites link a CDN, and from the page's own origin.
 * What a reader sees: every text at exactly s times its size, no sideways scroll at 200%, and the
 * contrast levels' promises held by axe.
 */
import { expect } from '@open-wc/testing';
import { describeViolations, loadFrame, nextFrames, removeFrame, runAxe, type Frame } from '../helpers/frame.js';
import { renderedAll, setScale, STEPS, textElements, wrongSizes } from './text-scale-measure.js';

for (const [where, query] of [
  ['another origin (unreadable rules)', ''],
  ['the page’s own origin', '?same'],
] as const) {
  describe(`Bootstrap 5 from ${where}`, () => {
    let frame: Frame;
    beforeEach(async () => {
      localStorage.clear();
      frame = await loadFrame(`/test/fixtures/framework-bootstrap.html${query}`);
    });
    afterEach(() => {
      removeFrame(frame);
      localStorage.clear();
    });

    it('is the real framework, loaded as described', () => {
      const sheet = Array.from(frame.doc.styleSheets).find((s) => s.href?.endsWith('bootstrap.min.css'))!;
      expect(sheet, 'Bootstrap loaded').to.exist;
      const readable = (() => {
        try {
          return sheet.cssRules.length > 0;
        } catch {
          return false;
        }
      })();
      expect(readable).to.equal(query === '?same');
      expect(frame.win.getComputedStyle(frame.doc.querySelector('.lead')!).fontSize).to.equal('20px');
    });

    it('scales every text element exactly at every step, without sideways scrolling at 200%', async () => {
      const elements = textElements(frame.doc);
      expect(elements.length).to.be.greaterThan(30);
      const base = renderedAll(elements);
      const wrong: string[] = [];
      for (const scale of STEPS) {
        await setScale(frame, scale);
        wrong.push(...wrongSizes(elements, base, scale).map((w) => `at ${scale}: ${w}`));
      }
      expect(wrong).to.deep.equal([]);
      await setScale(frame, 2);
      const root = frame.doc.documentElement;
      expect(root.scrollWidth, 'no horizontal overflow at 200%').to.be.at.most(root.clientWidth);
    });

    it('keeps the promises of every contrast level under axe', async () => {
      for (const contrast of [1, 2, -1]) {
        frame.win.Legible!.set({ contrast });
        await nextFrames(frame.win, 3);
        const rules = contrast > 0 ? ['color-contrast', 'color-contrast-enhanced'] : ['color-contrast'];
        const results = await runAxe(frame, { runOnly: { type: 'rule', values: rules } });
        expect(describeViolations(results), `contrast ${contrast}`).to.equal('');
      }
    });
  });
}
