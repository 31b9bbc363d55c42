/**
 * The report for people: per page, a table of rules against states with the number of failing
 * nodes, then each failing node's selector and HTML. One self-contained file with no scripts and
 * no requests; every value from the page is escaped. It passes axe itself (test/node/).
 */
import { CONTRAST_NAMES, IMPACTS } from './options.mjs';
import { countState } from './summary.mjs';

export const htmlEscape = (value) =>
  String(value).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

const STYLE = `
:root { color: #1b1b1b; background: #fff; font: 16px/1.5 system-ui, sans-serif; }
body { margin: 0; }
main { max-width: 80rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.5rem; border-top: 2px solid #1b1b1b; padding-top: 1rem; overflow-wrap: anywhere; }
h3 { font-size: 1.15rem; margin: 2rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
a { color: #0a4a8f; }
.verdict { font-weight: 700; padding: 0.5rem 0.75rem; border-left: 6px solid; }
.failed { background: #fde8e8; border-color: #a3111b; }
.passed { background: #e6f4ea; border-color: #146c2e; }
.meta { margin: 0.25rem 0; }
.scroll { overflow-x: auto; }
.scroll:focus-visible { outline: 3px solid #0a4a8f; }
table { border-collapse: collapse; margin: 0.5rem 0; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
th, td { border: 1px solid #6b6b6b; padding: 0.25rem 0.4rem; vertical-align: top; }
thead th { background: #f0f0f0; font-weight: 600; text-align: center; white-space: nowrap; }
tbody th, tfoot th { text-align: left; font-weight: 400; white-space: nowrap; }
tfoot { font-weight: 700; }
td.count { text-align: right; font-variant-numeric: tabular-nums; }
td.bad { background: #fde8e8; font-weight: 700; }
.impact { font-size: 0.875rem; padding: 0 0.35rem; border: 1px solid #1b1b1b; border-radius: 3px; white-space: nowrap; }
ol.nodes { padding-left: 1.5rem; }
ol.nodes li { margin: 0.5rem 0 1rem; }
code, pre { font-family: ui-monospace, Consolas, monospace; font-size: 0.875rem; }
pre { background: #f5f5f5; border: 1px solid #c4c4c4; padding: 0.5rem; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.25rem 0; }
.summary { white-space: pre-line; margin: 0.25rem 0; }
`;

const impactOrder = (impact) => IMPACTS.indexOf(impact ?? 'minor');
const stateHeader = (state) =>
  `text ${Math.round(state.textScale * 100)}%<br>contrast ${state.contrast}<br>${CONTRAST_NAMES[state.contrast]}`;

/** Every rule that failed in any state of the page, the most serious first. */
function rulesOf(page) {
  const rules = new Map();
  for (const state of page.states) {
    for (const violation of state.violations) if (!rules.has(violation.id)) rules.set(violation.id, violation);
  }
  return [...rules.values()].sort((a, b) => impactOrder(b.impact) - impactOrder(a.impact) || a.id.localeCompare(b.id));
}

function countsTable(page, number) {
  const rules = rulesOf(page);
  const cell = (state, rule) => {
    if (state.error) return '<td class="count">error</td>';
    const nodes = state.violations.find((v) => v.id === rule.id)?.nodes.length ?? 0;
    return nodes ? `<td class="count bad"><a href="#p${number}-${state.key}-${htmlEscape(rule.id)}">${nodes}</a></td>` : '<td class="count">0</td>';
  };
  const head = `<tr><th scope="col">Rule</th><th scope="col">Impact</th>${page.states.map((s) => `<th scope="col">${stateHeader(s)}</th>`).join('')}</tr>`;
  const body = rules.length
    ? rules
        .map((rule) => `<tr><th scope="row"><code>${htmlEscape(rule.id)}</code></th><td><span class="impact">${htmlEscape(rule.impact ?? 'minor')}</span></td>${page.states.map((s) => cell(s, rule)).join('')}</tr>`)
        .join('\n')
    : `<tr><th scope="row">No violations</th><td>–</td>${page.states.map((s) => (s.error ? '<td class="count">error</td>' : '<td class="count">0</td>')).join('')}</tr>`;
  const total = `<tr><th scope="row">All rules</th><td>–</td>${page.states.map((s) => `<td class="count">${s.error ? 'error' : countState(s).total}</td>`).join('')}</tr>`;
  return `<div class="scroll" role="region" aria-labelledby="p${number}-caption" tabindex="0">
<table>
<caption id="p${number}-caption">Failing nodes per rule (rows) and readability state (columns)</caption>
<thead>${head}</thead>
<tbody>
${body}
</tbody>
<tfoot>${total}</tfoot>
</table>
</div>`;
}

