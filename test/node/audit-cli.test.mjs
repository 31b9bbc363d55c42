/**
 * The `legible-audit` command as CI runs it: exit codes 0, 1 and 2, progress on stderr, the
 * summary table on stdout, the report files. Each run starts its own Chromium, so the page runs
 * here use one or two states.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'src/audit/cli.mjs');

/** Runs the command; resolves `{ code, stdout, stderr }` whatever the exit code. */
const run = (args, env = {}) =>
  new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });

describe('legible-audit command', () => {
  let out;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'legible-audit-cli-'));
  });
  after(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  describe('usage errors exit 2 with the reason and the usage, before starting a browser', () => {
    const cases = [
      [[], /no page given/],
      [['page.html', '--bogus'], /unknown option --bogus/],
      [['page.html', '--states', '5:0'], /--states: "5:0" is not text:contrast/],
      [['page.html', '--states=1:5'], /--states: "1:5"/],
      [['page.html', '--format', 'pdf'], /--format: "pdf" is not a list of json, html, junit/],
      [['page.html', '--fail-on', 'severe'], /--fail-on: "severe" is not one of minor, moderate, serious, critical/],
      [['page.html', '--out'], /--out needs a value/],
      [['page.html', '--timeout', 'soon'], /--timeout: "soon"/],
    ];
    for (const [args, reason] of cases) {
      it(`legible-audit ${args.join(' ') || '(nothing)'}`, async () => {
        const { code, stdout, stderr } = await run(args);
        assert.equal(code, 2);
        assert.match(stderr, reason);
        assert.match(stderr, /Usage: legible-audit <url or file>/);
        assert.equal(stdout, '');
      });
    }
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /--fail-on impact/);
  });

  it('exits 2 with a clear message when CHROME_PATH names no browser', async () => {
    const { code, stderr } = await run(['test/fixtures/audit-clean.html'], { CHROME_PATH: '/nowhere/chrome' });
    assert.equal(code, 2);
    assert.equal(stderr, 'legible-audit: CHROME_PATH is /nowhere/chrome, and there is no file there\n');
  });

  it('exits 0 on a clean page, with progress on stderr, the summary on stdout and three reports', async () => {
    const dir = join(out, 'clean');
    const { code, stdout, stderr } = await run(['test/fixtures/audit-clean.html', '--states', '1:0,2:1', '--out', dir]);
    assert.equal(code, 0, stderr);
    assert.equal(
      stderr,
      [
        'legible-audit: 1 page(s) × 2 state(s), fail on serious',
        '[1/1] test/fixtures/audit-clean.html',
        '  text 100% · contrast 0 site        no violations',
        '  text 200% · contrast 1 high        no violations',
        '',
      ].join('\n'),
    );
    assert.match(stdout, /text 200% · contrast 1 high\s+0\s+0\s+0\s+0\s+-\n/);
    assert.match(stdout, /PASSED: no violation at or above serious in 2 states\./);
    assert.deepEqual((await readdir(dir)).sort(), ['legible-audit.html', 'legible-audit.json', 'legible-audit.junit.xml']);
  });

  it('exits 1 when a violation reaches --fail-on, 0 when all are below it; --format picks the reports', async () => {
    const serious = await run(['test/fixtures/audit-aaa.html', '--states', '1:1', '--format', 'json', '--out', join(out, 'aaa')]);
    assert.equal(serious.code, 1);
    assert.match(serious.stderr, /text 100% · contrast 1 high\s+1 rule, 1 node \(1 serious\)/);
    assert.match(serious.stdout, /FAILED: 1 of 1 states have violations at or above serious\./);
    assert.deepEqual(await readdir(join(out, 'aaa')), ['legible-audit.json']);
    const critical = await run(['test/fixtures/audit-aaa.html', '--states', '1:1', '--fail-on', 'critical', '--format', 'junit', '--out', join(out, 'aaa-critical')]);
    assert.equal(critical.code, 0, critical.stderr);
    assert.match(critical.stdout, /PASSED: no violation at or above critical in 1 states\./);
  });

  it('goes on past a page that cannot be loaded, reports it, and exits 1', async () => {
    const dir = join(out, 'missing');
    const { code, stdout, stderr } = await run(['nothere.html', 'test/fixtures/audit-clean.html', '--states', '1:0', '--out', dir]);
    assert.equal(code, 1);
    assert.match(stderr, /\[1\/2\] nothere\.html\n {2}NOT AUDITED: could not load: no such file .*nothere\.html\n\[2\/2\] test\/fixtures\/audit-clean\.html\n/);
    assert.match(stdout, /nothere\.html\n {2}NOT AUDITED: could not load/);
    assert.match(stdout, /FAILED: 0 of 1 states have violations at or above serious, 1 could not be audited\./);
    assert.ok(existsSync(join(dir, 'legible-audit.html')));
  });
});
