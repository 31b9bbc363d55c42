/**
 * Configuration is untrusted input: a CMS field may hold anything. Values from the script tag's
 * data-*, from `Legible.configure()`, from the elements' attributes and properties, and from the
 * URL are markup payloads here (`<img src=x onerror=…>`, `"><script>…`). They must be rendered as
 * text or ignored: no element created, no handler run (test/fixtures/untrusted-trap.js watches,
 * on a page without CSP, so nothing would be blocked for us).
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_TEXT_STEPS, ALL_CONTRAST_LEVELS } from '../../src/core/settings.js';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';

const PAGE = '/test/fixtures/untrusted-config.html';
const IMG = (n: number) => `<img src=x onerror="pwned(${n})">`;
const SCRIPT = (n: number) => `"><script>pwned(${n})</script>`;

type Trap = { ran: string[]; created: string[] };
type Element_ = HTMLElement & { updateComplete: Promise<unknown>; strings?: object };
const trapOf = (frame: Frame): Trap => (frame.win as unknown as { __trap: Trap }).__trap;

/** Every element of the page, open shadow trees included. */
function allElements(root: Document | ShadowRoot): Element[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) => [el, ...(el.shadowRoot ? allElements(el.shadowRoot) : [])]);
}

/** The page's own scripts: its two, and the one the test server adds to every page. */
const PAGE_SCRIPTS = ['untrusted-trap.js', '/dist/legible.min.js', '/__web-dev-server__web-socket.js'];

/** No payload became an element or ran: the page's own scripts are the only img, b or script elements. */
async function expectNothingInjected(frame: Frame): Promise<void> {
  // An <img src=x> would fail to load and call its handler within a few frames.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await nextFrames(frame.win, 2);
  const trap = trapOf(frame);
  expect(trap.ran, 'payload handlers that ran').to.deep.equal([]);
  const added = trap.created.filter((what) => !PAGE_SCRIPTS.some((src) => what === `script src=${src}`));
  expect(added, 'payload elements added to the document').to.deep.equal([]);
  const found = allElements(frame.doc)
    .filter((el) => /^(img|b|script)$/.test(el.localName))
    .map((el) => `${el.localName} ${el.getAttribute('src')}`);
  expect(found, 'img, b and script elements anywhere, shadow trees included').to.deep.equal(PAGE_SCRIPTS.map((src) => `script ${src}`));
  expect(frame.errors, 'uncaught errors').to.deep.equal([]);
}

const visibleText = (button: Element): string => (button.firstChild as Text).data;

describe('untrusted configuration', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    frame = undefined;
    localStorage.clear();
  });

  it('script data-* payloads (mount, lang, steps, levels, controls, size, corner, cookie domain) stay plain values', async () => {
    frame = await loadFrame(PAGE, 760, 560);
    const legible = frame.win.Legible!;
    // An invalid selector places the floating bar; the steps fall back to the defaults.
    const bars = frame.doc.querySelectorAll('legible-bar');
    expect(bars).to.have.length(1);
    const bar = bars[0] as Element_;
    expect(bar.parentElement).to.equal(frame.doc.body);
    expect(bar.getAttribute('position')).to.equal('floating');
    expect(bar.getAttribute('corner'), 'the corner is an attribute value, not markup').to.equal(SCRIPT(7));
    expect(legible.steps()).to.deep.equal({ textSteps: DEFAULT_TEXT_STEPS, contrastLevels: ALL_CONTRAST_LEVELS });
    // Unknown control words are dropped; the known ones still show.
    const parts = Array.from(bar.shadowRoot!.querySelectorAll('button')).map((b) => b.getAttribute('part'));
    expect(parts).to.deep.equal(['button decrease-text', 'button reset-text', 'button increase-text', 'button reset']);
    for (const button of bar.shadowRoot!.querySelectorAll('button')) expect(button.textContent).to.not.contain('<');
    bar.shadowRoot!.querySelector<HTMLElement>('[part~="increase-text"]')!.click();
    await bar.updateComplete;
    expect(legible.get().textScale).to.equal(1.125);
    expect(frame.doc.cookie, 'no cookie for an invalid domain').to.equal('');
    await expectNothingInjected(frame);
  });

  it('configure() strings and lang, and element attributes, render as text only', async () => {
    frame = await loadFrame(PAGE, 760, 560);
    const { doc } = frame;
    const legible = frame.win.Legible!;
    const words = {
      label: IMG(10),
      decreaseText: SCRIPT(11),
      increaseContrast: IMG(12),
      decreaseContrast: SCRIPT(13),
      reset: IMG(14),
      textSize: `${IMG(15)} {percent}%`,
    };
    legible.configure({
      lang: 'en',
      // Both languages: the bar's own lang attribute is a payload, which means Vietnamese.
      strings: { en: words, vi: words, [IMG(16)]: { reset: IMG(17) } },
      mount: SCRIPT(18),
      textSteps: [SCRIPT(19) as unknown as number, 1, 1.5],
      contrastLevels: [IMG(20) as unknown as number],
    });
    expect(legible.steps().textSteps, 'a payload step is dropped').to.deep.equal([1, 1.5]);
    expect(legible.steps().contrastLevels).to.deep.equal(ALL_CONTRAST_LEVELS);

    const bar = doc.createElement('legible-bar') as Element_;
    for (const [name, value] of [['lang', IMG(21)], ['size', SCRIPT(22)], ['controls', `text contrast reset ${IMG(23)}`], ['corner', IMG(24)]]) {
      bar.setAttribute(name, value);
    }
    doc.querySelector('main')!.append(bar);
    const single = doc.createElement('legible-contrast') as Element_;
    single.strings = { increaseContrast: SCRIPT(25), contrastLabel: IMG(26) };
    doc.querySelector('main')!.append(single);
    await Promise.all([bar.updateComplete, single.updateComplete]);

    const button = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)!;
    // The words appear literally, as text; the label is an attribute value.
    expect(visibleText(button(bar, 'increase-contrast'))).to.equal(IMG(12));
    expect(visibleText(button(bar, 'decrease-contrast'))).to.equal(SCRIPT(13));
    expect(visibleText(button(bar, 'reset'))).to.equal(IMG(14));
    expect(button(bar, 'decrease-text').textContent).to.contain(SCRIPT(11));
    expect(bar.shadowRoot!.querySelector('[part~="container"]')!.getAttribute('aria-label')).to.equal(IMG(10));
    expect(visibleText(button(single, 'increase-contrast'))).to.equal(SCRIPT(25));
    expect(single.shadowRoot!.querySelector('[part~="container"]')!.getAttribute('aria-label')).to.equal(IMG(26));

    // The announcement carries a payload too: still text.
    (button(bar, 'increase-text') as HTMLElement).click();
    await bar.updateComplete;
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.contain(IMG(15));
    expect(status.children, 'the live region holds text, no elements').to.have.length(0);
    await expectNothingInjected(frame);
  });

  it('URL parameters with payloads are ignored', async () => {
    const query = new URLSearchParams({ 'legible-text': IMG(30), 'legible-contrast': SCRIPT(31) });
    frame = await loadFrame(`${PAGE}?${query}`, 760, 560);
    expect(frame.win.Legible!.get()).to.deep.equal({ textScale: 1, contrast: 0 });
    await expectNothingInjected(frame);
  });
});