function stateDetails(page, state, number) {
  const header = `<h3 id="p${number}-${state.key}">${htmlEscape(state.label)}</h3>`;
  const warnings = state.warnings.map((w) => `<p>Note: ${htmlEscape(w)}</p>`).join('');
  if (state.error) return `${header}<p><strong>Not audited:</strong> ${htmlEscape(state.error)}</p>`;
  if (!state.violations.length) return `${header}${warnings}<p>No violations.</p>`;
  const violations = [...state.violations]
    .sort((a, b) => impactOrder(b.impact) - impactOrder(a.impact))
    .map((v) => {
      const nodes = v.nodes
        .map(
          (node) => `<li><p class="meta">Selector: <code>${htmlEscape(node.target.join(' >>> '))}</code></p>
<pre><code>${htmlEscape(node.html)}</code></pre>${node.summary ? `<p class="summary">${htmlEscape(node.summary)}</p>` : ''}</li>`,
        )
        .join('\n');
      return `<h4 id="p${number}-${state.key}-${htmlEscape(v.id)}"><code>${htmlEscape(v.id)}</code> <span class="impact">${htmlEscape(v.impact ?? 'minor')}</span> ${htmlEscape(v.help)}</h4>
<p class="meta">${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}${v.helpUrl ? ` · <a href="${htmlEscape(v.helpUrl)}">about <code>${htmlEscape(v.id)}</code></a>` : ''}</p>
<ol class="nodes">
${nodes}
</ol>`;
    })
    .join('\n');
  return `${header}${warnings}\n${violations}`;
}

function pageSection(page, number) {
  const title = `${htmlEscape(page.input)}${page.title ? ` — ${htmlEscape(page.title)}` : ''}`;
  const facts = [`<p class="meta">URL: <code>${htmlEscape(page.url)}</code></p>`];
  if (page.legible) facts.push(`<p class="meta">Legible: ${page.legible === 'injected' ? 'injected by the audit (the page does not load it)' : 'loaded by the page'}</p>`);
  if (page.pageErrors.length) {
    facts.push(`<p class="meta">Errors thrown by the page:</p><pre><code>${htmlEscape(page.pageErrors.join('\n'))}</code></pre>`);
  }
  if (page.error) return `<section aria-labelledby="p${number}"><h2 id="p${number}">${title}</h2>${facts.join('\n')}<p><strong>Not audited:</strong> ${htmlEscape(page.error)}</p></section>`;
  return `<section aria-labelledby="p${number}">
<h2 id="p${number}">${title}</h2>
${facts.join('\n')}
${countsTable(page, number)}
${page.states.map((state) => stateDetails(page, state, number)).join('\n')}
</section>`;
}

export function renderHtml(result) {
  const { summary } = result;
  const verdict = summary.failed
    ? `Failed: ${summary.failingStates} of ${summary.states} states have violations at or above “${summary.failOn}”${summary.errors ? `; ${summary.errors} could not be audited` : ''}.`
    : `Passed: no violation at or above “${summary.failOn}” in ${summary.states} states.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Legible audit: ${summary.failed ? 'failed' : 'passed'}, ${summary.pages} page${summary.pages === 1 ? '' : 's'}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Legible audit</h1>
<p class="verdict ${summary.failed ? 'failed' : 'passed'}">${htmlEscape(verdict)}</p>
<p class="meta">${summary.pages} page${summary.pages === 1 ? '' : 's'}, ${summary.nodes.total} failing nodes in all (critical ${summary.nodes.critical}, serious ${summary.nodes.serious}, moderate ${summary.nodes.moderate}, minor ${summary.nodes.minor}).</p>
<p class="meta">${htmlEscape(result.startedAt)} · axe-core ${htmlEscape(result.axeVersion)} · ${htmlEscape(result.browser ?? '')} · legible-audit ${htmlEscape(result.version)} · window ${result.options.viewport.width}×${result.options.viewport.height}</p>
${result.pages.map((page, i) => pageSection(page, i + 1)).join('\n')}
</main>
</body>
</html>
`;
}
