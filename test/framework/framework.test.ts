/**
 * What frameworks do to elements: create them with document.createElement after the page has
 * loaded, move them (keyed lists, portals), remove and re-add them (route changes, v-if, *ngIf).
 * Nothing may leak: each connected control holds exactly one subscription to the page's store.
 * And an application bundled with rollup that imports `legible` and `legible/define` by name.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { LegibleElement } from '../../src/components/shared/legible-element.js';
import { getLegible, type LegibleApi } from '../../src/page/runtime.js';
import { button, status } from '../helpers/controls.js';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';

const legible = getLegible();

/** Counts the store subscriptions alive: every element subscribes through this same API object. */
function countSubscriptions(api: LegibleApi): { active: () => number; restore: () => void } {
  const original = api.subscribe;
  let active = 0;
  (api as { subscribe: LegibleApi['subscribe'] }).subscribe = (listener) => {
    const unsubscribe = original(listener);
    active++;
    let done = false;
    return () => {
      if (!done) active--;
      done = true;
      unsubscribe();
    };
  };
  return { active: () => active, restore: () => ((api as { subscribe: LegibleApi['subscribe'] }).subscribe = original) };
}

const settle = async (...els: Element[]): Promise<void> => {
  for (const el of els) await (el as LegibleElement).updateComplete;
};

describe('elements as frameworks use them', () => {
  let counter: ReturnType<typeof countSubscriptions>;
  let place: HTMLElement;
  beforeEach(() => {
    legible.reset();
    localStorage.clear();
    document.documentElement.lang = 'vi';
    counter = countSubscriptions(legible);
    place = document.createElement('div');
    document.body.append(place);
  });
  afterEach(() => {
    place.remove();
    counter.restore();
  });

  it('document.createElement after load: renders, acts and follows the state', async () => {
    const names = ['legible-bar', 'legible-text-size', 'legible-contrast'] as const;
    const [bar, text, contrast] = names.map((name) => document.createElement(name));
    place.append(bar, text, contrast);
    await settle(bar, text, contrast);
    expect(counter.active()).to.equal(3);
    button(text, 'increase-text').click();
    button(bar, 'increase-contrast').click();
    await settle(bar, text, contrast);
    expect(legible.get()).to.deep.equal({ textScale: 1.125, contrast: 1 });
    expect(localStorage.getItem('legible')).to.equal('{"v":1,"textScale":1.125,"contrast":1}');
    // Properties set before or after connecting both count, like a framework's bindings.
    const late = document.createElement('legible-bar');
    late.controls = 'reset';
    late.setAttribute('lang', 'en');
    place.append(late);
    await settle(late);
    expect(late.shadowRoot!.querySelectorAll('button')).to.have.length(1);
    expect(button(late, 'reset').textContent).to.contain('Reset');
  });

  it('moved in the DOM: keeps one subscription and keeps working', async () => {
    const other = document.createElement('section');
    place.append(other);
    const text = document.createElement('legible-text-size');
    place.append(text);
    await settle(text);
    for (let i = 0; i < 5; i++) {
      (i % 2 ? place : other).append(text);
      await settle(text);
    }
    expect(counter.active(), 'one subscription after five moves').to.equal(1);
    button(text, 'increase-text').click();
    await settle(text);
    expect(legible.get().textScale).to.equal(1.125);
    expect(status(text)).to.equal('Cỡ chữ 113%');
  });

  it('removed and re-added: unsubscribes on removal, subscribes again, never twice', async () => {
    const bar = document.createElement('legible-bar');
    const contrast = document.createElement('legible-contrast');
    place.append(bar, contrast);
    await settle(bar, contrast);
    expect(counter.active()).to.equal(2);
    for (let round = 0; round < 3; round++) {
      bar.remove();
      contrast.remove();
      expect(counter.active(), `removed, round ${round}`).to.equal(0);
      place.append(contrast, bar);
      await settle(bar, contrast);
      expect(counter.active(), `re-added, round ${round}`).to.equal(2);
    }
    // While removed, a change is not seen; once back, the element shows the state at once.
    bar.remove();
    legible.set({ textScale: 2 });
    place.append(bar);
    await settle(bar);
    expect(button(bar, 'increase-text').getAttribute('aria-disabled')).to.equal('true');
  });

  it('a removed control no longer speaks; the one still on the page does', async () => {
    const first = document.createElement('legible-contrast');
    const second = document.createElement('legible-text-size');
    place.append(first, second);
    await settle(first, second);
    first.remove();
    legible.set({ textScale: 1.25 });
    await settle(second);
    expect(status(second)).to.equal('Cỡ chữ 125%');
    expect(status(first)).to.equal('');
  });
});

describe('an application bundled with rollup, importing legible and legible/define', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('registers the elements, shares one runtime with them and changes the page', async () => {
    frame = await loadFrame('/test/framework/esm-app/index.html');
    const app = (frame.win as unknown as { esmApp?: { legible: LegibleApi; text: Element; definedByName: boolean; globalLegible: boolean } }).esmApp;
    expect(frame.errors).to.deep.equal([]);
    expect(app, 'the bundle ran').to.not.equal(undefined);
    expect(app!.definedByName, 'the class exported by `legible` is the one `legible/define` registered').to.equal(true);
    expect(app!.globalLegible, 'the ESM entries set no global').to.equal(false);
    const contrast = frame.doc.querySelector('legible-contrast')!;
    await nextFrames(frame.win, 2);
    expect(contrast.shadowRoot!.querySelectorAll('button')).to.have.length(2);
    button(app!.text, 'increase-text').click();
    button(app!.text, 'increase-text').click();
    button(contrast, 'increase-contrast').click();
    await nextFrames(frame.win, 2);
    expect(app!.legible.get()).to.deep.equal({ textScale: 1.25, contrast: 1 });
    const probe = frame.doc.querySelector('#probe')!;
    expect(parseFloat(frame.win.getComputedStyle(probe).fontSize)).to.equal(17.5);
    expect(button(contrast, 'increase-contrast').getAttribute('aria-disabled')).to.equal('false');
  });
});
