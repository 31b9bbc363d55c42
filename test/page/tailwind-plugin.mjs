/**
 * Serves `/test/fixtures/tailwind.css`: Tailwind CSS 4's own compiler (the `tailwindcss` package,
 * pure JavaScript) building the utilities that test/fixtures/framework-tailwind.html uses, the way a
 * site's build would. Nothing generated is kept in the repository; each request builds it again.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compile } from 'tailwindcss';

const require = createRequire(import.meta.url);
const tailwind = dirname(require.resolve('tailwindcss/package.json'));
const page = new URL('../fixtures/framework-tailwind.html', import.meta.url);

/** `@import "tailwindcss"` and its own imports (theme, preflight, utilities), from the package. */
async function loadStylesheet(id) {
  const name = id === 'tailwindcss' ? 'index.css' : id.replace(/^(tailwindcss\/|\.\/)/, '');
  const path = join(tailwind, name.endsWith('.css') ? name : `${name}.css`);
  return { path, base: dirname(path), content: await readFile(path, 'utf8') };
}

export async function buildTailwindCss() {
  const html = await readFile(page, 'utf8');
  // Tailwind's candidates: every class the page names (unknown words build nothing).
  const classes = [...html.matchAll(/class="([^"]*)"/g)].flatMap((match) => match[1].split(/\s+/)).filter(Boolean);
  const compiler = await compile('@import "tailwindcss";', { base: tailwind, loadStylesheet });
  return compiler.build(classes);
}

export function tailwindPlugin() {
  return {
    name: 'legible-tailwind',
    async serve(context) {
      if (context.path === '/test/fixtures/tailwind.css') return { body: await buildTailwindCss(), type: 'css' };
      return undefined;
    },
  };
}
