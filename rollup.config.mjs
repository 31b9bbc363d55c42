// Builds the script-tag file `dist/legible.min.js`: one self-contained classic script (IIFE)
// with lit inside. The ESM entries for bundlers are compiled by `tsc` (see package.json).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Prints the file's size and its SRI hash, for the README's snippet. */
const report = () => ({
  name: 'legible-report',
  writeBundle(options, bundle) {
    for (const [name, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const code = Buffer.from(chunk.code);
      const gzip = gzipSync(code, { level: 9 }).length;
      const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
      console.log(`${name}: ${(code.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(2)} KB gzip, integrity="${sri}"`);
    }
  },
});

/**
 * Minifies the CSS inside lit's css`` templates in our sources: comments go, whitespace collapses,
 * needless quotes, digits and zeros go.
 * A module whose css`` templates are all plain text calls `unsafeCSS` on the same constant text
 * instead, so lit's `css` tag (which only checks interpolations) stays out of the file.
 * Templates with `${}` interpolations are left alone.
 */
export const minifyCssTemplates = () => ({
  name: 'legible-minify-css',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\bcss\s*`/.test(code)) return null;
    const out = code.replace(/\bcss\s*`([^`$]*)`/g, (_, text) => {
      const min = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .replace(/\s*(!important|\/)\s*/g, '$1')
        // [part~='container'] needs no quotes around a word, #ffffff is #fff, 0.25 is .25.
        .replace(/=(['"])([a-z][\w-]*)\1\]/gi, '=$2]')
        .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
        .replace(/([\s:,(/])0\.(\d)/g, '$1.$2')
        .trim();
      return `css\`${min}\``;
    });
    const importCss = /import \{ css \} from '(lit|@lit\/reactive-element)';/;
    const plain = importCss.test(out) && !/\bcss\s*`[^`]*\$\{/.test(out);
    if (!plain) return { code: out, map: null };
    return {
      code: out.replace(importCss, "import { unsafeCSS } from '$1';").replace(/\bcss`([^`]*)`/g, 'unsafeCSS(`$1`)'),
      map: null,
    };
  },
});

/**
 * Private members of our own classes end in one underscore (`announce_`); terser shortens them.
 * Lit's own names (`_$…`, `__…`) and every DOM or public name never match.
 */
const PRIVATE_MEMBER = /^[a-z][A-Za-z0-9]*_$/;

export default {
  input: 'src/script-tag.ts',
  output: {
    file: 'dist/legible.min.js',
    format: 'iife',
    generatedCode: 'es2015',
    // lit's BSD-3-Clause licence asks for its notice with every copy (full text in LICENSE).
    banner: `/*! legible ${pkg.version} | MIT | includes lit, (c) 2017 Google LLC, BSD-3-Clause */`,
  },
  plugins: [
    resolve(),
    minifyCssTemplates(),
    typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', sourceMap: false }),
    terser({
      ecma: 2021,
      module: false,
      // No caller reads a function's `length`, so unused trailing parameters can go.
      compress: { passes: 3, keep_fargs: false },
      mangle: { properties: { regex: PRIVATE_MEMBER } },
      format: { comments: /^!/ },
    }),
    report(),
  ],
};
