/** The inks read from SVG pictures written into a stylesheet (DOM-free). */
import { expect } from '@open-wc/testing';
import { formatColor } from '../../src/core/color.js';
import { parseInk, repaint, svgInks, svgSize } from '../../src/core/svg-ink.js';

const inks = (image: string) => svgInks(image)?.map((ink) => ink && formatColor(ink));
const url = (svg: string) => `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;

describe('svg inks', () => {
  it('reads authored colours: hex of 3, 4, 6 and 8 digits, black, white, currentColor, rgb()', () => {
    expect(formatColor(parseInk('#fc0')!)).to.equal(formatColor(parseInk('#ffcc00')!));
    expect(parseInk('#333')).to.deep.equal({ r: 0.2, g: 0.2, b: 0.2, a: 1 });
    expect(parseInk('#0008')!.a).to.be.closeTo(0x88 / 255, 1e-9);
    expect(parseInk('#00000080')!.a).to.be.closeTo(0x80 / 255, 1e-9);
    expect(formatColor(parseInk('currentColor')!)).to.equal(formatColor(parseInk('#000')!));
    expect(formatColor(parseInk('BLACK')!)).to.equal(formatColor(parseInk('#000000')!));
    expect(formatColor(parseInk('white')!)).to.equal(formatColor(parseInk('#fff')!));
    expect(formatColor(parseInk('rgba(33,  37, 41, 0.75)')!)).to.equal(formatColor(parseInk('rgba(33, 37, 41, 0.75)')!));
    expect(parseInk('rebeccapurple')).to.equal(null);
    expect(parseInk('#12345')).to.equal(null);
  });

  it('reads fills, strokes and stops, in attributes and styles, URL-encoded, with a charset, or base64', () => {
    const svg = `<svg xmlns='http://www.w3.org/2000/svg'><path fill='#111' stroke="rgba(1, 2, 3, 0.5)" stroke-width='2'/><rect style="fill:#fff;fill-opacity:.5"/><stop stop-color='#222'/></svg>`;
    const expected = ['#111', 'rgba(1, 2, 3, 0.5)', '#fff', '#222'].map((c) => formatColor(parseInk(c)!));
    expect(inks(url(svg))).to.deep.equal(expected);
    expect(inks(`url("data:image/svg+xml;charset=utf8,${encodeURIComponent(svg)}")`)).to.deep.equal(expected);
    expect(inks(`url("data:image/svg+xml;base64,${btoa(svg)}")`)).to.deep.equal(expected);
    // As Chromium serialises a data URL holding double quotes.
    expect(inks(`url("data:image/svg+xml,<svg><path fill=\\"#111\\"/></svg>")`)).to.deep.equal([formatColor(parseInk('#111')!)]);
  });

  it('skips none and gradient references; an SVG naming no paint is black; other pictures are not read', () => {
    expect(inks(url(`<svg><path fill='none' stroke='url(#g)'/><stop stop-color='#fff'/></svg>`))).to.deep.equal([formatColor(parseInk('#fff')!)]);
    expect(inks(url(`<svg><path d='M0 0h4v4z'/></svg>`))).to.deep.equal([formatColor(parseInk('#000')!)]);
    expect(inks(url(`<svg><path fill='gold'/></svg>`))).to.deep.equal([null]);
    expect(svgInks('url("https://example.org/icon.svg")')).to.equal(null);
    expect(svgInks('url("data:image/png;base64,iVBORw0KGgo=")')).to.equal(null);
    expect(svgInks(`${url('<svg/>')}, linear-gradient(red, blue)`)).to.equal(null);
    expect(svgInks('none')).to.equal(null);
    // A literal % (written unescaped) is read as it is.
    expect(inks(`url("data:image/svg+xml,<svg width='100%'><path fill='#333'/></svg>")`)).to.deep.equal([formatColor(parseInk('#333')!)]);
  });

  it('repaints every ink but none and gradient references, and paints an SVG that names none on its root', () => {
    const white = formatColor(parseInk('#fff')!);
    const svg = `<svg xmlns='http://www.w3.org/2000/svg'><path fill='none' stroke='#343a40'/><rect style="fill:#111"/><circle fill='url(#g)'/><stop stop-color='rgba(0, 0, 0, 0.5)'/></svg>`;
    expect(inks(repaint(url(svg), '#fff'))).to.deep.equal([white, white, white]);
    const repainted = decodeURIComponent(/,(.*)"\)$/.exec(repaint(url(svg), '#fff'))![1]);
    expect(repainted).to.contain("fill='none'").and.to.contain("fill='url(#g)'");
    expect(inks(repaint(url(`<svg xmlns='http://www.w3.org/2000/svg'><path d='M0 0h4v4z'/></svg>`), '#fff'))).to.deep.equal([white]);
    // Base64, a second layer that is none, and quotes escaped as Chromium serialises them.
    expect(inks(repaint(`url("data:image/svg+xml;base64,${btoa(svg)}")`, '#fff'))).to.deep.equal([white, white, white]);
    expect(inks(`${url(svg)}, none`)).to.have.length(3);
    expect(inks(repaint(`url("data:image/svg+xml,<svg><path fill=\\"#111\\"/></svg>")`, '#fff'))).to.deep.equal([white]);
    // A transparent fill is no ink: a switch's track outlined in navy (DSFR's) stays an outline, not a white pill.
    const track = `<svg width='40' stroke='#000091' height='24' fill='transparent' xmlns='http://www.w3.org/2000/svg'><rect x='.5' y='.5' width='39' height='23' rx='11.5'/></svg>`;
    expect(inks(url(track))).to.deep.equal([formatColor(parseInk('#000091')!)]);
    expect(decodeURIComponent(/,(.*)"\)$/.exec(repaint(url(track), '#fff'))![1])).to.contain("stroke='#fff'").and.to.contain("fill='transparent'");
  });

  it('reads the size an SVG gives itself on its root, in px, NaN unless it gives both', () => {
    expect(svgSize(url(`<svg xmlns='http://www.w3.org/2000/svg' width='16' height='14'><circle r='5'/></svg>`))).to.equal(16);
    expect(svgSize(url(`<svg width="20px" height="24.5px" xmlns='http://www.w3.org/2000/svg'/>`))).to.equal(24.5);
    expect(svgSize(`url("data:image/svg+xml;base64,${btoa("<svg width='8' height='8'/>")}"), none`)).to.equal(8);
    // A shape's stroke-width or a child's width is not the picture's; nor is a size in %, em or a viewBox alone.
    expect(svgSize(url(`<svg stroke-width='2' viewBox='0 0 16 16'><rect width='16' height='16'/></svg>`))).to.be.NaN;
    expect(svgSize(url(`<svg width='100%' height='100%'/>`))).to.be.NaN;
    expect(svgSize(url(`<svg width='1em' height='1em'/>`))).to.be.NaN;
    expect(svgSize('url("https://example.org/icon.svg")')).to.be.NaN;
  });
});
