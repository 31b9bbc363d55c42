/**
 * The opt-in cross-subdomain copy of the settings: a small first-party cookie for a domain the
 * portal names (`data-cookie-domain=".example.gov.vn"`), because localStorage is per origin.
 * No DOM: the page layer hands in a jar that reads and writes `document.cookie`.
 */
import { STORAGE_KEY, type StorageAdapter } from './storage.js';

/** One year, in seconds. */
export const COOKIE_MAX_AGE = 31_536_000;

/** `document.cookie` as two functions, so the adapter can be tested with a fake. */
export interface CookieJar {
  /** Every cookie visible to the page, as `a=1; b=2`. */
  read(): string;
  /** Sets one cookie from a `Set-Cookie`-like string. */
  write(cookie: string): void;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The cookie domain to use, or null when `value` is not one: it comes from a script tag's
 * attribute, so it is untrusted. Accepts a hostname (leading dot optional) of at least two
 * labels that the page's own `hostname` belongs to (the browser would drop any other), and
 * `localhost` for development. Anything that could smuggle cookie attributes (`;`, `=`, spaces)
 * fails the label pattern.
 */
export function validCookieDomain(value: string | null | undefined, hostname: string): string | null {
  if (typeof value !== 'string') return null;
  const domain = value.trim().toLowerCase().replace(/^\./, '');
  const host = hostname.toLowerCase();
  if (domain.length === 0 || domain.length > 253) return null;
  const labels = domain.split('.');
  if (!labels.every((label) => LABEL.test(label))) return null;
  if (labels.length < 2 && domain !== 'localhost') return null;
  // An IP address has no subdomains to share with.
  if (labels.every((label) => /^\d+$/.test(label))) return null;
  return host === domain || host.endsWith(`.${domain}`) ? domain : null;
}

/** The value is URI-encoded: JSON's quotes and commas are not allowed in a cookie value. */
export function cookieAdapter(jar: CookieJar, domain: string, secure: boolean, name = STORAGE_KEY): StorageAdapter {
  const attributes = `; Domain=${domain}; Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
  const attempt = (action: () => void): void => {
    try {
      action();
    } catch {
      // Cookies disabled, or a sandboxed document: the settings live on in memory.
    }
  };
  return {
    read() {
      let raw: string | null = null;
      attempt(() => {
        for (const pair of jar.read().split(';')) {
          const at = pair.indexOf('=');
          if (at > 0 && pair.slice(0, at).trim() === name) raw = decodeURIComponent(pair.slice(at + 1).trim());
        }
      });
      return raw;
    },
    write: (value) => attempt(() => jar.write(`${name}=${encodeURIComponent(value)}${attributes}; Max-Age=${COOKIE_MAX_AGE}`)),
    remove: () => attempt(() => jar.write(`${name}=${attributes}; Max-Age=0`)),
  };
}
