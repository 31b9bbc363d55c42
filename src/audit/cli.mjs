#!/usr/bin/env node
/**
 * `legible-audit <url or file>... [--states …] [--out dir] [--format json,html,junit]
 * [--fail-on impact] [--timeout ms]`. Progress goes to stderr while it runs; the summary table
 * and the report paths go to stdout at the end. Exit 0 passed, 1 failed, 2 could not run.
 */
import { relative } from 'node:path';
import { findChrome, NoBrowserError } from './chrome.mjs';
import { parseArgs, USAGE, UsageError } from './options.mjs';
import { writeReports } from './reports.mjs';
import { audit } from './run.mjs';
import { countState, formatSummary } from './summary.mjs';

const EXIT = { passed: 0, failed: 1, usage: 2 };
const errors = (count) => `${count} error${count === 1 ? '' : 's'}`;
/** Relative to the working directory when inside it. */
const shown = (path) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));

function progressLine(event) {
  const { index, total, page, state } = event;
  if (event.type === 'page-start') return `[${index + 1}/${total}] ${page.input}`;
  if (event.type === 'state-done') {
    if (state.error) return `  ${state.label.padEnd(34)} ERROR: ${state.error}`;
    const counts = countState(state);
    const impacts = ['critical', 'serious', 'moderate', 'minor'].filter((k) => counts[k]).map((k) => `${counts[k]} ${k}`);
    return `  ${state.label.padEnd(34)} ${counts.total ? `${state.violations.length} rule${state.violations.length === 1 ? '' : 's'}, ${counts.total} node${counts.total === 1 ? '' : 's'} (${impacts.join(', ')})` : 'no violations'}`;
  }
  if (event.type !== 'page-done') return null;
  if (page.error) return `  NOT AUDITED: ${page.error}`;
  const notes = [];
  if (page.legible === 'injected') notes.push('  (Legible was injected: the page does not load it)');
  if (page.pageErrors.length) notes.push(`  (the page's scripts threw ${errors(page.pageErrors.length)}, the first: ${page.pageErrors[0]})`);
  return notes.join('\n') || null;
}

async function main(argv, { stdout = process.stdout, stderr = process.stderr } = {}) {
  let options;
  let chromePath;
  try {
    options = parseArgs(argv);
    if (options.help) {
      stdout.write(`${USAGE}\n`);
      return EXIT.passed;
    }
    chromePath = findChrome();
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof NoBrowserError)) throw error;
    stderr.write(`legible-audit: ${error.message}\n${error instanceof UsageError ? `\n${USAGE}\n` : ''}`);
    return EXIT.usage;
  }
  stderr.write(`legible-audit: ${options.inputs.length} page(s) × ${options.states.length} state(s), fail on ${options.failOn}\n`);
  const result = await audit(options.inputs, {
    states: options.states,
    failOn: options.failOn,
    timeout: options.timeout,
    chromePath,
    onProgress: (event) => {
      const line = progressLine(event);
      if (line) stderr.write(`${line}\n`);
    },
  });
  const written = await writeReports(result, { out: options.out, formats: options.formats });
  stdout.write(`${formatSummary(result)}\n`);
  stdout.write(`Reports: ${Object.values(written).map(shown).join(', ')}\n`);
  return result.summary.failed ? EXIT.failed : EXIT.passed;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`legible-audit: ${error?.stack ?? error}\n`);
    process.exitCode = EXIT.usage;
  },
);
