import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { skipWithoutCdp } from '../helpers/browser.js';
import { button, buttons, settle, status, visibleText } from '../helpers/controls.js';
import '../../src/define.js';
import type { LegibleBar } from '../../src/components/legible-bar/legible-bar.js';
import { getLegible } from '../../src/page/runtime.js';

const legible = getLegible();

type A11yNode = { name?: string; role?: string; disabled?: boolean; children?: A11yNode[] };

describe('<legible-bar>', () => {
  beforeEach(() => {
    legible.reset();
    localStorage.clear();
    document.documentElement.lang = 'vi';
  });

  it('renders real buttons A-, A, A+, the two contrast buttons and reset, in Vietnamese by default', async () => {
    const bar = await fixture<LegibleBar>(html`<legible-bar></legible-bar>`);
    const all = buttons(bar);
    expect(all.every((b) => b.localName === 'button' && b.type === 'button')).to.equal(true);
    expect(all.map(visibleText)).to.deep.equal(['A-', 'A', 'A+', 'Tăng tương phản', 'Giảm tương phản', 'Đặt lại']);
  });

  it('speaks English when the element or the page is English', async () => {
    const own = await fixture<LegibleBar>(html`<legible-bar lang="en"></legible-bar>`);
    expect(buttons(own).map(visibleText)).to.deep.equal(['A-', 'A', 'A+', 'More contrast', 'Less contrast', 'Reset']);
    document.documentElement.lang = 'en-GB';
    const inherited = await fixture<LegibleBar>(html`<legible-bar></legible-bar>`);
    expect(visibleText(button(inherited, 'increase-contrast'))).to.equal('More contrast');
  });

  it('gives assistive technology names that contain the visible text, and disabled states', async function () {
    skipWithoutCdp(this, 'a11ySnapshot');
    const bar = await fixture<LegibleBar>(html`<legible-bar></legible-bar>`);
    legible.set({ textScale: 2, contrast: -1 });
    await settle(bar);
    const snapshot = (await a11ySnapshot({})) as unknown as A11yNode & { children: A11yNode[] };
    const find = (name: string): A11yNode | null =>
      findAccessibilityNode(snapshot, (node: A11yNode) => node.role === 'button' && !!node.name?.startsWith(name)) as A11yNode | null;
    const increase = find('A+');
    expect(increase?.name).to.contain('A+').and.contain('Tăng cỡ chữ');
    expect(increase?.disabled).to.equal(true);
    expect(find('A-')?.name).to.contain('Giảm cỡ chữ');
    expect(find('A-')?.disabled).to.not.equal(true);
    expect(find('Giảm tương phản')?.disabled).to.equal(true);
    expect(find('Tăng tương phản')?.disabled).to.not.equal(true);
    const group = bar.shadowRoot!.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label'), 'the buttons are grouped under a name').to.equal('Công cụ hỗ trợ đọc');
  });

  it('a button that cannot act does nothing and says why', async () => {
    const bar = await fixture<LegibleBar>(html`<legible-bar></legible-bar>`);
    legible.set({ textScale: 0.875 });
    await settle(bar);
    const smaller = button(bar, 'decrease-text');
    expect(smaller.getAttribute('aria-disabled')).to.equal('true');
    expect(smaller.textContent).to.contain('Đã nhỏ nhất');
    smaller.click();
    expect(legible.get().textScale).to.equal(0.875);
    // It stays focusable, so pressing A- to the end never drops keyboard focus.
    smaller.focus();
    expect(bar.shadowRoot!.activeElement).to.equal(smaller);
  });

  it('changes the settings, saves them and announces each change politely', async () => {
    const bar = await fixture<LegibleBar>(html`<legible-bar></legible-bar>`);
    button(bar, 'increase-text').click();
    button(bar, 'increase-text').click();
    await settle(bar);
    expect(legible.get()).to.deep.equal({ textScale: 1.25, contrast: 0 });
    expect(status(bar)).to.equal('Cỡ chữ 125%');
    button(bar, 'increase-contrast').click();
    await settle(bar);
    expect(status(bar)).to.equal('Tương phản cao');
    expect(localStorage.getItem('legible')).to.equal('{"v":1,"textScale":1.25,"contrast":1}');
    button(bar, 'reset-text').click();
    await settle(bar);
    expect(legible.get().textScale).to.equal(1);
    button(bar, 'reset').click();
    await settle(bar);
    expect(legible.get()).to.deep.equal({ textScale: 1, contrast: 0 });
    expect(localStorage.getItem('legible')).to.equal(null);
  });

  it('has targets of at least 24 by 24 CSS pixels', async () => {
    const bar = await fixture<LegibleBar>(html`<legible-bar></legible-bar>`);
    for (const b of buttons(bar)) {
      const box = b.getBoundingClientRect();
      expect(box.width, visibleText(b)).to.be.at.least(24);
      expect(box.height, visibleText(b)).to.be.at.least(24);
    }
  });

  it('works with the keyboard alone, with a visible focus ring', async () => {
    const before = await fixture(html`<div><button id="before">before</button><legible-bar></legible-bar></div>`);
    const bar = before.querySelector('legible-bar') as LegibleBar;
    await bar.updateComplete;
    await executeServerCommand('legible-focus-page');
    (before.querySelector('#before') as HTMLButtonElement).focus();
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = bar.shadowRoot!.activeElement as HTMLButtonElement;
      reached.push(visibleText(focused));
      expect(focused.matches(':focus-visible')).to.equal(true);
      const ring = getComputedStyle(focused);
      expect(ring.outlineStyle).to.not.equal('none');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    }
    expect(reached).to.deep.equal(['A-', 'A', 'A+', 'Tăng tương phản', 'Giảm tương phản', 'Đặt lại']);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(visibleText(bar.shadowRoot!.activeElement!)).to.equal('A+');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(legible.get().textScale).to.equal(1.25);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(legible.get().contrast).to.equal(1);
  });

  it('has zero axe violations in every state', async () => {
    const bar = await fixture<LegibleBar>(html`<legible-bar></legible-bar>`);
    const { textSteps, contrastLevels } = legible.steps();
    for (const textScale of textSteps) {
      for (const contrast of contrastLevels) {
        legible.set({ textScale, contrast });
        await settle(bar);
        await expect(bar, `text ${textScale}, contrast ${contrast}`).to.be.accessible();
      }
    }
    const floating = await fixture<LegibleBar>(html`<legible-bar position="floating" lang="en"></legible-bar>`);
    await expect(floating).to.be.accessible();
  });

  it('is a named group inline, and a named region (a landmark of its own) when floating', async () => {
    const inline = await fixture<LegibleBar>(html`<legible-bar></legible-bar>`);
    const container = (bar: LegibleBar) => bar.shadowRoot!.querySelector('[part~="container"]')!;
    expect(container(inline).getAttribute('role')).to.equal('group');
    expect(container(inline).getAttribute('aria-label')).to.equal('Công cụ hỗ trợ đọc');
    const floating = await fixture<LegibleBar>(html`<legible-bar position="floating" lang="en"></legible-bar>`);
    expect(container(floating).getAttribute('role')).to.equal('region');
    expect(container(floating).getAttribute('aria-label')).to.equal('Reading tools');
    floating.removeAttribute('position');
    await settle(floating);
    expect(container(floating).getAttribute('role')).to.equal('group');
  });

  it('keeps two bars in agreement', async () => {
    const pair = await fixture(html`<div><legible-bar></legible-bar><legible-bar lang="en"></legible-bar></div>`);
    const [first, second] = Array.from(pair.querySelectorAll('legible-bar')) as LegibleBar[];
    for (let i = 0; i < 6; i++) button(first, 'increase-text').click();
    button(second, 'increase-contrast').click();
    button(second, 'increase-contrast').click();
    await settle(first);
    await settle(second);
    for (const bar of [first, second]) {
      expect(button(bar, 'increase-text').getAttribute('aria-disabled')).to.equal('true');
      expect(button(bar, 'increase-contrast').getAttribute('aria-disabled')).to.equal('true');
      expect(button(bar, 'decrease-text').getAttribute('aria-disabled')).to.equal('false');
    }
    // Only one of them speaks for a change, so a screen reader does not hear it twice.
    const spoken = [status(first), status(second)].filter(Boolean);
    expect(spoken).to.have.length(1);
  });
});

