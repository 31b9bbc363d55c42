/**
 * Pages built with real frameworks' published CSS (Bootstrap 5: rem sizes, component custom
 * properties, `calc()` headings; Bulma 1: custom properties everywhere, colours from hsl() parts;
 * Pico 2: one custom property as % on the root and as rem on headings; Bootstrap 3, the most common
 * on legacy portals: px sizes on a 10px root, a `.lead` grown by @media, `font: inherit` on controls;
 * Bootstrap 4: rem sizes, em badges and small text; Foundation 6: rem headings grown by @media, %
 * and em components; UIkit 3: a px root with a number line height, px line heights on buttons,
 * `:is()`/`:where()` selectors; W3.CSS 4: px sizes on both root and body, `!important` size classes;
 * GOV.UK Frontend 6: rem sizes and unitless line heights grown by @media, a header in its own
 * colours; Primer CSS 22: colours from custom properties per theme, `font` shorthands with var(); USWDS 3: rem sizes on
 * fixed-height inputs, its own web fonts; Tachyons 4: one class per property, an 1.15 line on
 * controls below Firefox's floor for single-line inputs;
 * Semantic UI 2.5: a 14px root, `!important` rem sizes on components and a flex menu that never wraps;
 * Pure 3: normalize, em and % sizes, a nowrap horizontal menu, the site's own theme around it;
 * Materialize 1: a px root grown by @media, `transition: all .3s` on buttons;
 * Tailwind CSS 4, built by its own compiler: every rule in cascade layers, `oklch()` palettes,
 * `color-mix()` opacity, gradients interpolated in oklab, sizes from custom properties and `calc()`;
 * PatternFly 5: every size a component custom property declared below the root from a global one
 * on `:where(:root)`, the same property `inherit` elsewhere, and sizes in `calc()` of component ones),
 * linked from another origin as sites link a CDN, and from the page's own origin.
 * What a reader sees: every text at exactly s times its size, no sideways scroll at 200%, and the
 * contrast levels' promises held by axe.
 */
import { expect } from '@open-wc/testing';
import { describeViolations, loadFrame, nextFrames, removeFrame, runAxe, type Frame } from '../helpers/frame.js';
import { renderedAll, setScale, STEPS, textElements, wrongSizes } from './text-scale-measure.js';

const FRAMEWORKS = [
  ['Bootstrap 5', 'framework-bootstrap.html', 'bootstrap.min.css', '.lead', '20px'],
  ['Bulma 1', 'framework-bulma.html', 'bulma.min.css', '.subtitle', '20px'],
  ['Pico 2', 'framework-pico.html', 'pico.min.css', 'h1', '40px'],
  ['Bootstrap 3', 'framework-bootstrap3.html', 'bootstrap3/dist/css/bootstrap.min.css', '.lead', '21px'],
  ['Bootstrap 4', 'framework-bootstrap4.html', 'bootstrap4/dist/css/bootstrap.min.css', '.lead', '20px'],
  ['Foundation 6', 'framework-foundation.html', 'foundation.min.css', 'h1', '48px'],
  ['UIkit 3', 'framework-uikit.html', 'uikit.min.css', '.uk-text-lead', '24px'],
  ['W3.CSS 4', 'framework-w3.html', 'w3.css', '.w3-large', '18px'],
  ['GOV.UK Frontend 6', 'framework-govuk.html', 'govuk-frontend.min.css', '.govuk-heading-xl', '48px'],
  ['USWDS 3', 'framework-uswds.html', 'uswds.min.css', '.usa-intro', '21.44px'],
  ['Primer CSS 22', 'framework-primer.html', 'primer.css', '.Subhead-heading--large', '32px'],
  ['Tachyons 4', 'framework-tachyons.html', 'tachyons.min.css', 'h1', '48px'],
  ['Semantic UI 2.5', 'framework-semantic.html', 'semantic.min.css', 'h1.ui.header', '28px'],
  ['Pure 3', 'framework-pure.html', 'pure-min.css', 'h1', '32px'],
  ['Materialize 1', 'framework-materialize.html', 'materialize.min.css', 'h1', '63px'],
  ['Tailwind CSS 4', 'framework-tailwind.html', 'tailwind.css', '.lead', '18px'],
  ['PatternFly 5', 'framework-patternfly.html', 'patternfly.min.css', '.pf-v5-c-content h1', '24px'],
] as const;
const ORIGINS = [
  ['another origin (unreadable rules)', ''],
  ['the page’s own origin', '?same'],
] as const;

for (const [framework, page, css, probe, probeSize] of FRAMEWORKS) for (const [where, query] of ORIGINS) {
  describe(`${framework} from ${where}`, () => {
    let frame: Frame;
    beforeEach(async () => {
      localStorage.clear();
      frame = await loadFrame(`/test/fixtures/${page}${query}`);
    });
    afterEach(() => {
      removeFrame(frame);
      localStorage.clear();
    });

    it('is the real framework, loaded as described', () => {
      const sheet = Array.from(frame.doc.styleSheets).find((s) => s.href?.endsWith(css))!;
      expect(sheet, `${framework} loaded`).to.exist;
      const readable = (() => {
        try {
          return sheet.cssRules.length > 0;
        } catch {
          return false;
        }
      })();
      expect(readable).to.equal(query === '?same');
      expect(frame.win.getComputedStyle(frame.doc.querySelector(probe)!).fontSize).to.equal(probeSize);
    });

    it('scales every text element exactly at every step and back, without sideways scrolling at 200%', async () => {
      const elements = textElements(frame.doc);
      expect(elements.length).to.be.greaterThan(20);
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
      await setScale(frame, 1);
      expect(wrongSizes(elements, base, 1), 'back at 100%').to.deep.equal([]);
    });

    it('opens with every text at twice its size when 200% was chosen on an earlier visit', async () => {
      const base = renderedAll(textElements(frame.doc));
      localStorage.setItem('legible', JSON.stringify({ v: 1, textScale: 2 }));
      const again = await loadFrame(`/test/fixtures/${page}${query}`);
      try {
        await nextFrames(again.win, 2);
        const elements = textElements(again.doc);
        expect(elements.length).to.equal(base.length);
        expect(wrongSizes(elements, base, 2)).to.deep.equal([]);
      } finally {
        removeFrame(again);
      }
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
