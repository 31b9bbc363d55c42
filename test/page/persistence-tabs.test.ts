/**
 * Across tabs: a change in another tab shows in this one within a frame of the `storage` event.
 * Two same-origin iframes stand in for two tabs: a write in one fires a real `storage` event in
 * the other. After every change the API, both bars and the page agree.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, removeFrame, type Frame } from '../helpers/frame.js';
import { barButton, bars, expectNothingWentWrong, expectShown, KEY, showing, shownAfterStorageEvent } from './persistence-page.js';

describe('persistence: across tabs', () => {
  let here: Frame | undefined;
  let other: Frame | undefined;
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => {
    removeFrame(here);
    removeFrame(other);
    here = other = undefined;
    localStorage.removeItem(KEY);
    sessionStorage.removeItem(KEY);
  });

  const open = async (query = ''): Promise<[Frame, Frame]> => {
    here = await loadFrame(`/test/fixtures/persist-page.html${query}`);
    other = await loadFrame('/test/fixtures/persist-page.html');
    return [here, other];
  };

  it("follows the other tab's bar and API within a frame, and the other tab's reset restores the page exactly", async () => {
    const [here, other] = await open();
    const before = here.doc.documentElement.outerHTML;
    const [otherBar] = bars(other);

    const afterClick = await shownAfterStorageEvent(here, () => barButton(otherBar, 'increase-text').click());
    expect(afterClick).to.deep.equal(showing({ textScale: 1.125, contrast: 0 }, 2));
    const afterApi = await shownAfterStorageEvent(here, () => other.win.Legible!.set({ textScale: 2, contrast: 1 }));
    expect(afterApi).to.deep.equal(showing({ textScale: 2, contrast: 1 }, 2));
    const afterMaximum = await shownAfterStorageEvent(here, () => other.win.Legible!.increaseContrast());
    expect(afterMaximum).to.deep.equal(showing({ textScale: 2, contrast: 2 }, 2));

    const afterReset = await shownAfterStorageEvent(here, () => barButton(otherBar, 'reset').click());
    expect(afterReset).to.deep.equal(showing({ textScale: 1, contrast: 0 }, 2));
    expect(here.doc.documentElement.outerHTML).to.equal(before);
    expect(here.doc.adoptedStyleSheets).to.have.length(0);
    expectNothingWentWrong(here);
    expectNothingWentWrong(other);
  });

  it('takes the nearest valid settings from a value another tab (or version) wrote by hand', async () => {
    const [here, other] = await open();
    const shown = await shownAfterStorageEvent(here, () => other.win.localStorage.setItem(KEY, '{"v":1,"textScale":1.6,"contrast":9,"x":1}'));
    expect(shown).to.deep.equal(showing({ textScale: 1.5, contrast: 2 }, 2));
    expectNothingWentWrong(here);
  });

  for (const garbage of ['{"v":2,"textScale":2,"contrast":2}', '{"v":1,', '{"__proto__":{"v":1,"contrast":2}}']) {
    it(`keeps its state when another tab writes ${garbage}, and replaces it at the next change`, async () => {
      const [here, other] = await open();
      here.win.Legible!.set({ textScale: 1.25, contrast: 1 });
      const shown = await shownAfterStorageEvent(here, () => other.win.localStorage.setItem(KEY, garbage));
      expect(shown).to.deep.equal(showing({ textScale: 1.25, contrast: 1 }, 2));
      expect(localStorage.getItem(KEY)).to.equal(garbage);
      barButton(bars(here)[1], 'decrease-text').click();
      await expectShown(here, { textScale: 1.125, contrast: 1 });
      expect(localStorage.getItem(KEY)).to.equal('{"v":1,"textScale":1.125,"contrast":1}');
      expectNothingWentWrong(here);
    });
  }

  it('returns to the defaults when another tab clears its storage', async () => {
    const [here, other] = await open();
    await shownAfterStorageEvent(here, () => other.win.Legible!.set({ textScale: 1.75, contrast: -1 }));
    const shown = await shownAfterStorageEvent(here, () => other.win.localStorage.clear());
    expect(shown).to.deep.equal(showing({ textScale: 1, contrast: 0 }, 2));
  });

  it('ignores the same key in sessionStorage', async () => {
    const [here, other] = await open();
    here.win.Legible!.set({ textScale: 1.25, contrast: 0 });
    const shown = await shownAfterStorageEvent(here, () => other.win.sessionStorage.setItem(KEY, '{"v":1,"textScale":2,"contrast":2}'));
    expect(shown).to.deep.equal(showing({ textScale: 1.25, contrast: 0 }, 2));
  });

  it('follows another tab even when it cannot touch localStorage itself', async () => {
    const [here, other] = await open('?storage=security');
    const shown = await shownAfterStorageEvent(here, () => other.win.Legible!.set({ textScale: 1.5, contrast: 1 }));
    expect(shown).to.deep.equal(showing({ textScale: 1.5, contrast: 1 }, 2));
    expectNothingWentWrong(here);
  });
});