/** The separate controls' keyboard tests live here so that no two focus-dependent files run at once. */
describe('<legible-text-size> and <legible-contrast> by keyboard', () => {
  const control = (el: Element, part: string): HTMLButtonElement =>
    el.shadowRoot!.querySelector(`[part~="${part}"]`) as HTMLButtonElement;
  const spoken = (el: Element): string => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  const ready = async (...els: Element[]): Promise<void> => {
    for (const el of els) await (el as LegibleBar).updateComplete;
  };
  beforeEach(() => {
    legible.reset();
    localStorage.clear();
    document.documentElement.lang = 'vi';
  });

  it('reach every button with Tab, with a visible focus ring, and keep focus on a button that cannot act', async () => {
    const page = await fixture(html`<div><button id="before">before</button><legible-text-size></legible-text-size><legible-contrast></legible-contrast></div>`);
    const [text, contrast] = [page.querySelector('legible-text-size')!, page.querySelector('legible-contrast')!];
    await ready(text, contrast);
    await executeServerCommand('legible-focus-page');
    (page.querySelector('#before') as HTMLButtonElement).focus();
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = (text.shadowRoot!.activeElement ?? contrast.shadowRoot!.activeElement) as HTMLButtonElement;
      reached.push(visibleText(focused));
      const ring = getComputedStyle(focused);
      expect(ring.outlineStyle, visibleText(focused)).to.not.equal('none');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      const box = focused.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(24);
    }
    expect(reached).to.deep.equal(['A-', 'A', 'A+', 'Tăng tương phản', 'Giảm tương phản']);
    legible.set({ contrast: -1 });
    await ready(contrast);
    await sendKeys({ press: 'Enter' });
    expect(control(contrast, 'decrease-contrast').getAttribute('aria-disabled')).to.equal('true');
    expect(contrast.shadowRoot!.activeElement).to.equal(control(contrast, 'decrease-contrast'));
    expect(legible.get().contrast).to.equal(-1);
  });

  it('the control pressed from the keyboard speaks for its change', async () => {
    const page = await fixture(html`<div><legible-bar></legible-bar><legible-contrast></legible-contrast></div>`);
    const bar = page.querySelector('legible-bar')!;
    const contrast = page.querySelector('legible-contrast')!;
    await ready(bar, contrast);
    await executeServerCommand('legible-focus-page');
    control(contrast, 'increase-contrast').focus();
    await sendKeys({ press: 'Enter' });
    await ready(bar, contrast);
    expect(spoken(contrast)).to.equal('Tương phản cao');
    expect(spoken(bar)).to.equal('');
  });
});

