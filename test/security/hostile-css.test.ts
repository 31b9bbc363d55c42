/**
 * A portal's old CSS meets the bar. Each aggressive global rule is tried on its own, on a
 * floating bar and an inline one at once (test/fixtures/hostile-rule.html), then all together
 * with an inherited mess on the mount point, a transformed body and an invisible full-page layer
 * at the highest z-index (test/fixtures/hostile.css). The bar must stay visible, keep its size
 * (24px targets at least, its own 14px type) and answer a real pointer at each button's centre.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';
import { BUTTON_PARTS, barOf, type ButtonPart } from './security-helpers.js';

const MIN_TARGET = 24;
type Bar = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

const buttonIn = (bar: Element, part: ButtonPart): HTMLElement => {
  const button = bar.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`);
  if (!button) throw new Error(`no ${part} button in the bar`);
  return button;
};

/** The centre of a button, in the frame's and in the top page's coordinates (where the pointer lives). */
function centreOf(frame: Frame, button: Element): { inFrame: [number, number]; onScreen: [number, number] } {
  const box = button.getBoundingClientRect();
  const frameBox = frame.iframe.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  return { inFrame: [x, y], onScreen: [Math.round(frameBox.left + x), Math.round(frameBox.top + y)] };
}

/** The visible area without scrollbars (Firefox draws them; headless Chromium overlays them). */
const viewport = (frame: Frame) => ({ width: frame.doc.documentElement.clientWidth, height: frame.doc.documentElement.clientHeight });

function expectVisibleSizedAndOnTop(frame: Frame, bar: Element, label: string): void {
  const hostStyle = frame.win.getComputedStyle(bar);
  expect(hostStyle.display, `${label} display`).to.not.equal('none');
  expect(hostStyle.visibility, `${label} visibility`).to.equal('visible');
  expect(hostStyle.opacity, `${label} opacity`).to.equal('1');
  // Its own type, whatever the page's root size or universal font rules.
  expect(hostStyle.fontSize, `${label} font size`).to.equal('14px');
  expect(hostStyle.fontFamily, `${label} font family`).to.match(/system-ui/);
  for (const part of BUTTON_PARTS) {
    const button = buttonIn(bar, part);
    const style = frame.win.getComputedStyle(button);
    expect(style.display, `${label} ${part} display`).to.not.equal('none');
    expect(style.visibility, `${label} ${part} visibility`).to.equal('visible');
    const box = button.getBoundingClientRect();
    expect(box.width, `${label} ${part} width`).to.be.at.least(MIN_TARGET);
    expect(box.height, `${label} ${part} height`).to.be.at.least(MIN_TARGET);
    expect(box.left, `${label} ${part} left edge inside the viewport`).to.be.at.least(0);
    expect(box.top, `${label} ${part} top edge inside the viewport`).to.be.at.least(0);
    expect(box.right, `${label} ${part} right edge inside the viewport`).to.be.at.most(viewport(frame).width);
    expect(box.bottom, `${label} ${part} bottom edge inside the viewport`).to.be.at.most(viewport(frame).height);
    const [x, y] = centreOf(frame, button).inFrame;
    // What a pointer at the centre hits: the bar (retargeted) and, inside it, this very button.
    const hit = frame.doc.elementFromPoint(x, y);
    expect(hit === bar, `${label} ${part}: the topmost element at its centre is ${nameOf(hit)}`).to.equal(true);
    const inside = bar.shadowRoot!.elementFromPoint(x, y);
    expect(!!inside && button.contains(inside), `${label} ${part}: the button itself is hit`).to.equal(true);
  }
}

/** Elements compared by identity and named in the message: a failing chai diff of two DOM nodes hangs the runner. */
const nameOf = (el: Element | null): string =>
  el ? `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}>` : 'nothing';

async function clickLikeAPerson(frame: Frame, bar: Element, part: ButtonPart): Promise<void> {
  await sendMouse({ type: 'click', position: centreOf(frame, buttonIn(bar, part)).onScreen });
  await nextFrames(frame.win, 1);
}

/**
 * The floating bar sits in the bottom end corner, 16px in, with none of a popover's default box
 * around it: no border, padding or Canvas background, and no scrolling box clipping its shadow.
 */
function expectInItsCorner(frame: Frame, bar: Element): void {
  const box = bar.getBoundingClientRect();
  const { width, height } = viewport(frame);
  expect(Math.round(width - box.right), 'distance from the right edge').to.equal(16);
  expect(Math.round(height - box.bottom), 'distance from the bottom edge').to.equal(16);
  const container = bar.shadowRoot!.querySelector('[part~="container"]')!.getBoundingClientRect();
  expect([box.left, box.top, box.width, box.height], 'the bar is exactly its container').to.deep.equal([
    container.left,
    container.top,
    container.width,
    container.height,
  ]);
  const style = frame.win.getComputedStyle(bar);
  expect(style.backgroundColor, 'no background around the container').to.equal('rgba(0, 0, 0, 0)');
  expect(style.overflow, 'the container shadow is not clipped').to.equal('visible');
}

