/**
 * Serves `/__esm-app.bundle.js`: test/framework/esm-app/app.js bundled by rollup on request, the
 * way an application imports Legible from npm. `legible` and `legible/define` resolve through
 * package.json "exports" to the built dist/ files (run `npm run build` first), so the test also
 * proves that the exports map points at real, importable files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const packageByName = () => ({
  name: 'legible-by-name',
  resolveId(source) {
    const subpath = source === pkg.name ? '.' : source.startsWith(`${pkg.name}/`) ? `.${source.slice(pkg.name.length)}` : null;
    const target = subpath && pkg.exports[subpath];
    if (!target) return null;
    return fileURLToPath(new URL(typeof target === 'string' ? target : target.default, root));
  },
});

export function esmBundlePlugin() {
  return {
    name: 'legible-esm-app',
    async serve(context) {
      if (context.path !== '/__esm-app.bundle.js') return undefined;
      const bundle = await rollup({
        input: fileURLToPath(new URL('test/framework/esm-app/app.js', root)),
        plugins: [packageByName(), resolve()],
        onwarn() {},
      });
      const { output } = await bundle.generate({ format: 'es' });
      await bundle.close();
      return { body: output[0].code, type: 'js' };
    },
  };
}
