/**
 * Counting and the terminal's summary table. A count is a number of failing nodes (elements), as
 * axe reports them; a rule that fails on three links counts three.
 */
import { IMPACTS } from './options.mjs';

const atOrAbove = (impact, threshold) => IMPACTS.indexOf(impact ?? 'minor') >= IMPACTS.indexOf(threshold);

/** `{ critical, serious, moderate, minor, total }` node counts of one state. */
export function countState(state) {
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0, total: 0 };
  for (const violation of state.violations) {
    counts[violation.impact ?? 'minor'] += violation.nodes.length;
    counts.total += violation.nodes.length;
  }
  return counts;
}

/** Violations of one state at or above `failOn`. */
export const failing = (state, failOn) => state.violations.filter((violation) => atOrAbove(violation.impact, failOn));

/** The result's `summary`: totals, and whether the audit failed at `failOn`. */
export function summarize(result, failOn) {
  const nodes = { critical: 0, serious: 0, moderate: 0, minor: 0, total: 0 };
  let states = 0;
  let failingStates = 0;
  let errors = 0;
  for (const page of result.pages) {
    if (page.error) errors++;
    for (const state of page.states) {
      states++;
      if (state.error) errors++;
      const counts = countState(state);
      for (const key of Object.keys(nodes)) nodes[key] += counts[key];
      if (failing(state, failOn).length) failingStates++;
    }
  }
  return { pages: result.pages.length, states, failingStates, errors, nodes, failOn, failed: failingStates > 0 || errors > 0 };
}

const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);

/** The table printed at the end: one block per page, one line per state. */
export function formatSummary(result) {
  const lines = [];
  const { summary } = result;
  for (const page of result.pages) {
    lines.push('', `${page.input}${page.title ? ` — ${page.title}` : ''}${page.legible === 'injected' ? ' (Legible injected)' : ''}`);
    if (page.pageErrors.length) lines.push(`  the page's scripts threw ${page.pageErrors.length} error${page.pageErrors.length === 1 ? '' : 's'} (see the reports)`);
    if (page.error) {
      lines.push(`  NOT AUDITED: ${page.error}`);
      continue;
    }
    lines.push(`  ${pad('state', 34)}${['critical', 'serious', 'moderate', 'minor'].map((h) => padStart(h, 9)).join('')}  rules`);
    for (const state of page.states) {
      if (state.error) {
        lines.push(`  ${pad(state.label, 34)}  ERROR: ${state.error}`);
        continue;
      }
      const counts = countState(state);
      const rules = state.violations.map((v) => `${v.id} ${v.nodes.length}`).join(', ');
      lines.push(`  ${pad(state.label, 34)}${['critical', 'serious', 'moderate', 'minor'].map((k) => padStart(counts[k], 9)).join('')}  ${rules || '-'}`);
    }
  }
  const verdict = summary.failed
    ? `FAILED: ${summary.failingStates} of ${summary.states} states have violations at or above ${summary.failOn}${summary.errors ? `, ${summary.errors} could not be audited` : ''}`
    : `PASSED: no violation at or above ${summary.failOn} in ${summary.states} states`;
  lines.push('', `${summary.pages} page${summary.pages === 1 ? '' : 's'}, ${summary.nodes.total} failing nodes in all. ${verdict}.`);
  return lines.join('\n');
}
