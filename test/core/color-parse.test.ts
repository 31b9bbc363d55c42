/**
 * Legible's colour parser against culori, on the strings this very browser's getComputedStyle
 * returns for every colour form a page can use (so a new serialisation in a browser update shows
 * up here), plus the maths the levels rely on.
 */
import { expect } from '@open-wc/testing';
import { converter, parse } from 'culori';
import { parseColor } from '../../src/core/color-parse.js';
import { composite, contrastRatio, formatColor, reachContrast, softenContrast, toOklch, type Rgba } from '../../src/core/color.js';

const toRgb = converter('rgb');
const clamp = (v: number): number => Math.min(1, Math.max(0, v));

const AUTHORED = [
  '#777',
  'rgb(10 20 30 / 40%)',
  'rgba(200, 100, 50, 0.5)',
  'hsl(210 60% 40%)',
  'hwb(30 20% 10%)',
  'transparent',
  'oklch(0.7 0.12 250)',
  'oklch(0.65 0.2 30 / 0.8)',
  'oklch(62% 0.15 1.2rad)',
  'oklab(0.6 -0.1 0.08)',
  'lab(62 20 -40)',
  'lch(65 40 140)',
  'lch(50% 60% 0.25turn)',
  'color(srgb 0.2 0.4 0.6)',
  'color(srgb-linear 0.2 0.4 0.6)',
  'color(display-p3 0.55 0.6 0.7)',
  'color(xyz-d65 0.2 0.3 0.4)',
  'color(xyz-d50 0.2 0.3 0.4)',
  'color(xyz 0.3 0.2 0.1 / 0.5)',
  'color-mix(in oklab, #777, white 25%)',
  'color-mix(in srgb, #0066cc 50%, white)',
  'color-mix(in lch, red, blue)',
  'color-mix(in oklch, teal 30%, orange)',
  'color-mix(in hsl, red, blue)',
  'color-mix(in xyz, red, blue)',
  'color-mix(in srgb-linear, red 20%, transparent)',
  'light-dark(#123, #fed)',
];

/** The browser's computed form of an authored colour, as Legible reads it from the page. */
function computed(css: string): string {
  const probe = document.createElement('span');
  probe.style.color = css;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('core/color-parse', () => {
  for (const authored of AUTHORED) {
    it(`reads ${authored} as culori does`, () => {
      const css = computed(authored);
      if (css === '') return; // not supported by this browser: nothing to read
      const ours = parseColor(css);
      const reference = toRgb(parse(css)!);
      expect(ours, css).to.not.equal(null);
      const expected = [clamp(reference.r), clamp(reference.g), clamp(reference.b), reference.alpha ?? 1];
      [ours!.r, ours!.g, ours!.b, ours!.a].forEach((value, i) => expect(value, `${css} channel ${i}`).to.be.closeTo(expected[i], 1.5 / 255));
    });
  }

  it('refuses what is not a colour', () => {
    for (const css of ['', 'none', 'currentcolor', 'rgb(1 2)', 'foo(1 2 3)', 'rgb(a b c)']) expect(parseColor(css), css).to.equal(null);
  });
});

describe('core/color', () => {
  const grey: Rgba = { r: 0.6, g: 0.6, b: 0.6, a: 1 };
  const white: Rgba = { r: 1, g: 1, b: 1, a: 1 };
  const brand: Rgba = { r: 0x5a / 255, g: 0xa9 / 255, b: 0xe6 / 255, a: 1 };

  it('raises text to the ratio in its own hue, and no further than needed', () => {
    const blue: Rgba = { r: 0.4, g: 0.6, b: 1, a: 1 };
    const raised = reachContrast(blue, white, 7)!;
    expect(contrastRatio(raised, white)).to.be.within(7, 7.4);
    expect(toOklch(raised).h).to.be.closeTo(toOklch(blue).h, 0.05);
    expect(reachContrast(grey, brand, 7)).to.not.equal(null);
    expect(reachContrast(grey, { r: 0.5, g: 0.5, b: 0.5, a: 1 }, 7), 'no lightness reaches 7:1 on mid grey').to.equal(null);
  });

  it('composites translucent layers; two transparent layers stay transparent', () => {
    const clear: Rgba = { r: 0.2, g: 0.4, b: 0.6, a: 0 };
    expect(composite(clear, { ...clear, r: 0.9 })).to.deep.equal({ r: 0, g: 0, b: 0, a: 0 });
    const half = composite({ r: 0, g: 0, b: 1, a: 0.5 }, white);
    expect(formatColor(half)).to.equal('rgb(128 128 255)');
    expect(formatColor(composite({ r: 1, g: 0, b: 0, a: 0.5 }, { r: 0, g: 0, b: 1, a: 0.5 }))).to.equal('rgb(170 0 85 / 0.75)');
    expect(contrastRatio({ r: 0, g: 0, b: 0, a: 0.5 }, white)).to.be.closeTo(contrastRatio(composite({ r: 0, g: 0, b: 0, a: 0.5 }, white), white), 1e-9);
  });

  it('softens stark text without going under AA, and raises text under AA', () => {
    const black: Rgba = { r: 0, g: 0, b: 0, a: 1 };
    const soft = softenContrast(black, white, 4.5, 9)!;
    expect(contrastRatio(soft, white)).to.be.within(4.5, 9);
    const raised = softenContrast({ r: 0.75, g: 0.75, b: 0.75, a: 1 }, white, 4.5, 9)!;
    expect(contrastRatio(raised, white)).to.be.at.least(4.5);
    expect(softenContrast({ r: 0.3, g: 0.3, b: 0.3, a: 1 }, white, 4.5, 9), 'already in range').to.equal(null);
  });
});
