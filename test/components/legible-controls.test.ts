/**
 * <legible-text-size> and <legible-contrast> beside <legible-bar>: one state, one voice, one
 * vocabulary of configuration, words in both languages, and theming from the host page.
 * (Their keyboard tests are in legible-bar.test.ts: Firefox gives focus to one page at a time,
 * so every test that needs focus lives in one file and never runs beside another.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { button, buttons, settle, status, visibleText } from '../helpers/controls.js';
import type { LegibleElement } from '../../src/components/shared/legible-element.js';
import { en, vi } from '../../src/components/legible-bar/strings.js';
import { getLegible } from '../../src/page/runtime.js';

const legible = getLegible();

const group = (el: Element): Element => el.shadowRoot!.querySelector('[part~="container"]')!;
const DEFAULT_STEPS = { textSteps: [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2], contrastLevels: [-1, 0, 1, 2] };

describe('<legible-text-size> and <legible-contrast>', () => {
  beforeEach(() => {
    legible.reset();
    localStorage.clear();
    document.documentElement.lang = 'vi';
  });

  it('show only their own buttons, as real buttons in a named group', async () => {
    const text = await fixture(html`<legible-text-size></legible-text-size>`);
    const contrast = await fixture(html`<legible-contrast lang="en"></legible-contrast>`);
    expect(buttons(text).map(visibleText)).to.deep.equal(['A-', 'A', 'A+']);
    expect(buttons(contrast).map(visibleText)).to.deep.equal(['More contrast', 'Less contrast']);
    expect(buttons(text).every((b) => b.type === 'button')).to.equal(true);
    expect(group(text).getAttribute('role')).to.equal('group');
    expect(group(text).getAttribute('aria-label')).to.equal('Cỡ chữ');
    expect(group(contrast).getAttribute('aria-label')).to.equal('Contrast');
    // The accessible name starts with the visible text (WCAG 2.5.3).
    expect(button(text, 'increase-text').textContent!.replace(/\s+/g, ' ').trim()).to.equal('A+ Tăng cỡ chữ');
  });

  it('stay in sync with each other and with the bar, and only one of them speaks', async () => {
    const page = await fixture(html`<div>
      <legible-text-size></legible-text-size>
      <legible-bar lang="en"></legible-bar>
      <legible-contrast></legible-contrast>
    </div>`);
    const text = page.querySelector('legible-text-size')!;
    const bar = page.querySelector('legible-bar')!;
    const contrast = page.querySelector('legible-contrast')!;
    await settle(text, bar, contrast);
    for (let i = 0; i < 6; i++) button(text, 'increase-text').click();
    await settle(text, bar, contrast);
    // Each change is announced once, by the control that made it.
    expect([status(text), status(bar), status(contrast)]).to.deep.equal(['Cỡ chữ 200%', '', '']);
    button(contrast, 'increase-contrast').click();
    button(contrast, 'increase-contrast').click();
    await settle(text, bar, contrast);
    expect([status(text), status(bar), status(contrast)]).to.deep.equal(['', '', 'Tương phản tối đa']);
    legible.decreaseText();
    await settle(text, bar, contrast);
    expect(status(text), 'a change from the API: the first control speaks').to.equal('Cỡ chữ 175%');
    expect(status(bar)).to.equal('');
    expect(status(contrast)).to.equal('');
    legible.increaseText();
    await settle(text, bar, contrast);
    expect(legible.get()).to.deep.equal({ textScale: 2, contrast: 2 });
    expect(button(bar, 'increase-text').getAttribute('aria-disabled')).to.equal('true');
    expect(button(text, 'increase-text').getAttribute('aria-disabled')).to.equal('true');
    expect(button(bar, 'increase-contrast').getAttribute('aria-disabled')).to.equal('true');
    expect(button(contrast, 'increase-contrast').getAttribute('aria-disabled')).to.equal('true');
    expect(button(contrast, 'decrease-contrast').getAttribute('aria-disabled')).to.equal('false');
    // The bar's button says why in the bar's language, the separate one in its own.
    expect(button(bar, 'increase-contrast').textContent).to.contain('Already highest');
    expect(button(contrast, 'increase-contrast').textContent).to.contain('Đã cao nhất');

    button(bar, 'reset').click();
    await settle(text, bar, contrast);
    expect(button(text, 'increase-text').getAttribute('aria-disabled')).to.equal('false');
    expect(button(contrast, 'decrease-contrast').getAttribute('aria-disabled')).to.equal('false');
  });

  it('fire legible-change on themselves, without bubbling, for changes from anywhere', async () => {
    const text = await fixture(html`<legible-text-size></legible-text-size>`);
    const seen: unknown[] = [];
    const bubbled: unknown[] = [];
    text.addEventListener('legible-change', (e) => seen.push((e as CustomEvent).detail));
    text.parentElement!.addEventListener('legible-change', (e) => bubbled.push(e));
    legible.set({ contrast: 1 });
    button(text, 'increase-text').click();
    expect(seen).to.deep.equal([
      { textScale: 1, contrast: 1 },
      { textScale: 1.125, contrast: 1 },
    ]);
    expect(bubbled).to.have.length(0);
  });

  it('have zero axe violations, normal, compact and large', async () => {
    for (const size of ['', 'compact', 'large']) {
      const page = await fixture(html`<div>
        <legible-text-size size=${size}></legible-text-size><legible-contrast size=${size}></legible-contrast>
      </div>`);
      legible.set({ textScale: 2, contrast: -1 });
      await settle(...Array.from(page.children));
      await expect(page, size).to.be.accessible();
      legible.reset();
    }
  });
});

describe('one vocabulary of configuration', () => {
  beforeEach(() => {
    legible.reset();
    localStorage.clear();
    document.documentElement.lang = 'vi';
  });
  afterEach(() => {
    // Undo what each test configured; `undefined` values are ignored by configure, so reset by hand.
    const given = legible.options() as Record<string, unknown>;
    for (const key of ['lang', 'controls', 'size', 'strings']) delete given[key];
    legible.configure(DEFAULT_STEPS);
  });

  it('controls="…" chooses which controls the bar shows, and in what order', async () => {
    const bar = await fixture(html`<legible-bar controls="contrast text"></legible-bar>`);
    expect(buttons(bar).map(visibleText)).to.deep.equal(['Tăng tương phản', 'Giảm tương phản', 'A-', 'A', 'A+']);
    bar.setAttribute('controls', 'text reset');
    await settle(bar);
    expect(buttons(bar).map(visibleText)).to.deep.equal(['A-', 'A', 'A+', 'Đặt lại']);
    bar.setAttribute('controls', ' reset  constructor toString reset __proto__ ');
    await settle(bar);
    expect(buttons(bar).map(visibleText), 'unknown and repeated words are ignored').to.deep.equal(['Đặt lại']);
  });

  it('Legible.configure sets language, controls and size for elements without their own', async () => {
    legible.configure({ lang: 'en', controls: 'text contrast', size: 'large' });
    const bar = await fixture(html`<legible-bar></legible-bar>`);
    const own = await fixture(html`<legible-bar lang="vi" controls="reset" size="compact"></legible-bar>`);
    expect(buttons(bar).map(visibleText)).to.deep.equal(['A-', 'A', 'A+', 'More contrast', 'Less contrast']);
    expect(buttons(bar)[0].getBoundingClientRect().height).to.be.at.least(44);
    expect(buttons(own).map(visibleText)).to.deep.equal(['Đặt lại']);
    const compact = buttons(own)[0].getBoundingClientRect();
    expect(compact.height).to.be.within(24, 43);
    expect(compact.width).to.be.at.least(24);
  });

  it('configure applies to elements already on the page', async () => {
    const bar = await fixture(html`<legible-bar></legible-bar>`);
    legible.configure({ lang: 'en' });
    await settle(bar);
    expect(visibleText(button(bar, 'reset'))).to.equal('Reset');
  });

  it('language: the element’s lang, else configure, else the nearest lang, else Vietnamese', async () => {
    document.documentElement.removeAttribute('lang');
    const none = await fixture(html`<legible-contrast></legible-contrast>`);
    expect(visibleText(button(none, 'increase-contrast'))).to.equal('Tăng tương phản');
    const unknown = await fixture(html`<legible-contrast lang="fr"></legible-contrast>`);
    expect(visibleText(button(unknown, 'increase-contrast')), 'no French words: Vietnamese').to.equal('Tăng tương phản');
    const region = await fixture(html`<div lang="en-GB"><legible-contrast></legible-contrast></div>`);
    const inner = region.querySelector('legible-contrast')!;
    await settle(inner);
    expect(visibleText(button(inner, 'increase-contrast'))).to.equal('More contrast');
    // The element's own lang is watched.
    none.setAttribute('lang', 'en');
    await settle(none);
    expect(visibleText(button(none, 'increase-contrast'))).to.equal('More contrast');
  });

  it('every string can be replaced: per page, per language, per element; a language can be added', async () => {
    legible.configure({ strings: { en: { reset: 'Start over' }, fr: { increaseContrast: 'Plus de contraste' } } });
    const english = await fixture(html`<legible-bar lang="en"></legible-bar>`);
    expect(visibleText(button(english, 'reset'))).to.equal('Start over');
    expect(visibleText(button(english, 'decrease-contrast')), 'the other words stay').to.equal('Less contrast');
    const french = await fixture(html`<legible-contrast lang="fr-CA"></legible-contrast>`);
    expect(visibleText(button(french, 'increase-contrast'))).to.equal('Plus de contraste');
    expect(visibleText(button(french, 'decrease-contrast')), 'missing words of an added language are English').to.equal('Less contrast');
    const own = await fixture(html`<legible-bar></legible-bar>`);
    (own as LegibleElement).strings = { reset: 'Mặc định', label: 'Đọc dễ hơn' };
    await settle(own);
    expect(visibleText(button(own, 'reset'))).to.equal('Mặc định');
    expect(group(own).getAttribute('aria-label')).to.equal('Đọc dễ hơn');
  });

  it('renders replacement strings as text only, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__legiblePwned=1">';
    legible.configure({ strings: { vi: { reset: hostile, label: `"><b>x</b>` } } });
    const bar = await fixture(html`<legible-bar></legible-bar>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(visibleText(button(bar, 'reset'))).to.equal(hostile);
    expect(bar.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(group(bar).getAttribute('aria-label')).to.equal(`"><b>x</b>`);
    expect((window as { __legiblePwned?: number }).__legiblePwned).to.equal(undefined);
  });
});

describe('strings', () => {
  const shape = (strings: object): string[] =>
    Object.entries(strings).flatMap(([key, value]) =>
      typeof value === 'object' ? Object.keys(value).map((inner) => `${key}.${inner}`) : [key],
    );

  it('Vietnamese and English have every key, none empty', () => {
    expect(shape(vi).sort()).to.deep.equal(shape(en).sort());
    expect(shape(vi)).to.include.members(['contrastLevels.-1', 'contrastLevels.0', 'contrastLevels.1', 'contrastLevels.2', 'textLabel', 'contrastLabel']);
    for (const language of [vi, en]) {
      for (const value of Object.values(language).flatMap((v) => (typeof v === 'object' ? Object.values(v) : [v]))) {
        expect(value).to.be.a('string').and.not.equal('');
      }
    }
    expect(vi.textSize).to.contain('{percent}');
    expect(en.textSize).to.contain('{percent}');
  });
});

describe('theming from the host page', () => {
  let sheet: CSSStyleSheet;
  beforeEach(() => {
    legible.reset();
    document.documentElement.lang = 'vi';
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  afterEach(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });

  it('custom properties and ::part change colours and spacing without touching internals', async () => {
    const plain = await fixture(html`<legible-bar></legible-bar>`);
    const before = getComputedStyle(button(plain, 'reset'));
    expect(before.backgroundColor).to.equal('rgb(255, 255, 255)');
    sheet.replaceSync(`
      .themed { --legible-button-background: rgb(10, 20, 30); --legible-button-color: rgb(250, 240, 230); --legible-gap: 12px; }
      .themed::part(reset) { background: rgb(120, 0, 0); }
      .themed::part(container) { padding: 9px; }
      .themed::part(button) { border-radius: 0; }
    `);
    const themed = await fixture(html`<legible-bar class="themed"></legible-bar>`);
    const increase = getComputedStyle(button(themed, 'increase-text'));
    expect(increase.backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(increase.color).to.equal('rgb(250, 240, 230)');
    expect(increase.borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(button(themed, 'reset')).backgroundColor).to.equal('rgb(120, 0, 0)');
    expect(getComputedStyle(group(themed)).paddingTop).to.equal('9px');
    const [a, b] = [button(themed, 'decrease-text'), button(themed, 'reset-text')].map((x) => x.getBoundingClientRect());
    expect(Math.round(b.left - a.right)).to.equal(12);
    // The unthemed bar beside it keeps its look.
    expect(getComputedStyle(button(plain, 'reset')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('compact and large looks keep 24px targets at least', async () => {
    for (const [size, min] of [
      ['compact', 24],
      ['large', 44],
    ] as const) {
      const el = await fixture(html`<legible-bar size=${size}></legible-bar>`);
      for (const b of buttons(el)) {
        const box = b.getBoundingClientRect();
        expect(box.width, `${size} ${visibleText(b)}`).to.be.at.least(min);
        expect(box.height, `${size} ${visibleText(b)}`).to.be.at.least(min);
      }
    }
    const compact = (await fixture(html`<legible-bar size="compact"></legible-bar>`)) as Element;
    const large = (await fixture(html`<legible-bar size="large"></legible-bar>`)) as Element;
    expect(button(compact, 'reset').getBoundingClientRect().height).to.be.below(button(large, 'reset').getBoundingClientRect().height);
  });
});
