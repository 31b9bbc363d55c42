/**
 * Storage that fails the way it does on public sites: missing, blocked (SecurityError on access,
 * as in sandboxed frames and some private modes), full (QuotaExceededError), or failing on every
 * call. The reader's choice still works for the life of the page, and nothing is thrown.
 */
import { expect } from '@open-wc/testing';
import type { Settings } from '../../src/core/settings.js';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';
import { barButton, bars, breakStorage, expectNothingWentWrong, expectShown, KEY } from './persistence-page.js';

const SAVED = '{"v":1,"textScale":1.5,"contrast":1}';

/** Each mode, whether the frame can still read what was saved, and whether removal still works. */
const MODES: { mode: string; readable: boolean; removable: boolean }[] = [
  { mode: 'missing', readable: false, removable: false },
  { mode: 'security', readable: false, removable: false },
  { mode: 'quota', readable: true, removable: true },
  { mode: 'broken', readable: false, removable: false },
];

/**
 * Saves `value` as an earlier visit would have. The write's `storage` event reaches the documents of
 * the origin a little later, and a frame already loading by then would rightly follow it as another
 * tab's choice, even with storage it cannot read: so wait until a witness frame has heard it. (That
 * write's own event: on a busy machine the last test's removal may reach the witness first.)
 */
async function saveBeforeLoading(value: string): Promise<void> {
  const witness = document.createElement('iframe');
  document.body.append(witness);
  const heard = new Promise<void>((done) => {
    witness.contentWindow!.addEventListener('storage', (event) => event.key === KEY && event.newValue === value && done());
    setTimeout(done, 2000);
  });
  localStorage.setItem(KEY, value);
  await heard;
  witness.remove();
}

describe('persistence: storage that fails', () => {
  let frame: Frame | undefined;
  afterEach(() => {
    removeFrame(frame);
    frame = undefined;
    localStorage.removeItem(KEY);
  });

  for (const { mode, readable, removable } of MODES) {
    it(`keeps working for the life of the page when localStorage is ${mode}`, async () => {
      await saveBeforeLoading(SAVED);
      frame = await loadFrame(`/test/fixtures/persist-page.html?storage=${mode}`);
      const [first, second] = bars(frame);
      const legible = frame.win.Legible!;
      await expectShown(frame, readable ? { textScale: 1.5, contrast: 1 } : { textScale: 1, contrast: 0 }, 'at load');

      const steps: [string, () => void, Settings][] = [
        ['reset', () => barButton(first, 'reset').click(), { textScale: 1, contrast: 0 }],
        ['A+ on the first bar', () => barButton(first, 'increase-text').click(), { textScale: 1.125, contrast: 0 }],
        ['more contrast on the second bar', () => barButton(second, 'increase-contrast').click(), { textScale: 1.125, contrast: 1 }],
        ['set()', () => legible.set({ textScale: 2 }), { textScale: 2, contrast: 1 }],
        ['increaseContrast()', () => legible.increaseContrast(), { textScale: 2, contrast: 2 }],
        ['A- on the second bar', () => barButton(second, 'decrease-text').click(), { textScale: 1.75, contrast: 2 }],
        ['less contrast, three times', () => [1, 2, 3].forEach(() => legible.decreaseContrast()), { textScale: 1.75, contrast: -1 }],
      ];
      for (const [name, act, expected] of steps) {
        act();
        await expectShown(frame, expected, name);
      }
      // The choice lives on in memory for the rest of the page's life.
      await nextFrames(frame.win, 3);
      await expectShown(frame, { textScale: 1.75, contrast: -1 }, 'later');
      // Writes never reached the storage; only removal does when merely full.
      expect(localStorage.getItem(KEY)).to.equal(removable ? null : SAVED);
      expectNothingWentWrong(frame);
    });
  }

  it('keeps working when storage starts to throw after the page loaded, and saves again once it mends', async () => {
    frame = await loadFrame('/test/fixtures/persist-page.html');
    const legible = frame.win.Legible!;
    legible.set({ textScale: 1.25, contrast: 1 });
    expect(localStorage.getItem(KEY)).to.equal('{"v":1,"textScale":1.25,"contrast":1}');

    breakStorage(frame, 'broken');
    barButton(bars(frame)[0], 'increase-contrast').click();
    await expectShown(frame, { textScale: 1.25, contrast: 2 }, 'while broken');
    barButton(bars(frame)[0], 'reset').click();
    await expectShown(frame, { textScale: 1, contrast: 0 }, 'reset while broken');
    legible.increaseText();
    await expectShown(frame, { textScale: 1.125, contrast: 0 }, 'A+ while broken');
    expect(localStorage.getItem(KEY)).to.equal('{"v":1,"textScale":1.25,"contrast":1}');

    breakStorage(frame, '');
    legible.increaseText();
    await expectShown(frame, { textScale: 1.25, contrast: 0 }, 'mended');
    expect(localStorage.getItem(KEY)).to.equal('{"v":1,"textScale":1.25,"contrast":0}');
    expectNothingWentWrong(frame);
  });

  it('works in a sandboxed frame, where the browser itself throws SecurityError', async () => {
    localStorage.setItem(KEY, SAVED);
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    const reported = new Promise<Record<string, unknown>>((resolve) => {
      const onMessage = (event: MessageEvent): void => {
        if (event.source !== iframe.contentWindow || !event.data?.legibleSandboxed) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data.legibleSandboxed);
      };
      window.addEventListener('message', onMessage);
    });
    iframe.src = '/test/fixtures/persist-sandboxed.html';
    document.body.append(iframe);
    try {
      const report = await reported;
      expect(report.storage).to.equal('SecurityError');
      // Opened with the defaults (the saved choice is out of reach), then A+, more contrast twice.
      expect(report.settings).to.deep.equal({ textScale: 1.125, contrast: 2 });
      // The root's 16px, × 1.125.
      expect(report.fontSize).to.equal('18px');
      expect(report.background).to.equal('rgb(0, 0, 0)');
      expect(report.increaseContrastDisabled).to.equal('true');
      expect(report.watched).to.deep.equal({ errors: [], rejections: [], consoleErrors: [] });
      expect(localStorage.getItem(KEY)).to.equal(SAVED);
    } finally {
      iframe.remove();
    }
  });
});
