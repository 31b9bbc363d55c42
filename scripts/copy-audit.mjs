// The audit command is plain ESM for Node with no build step; the build copies it into dist so
// that the package ships dist alone (see package.json `files`, `bin` and `exports["./audit"]`).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

const from = new URL('../src/audit/', import.meta.url);
const to = new URL('../dist/audit/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) {
  if (name.endsWith('.mjs') || name === 'index.d.mts') copyFileSync(new URL(name, from), new URL(name, to));
}
