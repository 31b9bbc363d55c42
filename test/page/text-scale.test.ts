/**
 * Text size is exact whatever sized the text: at every step every text element renders at the
 * step times its size at 1, on the page as loaded and on content, sheets and shadow roots that
 * arrive later while the text is scaled. Reset leaves the page as it was, byte for byte.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, nextFrames, removeFrame, type Frame } from '../helpers/frame.js';
import { renderedAll, setScale, STEPS, textElements, wrongSizes, type Rendered, type TextElement } from './text-scale-measure.js';

const KINDS = [
  'browser defaults',
  'px',
  'pt',
  'rem',
  'em',
  'percent',
  'keywords',
  'font size attribute',
  'calc, clamp, viewport units, var',
  'custom properties the root does not tell',
  'inline style',
  '!important',
  '@media',
  '@layer',
  'style element',
  'open shadow root',
  'nesting',
  '@import',
];

/** Every element and attribute of the page, shadow roots included, as text. */
function snapshot(doc: Document): string {
  const lines: string[] = [];
  const walk = (parent: ParentNode, depth: number): void => {
    for (const el of Array.from(parent.children)) {
      if (el.localName.startsWith('legible-')) continue;
      lines.push(`${' '.repeat(depth)}<${el.localName}${Array.from(el.attributes, (a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('')}>`);
      if (el.shadowRoot) {
        lines.push(`${' '.repeat(depth)} #shadow adopted=${el.shadowRoot.adoptedStyleSheets.length}`);
        walk(el.shadowRoot, depth + 2);
      }
      walk(el, depth + 1);
    }
  };
  walk(doc, 0);
  return lines.join('\n');
}

describe('text scale: every kind of sizing', () => {
  let frame: Frame;
  let elements: TextElement[];
  let base: Rendered[];

  before(async () => {
    localStorage.clear();
    frame = await loadFrame('/test/fixtures/text-kinds.html');
    elements = textElements(frame.doc);
    base = renderedAll(elements);
  });
  after(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('the page has text of every kind, at several different sizes', () => {
    const kinds = new Set(elements.map((e) => e.kind));
    for (const kind of KINDS) expect(kinds.has(kind), kind).to.equal(true);
    expect(new Set(base.map((b) => b.font)).size).to.be.above(20);
  });

  for (const kind of KINDS) {
    it(`${kind}: renders at s × its size at every step`, async () => {
      const mine = elements.filter((e) => e.kind === kind);
      const mineBase = base.filter((_, i) => elements[i].kind === kind);
      expect(mine.length).to.be.above(0);
      const wrong: string[] = [];
      for (const scale of STEPS) {
        await setScale(frame, scale);
        wrong.push(...wrongSizes(mine, mineBase, scale).map((w) => `at ${scale}: ${w}`));
      }
      await setScale(frame, 1);
      wrong.push(...wrongSizes(mine, mineBase, 1).map((w) => `back at 1: ${w}`));
      expect(wrong).to.deep.equal([]);
    });
  }
});

describe('text scale: content that arrives later', () => {
  let frame: Frame;
  afterEach(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('sections, a <style>, a <link>, a shadow root and an inline size added while scaled are scaled too', async () => {
    localStorage.clear();
    frame = await loadFrame('/test/fixtures/text-kinds.html');
    const { doc } = frame;
    await setScale(frame, 1.25);
    // A single-page app renders more of everything while the reader has the text at 125%.
    const late = doc.createElement('main');
    late.id = 'late';
    for (const section of Array.from(doc.querySelectorAll('section'))) late.append(section.cloneNode(true));
    const style = doc.createElement('style');
    style.textContent = '.late-style { font-size: 23px; line-height: 25px; }';
    const styled = doc.createElement('p');
    styled.className = 'late-style';
    styled.textContent = 'Styled by a late <style>';
    const linked = doc.createElement('p');
    linked.className = 'late-link';
    linked.textContent = 'Styled by a late <link>';
    const inline = doc.createElement('p');
    inline.style.fontSize = '21px';
    inline.textContent = 'Late inline size';
    late.append(styled, linked, inline);
    doc.body.append(late);
    doc.head.append(style);
    // A script gives an element already on the page an inline size.
    const restyled = doc.querySelector('.px-lh') as HTMLElement;
    restyled.style.fontSize = '19px';
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'text-late.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    doc.head.append(link);
    await loaded;
    await nextFrames(frame.win, 2);
    const added = textElements(doc).filter((e) => e.el.closest('#late') || e.el.getRootNode() !== doc || e.el === restyled);
    expect(added.length).to.be.above(70);
    const atFirst = renderedAll(added);
    await setScale(frame, 1);
    const base = renderedAll(added);
    expect(base.find((_, i) => added[i].el === linked)?.font).to.equal(26);
    expect(base.find((_, i) => added[i].el === restyled)?.font).to.equal(19);
    const wrong: string[] = [];
    added.forEach((e, i) => {
      if (Math.abs(atFirst[i].font - base[i].font * 1.25) > 0.5) wrong.push(`added at 1.25: ${e.label}: ${atFirst[i].font}px, expected ${base[i].font * 1.25}px`);
    });
    for (const scale of STEPS) {
      await setScale(frame, scale);
      wrong.push(...wrongSizes(added, base, scale).map((w) => `at ${scale}: ${w}`));
    }
    expect(wrong).to.deep.equal([]);
  });
});

describe('text scale: a saved size when the page loads', () => {
  let frame: Frame;
  after(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('every kind renders at the saved 125% once loaded', async () => {
    localStorage.setItem('legible', '{"v":1,"textScale":1.25,"contrast":0}');
    frame = await loadFrame('/test/fixtures/text-kinds.html');
    const elements = textElements(frame.doc);
    const loaded = renderedAll(elements);
    await setScale(frame, 1);
    const base = renderedAll(elements);
    const wrong = elements.flatMap((e, i) =>
      Math.abs(loaded[i].font - base[i].font * 1.25) > 0.5 ? [`${e.label}: ${loaded[i].font}px, expected ${base[i].font * 1.25}px`] : [],
    );
    expect(wrong).to.deep.equal([]);
  });
});

describe('text scale: reset restores the page exactly', () => {
  let frame: Frame;
  after(() => {
    removeFrame(frame);
    localStorage.clear();
  });

  it('attributes, inline styles, adopted sheets and custom properties are as before', async () => {
    localStorage.clear();
    frame = await loadFrame('/test/fixtures/text-kinds.html');
    const { doc, win } = frame;
    const before = snapshot(doc);
    const adopted = doc.adoptedStyleSheets.length;
    const elements = textElements(doc);
    const base = renderedAll(elements);
    for (const scale of [1.25, 2, 0.875, 1.5, 1.75]) await setScale(frame, scale);
    expect(doc.adoptedStyleSheets.length).to.be.above(adopted);
    win.Legible!.reset();
    await nextFrames(win, 2);
    expect(snapshot(doc)).to.equal(before);
    expect(doc.adoptedStyleSheets.length).to.equal(adopted);
    expect(win.getComputedStyle(doc.documentElement).getPropertyValue('--legible-text-scale')).to.equal('');
    expect(wrongSizes(elements, base, 1)).to.deep.equal([]);
    // Nothing keeps watching: content added after the reset is the page's own.
    const p = doc.createElement('p');
    p.style.fontSize = '12px';
    p.textContent = 'after reset';
    doc.body.append(p);
    await nextFrames(win, 2);
    expect(win.getComputedStyle(p).fontSize).to.equal('12px');
    expect(doc.adoptedStyleSheets.length).to.equal(adopted);
  });
});
