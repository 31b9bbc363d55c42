/**
 * The script-tag file as a portal team uses it: `dist/legible.min.js` in the `<head>` of pages
 * that have never heard of Legible, each in a fresh iframe.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, nextFrames, removeFrame, type Frame } from './helpers/frame.js';

const fontSize = (frame: Frame, selector: string): number =>
  parseFloat(frame.win.getComputedStyle(frame.doc.querySelector(selector)!).fontSize);
const bars = (frame: Frame): Element[] => Array.from(frame.doc.querySelectorAll('legible-bar'));

describe('dist/legible.min.js from a script tag', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('is a classic script that runs in <head>, exposes window.Legible and adds a floating bar', async () => {
    frame = await loadFrame('/test/fixtures/script-head.html');
    expect(frame.errors).to.deep.equal([]);
    expect(frame.win.Legible?.get()).to.deep.equal({ textScale: 1, contrast: 0 });
    expect(frame.win.Legible?.version).to.match(/^\d+\.\d+\.\d+/);
    const [bar] = bars(frame);
    expect(bars(frame)).to.have.length(1);
    expect(bar.getAttribute('position')).to.equal('floating');
    const box = bar.getBoundingClientRect();
    // In a bottom corner, inside the viewport.
    expect(box.bottom).to.be.at.most(frame.win.innerHeight);
    expect(box.bottom).to.be.above(frame.win.innerHeight - 80);
    expect(box.right).to.be.at.most(frame.win.innerWidth);
  });

  it('changes the page, saves the choice and dispatches legible-change', async () => {
    frame = await loadFrame('/test/fixtures/script-head.html');
    const events: unknown[] = [];
    frame.doc.addEventListener('legible-change', (e) => events.push((e as CustomEvent).detail));
    expect(fontSize(frame, '#probe')).to.equal(14);
    frame.win.Legible!.set({ textScale: 1.5, contrast: 1 });
    await nextFrames(frame.win);
    expect(fontSize(frame, '#probe')).to.equal(21);
    expect(fontSize(frame, 'h1')).to.equal(39);
    expect(events).to.deep.equal([{ textScale: 1.5, contrast: 1 }]);
    expect(localStorage.getItem('legible')).to.equal('{"v":1,"textScale":1.5,"contrast":1}');
  });

  it('applies the saved choice on the next page, from storage', async () => {
    localStorage.setItem('legible', '{"v":1,"textScale":1.25,"contrast":2}');
    frame = await loadFrame('/test/fixtures/script-head.html');
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 1.25, contrast: 2 });
    expect(fontSize(frame, '#probe')).to.equal(17.5);
    expect(frame.win.getComputedStyle(frame.doc.body).backgroundColor).to.equal('rgb(0, 0, 0)');
  });

  it('mounts the bar inline where data-mount says, in the page language', async () => {
    frame = await loadFrame('/test/fixtures/script-mount.html');
    const [bar] = bars(frame);
    expect(bars(frame)).to.have.length(1);
    expect(bar.parentElement?.id).to.equal('tools');
    expect(bar.hasAttribute('position')).to.equal(false);
    const labels = Array.from(bar.shadowRoot!.querySelectorAll('button')).map((b) => b.textContent!.trim());
    expect(labels).to.include('More contrast');
  });

  it('adds no bar with data-mount="none"', async () => {
    frame = await loadFrame('/test/fixtures/script-none.html');
    expect(bars(frame)).to.have.length(0);
    expect(frame.win.Legible!.increaseText().textScale).to.equal(1.125);
  });

  it('does no harm when loaded twice: one state, one bar, no errors', async () => {
    frame = await loadFrame('/test/fixtures/script-twice.html');
    expect(frame.errors).to.deep.equal([]);
    expect(bars(frame)).to.have.length(1);
    const bar = bars(frame)[0];
    (bar.shadowRoot!.querySelector('[part~="increase-text"]') as HTMLButtonElement).click();
    await nextFrames(frame.win);
    expect(frame.win.Legible!.get().textScale).to.equal(1.125);
    expect(fontSize(frame, '#probe')).to.equal(15.75);
  });

  it('reset restores the page and forgets the choice', async () => {
    frame = await loadFrame('/test/fixtures/script-head.html');
    await nextFrames(frame.win);
    const before = frame.doc.documentElement.outerHTML;
    const sheets = (): string[] => frame!.doc.adoptedStyleSheets.map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join(''));
    // Before any choice, the only sheet is the floating bar's room at the end of the page.
    const idle = sheets();
    expect(idle).to.have.length(1);
    expect(idle[0]).to.match(/^@media screen \{\s*:root \{ padding-bottom: \d+px; scroll-padding-bottom: \d+px; \}\s*\}$/);
    frame.win.Legible!.set({ textScale: 2, contrast: 1 });
    await nextFrames(frame.win);
    frame.win.Legible!.reset();
    await nextFrames(frame.win);
    expect(frame.doc.documentElement.outerHTML).to.equal(before);
    expect(sheets()).to.deep.equal(idle);
    expect(fontSize(frame, '#probe')).to.equal(14);
    expect(localStorage.getItem('legible')).to.equal(null);
  });
});
