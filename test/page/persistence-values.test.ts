/**
 * Whatever sits under the `legible` key (written by hand, by an older or newer version, or by
 * someone trying to pollute prototypes), the page opens with the nearest valid settings or the
 * defaults, without an exception or a console error, and the next change replaces the value.
 */
import { expect } from '@open-wc/testing';
import type { Settings } from '../../src/core/settings.js';
import { loadFrame, removeFrame, type Frame } from '../helpers/frame.js';
import { barButton, bars, expectNothingWentWrong, expectShown, KEY } from './persistence-page.js';

const DEFAULTS: Settings = { textScale: 1, contrast: 0 };

const CASES: [string, string, Settings][] = [
  ['malformed JSON', '{"v":1,"textScale":', DEFAULTS],
  ['not JSON at all', 'legible', DEFAULTS],
  ['an unknown (newer) version', '{"v":2,"textScale":1.5,"contrast":1}', DEFAULTS],
  ['no version', '{"textScale":1.5,"contrast":1}', DEFAULTS],
  ['the version as a string', '{"v":"1","textScale":1.5,"contrast":1}', DEFAULTS],
  ['wrong types', '{"v":1,"textScale":"1.5","contrast":true}', DEFAULTS],
  ['one wrong type, one good value', '{"v":1,"textScale":[2],"contrast":1}', { textScale: 1, contrast: 1 }],
  ['values between steps and out of range', '{"v":1,"textScale":1.3,"contrast":7}', { textScale: 1.25, contrast: 2 }],
  ['negative values', '{"v":1,"textScale":-3,"contrast":-9}', { textScale: 0.875, contrast: -1 }],
  ['an infinite number', '{"v":1,"textScale":1e999,"contrast":1}', { textScale: 1, contrast: 1 }],
  ['extra keys', '{"v":1,"textScale":1.5,"contrast":1,"theme":"dark","more":{"a":[1,2]}}', { textScale: 1.5, contrast: 1 }],
  ['a __proto__ key', '{"v":1,"__proto__":{"textScale":2,"contrast":2},"contrast":1}', { textScale: 1, contrast: 1 }],
  ['a __proto__ key carrying the version', '{"__proto__":{"v":1,"textScale":2,"contrast":2}}', DEFAULTS],
  ['a constructor key', '{"v":1,"constructor":{"prototype":{"textScale":2}},"textScale":1.25}', { textScale: 1.25, contrast: 0 }],
  ['null', 'null', DEFAULTS],
  ['an array', '[1.5,1]', DEFAULTS],
  ['a JSON string', '"{\\"v\\":1,\\"textScale\\":2}"', DEFAULTS],
  ['an empty string', '', DEFAULTS],
  ['a huge value', `{"v":1,"textScale":2,"padding":"${'x'.repeat(5000)}"}`, DEFAULTS],
];

describe('persistence: bad stored values', () => {
  let frame: Frame | undefined;
  afterEach(() => {
    removeFrame(frame);
    frame = undefined;
    localStorage.removeItem(KEY);
  });

  for (const [name, raw, expected] of CASES) {
    it(`opens with ${JSON.stringify(expected)} from ${name}, and replaces it at the next change`, async () => {
      localStorage.setItem(KEY, raw);
      frame = await loadFrame('/test/fixtures/persist-page.html');
      await expectShown(frame, expected);
      // Reading never writes: the value stays until the reader changes something.
      expect(localStorage.getItem(KEY)).to.equal(raw);
      expect(Object.prototype.hasOwnProperty.call(frame.win.Object.prototype, 'textScale'), 'Object.prototype polluted').to.equal(false);
      expect(Object.prototype.hasOwnProperty.call(frame.win.Object.prototype, 'v'), 'Object.prototype polluted').to.equal(false);

      const atTop = expected.contrast === 2;
      barButton(bars(frame)[0], atTop ? 'decrease-contrast' : 'increase-contrast').click();
      const chosen = { textScale: expected.textScale, contrast: (atTop ? 1 : expected.contrast + 1) as Settings['contrast'] };
      await expectShown(frame, chosen, 'after the next change');
      expect(localStorage.getItem(KEY)).to.equal(`{"v":1,"textScale":${chosen.textScale},"contrast":${chosen.contrast}}`);
      expectNothingWentWrong(frame);
    });
  }
});
