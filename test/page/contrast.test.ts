/**
 * The contrast levels on a page built to fail: grey on white, white on a light brand colour, text
 * on gradients, nested translucent layers, oklch()/lab()/lch()/color-mix()/display-p3 colours,
 * an open shadow root and content added later. axe's own contrast rules and an independent
 * ratio walk (contrast-measure.ts) must both agree that each level keeps its promise.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { describeViolations, loadFrame, nextFrames, removeFrame, runAxe, styleOf, type Frame } from '../helpers/frame.js';
import { axeContrast, CONTRAST_RULES, cssRatio, failing, measureTexts, minimumFor, readsDuring, setLevel } from './contrast-measure.js';

const FIXTURE = '/test/fixtures/contrast-cases.html';

/** Content a CMS script adds after load: a grey paragraph and a pale card on a light colour. */
async function addLateContent(frame: Frame): Promise<void> {
  const section = frame.doc.createElement('section');
  section.innerHTML = '<p style="color:#a5a5a5">Added later, grey.</p><div style="background:#7fc4ff;color:#fff;padding:4px">Added later, white on light blue.</div>';
  frame.doc.body.append(section);
  const card = frame.doc.querySelector('shadow-card')!.shadowRoot!;
  const late = frame.doc.createElement('p');
  late.textContent = 'Added later inside the shadow root.';
  late.style.color = '#b5b5b5';
  card.append(late);
  await nextFrames(frame.win, 2);
}

