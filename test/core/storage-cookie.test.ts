import { expect } from '@open-wc/testing';
import { COOKIE_MAX_AGE, cookieAdapter, validCookieDomain, type CookieJar } from '../../src/core/cookie.js';

/** Records what would be assigned to `document.cookie`; `cookies` is what reading it returns. */
function fakeJar(cookies = '') {
  const written: string[] = [];
  const jar: CookieJar = {
    get cookie() {
      return cookies;
    },
    set cookie(cookie: string) {
      written.push(cookie);
    },
  };
  return { jar, written };
}

describe('core/cookie', () => {
  it('accepts the portal domain the page belongs to, with or without the leading dot', () => {
    expect(validCookieDomain('.example.gov.vn', 'sotuphap.example.gov.vn')).to.equal('example.gov.vn');
    expect(validCookieDomain('example.gov.vn', 'example.gov.vn')).to.equal('example.gov.vn');
    expect(validCookieDomain(' .Example.GOV.vn ', 'a.b.example.gov.vn')).to.equal('example.gov.vn');
    expect(validCookieDomain('localhost', 'localhost')).to.equal('localhost');
  });

  it('rejects domains the page does not belong to, which the browser would drop anyway', () => {
    expect(validCookieDomain('.other.gov.vn', 'sotuphap.example.gov.vn')).to.equal(null);
    expect(validCookieDomain('ample.gov.vn', 'example.gov.vn'), 'a suffix that is not a label boundary').to.equal(null);
    expect(validCookieDomain('a.example.gov.vn', 'example.gov.vn'), 'a subdomain of the page').to.equal(null);
  });

  it('rejects values that are not a domain, or could smuggle cookie attributes', () => {
    const host = 'portal.example.gov.vn';
    for (const value of [null, undefined, '', '.', 'vn', 'example.gov.vn; Secure', 'example.gov.vn;Domain=evil.vn', 'example.gov.vn=1', 'exa mple.gov.vn', '-bad.gov.vn', 'example..gov.vn', '127.0.0.1', `${'a'.repeat(64)}.vn`]) {
      expect(validCookieDomain(value, host), String(value)).to.equal(null);
    }
    expect(validCookieDomain('127.0.0.1', '127.0.0.1'), 'an IP address has no subdomains').to.equal(null);
  });

  it('writes a first-party cookie for the domain: Path=/, SameSite=Lax, Secure on https, a year', () => {
    const { jar, written } = fakeJar();
    cookieAdapter(jar, 'example.gov.vn', true).write('{"v":1,"textScale":1.25,"contrast":1}');
    expect(COOKIE_MAX_AGE).to.equal(365 * 24 * 3600);
    expect(written).to.deep.equal([
      'legible=%7B%22v%22%3A1%2C%22textScale%22%3A1.25%2C%22contrast%22%3A1%7D; Domain=example.gov.vn; Path=/; SameSite=Lax; Secure; Max-Age=31536000',
    ]);
    const plain = fakeJar();
    cookieAdapter(plain.jar, 'example.gov.vn', false).write('x');
    expect(plain.written).to.deep.equal(['legible=x; Domain=example.gov.vn; Path=/; SameSite=Lax; Max-Age=31536000']);
  });

  it('removes the cookie with Max-Age=0 for the same domain and path', () => {
    const { jar, written } = fakeJar();
    cookieAdapter(jar, 'example.gov.vn', false).remove();
    expect(written).to.deep.equal(['legible=; Domain=example.gov.vn; Path=/; SameSite=Lax; Max-Age=0']);
  });

  it('reads its own cookie among others, and nothing from similar names', () => {
    const value = encodeURIComponent('{"v":1,"contrast":2}');
    expect(cookieAdapter(fakeJar(`a=1; legible=${value}; b=2`).jar, 'x.vn', false).read()).to.equal('{"v":1,"contrast":2}');
    expect(cookieAdapter(fakeJar('not-legible=1; legible2=3').jar, 'x.vn', false).read()).to.equal(null);
  });

  it('swallows a jar that throws (cookies disabled, sandboxed documents) and a malformed value', () => {
    const throwing: CookieJar = {
      get cookie(): string {
        throw new DOMException('no cookies', 'SecurityError');
      },
      set cookie(_: string) {
        throw new DOMException('no cookies', 'SecurityError');
      },
    };
    const adapter = cookieAdapter(throwing, 'x.vn', false);
    expect(adapter.read()).to.equal(null);
    adapter.write('a');
    adapter.remove();
    expect(cookieAdapter(fakeJar('legible=%E0%A4%A').jar, 'x.vn', false).read()).to.equal(null);
  });
});
