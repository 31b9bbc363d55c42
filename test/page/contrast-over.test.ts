/**
 * Level 2 reads no text colour, only opacity and backgrounds, so from another level it is read
 * over that level's text colours (only what that level changed of backgrounds and opacity is given
 * back first): one restyle, not two. What it shows must be exactly what it shows from level 0.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, removeFrame, type Frame } from '../helpers/frame.js';
import { readsDuring, setLevel, shown } from './contrast-measure.js';

const FIXTURES = ['contrast-cases', 'contrast-pictures', 'contrast-real-world', 'contrast-important', 'contrast-dark-scheme', 'contrast-backgrounds'];

describe('contrast level 2 reached from another level', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  for (const fixture of FIXTURES) {
    it(`${fixture}: level 2 from 1 and from -1 shows exactly what level 2 from 0 shows`, async () => {
      frame = await loadFrame(`/test/fixtures/${fixture}.html`);
      await setLevel(frame, 2);
      const expected = shown(frame);
      for (const from of [1, -1]) {
        await setLevel(frame, 0);
        await setLevel(frame, from);
        // (Nothing kept: each level is read.)
        frame.win.dispatchEvent(new Event('resize'));
        const reads = await readsDuring(frame, () => setLevel(frame!, 2));
        expect(reads, 'read, not written back').to.be.greaterThan(10);
        expect(shown(frame), `from ${from}`).to.equal(expected);
      }
    });
  }
});
