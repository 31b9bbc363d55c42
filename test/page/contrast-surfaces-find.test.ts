/**
 * contrast-surfaces.ts alone: which surface a text asking for a new background reaches, and the
 * colour a surface takes. On small trees built here, read through the browser's computed styles.
 */
import { expect } from '@open-wc/testing';
import { parseColor } from '../../src/core/color-parse.js';
import { formatColor, rgba, type Rgba } from '../../src/core/color.js';
import { farthest, surfacesOf, type Ask } from '../../src/page/contrast-surfaces.js';
import { layersOf } from '../../src/page/contrast-behind.js';
import { readsDuring } from './contrast-measure.js';

const colorOf = (css: string): Rgba | null => parseColor(css);
const DARK = rgba(0.1, 0.2, 0.4);

describe('contrast-surfaces: finding the surface a text asks', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  /** The surfaces that each element matching `selector` reaches, as the class names of the surfaces. */
  const reached = (selector: string, tops: Element[] = [document.documentElement]): string[] => {
    const asks: Ask[] = Array.from(root.querySelectorAll(selector), (el) => [el, DARK, []]);
    return Array.from(surfacesOf(asks, new Set(tops), new Map(), colorOf).keys(), (el) => el.className);
  };

  it('reaches the nearest ancestor painting an opaque colour, past transparent boxes and small bullets', () => {
    root.innerHTML =
      '<div class="bar" style="background:#1e73be"><ul><li style="background:linear-gradient(#fc0,#fc0) 0 50% / 5px 5px no-repeat"><a class="t">Một</a></li></ul></div>';
    expect(reached('.t')).to.deep.equal(['bar']);
  });

  it('reaches a gradient, with its stops, and goes out to the outermost of boxes painted alike', () => {
    root.innerHTML =
      '<div class="banner" style="background:linear-gradient(#c0392b,#8e1a14)"><p class="t">Tỉnh</p></div>' +
      '<section class="band" style="background:#c05621"><div class="body" style="background:#c05621"><p class="u">Báo</p></div></section>';
    const asks: Ask[] = ['.t', '.u'].map((s) => [root.querySelector(s)!, DARK, []]);
    const wanted = surfacesOf(asks, new Set([document.documentElement]), new Map(), colorOf);
    expect(Array.from(wanted.keys(), (el) => el.className)).to.deep.equal(['banner', 'band']);
    const [, , , stops] = wanted.get(root.querySelector('.banner')!)!;
    expect(stops!.map(formatColor)).to.deep.equal(['rgb(192 57 43)', 'rgb(142 26 20)']);
    const [, , css, none] = wanted.get(root.querySelector('.band')!)!;
    expect([css, none]).to.deep.equal(['rgb(192, 86, 33)', undefined]);
  });

  it('reaches the layer a positioned box lays under its content (its own text too), if the layer paints one opaque colour', () => {
    root.innerHTML =
      '<div class="card" style="position:relative;background:#1e73be"><i class="fill" style="position:absolute;inset:0;background:#4a90d9"></i><p class="t" style="position:relative">Tin</p></div>' +
      '<a class="button" style="position:relative;display:inline-block;padding:8px">Nộp</a>' +
      '<div class="veil" style="position:relative;background:#1e73be"><i style="position:absolute;inset:0;background:rgba(0,0,0,.3)"></i><p class="u" style="position:relative">Mờ</p></div>';
    const layered = new Map(['.card', '.veil'].map((s) => [root.querySelector(s)!, layersOf(root.querySelector(s)!)]));
    // (A pseudo-element's fill, as its layer would be read: its style and its name.)
    layered.set(root.querySelector('.button')!, [[getComputedStyle(root.querySelector('.card i')!), '::after']]);
    const asks: Ask[] = ['.t', '.button', '.u'].map((s) => [root.querySelector(s)!, DARK, []]);
    const wanted = surfacesOf(asks, new Set([document.documentElement]), layered, colorOf);
    expect(Array.from(wanted, ([el, [, , css]]) => `${el.className} ${css}`)).to.deep.equal(['card rgb(74, 144, 217)', 'button rgb(74, 144, 217)']);
  });

  it('reaches nothing over a url() picture or a translucent box, past the top of the part read, or at the body', () => {
    root.innerHTML =
      `<div class="photo" style="background:#345 url(&quot;data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E&quot;)"><p class="t">Ảnh</p></div>` +
      '<div class="bar" style="background:#1e73be"><div class="glass" style="background:rgb(0 0 0 / .2)"><p class="u">Kính</p></div></div>' +
      '<div class="bar2" style="background:#1e73be"><div class="top"><p class="v">Phần</p></div></div>' +
      '<p class="w">Trang</p>';
    expect(reached('.t')).to.deep.equal([]);
    expect(reached('.u')).to.deep.equal([]);
    expect(reached('.v', [root.querySelector('.top')!])).to.deep.equal([]);
    expect(reached('.v', [root])).to.deep.equal(['bar2']);
    document.body.style.background = '#1e73be';
    try {
      expect(reached('.w')).to.deep.equal([]);
    } finally {
      document.body.style.background = '';
    }
  });

  it('reaches no box holding more than 300 elements (a page-wide wrapper): its part would be read again', () => {
    root.innerHTML = `<div class="wrapper" style="background:#1e73be">${'<p>a</p>'.repeat(300)}<p class="t">Chân trang</p></div>`;
    expect(reached('.t')).to.deep.equal([]);
    root.querySelector('p')!.remove();
    expect(reached('.t')).to.deep.equal(['wrapper']);
  });

  it('gives every cell of a table the same surface, walking each row once', async () => {
    root.innerHTML = `<table class="grid" style="background:#1e73be"><tbody>${'<tr><td>a</td><td>b</td></tr>'.repeat(20)}</tbody></table>`;
    const reads = await readsDuring({ win: window }, () => {
      const asks: Ask[] = Array.from(root.querySelectorAll('td'), (el) => [el, DARK, []]);
      const wanted = surfacesOf(asks, new Set([document.documentElement]), new Map(), colorOf);
      expect(Array.from(wanted.keys(), (el) => el.className)).to.deep.equal(['grid']);
      expect(wanted.get(root.querySelector('.grid')!)![0].length).to.equal(40);
    });
    // Each row once; the table's body, the table, and the box around it (painted alike or not) once.
    expect(reads).to.equal(20 + 3);
  });
});

describe('contrast-surfaces: the colour a surface takes', () => {
  const grey = (v: number) => rgba(v, v, v);
  it('takes the farthest background asked for when all ask the same way, and none when they pull apart', () => {
    expect(farthest([grey(0.3), grey(0.1), grey(0.2)], 0.4)).to.deep.equal(grey(0.1));
    expect(farthest([grey(0.7), grey(0.9)], 0.4)).to.deep.equal(grey(0.9));
    expect(farthest([grey(0.1), grey(0.9)], 0.4)).to.equal(undefined);
  });
});
