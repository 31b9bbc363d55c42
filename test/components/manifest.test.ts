/**
 * dist/custom-elements.json (written by `npm run build`) against the elements themselves: every
 * registered Legible element is described, and every part it renders, attribute it observes and
 * event it fires is in the description.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/define.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  members?: { name: string; kind: string; privacy?: string; static?: boolean }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const TAGS = ['legible-bar', 'legible-text-size', 'legible-contrast'];

describe('custom-elements.json', () => {
  let declarations: Declaration[];
  let paths: string[];
  before(async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    paths = manifest.modules.map((module: { path: string }) => module.path);
    declarations = manifest.modules.flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? []);
  });
  const declared = (tag: string): Declaration => declarations.find((d) => d.tagName === tag)!;

  it('describes every element, with the shared attributes, properties, event and custom properties', () => {
    expect(declarations.filter((d) => d.tagName).map((d) => d.tagName).sort()).to.deep.equal([...TAGS].sort());
    for (const tag of TAGS) {
      const d = declared(tag);
      expect(d.attributes!.map((a) => a.name), tag).to.include.members(['lang', 'size']);
      const publicFields = d.members!.filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public').map((m) => m.name);
      expect(publicFields, tag).to.include.members(['size', 'strings']);
      expect(d.events!.map((e) => e.name), tag).to.deep.equal(['legible-change']);
      expect(d.cssProperties!.map((p) => p.name), tag).to.include.members(['--legible-button-background', '--legible-focus-color', '--legible-gap']);
    }
    expect(declared('legible-bar').attributes!.map((a) => a.name)).to.include.members(['controls', 'position', 'corner']);
  });

  it('points at modules that the package ships', async () => {
    for (const path of paths) {
      expect(path).to.match(/^dist\/.*\.js$/);
      expect((await fetch(`/${path}`)).status, path).to.equal(200);
    }
  });

  it('lists every part each element renders', async () => {
    for (const tag of TAGS) {
      const el = await fixture(html`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
      const rendered = new Set(
        Array.from(el.shadowRoot!.querySelectorAll('[part]')).flatMap((node) => node.getAttribute('part')!.split(/\s+/)),
      );
      expect(rendered.size, tag).to.be.above(2);
      expect(declared(tag).cssParts!.map((p) => p.name), tag).to.include.members([...rendered]);
    }
  });
});
