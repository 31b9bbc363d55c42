/**
 * The reader's system comes first: `prefers-contrast: more` starts a new reader at level 1, and
 * under `forced-colors: active` the system's own high-contrast mode is in charge of colours (the
 * contrast buttons rest and say why) while text size keeps working. Printed, a page shows the
 * site's own colours. Media features are emulated
 * over CDP (test/helpers/cdp-emulation-plugin.mjs), so these skip themselves in Firefox.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { skipWithoutCdp } from '../helpers/browser.js';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';

const emulate = (features: { name: string; value: string }[], media = '') => executeServerCommand('emulate-media-features', { features, media });

describe('contrast follows the system', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    removeFrame(frame);
    localStorage.clear();
    if (!navigator.userAgent.includes('Firefox/')) await emulate([]);
  });

  it('prefers-contrast: more with no saved choice starts at level 1, without saving it', async function () {
    skipWithoutCdp(this, 'emulateMedia');
    await emulate([{ name: 'prefers-contrast', value: 'more' }]);
    frame = await loadFrame('/test/fixtures/contrast-cases.html');
    expect(frame.win.matchMedia('(prefers-contrast: more)').matches).to.equal(true);
    expect(frame.win.Legible!.get().contrast).to.equal(1);
    expect(frame.doc.querySelector('p.grey')!.hasAttribute('data-legible-contrast')).to.equal(true);
    expect(localStorage.getItem('legible')).to.equal(null);
  });

  it('a saved choice wins over prefers-contrast: more', async function () {
    skipWithoutCdp(this, 'emulateMedia');
    localStorage.setItem('legible', JSON.stringify({ v: 1, textScale: 1, contrast: 0 }));
    await emulate([{ name: 'prefers-contrast', value: 'more' }]);
    frame = await loadFrame('/test/fixtures/contrast-cases.html');
    expect(frame.win.Legible!.get().contrast).to.equal(0);
  });

  it('a page printed shows the site’s own colours at every level: paper shows no backgrounds, so white text on black would vanish', async function () {
    skipWithoutCdp(this, 'emulateMedia');
    frame = await loadFrame('/test/fixtures/contrast-cases.html');
    const colours = () => ['body', 'p.grey', 'a'].map((selector) => frame!.win.getComputedStyle(frame!.doc.querySelector(selector)!).color);
    const site = colours();
    for (const level of [2, 1, -1]) {
      frame.win.Legible!.set({ contrast: level });
      await nextFrames(frame.win, 2);
      const shown = colours();
      expect(shown, `level ${level} on screen`).not.to.deep.equal(site);
      await emulate([], 'print');
      expect(colours(), `level ${level} printed`).to.deep.equal(site);
      await emulate([]);
      expect(colours(), `level ${level} on screen again`).to.deep.equal(shown);
    }
  });

  it('forced-colors: active leaves colours to the system; the bar says so; text size still works', async function () {
    skipWithoutCdp(this, 'emulateMedia');
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    frame = await loadFrame('/test/fixtures/script-mount.html');
    const legible = frame.win.Legible!;
    expect(legible.capabilities()).to.include({ canIncreaseContrast: false, canDecreaseContrast: false, systemContrast: true });
    legible.set({ contrast: 2 });
    await nextFrames(frame.win, 2);
    expect(frame.doc.adoptedStyleSheets.some((sheet) => Array.from(sheet.cssRules).some((r) => r.cssText.includes('legible-contrast')))).to.equal(false);
    expect(frame.doc.querySelectorAll('[data-legible-contrast]').length).to.equal(0);
    legible.set({ contrast: 0 });
    const bar = frame.doc.querySelector('legible-bar')!;
    await (bar as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const button = (part: string) => bar.shadowRoot!.querySelector(`[part~="${part}"]`)!;
    for (const part of ['increase-contrast', 'decrease-contrast']) {
      expect(button(part).getAttribute('aria-disabled'), part).to.equal('true');
      expect(button(part).textContent).to.match(/tương phản cao của hệ thống|system's high-contrast/);
    }
    expect(button('increase-text').getAttribute('aria-disabled')).to.equal('false');
    const before = parseFloat(frame.win.getComputedStyle(frame.doc.body).fontSize);
    (button('increase-text') as HTMLElement).click();
    await nextFrames(frame.win, 2);
    expect(parseFloat(frame.win.getComputedStyle(frame.doc.body).fontSize)).to.be.greaterThan(before);
  });
});
