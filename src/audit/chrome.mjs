/**
 * Finds and starts the Chrome or Chromium already installed on the machine. Nothing is ever
 * downloaded: puppeteer-core only drives a browser it is given.
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Quiet and private: no background requests, no updates, no sync, so the audited pages are the
 * only thing the browser fetches. --no-sandbox because CI containers run as root.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export class NoBrowserError extends Error {
  name = 'NoBrowserError';
}

/** CHROME_PATH when set (it must exist), else the first installed candidate. */
export function findChrome(env = process.env, candidates = CHROME_CANDIDATES) {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new NoBrowserError(`CHROME_PATH is ${env.CHROME_PATH}, and there is no file there`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new NoBrowserError(
    `no Chrome or Chromium found (looked in ${candidates.join(', ')}). Install one (apt-get install chromium) or set CHROME_PATH to its executable.`,
  );
}

export async function launchChrome(executablePath = findChrome()) {
  return puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS, defaultViewport: null });
}