describe('contrast levels on pages built to fail', () => {
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('the fixture really fails at the site colours (level 0), so the checks below can fail', async () => {
    frame = await loadFrame(FIXTURE);
    const results = await axeContrast(frame);
    const ids = results.violations.map((v) => v.id);
    expect(ids).to.include('color-contrast');
    expect(failing(measureTexts(frame.doc), () => 4.5).length).to.be.greaterThan(5);
  });

  for (const level of [1, 2, -1] as const) {
    it(`level ${level}: axe finds no contrast failure and every measured ratio holds, late content included`, async () => {
      frame = await loadFrame(FIXTURE);
      await setLevel(frame, level);
      await addLateContent(frame);
      const rules = level === -1 ? ['color-contrast'] : CONTRAST_RULES;
      const results = await axeContrast(frame, rules);
      expect(results.violations, describeViolations(results)).to.deep.equal([]);
      const texts = measureTexts(frame.doc);
      expect(texts.length).to.be.greaterThan(25);
      // Soft leaves text over a url() picture as the site drew it (its pixels cannot be measured);
      // 1 and 2 may not. Text over gradients is measured against every colour stop.
      expect(failing(texts, minimumFor[level], level === -1)).to.deep.equal([]);
      if (level !== -1) expect(texts.filter((t) => t.overImage)).to.deep.equal([]);
      expect(frame.errors).to.deep.equal([]);
    });
  }

  for (const level of [1, -1] as const) {
    it(`level ${level}: elements whose class or style the site changes later are read again (tabs, .css())`, async () => {
      frame = await loadFrame(FIXTURE);
      await setLevel(frame, level);
      const [first, second] = Array.from(frame.doc.querySelectorAll('.tab'));
      // The site's script moves the active tab (a transition of 0.4 s on both colours) and paints
      // a paragraph dark, the way jQuery's .css() does.
      second.classList.remove('active');
      first.classList.add('active');
      frame.doc.querySelector<HTMLElement>('.restyled')!.style.background = '#0a4a8a';
      await nextFrames(frame.win, 2);
      const tabs = measureTexts(frame.doc).filter((t) => t.element.closest('.tab, .restyled'));
      expect(tabs.length).to.equal(4);
      expect(failing(tabs, minimumFor[level])).to.deep.equal([]);
      const results = await axeContrast(frame, level === -1 ? ['color-contrast'] : CONTRAST_RULES);
      expect(results.violations, describeViolations(results)).to.deep.equal([]);
      // And back: the site's own state again, then reset restores the site's colours exactly.
      first.classList.remove('active');
      second.classList.add('active');
      await nextFrames(frame.win, 2);
      expect(failing(measureTexts(frame.doc).filter((t) => t.element.closest('.tab')), minimumFor[level])).to.deep.equal([]);
      await setLevel(frame, 0);
      expect(frame.doc.querySelectorAll('[data-legible-contrast]').length).to.equal(0);
    });
  }

  it('level 1: a menu item keeps its ratio while pointed at or focused, and after (the site changes colours on :hover and :focus)', async () => {
    frame = await loadFrame(FIXTURE);
    await setLevel(frame, 1);
    const [home, about] = Array.from(frame.doc.querySelectorAll<HTMLElement>('.menu a'));
    const menuTexts = () => measureTexts(frame!.doc).filter((t) => t.element.closest('.menu'));
    expect(menuTexts().length).to.equal(3);
    // The pointer over the second item: its link turns white on red, its li blue behind the span.
    about.scrollIntoView({ block: 'center' });
    const box = about.getBoundingClientRect();
    const offset = frame.iframe.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(offset.x + box.x + 5), Math.round(offset.y + box.y + box.height / 2)] });
    await nextFrames(frame.win, 2);
    expect(about.matches(':hover')).to.equal(true);
    expect(failing(menuTexts(), minimumFor[1])).to.deep.equal([]);
    // Focus on the first (keyboard users see :focus).
    home.focus();
    await nextFrames(frame.win, 2);
    expect(failing(menuTexts(), minimumFor[1])).to.deep.equal([]);
    // Both states end: the items are read at rest again.
    home.blur();
    await resetMouse();
    await sendMouse({ type: 'move', position: [Math.round(offset.x + box.x + 400), Math.round(offset.y + box.y + box.height / 2)] });
    await nextFrames(frame.win, 2);
    expect(about.matches(':hover')).to.equal(false);
    expect(failing(menuTexts(), minimumFor[1])).to.deep.equal([]);
    const results = await axeContrast(frame);
    expect(results.violations, describeViolations(results)).to.deep.equal([]);
  });

  it("level 1: a theme the site switches with an attribute of its own (Bootstrap's data-bs-theme) is read again", async () => {
    frame = await loadFrame(FIXTURE);
    const theme = frame.doc.createElement('style');
    theme.textContent = '[data-bs-theme=dark] body { background: #212529; color: #7d8287; } [data-bs-theme=dark] :is(p, li, a, h1, h2) { color: #767b80; }';
    frame.doc.head.append(theme);
    await setLevel(frame, 1);
    frame.doc.documentElement.setAttribute('data-bs-theme', 'dark');
    await nextFrames(frame.win, 2);
    expect(frame.win.getComputedStyle(frame.doc.body).backgroundColor).to.equal('rgb(33, 37, 41)');
    expect(failing(measureTexts(frame.doc), minimumFor[1])).to.deep.equal([]);
    const results = await axeContrast(frame);
    expect(results.violations, describeViolations(results)).to.deep.equal([]);
  });

  it('level 1: the pointer over a large part of the page (the body, a main column) does not read it again', async () => {
    frame = await loadFrame(FIXTURE);
    // A column holding most of the page.
    const column = frame.doc.createElement('main');
    column.append(...Array.from(frame.doc.body.children).filter((el) => el.localName !== 'script'));
    frame.doc.body.append(column);
    await setLevel(frame, 1);
    const reads = await readsDuring(frame, async () => {
      for (const el of [frame!.doc.body, column]) {
        el.dispatchEvent(new frame!.win.PointerEvent('pointerover', { bubbles: true }));
        el.dispatchEvent(new frame!.win.PointerEvent('pointerout', { bubbles: true }));
      }
      await nextFrames(frame!.win, 2);
    });
    expect(reads).to.equal(0);
  });

  it('translucent text is drawn whole at every level; what is invisible on purpose and disabled controls stay faint; reset restores', async () => {
    frame = await loadFrame(FIXTURE);
    const opacity = (selector: string) => frame!.win.getComputedStyle(frame!.doc.querySelector(selector)!).opacity;
    const own = ['footer.faded', 'p.date-line', 'span.date-line', 'p.gone', 'button.off'].map(opacity);
    expect(own).to.deep.equal(['0.6', '0.7', '0.7', '0', '0.65']);
    for (const level of [1, 2, -1]) {
      await setLevel(frame, level);
      expect(['footer.faded', 'p.date-line', 'span.date-line', 'p.gone', 'button.off'].map(opacity), `level ${level}`).to.deep.equal(['1', '1', '1', '0', '0.65']);
    }
    await setLevel(frame, 0);
    expect(['footer.faded', 'p.date-line', 'span.date-line', 'p.gone', 'button.off'].map(opacity)).to.deep.equal(own);
  });

  it('level 1 keeps text that passes and the hues of text it raises; borders of controls reach 3:1', async () => {
    frame = await loadFrame(FIXTURE);
    const style = (selector: string) => styleOf(frame!, selector);
    const passing = style('p.ok').color;
    const brandBefore = style('.brand p').color;
    await setLevel(frame, 1);
    expect(style('p.ok').color).to.equal(passing);
    expect(frame.doc.querySelector('p.ok')!.hasAttribute('data-legible-contrast')).to.equal(false);
    // White on a light brand blue: a dark text reaches 7:1 there, so the brand colour stays.
    expect(style('.brand p').color).to.not.equal(brandBefore);
    expect(style('.brand').backgroundColor).to.equal('rgb(90, 169, 230)');
    expect(style('.brand p').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    // Text turned dark loses the dark halo drawn for it when it was white.
    expect(style('.haloed').color).to.not.equal('rgb(255, 255, 255)');
    expect(style('.haloed').textShadow).to.equal('none');
    // The red of the oklch small text stays red.
    const [sr, sg, sb] = style('.ok-l small').color.match(/[\d.]+/g)!.map(Number);
    expect(sr).to.be.greaterThan(sg + 30);
    expect(sr).to.be.greaterThan(sb + 30);
    // A small bullet drawn by a gradient beside the text is not under it: nothing changes there,
    // and text on a light gradient that already passes against every stop stays as it is.
    expect(style('.bullet').backgroundImage).to.include('gradient');
    expect(frame.doc.querySelector('.bullet')!.hasAttribute('data-legible-contrast')).to.equal(false);
    expect(frame.doc.querySelector('.light-gradient')!.hasAttribute('data-legible-contrast')).to.equal(false);
  });

  it('a link told from its line by colour alone stays told apart at every level (axe’s link-in-text-block): underlined where the level brings the two within 3:1', async () => {
    frame = await loadFrame(FIXTURE);
    const rule = { runOnly: { type: 'rule' as const, values: ['link-in-text-block'] } };
    const link = () => styleOf(frame!, '.prose a');
    expect(describeViolations(await runAxe(frame, rule)), 'the site’s own colours tell it apart').to.equal('');
    expect(cssRatio(link().color, styleOf(frame, '.prose').color)).to.be.at.least(3);
    for (const level of [1, -1, 2] as const) {
      await setLevel(frame, level);
      expect(describeViolations(await runAxe(frame, rule)), `level ${level}`).to.equal('');
      const apart = cssRatio(link().color, styleOf(frame, '.prose').color);
      if (apart < 3) expect(link().textDecorationLine, `level ${level}: ${apart.toFixed(2)}:1 apart`).to.include('underline');
    }
    await setLevel(frame, 0);
    expect(link().textDecorationLine).to.equal('none');
  });

  it('level -1 calms the white page and keeps the tint of tinted surfaces (a green badge stays green)', async () => {
    frame = await loadFrame(FIXTURE);
    const channels = (css: string): number[] => css.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    await setLevel(frame, -1);
    const page = channels(frame.win.getComputedStyle(frame.doc.documentElement).backgroundColor);
    expect(Math.max(...page), 'no glaring white left').to.be.below(250);
    const [r, g, b] = channels(frame.win.getComputedStyle(frame.doc.querySelector('.badge-done')!).backgroundColor);
    expect(g, `badge rgb(${r}, ${g}, ${b})`).to.be.above(r + 15);
    expect(g).to.be.above(b);
    expect(Math.max(r, g, b), 'the badge is calmed too').to.be.below(250);
  });

  it('placeholders reach the level too (a pale format hint, the browser’s own faded one); 0 gives them back', async () => {
    frame = await loadFrame(FIXTURE);
    const hint = (selector: string): [string, string] => {
      const field = frame!.doc.querySelector(selector)!;
      const placeholder = frame!.win.getComputedStyle(field, '::placeholder');
      // The colour drawn: its alpha times the placeholder's opacity, over the field.
      const [r, g, b, a = 1] = placeholder.color.match(/[\d.]+/g)!.map(Number);
      return [`rgba(${r}, ${g}, ${b}, ${a * +placeholder.opacity})`, frame!.win.getComputedStyle(field).backgroundColor];
    };
    const own = ['#date', '#search'].map(hint);
    // (Read from the placeholder itself: the field's own text is #aaa.)
    expect(own[0][0]).to.match(/^rgba\(200, 200, 200, /);
    expect(cssRatio(...own[0]), 'the site’s pale hint fails AA').to.be.below(4.5);
    for (const level of [1, -1] as const) {
      await setLevel(frame, level);
      for (const selector of ['#date', '#search']) expect(cssRatio(...hint(selector)), `${selector} at ${level}`).to.be.at.least(level === 1 ? 7 : 4.5);
    }
    await setLevel(frame, 0);
    expect(['#date', '#search'].map(hint)).to.deep.equal(own);
  });

  it('a file field’s own text ("No file chosen") and its button, a box of its own, reach each level; 0 gives them back', async () => {
    frame = await loadFrame(FIXTURE);
    const fields = () => measureTexts(frame!.doc).filter((t) => /upload/.test((t.element as HTMLElement).id));
    const colours = () => ['#upload', '#plain-upload'].flatMap((selector) => [styleOf(frame!, selector).color, styleOf(frame!, selector, '::file-selector-button').color]);
    const site = colours();
    // Both fields' text (the second in its paragraph's pale grey) and the grey button fail AA; the browser's own button passes.
    expect(failing(fields(), () => 4.5).length, failing(fields(), () => 4.5).join()).to.equal(3);
    for (const level of [1, 2, -1] as const) {
      await setLevel(frame, level);
      expect(fields().length).to.equal(4);
      expect(failing(fields(), minimumFor[level]), `level ${level}`).to.deep.equal([]);
      if (level === 1) {
        const button = styleOf(frame, '#upload', '::file-selector-button');
        expect(cssRatio(button.borderTopColor, 'rgb(255, 255, 255)'), 'the button’s edge on the page').to.be.at.least(3);
      }
    }
    await setLevel(frame, 0);
    expect(colours()).to.deep.equal(site);
  });

  it('level 1: content the site shows later with its own CSS (no new nodes) opens at the level', async () => {
    frame = await loadFrame(FIXTURE);
    await setLevel(frame, 1);
    const item = frame.doc.querySelector('.dropdown p')!;
    frame.doc.querySelector('.dropdown')!.classList.add('open');
    await nextFrames(frame.win, 2);
    const shown = measureTexts(frame.doc).filter((t) => t.element === item);
    expect(shown.length).to.equal(1);
    expect(shown[0].ratio).to.be.at.least(7);
  });

  it('level 1: borders of controls, rings drawn by a shadow, a checkbox drawn by its label, and the focus ring reach 3:1 against the page', async () => {
    frame = await loadFrame(FIXTURE);
    const style = (selector: string) => styleOf(frame!, selector);
    const page = style('body').backgroundColor;
    // A ring: the first shadow, a colour with no offset, no blur and a 1px spread, drawn inside.
    const ringOf = (selector: string) => /^(\S+\([^)]*\)) 0px 0px 0px 1px inset, (.*)$/.exec(style(selector).boxShadow);
    const rings = ['input.ringed', 'button.ringed'];
    const faint = rings.map((selector) => ringOf(selector)![2]);
    expect(cssRatio(style('input').borderTopColor, page), 'site input border').to.be.lessThan(3);
    for (const selector of rings) expect(cssRatio(ringOf(selector)![1], page), `site ${selector} ring`).to.be.lessThan(3);
    const site = rings.map((selector) => style(selector).boxShadow);
    // A checkbox drawn by its label's ::before: its box's edge.
    const drawn = () => styleOf(frame!, '.drawn label', '::before').borderTopColor;
    const drawnSite = drawn();
    expect(cssRatio(drawnSite, page), 'site drawn checkbox').to.be.lessThan(3);
    await setLevel(frame, 1);
    for (const control of ['input', 'button.light']) {
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(cssRatio(style(control)[`border${side}Color`], page), `${control} border ${side}`).to.be.at.least(3);
      }
    }
    // The ring reaches 3:1 in its place; the drop shadow after it stays as the site drew it.
    rings.forEach((selector, i) => {
      expect(cssRatio(ringOf(selector)![1], page), `${selector} ring`).to.be.at.least(3);
      expect(ringOf(selector)![2], `${selector} drop shadow`).to.equal(faint[i]);
    });
    expect(cssRatio(drawn(), page), 'drawn checkbox').to.be.at.least(3);
    frame.doc.querySelector('input')!.focus();
    const ring = style('input');
    expect(ring.outlineStyle).to.not.equal('none');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(cssRatio(ring.outlineColor, page), 'focus ring').to.be.at.least(3);
    await setLevel(frame, 0);
    expect(rings.map((selector) => style(selector).boxShadow)).to.deep.equal(site);
    expect(drawn()).to.equal(drawnSite);
  });

  for (const level of [1, 2] as const) {
    it(`level ${level}: an open shadow root added later gets the level too`, async () => {
      frame = await loadFrame(FIXTURE);
      await setLevel(frame, level);
      const host = frame.doc.createElement('div');
      const shadow = host.attachShadow({ mode: 'open' });
      const p = frame.doc.createElement('p');
      p.textContent = 'Added later in a new shadow root, grey.';
      p.style.color = '#999';
      shadow.append(p);
      frame.doc.body.append(host);
      await nextFrames(frame.win, 2);
      const color = frame.win.getComputedStyle(p).color;
      const page = frame.win.getComputedStyle(frame.doc.body).backgroundColor;
      if (level === 2) expect(color).to.equal('rgb(255, 255, 255)');
      else expect(cssRatio(color, page), color).to.be.at.least(7);
      frame.win.Legible!.reset();
      await nextFrames(frame.win, 2);
      expect(frame.win.getComputedStyle(p).color).to.equal('rgb(153, 153, 153)');
      expect(shadow.adoptedStyleSheets.length).to.equal(0);
    });
  }

  it('images, video, canvas and iframes are never inverted or recoloured at any level; at level 2 what shows through a transparent one is still the light ground it was drawn on', async () => {
    frame = await loadFrame(FIXTURE);
    const media = Array.from(frame.doc.querySelectorAll('img, video, canvas, iframe'));
    expect(media.map((el) => el.localName)).to.deep.equal(['video', 'canvas', 'iframe', 'img']);
    // What decides the pixels a reader sees: the element's own paint, and every filter, opacity
    // or blend on it or on an ancestor.
    const paint = (el: Element) => {
      const own = frame!.win.getComputedStyle(el);
      const chain: string[] = [];
      for (let up: Element | null = el; up; up = up.parentElement) {
        const s = frame!.win.getComputedStyle(up);
        chain.push(`${s.filter}|${s.backdropFilter}|${s.opacity}|${s.mixBlendMode}`);
      }
      return { background: own.backgroundColor, image: own.backgroundImage, border: own.borderTopStyle === 'none' ? 'none' : own.borderTopColor, chain: chain.join(',') };
    };
    const before = media.map(paint);
    expect(before[0].chain).to.match(/^(none\|none\|1\|normal,?)+$/);
    const inner = (frame.doc.querySelector('iframe') as HTMLIFrameElement).contentDocument!;
    const innerColor = frame.win.getComputedStyle(inner.querySelector('p')!).color;
    // The picture has no background of its own: the page's white shows through it. The others paint their own.
    expect(before[3].background).to.equal('rgba(0, 0, 0, 0)');
    for (const level of [1, 2, -1]) {
      await setLevel(frame, level);
      // At level 2 the page turns black: the picture keeps the white it was drawn on (a transparent
      // logo's dark name would vanish), and that alone changes.
      const expected = level === 2 ? before.map((paint, i) => (i === 3 ? { ...paint, background: 'rgb(255, 255, 255)' } : paint)) : before;
      expect(media.map(paint), `level ${level}`).to.deep.equal(expected);
      expect(media.filter((el) => el.hasAttribute('data-legible-contrast'))).to.deep.equal(level === 2 ? [media[3]] : []);
      // The embedded page keeps its own colours: no sheet, no mark, no change.
      expect(inner.adoptedStyleSheets.length).to.equal(0);
      expect(inner.querySelectorAll('[data-legible-contrast]').length).to.equal(0);
      expect(frame.win.getComputedStyle(inner.querySelector('p')!).color).to.equal(innerColor);
    }
  });

  it('level 2 is light on near-black with yellow underlined links', async () => {
    frame = await loadFrame(FIXTURE);
    const style = (selector: string) => styleOf(frame!, selector);
    // A native checkbox's fill in the site's dark accent would hardly show on black.
    const accent = style('.accented').accentColor;
    expect(cssRatio(accent, 'rgb(0, 0, 0)'), 'site accent on black').to.be.below(3);
    await setLevel(frame, 2);
    expect(style('.accented').accentColor).to.equal('rgb(255, 255, 0)');
    expect(style('body').backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(style('p.grey').color).to.equal('rgb(255, 255, 255)');
    expect(style('p.grey a').color).to.equal('rgb(255, 255, 0)');
    expect(style('p.grey a').textDecorationLine).to.equal('underline');
    expect(style('.brand a').color).to.equal('rgb(255, 255, 0)');
    expect(style('.brand a').textDecorationLine).to.equal('underline');
    expect(style('input').borderTopColor).to.equal('rgb(255, 255, 255)');
    // A dropdown open over the text below it keeps a surface (black) that hides that text, as the
    // site's white one did; translucent layers and gradients still show what is behind them.
    expect(style('.popup').backgroundColor).to.equal('rgb(0, 0, 0)');
    frame.doc.querySelector('.popup')!.scrollIntoView({ block: 'center' });
    const popup = frame.doc.querySelector('.popup')!.getBoundingClientRect();
    const under = frame.doc.elementFromPoint(popup.left + 4, popup.top + popup.height / 2)!;
    expect(under.closest('.popup'), 'the popup is on top').to.not.equal(null);
    expect(style('.glass').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(style('.gradient').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await setLevel(frame, 0);
    expect(style('.accented').accentColor).to.equal(accent);
  });

  it('blended text is drawn plainly at every level, as it is measured: at level 2 white multiplied over black would vanish', async () => {
    frame = await loadFrame(FIXTURE);
    const style = (selector: string) => styleOf(frame!, selector);
    expect(style('.blend').mixBlendMode).to.equal('multiply');
    for (const level of [1, -1, 2] as const) {
      await setLevel(frame, level);
      expect(style('.blend').mixBlendMode, `level ${level}`).to.equal('normal');
      expect(cssRatio(style('.blend').color, level === 2 ? 'rgb(0, 0, 0)' : style('.blend').backgroundColor), `level ${level}`).to.be.at.least(minimumFor[level]({ large: false }));
    }
    await setLevel(frame, 0);
    expect(style('.blend').mixBlendMode).to.equal('multiply');
  });

  it('level 2 keeps a highlight: black on yellow, a link in it too', async () => {
    frame = await loadFrame(FIXTURE);
    const style = (selector: string) => styleOf(frame!, selector);
    await setLevel(frame, 2);
    for (const selector of ['mark.hit', 'mark.hit a']) {
      expect(style(selector).color, selector).to.equal('rgb(0, 0, 0)');
      expect(cssRatio(style(selector).color, style('mark.hit').backgroundColor), selector).to.be.at.least(15);
    }
    expect(style('mark.hit a').textDecorationLine).to.equal('underline');
    // Beside it, the page stays black.
    expect(style('p.ok').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await setLevel(frame, 0);
    expect(style('mark.hit').backgroundColor).to.equal('rgb(255, 242, 168)');
  });

  it('reset restores every attribute, inline style and sheet byte for byte', async () => {
    frame = await loadFrame(FIXTURE);
    const snapshot = () => {
      const card = frame!.doc.querySelector('shadow-card')!.shadowRoot!;
      const badge = card.querySelector('inner-badge')!.shadowRoot!;
      return `${frame!.doc.documentElement.outerHTML}${card.innerHTML}${badge.innerHTML}|${[frame!.doc, card, badge].map((r) => r.adoptedStyleSheets.length)}`;
    };
    // The site's own inline styles and data attributes are part of what must come back unchanged.
    expect(frame.doc.querySelector('p.inline')!.getAttribute('style')).to.equal('color: #a0a0a0; margin: 2px');
    const late = frame.doc.createElement('p');
    late.setAttribute('style', 'color:#bbb');
    late.textContent = 'Added by the site while a level is on.';
    const lateInShadow = frame.doc.createElement('span');
    lateInShadow.textContent = 'Late, in a nested shadow root';
    const before = snapshot();
    for (const level of [1, 2, -1, 1]) {
      await setLevel(frame, level);
      if (level === -1) {
        frame.doc.body.append(late);
        frame.doc.querySelector('shadow-card')!.shadowRoot!.querySelector('inner-badge')!.shadowRoot!.append(lateInShadow);
        await nextFrames(frame.win, 2);
      }
    }
    expect(late.hasAttribute('data-legible-contrast'), 'late content treated').to.equal(true);
    expect(snapshot()).to.not.equal(before);
    frame.win.Legible!.reset();
    await nextFrames(frame.win, 2);
    expect(late.getAttribute('style')).to.equal('color:#bbb');
    expect([late, lateInShadow].map((el) => el.hasAttribute('data-legible-contrast'))).to.deep.equal([false, false]);
    late.remove();
    lateInShadow.remove();
    expect(snapshot()).to.equal(before);
    expect(frame.doc.querySelectorAll('[data-legible-contrast]').length).to.equal(0);
  });
});
