/**
 * The opt-in cross-subdomain copy of the settings: a small first-party cookie for a domain the
 * portal names (`data-cookie-domain=".example.gov.vn"`), because localStorage is per origin.
 * No DOM: the page layer hands in `document` as the jar; tests hand in a fake.
 */
import { safely, type StorageAdapter } from './storage.js';

/** One year, in seconds. */
export const COOKIE_MAX_AGE = 31_536_000;

/**
 * What the adapter needs of `document`: reading `cookie` gives every cookie visible to the page
 * (`a=1; b=2`), assigning it sets one cookie from a `Set-Cookie`-like string.
 */
export interface CookieJar {
  cookie: string;
}

/**
 * The cookie domain to use, or null when `value` is not one: it comes from a script tag's
 * attribute, so it is untrusted. Accepts the page's own `hostname` or a suffix of it at a label
 * boundary with at least two labels (leading dot optional): the browser would drop any other. Such
 * a suffix holds only hostname characters, so nothing can smuggle cookie attributes (`;`, `=`).
 * An IP address has no subdomains to share with.
 */
export function validCookieDomain(value: string | null | undefined, hostname: string): string | null {
  const domain = String(value ?? '').trim().toLowerCase().replace(/^\./, '');
  const host = hostname.toLowerCase();
  const belongs = host === domain || (domain.includes('.') && host.endsWith(`.${domain}`));
  return domain && belongs && !/^[\d.]+$|:/.test(host) ? domain : null;
}

/**
 * The cookie is named `legible`, like the storage key (written out: a literal pattern reads it). The
 * value is URI-encoded: JSON's quotes and commas are not allowed in a cookie value.
 */
export function cookieAdapter(jar: CookieJar, domain: string, secure: boolean): StorageAdapter {
  // Cookies disabled, a sandboxed document or a malformed value: the settings live on in memory.
  const write = (value: string, maxAge: number): void =>
    safely(() => void (jar.cookie = `legible=${encodeURIComponent(value)}; Domain=${domain}; Path=/; SameSite=Lax${secure ? '; Secure' : ''}; Max-Age=${maxAge}`), undefined);
  return {
    read: () =>
      // No such cookie throws too (no match to index).
      safely(() => decodeURIComponent(jar.cookie.match(/(?:^|;) *legible=([^;]*)/)![1].trim()), null),
    write: (value) => write(value, COOKIE_MAX_AGE),
    remove: () => write('', 0),
  };
}
