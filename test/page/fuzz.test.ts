/**
 * A seeded random walk of at least 1,000 steps over two Legible tabs (same-origin frames) and a
 * third frame that writes storage by hand: API calls, clicks on either bar's buttons, changes in
 * the other tab, garbage and valid values written into storage, and this tab's storage starting
 * to fail (missing, SecurityError, QuotaExceededError, every call throwing) and mending.
 *
 * A small model, written here without Legible's code, says what each step must lead to. After
 * every step, for both tabs: the API, every bar's disabled buttons and the page (root custom
 * property, a 20px paragraph's computed size, the colours) show the model's settings; the
 * stored value is the model's; each tab got exactly the `storage` events the model expects;
 * nothing was thrown, rejected or logged as an error.
 *
 * The seed is printed. Replay: LEGIBLE_FUZZ_SEED=<seed> [LEGIBLE_FUZZ_STEPS=<n>]
 * LEGIBLE_BROWSERS=chromium npx web-test-runner test/page/fuzz.test.ts
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Settings } from '../../src/core/settings.js';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';
import {
  barButton,
  bars,
  breakStorage,
  CONTRAST_LEVELS,
  expectedButtons,
  expectNothingWentWrong,
  KEY,
  showing,
  shown,
  TEXT_STEPS,
} from './persistence-page.js';

/** mulberry32: small, fast, good enough to pick steps. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEFAULTS: Settings = { textScale: 1, contrast: 0 };
type Mode = '' | 'missing' | 'security' | 'quota' | 'broken';
const MODES: Mode[] = ['', 'missing', 'security', 'quota', 'broken'];

// --- The model -------------------------------------------------------------------------------

/** The step nearest to `value`, the lower one on a tie. */
function closest(list: readonly number[], value: number): number {
  let best = list[0];
  for (const step of list) if (Math.abs(step - value) < Math.abs(best - value)) best = step;
  return best;
}
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
/** `base` with every usable field of `input`, snapped to the steps. */
const resolve = (base: Settings, input: { textScale?: unknown; contrast?: unknown }): Settings => ({
  textScale: closest(TEXT_STEPS, isNumber(input.textScale) ? input.textScale : base.textScale),
  contrast: closest(CONTRAST_LEVELS, isNumber(input.contrast) ? input.contrast : base.contrast) as Settings['contrast'],
});
const next = (list: readonly number[], current: number, direction: 1 | -1): number =>
  list[Math.min(list.length - 1, Math.max(0, list.indexOf(current) + direction))];
const serialized = (s: Settings): string => `{"v":1,"textScale":${s.textScale},"contrast":${s.contrast}}`;

interface Tab {
  name: string;
  frame: Frame;
  state: Settings;
  mode: Mode;
  /** `storage` events the model expects this tab to have received so far, and those it did. */
  expectedEvents: number;
  events: number;
}

/** What a value written into storage means: settings fields, or `unreadable` (the tab keeps its state). */
type Meaning = { textScale?: number; contrast?: number } | 'unreadable';

// --- The walk --------------------------------------------------------------------------------

