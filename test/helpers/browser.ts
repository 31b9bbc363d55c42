/**
 * The suite runs in Chromium (CDP) and Firefox ESR (WebDriver BiDi). A few test-runner commands
 * need CDP; a test that uses one skips itself in Firefox with the reason in its title, never silently.
 */
export const isFirefox = /\bFirefox\//.test(navigator.userAgent);

/** CDP-only commands, and why Firefox cannot answer them. */
export const CDP_ONLY = {
  a11ySnapshot: 'puppeteer has no accessibility tree over WebDriver BiDi',
  cpuThrottle: 'CPU throttling is a CDP emulation, absent from WebDriver BiDi',
  emulateMedia: 'puppeteer cannot emulate media features over WebDriver BiDi',
  setUserAgent: 'test-runner-commands only sets the user agent over CDP',
} as const;

/** The part of mocha's test context this needs (the suite has no mocha type package). */
interface SkippableContext {
  test?: { title: string };
  skip(): void;
}

/** Call first in a `function ()` test: `skipWithoutCdp(this, 'a11ySnapshot')`. */
export function skipWithoutCdp(context: SkippableContext, command: keyof typeof CDP_ONLY): void {
  skipInFirefox(context, CDP_ONLY[command]);
}

/** Firefox ESR features that are missing, not merely different. */
export const FIREFOX_LACKS = {
  trustedTypes: 'Firefox ESR 140 has no Trusted Types (the CSP directive is ignored there)',
} as const;

/** Skips in Firefox with the reason appended to the title, so the report says why. */
export function skipInFirefox(context: SkippableContext, reason: string): void {
  if (!isFirefox) return;
  if (context.test) context.test.title += ` [skipped in Firefox: ${reason}]`;
  context.skip();
}
