/**
 * A stylesheet from another origin cannot be read (`cssRules` throws), yet what it sizes scales:
 * Legible measures it, without fetching anything, also when it measures again while the text is
 * scaled (content added later), with text a component's shadow tree sizes on the page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { skipWithoutCdp } from '../helpers/browser.js';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';
import { renderedAll, setScale, STEPS, textElements, wrongSizes } from './text-scale-measure.js';

describe('text scale: a stylesheet of another origin', () => {
  let frame: Frame;
  beforeEach(async () => {
    localStorage.clear();
    frame = await loadFrame('/test/fixtures/text-xorigin.html');
  });
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('is really unreadable, and really sizes the page', () => {
    const sheet = Array.from(frame.doc.styleSheets).find((s) => s.href?.endsWith('text-xorigin.css'))!;
    expect(sheet, 'the cross-origin sheet loaded').to.exist;
    expect(new URL(sheet.href!).origin).not.to.equal(frame.win.location.origin);
    expect(() => sheet.cssRules).to.throw();
    expect(frame.win.getComputedStyle(frame.doc.body).fontSize).to.equal('14px');
    expect(frame.win.getComputedStyle(frame.doc.querySelector('.xo-ctx .item')!).fontSize).to.equal('19px');
  });

  it('every element it sizes renders at s × its size at every step, and content added later too', async () => {
    const elements = textElements(frame.doc);
    const base = renderedAll(elements);
    const wrong: string[] = [];
    for (const scale of STEPS) {
      await setScale(frame, scale);
      wrong.push(...wrongSizes(elements, base, scale).map((w) => `at ${scale}: ${w}`));
    }
    // More of the same arrives while the text is at 125%.
    await setScale(frame, 1.25);
    const late = frame.doc.getElementById('page')!.cloneNode(true) as HTMLElement;
    late.id = 'late';
    frame.doc.body.append(late);
    await nextFrames(frame.win, 2);
    const added = textElements(frame.doc).filter((e) => e.el.closest('#late'));
    const atFirst = renderedAll(added);
    // The page is measured again while its text is scaled: the first elements keep their sizes, text
    // a component's shadow tree sizes among them (its sheet, scaled, is not the page's own size).
    wrong.push(...wrongSizes(elements, base, 1.25).map((w) => `measured again at 1.25: ${w}`));
    await setScale(frame, 1);
    const addedBase = renderedAll(added);
    added.forEach((e, i) => {
      if (Math.abs(atFirst[i].font - addedBase[i].font * 1.25) > 0.5) wrong.push(`added at 1.25: ${e.label}: ${atFirst[i].font}px, expected ${addedBase[i].font * 1.25}px`);
    });
    for (const scale of STEPS) {
      await setScale(frame, scale);
      wrong.push(...wrongSizes(added, addedBase, scale).map((w) => `late, at ${scale}: ${w}`));
    }
    expect(wrong).to.deep.equal([]);
  });

  it('sizes stay exact when the site removes an element (rules may name places among siblings)', async () => {
    // `input.field` also matches the larger `input.field.field-lg` beside it, so tag and classes
    // cannot tell the two apart: only their places can, and removing the label moves both.
    const elements = textElements(frame.doc).filter((e) => e.el.closest('.row') && e.el.localName === 'input');
    expect(elements.length).to.equal(2);
    const base = renderedAll(elements);
    await setScale(frame, 1.5);
    expect(wrongSizes(elements, base, 1.5)).to.deep.equal([]);
    frame.doc.querySelector('.row .hint')!.remove();
    await nextFrames(frame.win, 2);
    expect(wrongSizes(elements, base, 1.5)).to.deep.equal([]);
  });

  it('sizes stay exact when the site changes a class (measured rules name classes)', async () => {
    // The other origin's sheet: `.xo` 15px on 21px, `.xo.big` 23px.
    const p = frame.doc.querySelector('p.xo') as HTMLElement;
    await setScale(frame, 1.5);
    expect(frame.win.getComputedStyle(p).fontSize).to.equal('22.5px');
    p.classList.add('big');
    await nextFrames(frame.win, 2);
    expect(frame.win.getComputedStyle(p).fontSize).to.equal('34.5px');
    p.classList.remove('big');
    await nextFrames(frame.win, 2);
    expect(frame.win.getComputedStyle(p).fontSize).to.equal('22.5px');
  });

  it('reset leaves no rule of ours behind', async () => {
    const adopted = frame.doc.adoptedStyleSheets.length;
    await setScale(frame, 2);
    frame.win.Legible!.reset();
    await nextFrames(frame.win, 2);
    expect(frame.doc.adoptedStyleSheets.length).to.equal(adopted);
    expect(frame.win.getComputedStyle(frame.doc.body).fontSize).to.equal('14px');
  });

  it('a size saved on an earlier visit is exact once the page has loaded, on a slow machine too', async function () {
    skipWithoutCdp(this, 'cpuThrottle');
    // Two loads of a long page, one of them on a throttled CPU.
    this.timeout(60000);
    // Measuring a long framework page (over 2,000 elements) then takes long enough that a reading
    // asked for while it loads waits its turn; what waits must not outlast the load (it once did,
    // by four times a reading: the footer a late script adds stayed at its own size).
    const page = '/test/fixtures/text-xorigin-late-footer.html';
    const plain = await loadFrame(page);
    const base = renderedAll(textElements(plain.doc));
    removeFrame(plain);
    localStorage.setItem('legible', JSON.stringify({ v: 1, textScale: 2 }));
    await executeServerCommand('cpu-throttle', { rate: 12 });
    let again: Frame | undefined;
    try {
      again = await loadFrame(page);
      await nextFrames(again.win, 2);
      expect(wrongSizes(textElements(again.doc), base, 2)).to.deep.equal([]);
    } finally {
      await executeServerCommand('cpu-throttle', { rate: 1 });
      removeFrame(again);
    }
  });
});
