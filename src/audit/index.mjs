/**
 * `legible/audit`: axe-core audits of any page in every readability state, from code.
 * The command `legible-audit` (cli.mjs) is a thin layer over these.
 */
export { audit, toUrl, stateUrl } from './run.mjs';
export { writeReports, REPORT_FILES } from './reports.mjs';
export { renderHtml } from './report-html.mjs';
export { renderJunit } from './report-junit.mjs';
export { formatSummary, countState } from './summary.mjs';
export { findChrome, launchChrome } from './chrome.mjs';
export { AXE_TAGS, DEFAULT_STATES, IMPACTS, parseStates } from './options.mjs';
export { LEGIBLE_RULES } from './page-checks.mjs';
