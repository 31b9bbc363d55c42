/**
 * A site whose theme animates every colour change (`transition: color 3s`). A level must show its
 * colours at once, not three seconds later: readers would see a slow fade, and an axe audit run
 * right after the change would measure colours halfway. Reset must bring the site's own colours
 * back at once, too, and a change between levels must read the site's colours, not halfway ones.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';
import { failing, measureTexts, minimumFor } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-transitions.html';
/** Every colour of every element, shadow roots included, as computed now. */
function colours(frame: Frame): string[] {
  const out: string[] = [];
  const read = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const s = frame.win.getComputedStyle(el);
      out.push(`${el.localName}: ${s.color} ${s.backgroundColor} ${s.borderTopColor} ${s.boxShadow}`);
      if (el.shadowRoot) read(el.shadowRoot);
    }
  };
  read(frame.doc);
  return out;
}

/** The level's promise, measured one frame after the change. */
function broken(frame: Frame, level: 1 | 2 | -1): string[] {
  const note = frame.doc.querySelector('animated-note')!.shadowRoot!;
  return [...measureTexts(frame.doc), ...measureTexts(note)].length > 5
    ? [...failing(measureTexts(frame.doc), minimumFor[level]), ...failing(measureTexts(note), minimumFor[level])]
    : ['too few texts measured'];
}

describe('contrast on a site that animates its colour changes', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('the fixture really animates: a colour change of its own is still halfway a frame later', async () => {
    frame = await loadFrame(FIXTURE);
    const p = frame.doc.querySelector('p.grey') as HTMLElement;
    p.style.color = '#000';
    await nextFrames(frame.win, 1);
    expect(frame.win.getComputedStyle(p).color).to.not.equal('rgb(0, 0, 0)');
    p.removeAttribute('style');
  });

  it('each level, and each change between levels, keeps its promise one frame later', async () => {
    frame = await loadFrame(FIXTURE);
    for (const level of [1, 2, -1, 1, -1, 2] as const) {
      frame.win.Legible!.set({ contrast: level });
      await nextFrames(frame.win, 1);
      expect(broken(frame, level), `level ${level}`).to.deep.equal([]);
    }
  });

  it('reset brings back every colour of the site one frame later', async () => {
    frame = await loadFrame(FIXTURE);
    const before = colours(frame);
    for (const level of [1, 2, -1] as const) {
      frame.win.Legible!.set({ contrast: level });
      await nextFrames(frame.win, 1);
      expect(colours(frame), `level ${level} changed something`).to.not.deep.equal(before);
      frame.win.Legible!.reset();
      await nextFrames(frame.win, 1);
      expect(colours(frame), `after level ${level}`).to.deep.equal(before);
    }
  });
});