/** One page rule each, and a probe showing it is in force on the host page's own elements. */
const RULES: Array<{ css: string; inForce: (frame: Frame) => void }> = [
  {
    css: 'button { all: unset; display: none !important; }',
    inForce: (frame) => expect(frame.win.getComputedStyle(frame.doc.querySelector('nav button')!).display).to.equal('none'),
  },
  {
    css: '[role], [aria-pressed] { visibility: hidden; }',
    inForce: (frame) => expect(frame.win.getComputedStyle(frame.doc.querySelector('nav')!).visibility).to.equal('hidden'),
  },
  {
    css: '* { box-sizing: content-box !important; }',
    inForce: (frame) => expect(frame.win.getComputedStyle(frame.doc.querySelector('main')!).boxSizing).to.equal('content-box'),
  },
  {
    css: 'html { font-size: 10px; }',
    inForce: (frame) => expect(frame.win.getComputedStyle(frame.doc.documentElement).fontSize).to.equal('10px'),
  },
  {
    css: 'svg { width: 1000px !important; }',
    inForce: (frame) => expect(frame.win.getComputedStyle(frame.doc.querySelector('svg')!).width).to.equal('1000px'),
  },
  {
    // A common reset, and the forced font of many Vietnamese portals: both reach the bar's host element.
    css: '* { font: inherit; font-family: "Times New Roman", serif !important; } body { font-size: 30px; }',
    inForce: (frame) => expect(frame.win.getComputedStyle(frame.doc.querySelector('h1')!).fontFamily).to.match(/Times/),
  },
];

describe('hostile host CSS', () => {
  let frame: Frame | undefined;
  beforeEach(() => {
    localStorage.clear();
    window.scrollTo(0, 0);
  });
  afterEach(async () => {
    removeFrame(frame);
    frame = undefined;
    localStorage.clear();
    await resetMouse();
  });

  /** The one-rule page with a floating bar and an inline bar in #tools, as markup would place them. */
  async function pageWithRule(css: string): Promise<{ floating: Bar; inline: Bar }> {
    frame = await loadFrame('/test/fixtures/hostile-rule.html', 760, 560);
    const { doc } = frame;
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
    const floating = doc.createElement('legible-bar') as Bar;
    floating.setAttribute('position', 'floating');
    doc.body.append(floating);
    const inline = doc.createElement('legible-bar') as Bar;
    doc.getElementById('tools')!.append(inline);
    await Promise.all([floating.updateComplete, inline.updateComplete]);
    await nextFrames(frame.win, 2);
    return { floating, inline };
  }

  for (const { css, inForce } of RULES) {
    it(`${css}: both bars stay visible, sized and operable`, async () => {
      const { floating, inline } = await pageWithRule(css);
      inForce(frame!);
      expectVisibleSizedAndOnTop(frame!, floating, 'floating bar');
      expectVisibleSizedAndOnTop(frame!, inline, 'inline bar');
      expectInItsCorner(frame!, floating);
      await clickLikeAPerson(frame!, floating, 'increase-text');
      await clickLikeAPerson(frame!, inline, 'increase-contrast');
      expect(frame!.win.Legible!.get()).to.deep.equal({ textScale: 1.125, contrast: 1 });
    });
  }

  it('an invisible full-page layer at the highest z-index, added later: the floating bar stays on top', async () => {
    frame = await loadFrame('/test/fixtures/hostile-floating.html', 760, 560);
    const bar = barOf(frame) as Bar;
    const veil = frame.doc.querySelector('.veil')!;
    expect(frame.win.getComputedStyle(veil).zIndex, 'the veil').to.equal('2147483647');
    expect(bar.compareDocumentPosition(veil) & Node.DOCUMENT_POSITION_FOLLOWING, 'veil after the bar').to.not.equal(0);
    expectVisibleSizedAndOnTop(frame, bar, 'floating bar');
    expectInItsCorner(frame, bar);
    await clickLikeAPerson(frame, bar, 'increase-text');
    await clickLikeAPerson(frame, bar, 'increase-contrast');
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 1.125, contrast: 1 });
    // Still whole and on top after the page changed under it.
    expectVisibleSizedAndOnTop(frame, bar, 'floating bar, after');
    await clickLikeAPerson(frame, bar, 'reset');
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 1, contrast: 0 });

    // Control: out of the top layer, the later veil wins (and, under the transformed body, the
    // fixed bar would sit at the end of the 3000px page). This is what the top layer prevents.
    bar.hidePopover();
    const [x, y] = centreOf(frame, buttonIn(bar, 'reset')).inFrame;
    const hit = frame.doc.elementFromPoint(x, y);
    expect(hit === veil || bar.getBoundingClientRect().top > frame.win.innerHeight, 'without the top layer').to.equal(true);
    bar.requestUpdate();
    await bar.updateComplete;
    expect(bar.matches(':popover-open'), 'back in the top layer after an update').to.equal(true);
  });

  it('inline bar inside a mount point with inherited oddities (pointer-events: none, rtl, line-height 0)', async () => {
    frame = await loadFrame('/test/fixtures/hostile-mount.html', 760, 560);
    const bar = barOf(frame);
    expect(bar.parentElement?.id).to.equal('tools');
    expect(frame.win.getComputedStyle(bar.parentElement!).pointerEvents, 'the mount point').to.equal('none');
    expectVisibleSizedAndOnTop(frame, bar, 'inline bar');
    await clickLikeAPerson(frame, bar, 'increase-text');
    await clickLikeAPerson(frame, bar, 'decrease-contrast');
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 1.125, contrast: -1 });
  });
});

