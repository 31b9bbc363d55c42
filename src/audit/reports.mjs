/** Writes the chosen report formats into one folder; returns the paths written. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_OUT, FORMATS } from './options.mjs';
import { renderHtml } from './report-html.mjs';
import { renderJunit } from './report-junit.mjs';

export const REPORT_FILES = { json: 'legible-audit.json', html: 'legible-audit.html', junit: 'legible-audit.junit.xml' };

const RENDER = {
  json: (result) => `${JSON.stringify(result, null, 2)}\n`,
  html: renderHtml,
  junit: renderJunit,
};

export async function writeReports(result, { out = DEFAULT_OUT, formats = FORMATS } = {}) {
  const folder = resolve(out);
  await mkdir(folder, { recursive: true });
  const written = {};
  for (const format of formats) {
    const path = join(folder, REPORT_FILES[format]);
    await writeFile(path, RENDER[format](result));
    written[format] = path;
  }
  return written;
}
