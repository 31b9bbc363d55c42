/**
 * Types of `legible/audit`. The module is plain ESM for Node (src/audit/*.mjs, run as it is, no
 * build step, outside the browser build's tsconfig). `tsc -p src/audit` checks these declarations
 * and a consumer of them (consumer.check.mts); test/node/audit-api.test.mjs runs it and checks
 * that the module exports exactly the names declared here.
 */
import type { Browser } from 'puppeteer-core';

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
export type ContrastLevel = -1 | 0 | 1 | 2;
export type ReportFormat = 'json' | 'html' | 'junit';

/** A readability state: Legible's text scale (1 = the site's own size) and contrast level. */
export interface AuditState {
  textScale: number;
  contrast: ContrastLevel;
}

export interface ViolationNode {
  /** One CSS selector per shadow root on the way down, as axe-core gives them. */
  target: string[];
  /** The element's HTML, as the page has it (shortened). */
  html: string;
  /** What failed and how to fix it. */
  summary: string;
}

export interface Violation {
  /** `axe` for axe-core's rules; `legible` for the overflow checks at enlarged text. */
  source: 'axe' | 'legible';
  /** An axe rule id, or `legible-horizontal-overflow` / `legible-text-clipped`. */
  id: string;
  impact: Impact | null;
  tags: string[];
  help: string;
  helpUrl: string;
  nodes: ViolationNode[];
}

export interface StateResult extends AuditState {
  /** `2:1` */
  key: string;
  /** `text 200% · contrast 1 high` */
  label: string;
  /** The state the page reported after it was applied (a page may offer fewer steps). */
  applied: { textScale: number; contrast: number } | null;
  warnings: string[];
  violations: Violation[];
  durationMs: number;
  /** Set when this state could not be audited (a timeout, a crash); its violations are then empty. */
  error?: string;
}

export interface PageResult {
  /** As given: a URL or a file path. */
  input: string;
  url: string;
  title: string;
  /** `page` when the page loads Legible itself, `injected` when the audit added it. */
  legible: 'page' | 'injected' | null;
  /** Uncaught errors thrown by the page's own scripts, prefixed by the state's key. */
  pageErrors: string[];
  states: StateResult[];
  /** Set when the page could not be loaded (missing file, HTTP error, timeout); nothing else was audited. */
  error?: string;
}

export interface NodeCounts {
  critical: number;
  serious: number;
  moderate: number;
  minor: number;
  total: number;
}

export interface AuditSummary {
  pages: number;
  states: number;
  /** States with a violation at or above `failOn`. */
  failingStates: number;
  /** Pages and states that could not be audited. */
  errors: number;
  /** Failing nodes by impact, over every page and state. */
  nodes: NodeCounts;
  failOn: Impact;
  /** What the command's exit code 1 means: failing states, or errors. */
  failed: boolean;
}

export interface AuditResult {
  tool: 'legible-audit';
  version: string;
  axeVersion: string;
  browser: string;
  startedAt: string;
  durationMs: number;
  options: { states: AuditState[]; failOn: Impact; timeout: number; viewport: { width: number; height: number }; axeTags: string[] };
  pages: PageResult[];
  summary: AuditSummary;
}

export type ProgressEvent =
  | { type: 'page-start' | 'page-done'; index: number; total: number; page: PageResult }
  | { type: 'state-done'; index: number; total: number; page: PageResult; state: StateResult };

export interface AuditOptions {
  /** Default: text 1 and 2, each with contrast 0, 1, 2 and -1. */
  states?: AuditState[];
  /** Sets `summary.failed`; default `serious`. */
  failOn?: Impact;
  /** Milliseconds for loading a page and for each step in it; default 30000. */
  timeout?: number;
  /** Default 1280×800. */
  viewport?: { width: number; height: number };
  /** Chrome or Chromium to launch; default CHROME_PATH or the usual install paths. */
  chromePath?: string;
  /** An open puppeteer-core browser to use instead of launching one; it is left open. */
  browser?: Browser;
  onProgress?: (event: ProgressEvent) => void;
}

/** Audits each page (URL or HTML file path) in each state. Never throws for a page that fails: it is reported. */
export function audit(inputs: string[], options?: AuditOptions): Promise<AuditResult>;

export const REPORT_FILES: Record<ReportFormat, string>;
/** Writes the reports into `out` (default ./legible-audit-report); returns the paths by format. */
export function writeReports(result: AuditResult, options?: { out?: string; formats?: ReportFormat[] }): Promise<Partial<Record<ReportFormat, string>>>;
export function renderHtml(result: AuditResult): string;
export function renderJunit(result: AuditResult): string;
/** The table the command prints at the end. */
export function formatSummary(result: AuditResult): string;
export function countState(state: StateResult): NodeCounts;

export function toUrl(input: string): { url: string; file: string | null };
export function stateUrl(url: string, state: AuditState): string;
export function findChrome(env?: Record<string, string | undefined>, candidates?: string[]): string;
export function launchChrome(executablePath?: string): Promise<Browser>;

export const AXE_TAGS: string[];
export const DEFAULT_STATES: AuditState[];
export const IMPACTS: readonly Impact[];
/** `1:0,2:1` → states. */
export function parseStates(text: string): AuditState[];
export const LEGIBLE_RULES: Record<'legible-horizontal-overflow' | 'legible-text-clipped', { impact: Impact; tags: string[]; help: string; helpUrl: string }>;