describe('fuzz: state, storage, bars and page agree after every step', () => {
  let frames: Frame[] = [];
  let writer: HTMLIFrameElement | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    frames.forEach(removeFrame);
    frames = [];
    writer?.remove();
    localStorage.clear();
  });

  it('survives a seeded random walk', async function () {
    this.timeout(120_000);
    const options = await executeServerCommand<{ seed: string | null; steps: string | null }, undefined>('legible-fuzz-options');
    const seed = options?.seed ? Number(options.seed) >>> 0 : Math.floor(Math.random() * 2 ** 32);
    const total = Math.max(1000, Number(options?.steps) || 0);
    console.log(`fuzz seed ${seed}, ${total} steps (replay: LEGIBLE_FUZZ_SEED=${seed})`);
    const rnd = random(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

    const here: Tab = { name: 'this tab', frame: await loadFrame('/test/fixtures/persist-page.html'), state: DEFAULTS, mode: '', expectedEvents: 0, events: 0 };
    const other: Tab = { name: 'other tab', frame: await loadFrame('/test/fixtures/persist-page.html'), state: DEFAULTS, mode: '', expectedEvents: 0, events: 0 };
    frames = [here.frame, other.frame];
    const tabs = [here, other];
    for (const tab of tabs) tab.frame.win.addEventListener('storage', () => tab.events++);
    // A third same-origin frame that writes storage by hand, as another version or a person might.
    writer = document.createElement('iframe');
    document.body.append(writer);
    const writerStorage = writer.contentWindow!.localStorage;
    let stored: string | null = null;

    /** The storage now holds `value`; every tab but `from` gets an event if it changed. */
    const storageBecomes = (value: string | null, from: Tab | null, meaning: Meaning | null): void => {
      if (value === stored) return;
      stored = value;
      for (const tab of tabs) {
        if (tab === from) continue;
        tab.expectedEvents++;
        if (meaning === null) tab.state = DEFAULTS;
        else if (meaning !== 'unreadable') tab.state = resolve(DEFAULTS, meaning);
      }
    };
    const canWrite = (tab: Tab): boolean => tab.mode === '';
    const canRemove = (tab: Tab): boolean => tab.mode === '' || tab.mode === 'quota';
    /** A change made in `tab`: saved (when its storage lets it), other tabs follow. */
    const changed = (tab: Tab, state: Settings): void => {
      tab.state = state;
      if (canWrite(tab)) storageBecomes(serialized(state), tab, state);
    };
    const wasReset = (tab: Tab): void => {
      tab.state = DEFAULTS;
      if (canRemove(tab)) storageBecomes(null, tab, null);
    };

    const anyTextScale = (): unknown => pick([...TEXT_STEPS, rnd() * 3, -1, 0, 9, NaN, Infinity, '1.5', null, undefined]);
    const anyContrast = (): unknown => pick([...CONTRAST_LEVELS, Math.round(rnd() * 10 - 5), 0.4, 1.5, NaN, '2', true, undefined]);

    /** Calls one API method on `tab` and updates the model. */
    const apiCall = (tab: Tab): string => {
      const api = tab.frame.win.Legible!;
      const { textScale, contrast } = tab.state;
      switch (Math.floor(rnd() * 8)) {
        case 0: {
          const input = { textScale: anyTextScale(), contrast: anyContrast() };
          api.set(input as Settings);
          changed(tab, resolve(tab.state, input));
          return `set(${JSON.stringify(input)})`;
        }
        case 1:
          api.reset();
          wasReset(tab);
          return 'reset()';
        case 2:
          api.increaseText();
          changed(tab, { textScale: next(TEXT_STEPS, textScale, 1), contrast });
          return 'increaseText()';
        case 3:
          api.decreaseText();
          changed(tab, { textScale: next(TEXT_STEPS, textScale, -1), contrast });
          return 'decreaseText()';
        case 4:
          api.resetText();
          changed(tab, { textScale: 1, contrast });
          return 'resetText()';
        case 5:
        case 6:
          api.increaseContrast();
          changed(tab, { textScale, contrast: next(CONTRAST_LEVELS, contrast, 1) as Settings['contrast'] });
          return 'increaseContrast()';
        default:
          api.decreaseContrast();
          changed(tab, { textScale, contrast: next(CONTRAST_LEVELS, contrast, -1) as Settings['contrast'] });
          return 'decreaseContrast()';
      }
    };

    /** Clicks one button of one bar of `tab`; a disabled button does nothing and saves nothing. */
    const click = (tab: Tab): string => {
      const index = Math.floor(rnd() * 2);
      // The second bar has no reset button (controls="text contrast").
      const part = pick(['decrease-text', 'reset-text', 'increase-text', 'increase-contrast', 'decrease-contrast', ...(index === 0 ? ['reset'] : [])]);
      barButton(bars(tab.frame)[index], part).click();
      const disabled = (expectedButtons(tab.state) as Record<string, boolean | undefined>)[part] === true;
      const { textScale, contrast } = tab.state;
      if (disabled) return `click ${part} (disabled) on bar ${index}`;
      if (part === 'reset') wasReset(tab);
      else if (part === 'reset-text') changed(tab, { textScale: 1, contrast });
      else if (part.endsWith('-text')) changed(tab, { textScale: next(TEXT_STEPS, textScale, part.startsWith('in') ? 1 : -1), contrast });
      else changed(tab, { textScale, contrast: next(CONTRAST_LEVELS, contrast, part.startsWith('in') ? 1 : -1) as Settings['contrast'] });
      return `click ${part} on bar ${index}`;
    };

    /** A value for the key, and what it means to a tab that reads it. */
    const anyStoredValue = (): [string, Meaning] => {
      const t = Math.round((rnd() * 5 - 1) * 100) / 100;
      const c = Math.floor(rnd() * 9) - 4;
      return pick<[string, Meaning]>([
        [`{"v":1,"textScale":${t},"contrast":${c}}`, { textScale: t, contrast: c }],
        [`{"v":1,"contrast":${c},"textScale":${t},"extra":{"a":[1]}}`, { textScale: t, contrast: c }],
        [`{"v":1,"textScale":${t}}`, { textScale: t }],
        [`{"v":1,"__proto__":{"textScale":2,"contrast":2},"contrast":${c}}`, { contrast: c }],
        [`{"v":1,"constructor":{"prototype":{"contrast":2}},"textScale":${t}}`, { textScale: t }],
        ['{"v":1,"textScale":"2","contrast":true}', {}],
        ['{"v":1,"textScale":1e999,"contrast":null}', {}],
        [`{"v":2,"textScale":${t},"contrast":${c}}`, 'unreadable'],
        [`{"textScale":${t}}`, 'unreadable'],
        ['{"__proto__":{"v":1,"textScale":2}}', 'unreadable'],
        ['{"v":1,', 'unreadable'],
        ['garbage', 'unreadable'],
        ['null', 'unreadable'],
        ['[1.5,1]', 'unreadable'],
        [`{"v":1,"textScale":2,"pad":"${'x'.repeat(1200)}"}`, 'unreadable'],
      ]);
    };

    /** One random step; returns its description. */
    const step = (): string => {
      const roll = rnd();
      if (roll < 0.3) return `${here.name}: ${apiCall(here)}`;
      if (roll < 0.55) return `${here.name}: ${click(here)}`;
      if (roll < 0.65) return `${other.name}: ${apiCall(other)}`;
      if (roll < 0.7) return `${other.name}: ${click(other)}`;
      if (roll < 0.85) {
        const [value, meaning] = anyStoredValue();
        writerStorage.setItem(KEY, value);
        storageBecomes(value, null, meaning);
        return `another frame writes ${value.slice(0, 80)}`;
      }
      if (roll < 0.9) {
        if (rnd() < 0.5) {
          writerStorage.removeItem(KEY);
          storageBecomes(null, null, null);
          return 'another frame removes the key';
        }
        // Only our key is ever stored here, so clear() fires an event (key null) exactly when it was set.
        writerStorage.clear();
        storageBecomes(null, null, null);
        return 'another frame clears the storage';
      }
      here.mode = pick(MODES);
      breakStorage(here.frame, here.mode);
      return `${here.name}'s storage: ${here.mode || 'mended'}`;
    };

    /** Waits (briefly) for the storage events the model expects. */
    const eventsArrived = async (): Promise<void> => {
      for (let waited = 0; tabs.some((tab) => tab.events < tab.expectedEvents) && waited < 2000; waited += 5) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };

    const history: string[] = [];
    for (let i = 1; i <= total; i++) {
      let description = '(thrown before it was described)';
      try {
        description = step();
        history.push(`${i}. ${description}`);
        await eventsArrived();
        if (i % 50 === 0) await nextFrames(here.frame.win);
        for (const tab of tabs) {
          await Promise.all(bars(tab.frame).map((bar) => (bar as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
          expect(tab.events, `${tab.name}: storage events`).to.equal(tab.expectedEvents);
          expect(shown(tab.frame), `${tab.name}: API, bars and page`).to.deep.equal(showing(tab.state, 2));
          expectNothingWentWrong(tab.frame);
        }
        expect(localStorage.getItem(KEY), 'stored value').to.equal(stored);
      } catch (error) {
        const recent = history.slice(-12).join('\n');
        throw new Error(`fuzz seed ${seed}, step ${i} (${description}): ${(error as Error).message}\nlast steps:\n${recent}`);
      }
    }
  });
});
