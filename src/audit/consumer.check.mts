// Type-checked only (npx tsc -p src/audit; test/node/audit-api.test.mjs runs it): a consumer of
// `legible/audit` as the README shows it. Not shipped, never run.
import { audit, formatSummary, writeReports, type AuditResult, type Impact } from 'legible/audit';

const failOn: Impact = 'serious';
const result: AuditResult = await audit(['https://example.gov.vn/'], { states: [{ textScale: 2, contrast: 1 }], failOn });
for (const page of result.pages) {
  for (const state of page.states) {
    const nodes: number = state.violations.reduce((sum, v) => sum + v.nodes.length, 0);
    console.log(page.url, state.label, state.applied?.textScale, nodes, state.error ?? '');
  }
}
const paths = await writeReports(result, { out: 'reports', formats: ['junit'] });
console.log(formatSummary(result), paths.junit, result.summary.failed ? 1 : 0);
// @ts-expect-error: contrast levels are -1, 0, 1 and 2
await audit(['page.html'], { states: [{ textScale: 1, contrast: 3 }] });