describe('the floating bar in the top layer', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    removeFrame(frame);
    frame = undefined;
    localStorage.clear();
    await resetMouse();
  });

  async function floatingBar(): Promise<Bar> {
    frame = await loadFrame('/test/fixtures/hostile-rule.html', 760, 560);
    const bar = frame.doc.createElement('legible-bar') as Bar;
    bar.setAttribute('position', 'floating');
    frame.doc.body.append(bar);
    await bar.updateComplete;
    return bar;
  }

  it('takes no focus, and neither a click elsewhere nor Escape closes it', async () => {
    const bar = await floatingBar();
    expect(bar.getAttribute('popover'), 'a manual popover: no light dismiss').to.equal('manual');
    expect(bar.matches(':popover-open')).to.equal(true);
    const search = frame!.doc.getElementById('search')!;
    search.focus();
    // Moved elsewhere in the page: it leaves the top layer, comes back, and the reader's focus stays.
    frame!.doc.querySelector('main')!.append(bar);
    await bar.updateComplete;
    expect(bar.matches(':popover-open'), 'open again after moving').to.equal(true);
    expect(frame!.doc.activeElement === search, `focus stays in the page, not on ${nameOf(frame!.doc.activeElement)}`).to.equal(true);
    await sendMouse({ type: 'click', position: centreOf(frame!, frame!.doc.querySelector('h1')!).onScreen });
    await sendKeys({ press: 'Escape' });
    await nextFrames(frame!.win, 1);
    expect(bar.matches(':popover-open'), 'after a click elsewhere and Escape').to.equal(true);
  });

  it('reopens after leaving and rejoining the document; an inline bar is no popover', async () => {
    const bar = await floatingBar();
    bar.remove();
    expect(bar.matches(':popover-open'), 'closed while out of the document').to.equal(false);
    frame!.doc.body.append(bar);
    await bar.updateComplete;
    expect(bar.matches(':popover-open'), 'open again').to.equal(true);
    bar.removeAttribute('position');
    await bar.updateComplete;
    expect(bar.hasAttribute('popover'), 'inline: no popover attribute').to.equal(false);
    expect(frame!.win.getComputedStyle(bar).position, 'inline: in the flow').to.equal('static');
  });

  it('a page that hides the bar on purpose still can', async () => {
    const bar = await floatingBar();
    const style = frame!.doc.createElement('style');
    style.textContent = 'legible-bar { display: none; }';
    frame!.doc.head.append(style);
    expect(bar.matches(':popover-open'), 'still an open popover').to.equal(true);
    expect(bar.getBoundingClientRect().width, 'but not drawn').to.equal(0);
    expect(buttonIn(bar, 'reset').getBoundingClientRect().width).to.equal(0);
  });

  it('without popover support (Safari < 17, Firefox < 125): fixed in its corner, top z-index, clickable', async () => {
    frame = await loadFrame('/test/fixtures/hostile-rule.html', 760, 560);
    const proto = frame.win.HTMLElement.prototype as unknown as Record<string, unknown>;
    for (const name of ['showPopover', 'hidePopover', 'togglePopover']) delete proto[name];
    expect('showPopover' in frame.doc.body).to.equal(false);
    const bar = frame.doc.createElement('legible-bar') as Bar;
    bar.setAttribute('position', 'floating');
    frame.doc.body.append(bar);
    await bar.updateComplete;
    await nextFrames(frame.win, 1);
    expect(bar.hasAttribute('popover'), 'no popover attribute').to.equal(false);
    const style = frame.win.getComputedStyle(bar);
    expect(style.position).to.equal('fixed');
    expect(style.zIndex).to.equal('2147483647');
    expectInItsCorner(frame, bar);
    expectVisibleSizedAndOnTop(frame, bar, 'floating bar');
    await clickLikeAPerson(frame, bar, 'increase-text');
    expect(frame.win.Legible!.get().textScale).to.equal(1.125);
    expect(frame.errors).to.deep.equal([]);
  });
});
