/**
 * Several copies on one page: two script tags (or versions), elements defined by another copy
 * (the npm build), a copy arriving late. No error, one shared state, every bar agrees.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, removeFrame, type Frame } from '../helpers/frame.js';
import { barButton, bars, expectNothingWentWrong, expectShown, KEY, showing, shownAfterStorageEvent } from './persistence-page.js';

const runtimeOf = (frame: Frame): unknown => (frame.win as unknown as Record<symbol, unknown>)[Symbol.for('legible.runtime')];

describe('persistence: several copies on one page', () => {
  let frame: Frame | undefined;
  let other: Frame | undefined;
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => {
    removeFrame(frame);
    removeFrame(other);
    frame = other = undefined;
    localStorage.removeItem(KEY);
  });

  /** Changes through each bar and the API; all of them, and the page, show each change. */
  async function expectOneState(frame: Frame): Promise<void> {
    const [first, second] = bars(frame);
    expect(bars(frame)).to.have.length(2);
    expect(runtimeOf(frame), 'window.Legible is the shared runtime').to.equal(frame.win.Legible);
    barButton(first, 'increase-text').click();
    await expectShown(frame, { textScale: 1.125, contrast: 0 }, 'A+ on the first bar');
    barButton(second, 'increase-contrast').click();
    await expectShown(frame, { textScale: 1.125, contrast: 1 }, 'more contrast on the second bar');
    frame.win.Legible!.set({ textScale: 2 });
    await expectShown(frame, { textScale: 2, contrast: 1 }, 'set()');
    expect(localStorage.getItem(KEY)).to.equal('{"v":1,"textScale":2,"contrast":1}');
    barButton(first, 'reset').click();
    await expectShown(frame, { textScale: 1, contrast: 0 }, 'reset');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expectNothingWentWrong(frame);
  }

  it('two script tags: the first stays in charge, one state, no second bar, no error', async () => {
    frame = await loadFrame('/test/fixtures/persist-twice.html');
    expect(frame.doc.querySelectorAll('footer legible-bar'), "the second copy's data-mount is ignored").to.have.length(1);
    expect(frame.win.Legible!.steps().textSteps, "the second copy's steps are ignored").to.have.length(7);
    await expectOneState(frame);
  });

  it('elements defined by another copy (the npm build) share the state of the script tag', async () => {
    frame = await loadFrame('/test/fixtures/persist-module-first.html');
    expect(frame.win.Legible, 'the script tag ran after the module').to.not.equal(undefined);
    await expectOneState(frame);
  });

  it('two copies follow another tab once, together', async () => {
    frame = await loadFrame('/test/fixtures/persist-twice.html');
    other = await loadFrame('/test/fixtures/persist-page.html');
    const shown = await shownAfterStorageEvent(frame, () => other!.win.Legible!.set({ textScale: 1.5, contrast: 2 }));
    expect(shown).to.deep.equal(showing({ textScale: 1.5, contrast: 2 }, 2));
    expectNothingWentWrong(frame);
  });

  it('a copy that arrives late joins the state already in use', async () => {
    frame = await loadFrame('/test/fixtures/persist-page.html');
    frame.win.Legible!.set({ textScale: 1.25, contrast: 1 });
    const api = frame.win.Legible;
    const script = frame.doc.createElement('script');
    script.src = '/dist/legible.min.js?copy=late';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    frame.doc.head.append(script);
    await loaded;
    expect(frame.win.Legible).to.equal(api);
    await expectShown(frame, { textScale: 1.25, contrast: 1 });
    frame.doc.querySelector('main')!.append(frame.doc.createElement('legible-bar'));
    await expectShown(frame, { textScale: 1.25, contrast: 1 }, 'a bar added later');
    barButton(bars(frame)[2], 'decrease-contrast').click();
    await expectShown(frame, { textScale: 1.25, contrast: 0 }, 'the new bar acts');
    expectNothingWentWrong(frame);
  });
});
