/**
 * What an audit runs (states, rules, impacts) and the command line that chooses it. Pure: no
 * browser, no files, so the parsing is tested on its own.
 */

/** axe's impact levels, least serious first. */
export const IMPACTS = /** @type {const} */ (['minor', 'moderate', 'serious', 'critical']);

/** WCAG 2.x A and AA, as axe-core tags them. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** AAA contrast (7:1), checked where Legible promises it: contrast levels 1 and 2. */
export const ENHANCED_CONTRAST_RULE = 'color-contrast-enhanced';

export const CONTRAST_NAMES = { '-1': 'soft', 0: 'site', 1: 'high', 2: 'maximum' };

/** Text 1 and 2 (200%, WCAG 1.4.4), each at every contrast level. */
export const DEFAULT_STATES = [1, 2].flatMap((textScale) => [0, 1, 2, -1].map((contrast) => ({ textScale, contrast })));

export const FORMATS = ['json', 'html', 'junit'];
export const DEFAULT_OUT = 'legible-audit-report';
export const DEFAULT_FAIL_ON = 'serious';
export const DEFAULT_TIMEOUT = 30000;

export class UsageError extends Error {
  name = 'UsageError';
}

export const USAGE = `Usage: legible-audit <url or file>... [options]

Runs axe-core on each page in every readability state of Legible and writes reports.

Options:
  --states 1:0,2:1     text scale:contrast pairs (default 1:0,1:1,1:2,1:-1,2:0,2:1,2:2,2:-1)
  --out dir            where the reports go (default ./${DEFAULT_OUT})
  --format list        any of json,html,junit (default all three)
  --fail-on impact     minor, moderate, serious or critical (default ${DEFAULT_FAIL_ON}): exit 1
                       when a violation at or above it is found
  --timeout ms         for loading a page and for each check (default ${DEFAULT_TIMEOUT})
  -h, --help           this text

Chromium or Chrome comes from CHROME_PATH, else the usual install paths.
Exit codes: 0 passed, 1 violations at or above --fail-on (or a page could not be audited),
2 usage error or no browser.`;

/** `{ textScale: 2, contrast: 1 }` → `2:1`, the form `--states` takes. */
export const stateKey = ({ textScale, contrast }) => `${textScale}:${contrast}`;

/** `text 200% · contrast 1 high`, for people. */
export const stateLabel = ({ textScale, contrast }) =>
  `text ${Math.round(textScale * 100)}% · contrast ${contrast} ${CONTRAST_NAMES[contrast]}`;

/** `1:0,2:1` → states; throws a UsageError naming the bad part. */
export function parseStates(text) {
  const states = String(text)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(\d+(?:\.\d+)?):(-?\d)$/.exec(part);
      const textScale = match ? Number(match[1]) : NaN;
      const contrast = match ? Number(match[2]) : NaN;
      if (!(textScale >= 0.5 && textScale <= 4) || !(contrast in CONTRAST_NAMES)) {
        throw new UsageError(`--states: "${part}" is not text:contrast (text 0.5 to 4, contrast -1, 0, 1 or 2)`);
      }
      return { textScale, contrast };
    });
  if (!states.length) throw new UsageError('--states: no state given');
  // The same state twice would only double its counts.
  return states.filter((state, i) => states.findIndex((other) => stateKey(other) === stateKey(state)) === i);
}

export function parseFormats(text) {
  const formats = String(text)
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((format) => !FORMATS.includes(format));
  if (unknown.length || !formats.length) {
    throw new UsageError(`--format: "${unknown.join(',') || text}" is not a list of ${FORMATS.join(', ')}`);
  }
  return [...new Set(formats)];
}

export function parseImpact(text) {
  if (!IMPACTS.includes(text)) throw new UsageError(`--fail-on: "${text}" is not one of ${IMPACTS.join(', ')}`);
  return text;
}

const VALUE_FLAGS = ['--states', '--out', '--format', '--fail-on', '--timeout'];

/**
 * The command line, without `node` and the script: `--flag value` or `--flag=value`.
 * Returns `{ help: true }` for -h/--help; throws a UsageError for anything it does not know.
 */
export function parseArgs(argv) {
  const options = {
    inputs: [],
    states: DEFAULT_STATES,
    out: DEFAULT_OUT,
    formats: FORMATS,
    failOn: DEFAULT_FAIL_ON,
    timeout: DEFAULT_TIMEOUT,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return { ...options, help: true };
    if (arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.inputs.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!VALUE_FLAGS.includes(flag)) throw new UsageError(`unknown option ${flag}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    if (flag === '--states') options.states = parseStates(value);
    else if (flag === '--out') options.out = value;
    else if (flag === '--format') options.formats = parseFormats(value);
    else if (flag === '--fail-on') options.failOn = parseImpact(value);
    else if (flag === '--timeout') {
      options.timeout = Number(value);
      if (!(options.timeout >= 100)) throw new UsageError(`--timeout: "${value}" is not a number of milliseconds (100 or more)`);
    }
  }
  if (!options.inputs.length) throw new UsageError('no page given: name at least one URL or HTML file');
  return options;
}
