/**
 * JUnit XML for CI systems: a testsuite per page, a testcase per state, a <failure> per rule
 * violated at or above --fail-on. Violations below it go to the testcase's <system-out>, so the
 * CI's verdict matches the exit code.
 */
import { failing } from './summary.mjs';

// Characters XML 1.0 forbids even as references; a page's HTML snippet may carry them.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlEscape = (value) =>
  String(value)
    .replace(FORBIDDEN, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const seconds = (ms) => ((ms ?? 0) / 1000).toFixed(3);

const describe = (violation) => {
  const nodes = violation.nodes.length;
  return `${violation.id} (${violation.impact}): ${violation.help} — ${nodes} node${nodes === 1 ? '' : 's'}`;
};
const nodeLines = (violation) =>
  [violation.helpUrl, ...violation.nodes.map((node) => `${node.target.join(' >>> ')}\n  ${node.html}\n  ${node.summary.replace(/\n/g, '\n  ')}`)].join('\n');

function testcase(page, state, failOn) {
  const open = `    <testcase classname="${xmlEscape(page.input)}" name="${xmlEscape(state.label)}" time="${seconds(state.durationMs)}">`;
  if (state.error) return `${open}\n      <error message="${xmlEscape(state.error)}" type="audit-error"/>\n    </testcase>`;
  const failures = failing(state, failOn);
  const others = state.violations.filter((violation) => !failures.includes(violation));
  const body = failures.map((v) => `      <failure message="${xmlEscape(describe(v))}" type="${xmlEscape(v.id)}">${xmlEscape(nodeLines(v))}</failure>`);
  const notes = [...state.warnings, ...others.map((v) => `below --fail-on ${failOn}: ${describe(v)}\n${nodeLines(v)}`)];
  if (notes.length) body.push(`      <system-out>${xmlEscape(notes.join('\n\n'))}</system-out>`);
  return body.length ? `${open}\n${body.join('\n')}\n    </testcase>` : `${open.slice(0, -1)}/>`;
}

function testsuite(page, failOn, timestamp) {
  const name = xmlEscape(page.input);
  const properties = `    <properties>\n      <property name="url" value="${xmlEscape(page.url)}"/>\n      <property name="legible" value="${xmlEscape(page.legible ?? 'none')}"/>\n    </properties>`;
  if (page.error) {
    return [
      `  <testsuite name="${name}" tests="1" failures="0" errors="1" skipped="0" time="0.000" timestamp="${timestamp}">`,
      properties,
      `    <testcase classname="${name}" name="load" time="0.000">\n      <error message="${xmlEscape(page.error)}" type="load-error"/>\n    </testcase>`,
      '  </testsuite>',
    ].join('\n');
  }
  const failures = page.states.filter((state) => !state.error && failing(state, failOn).length).length;
  const errors = page.states.filter((state) => state.error).length;
  const time = page.states.reduce((sum, state) => sum + (state.durationMs ?? 0), 0);
  const out = page.pageErrors.length ? [`    <system-err>${xmlEscape(`Errors thrown by the page:\n${page.pageErrors.join('\n')}`)}</system-err>`] : [];
  return [
    `  <testsuite name="${name}" tests="${page.states.length}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds(time)}" timestamp="${timestamp}">`,
    properties,
    ...page.states.map((state) => testcase(page, state, failOn)),
    ...out,
    '  </testsuite>',
  ].join('\n');
}

export function renderJunit(result) {
  const { failOn } = result.summary;
  const timestamp = result.startedAt.replace(/\.\d+Z$/, '');
  const suites = result.pages.map((page) => testsuite(page, failOn, timestamp));
  const tests = result.pages.reduce((sum, page) => sum + (page.error ? 1 : page.states.length), 0);
  const failures = result.summary.failingStates;
  const errors = result.summary.errors;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="legible-audit" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds(result.durationMs)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
