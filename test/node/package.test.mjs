// What `npm pack` ships: dist, README, LICENSE, CHANGELOG and package.json, nothing else; and the
// entry points package.json names all exist in it (run after `npm run build`, as `npm test` does).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', () => {
  const [{ files }] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const paths = files.map((file) => file.path).sort();

  it('contains only dist, README, LICENSE, CHANGELOG and package.json', () => {
    const stray = paths.filter((path) => !path.startsWith('dist/') && !['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(path));
    assert.deepEqual(stray, []);
    for (const needed of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'dist/legible.min.js', 'dist/custom-elements.json']) assert.ok(paths.includes(needed), needed);
    assert.ok(!paths.some((path) => /\.test\.|\/test\//.test(path)), 'no test files');
  });

  it('ships every file that exports, bin, types and customElements name', () => {
    const named = [pkg.main, pkg.types, pkg.customElements, ...Object.values(pkg.bin)];
    for (const target of Object.values(pkg.exports)) named.push(...(typeof target === 'string' ? [target] : Object.values(target)));
    for (const path of named.map((p) => p.replace(/^\.\//, ''))) {
      assert.ok(paths.includes(path), `${path} is in the package`);
      assert.ok(existsSync(new URL(path, root)), `${path} was built`);
    }
  });

  it('lists types before the default in every conditional export', () => {
    for (const target of Object.values(pkg.exports)) if (typeof target === 'object') assert.equal(Object.keys(target)[0], 'types');
  });
});