describe('window.Legible contract (getLegible)', () => {
  beforeEach(() => {
    legible.reset();
    localStorage.clear();
  });

  it('get, set with snapping and clamping, and the step functions', () => {
    expect(legible.get()).to.deep.equal({ textScale: 1, contrast: 0 });
    expect(legible.set({ textScale: 1.3 })).to.deep.equal({ textScale: 1.25, contrast: 0 });
    expect(legible.set({ contrast: 5 })).to.deep.equal({ textScale: 1.25, contrast: 2 });
    expect(legible.set({ textScale: 0.1, contrast: -9 })).to.deep.equal({ textScale: 0.875, contrast: -1 });
    expect(legible.decreaseText().textScale).to.equal(0.875);
    expect(legible.increaseText().textScale).to.equal(1);
    expect(legible.increaseText().textScale).to.equal(1.125);
    expect(legible.resetText().textScale).to.equal(1);
    expect(legible.increaseContrast().contrast).to.equal(0);
    expect(legible.decreaseContrast().contrast).to.equal(-1);
    expect(legible.reset()).to.deep.equal({ textScale: 1, contrast: 0 });
  });

  it('tells subscribers and dispatches legible-change on document', async () => {
    const seen: unknown[] = [];
    const unsubscribe = legible.subscribe((s) => seen.push(s));
    const event = oneEvent(document, 'legible-change');
    legible.increaseText();
    const { detail } = (await event) as CustomEvent;
    expect(detail).to.deep.equal({ textScale: 1.125, contrast: 0 });
    expect(seen).to.deep.equal([{ textScale: 1.125, contrast: 0 }]);
    unsubscribe();
    legible.increaseText();
    expect(seen).to.have.length(1);
  });

  it('returns copies, so callers cannot change the state behind its back', () => {
    const got = legible.get() as { textScale: number };
    got.textScale = 2;
    expect(legible.get().textScale).to.equal(1);
  });

  it('lets the embedding team narrow the steps', () => {
    legible.configure({ textSteps: [1, 1.5, 2], contrastLevels: [0, 1] });
    try {
      expect(legible.set({ textScale: 0.875, contrast: 2 })).to.deep.equal({ textScale: 1, contrast: 1 });
      expect(legible.increaseText().textScale).to.equal(1.5);
    } finally {
      legible.configure({ textSteps: [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2], contrastLevels: [-1, 0, 1, 2] });
    }
  });
});
