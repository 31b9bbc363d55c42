/**
 * The opt-in cookie for a portal's subdomains (`data-cookie-domain`): validated against the
 * page's host, written with every change (SameSite=Lax, a year), removed by reset, read only
 * when this origin's localStorage holds nothing. The test pages are served from `localhost`.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, removeFrame, type Frame } from '../helpers/frame.js';
import { barButton, bars, expectNothingWentWrong, expectShown, KEY } from './persistence-page.js';

interface CookieDetails {
  domain: string | null;
  path: string;
  expires: number | null;
  sameSite: string;
  secure: boolean;
}
/** The Cookie Store API with the attributes Chromium reports (the DOM typings list names and values only). */
type WithCookieStore = { cookieStore?: { get(name: string): Promise<CookieDetails | null> } };

/**
 * The cookie as the page that wrote it sees it. (Another document of the same origin may see a
 * write a moment later: Chromium updates each document's cookie cache asynchronously.)
 */
const cookieValue = (doc: Document): string | null => {
  const pair = doc.cookie.split('; ').find((entry) => entry.startsWith(`${KEY}=`));
  return pair === undefined ? null : decodeURIComponent(pair.slice(KEY.length + 1));
};
/** What another subdomain of the portal would have left. */
const setPortalCookie = (value: string): void => {
  document.cookie = `${KEY}=${encodeURIComponent(value)}; Domain=localhost; Path=/; SameSite=Lax`;
};
const clearCookies = (): void => {
  document.cookie = `${KEY}=; Domain=localhost; Path=/; Max-Age=0`;
  document.cookie = `${KEY}=; Path=/; Max-Age=0`;
};

describe('persistence: the cookie across subdomains', () => {
  let frame: Frame | undefined;
  beforeEach(() => {
    localStorage.removeItem(KEY);
    clearCookies();
  });
  afterEach(() => {
    removeFrame(frame);
    frame = undefined;
    localStorage.removeItem(KEY);
    clearCookies();
  });

  it('keeps every change in a cookie for the configured domain, next to localStorage, and reset removes both', async () => {
    frame = await loadFrame('/test/fixtures/persist-cookie.html');
    expect(cookieValue(frame.doc), 'nothing written before a choice').to.equal(null);
    barButton(bars(frame)[0], 'increase-text').click();
    frame.win.Legible!.increaseContrast();
    await expectShown(frame, { textScale: 1.125, contrast: 1 });
    expect(localStorage.getItem(KEY)).to.equal('{"v":1,"textScale":1.125,"contrast":1}');
    expect(cookieValue(frame.doc)).to.equal('{"v":1,"textScale":1.125,"contrast":1}');

    barButton(bars(frame)[0], 'reset').click();
    await expectShown(frame, { textScale: 1, contrast: 0 });
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(cookieValue(frame.doc)).to.equal(null);
    expectNothingWentWrong(frame);
  });

  it('writes the cookie for the whole site (Path=/), SameSite=Lax, for a year', async function () {
    const { cookieStore } = window as unknown as WithCookieStore;
    if (!cookieStore) {
      this.test!.title += ' [skipped: this browser has no cookieStore to read the attributes back]';
      this.skip();
    }
    frame = await loadFrame('/test/fixtures/persist-cookie.html');
    frame.win.Legible!.set({ textScale: 1.5 });
    const cookie = (await cookieStore!.get(KEY))!;
    if (cookie.sameSite === undefined) {
      this.test!.title += " [skipped: this browser's cookieStore reports names and values only]";
      this.skip();
    }
    // The Domain attribute is checked in test/core/storage-cookie.test.ts: `localhost` has no
    // registrable domain, so browsers keep a `Domain=localhost` cookie host-only.
    expect(cookie.path).to.equal('/');
    expect(cookie.sameSite).to.equal('lax');
    // Served over http here; over https the cookie is Secure.
    expect(cookie.secure).to.equal(false);
    const year = 365 * 24 * 3600 * 1000;
    expect(cookie.expires! - Date.now()).to.be.within(year - 60_000, year + 60_000);
  });

  it("opens with the choice made on another subdomain when this origin's localStorage holds none", async () => {
    setPortalCookie('{"v":1,"textScale":1.75,"contrast":2}');
    frame = await loadFrame('/test/fixtures/persist-cookie.html');
    await expectShown(frame, { textScale: 1.75, contrast: 2 });
    expect(localStorage.getItem(KEY), 'reading never writes').to.equal(null);
    expectNothingWentWrong(frame);
  });

  it("keeps localStorage as the source of truth on this origin", async () => {
    setPortalCookie('{"v":1,"textScale":1.75,"contrast":2}');
    localStorage.setItem(KEY, '{"v":1,"textScale":1.25,"contrast":-1}');
    frame = await loadFrame('/test/fixtures/persist-cookie.html');
    await expectShown(frame, { textScale: 1.25, contrast: -1 });
  });

  it('ignores a domain the page does not belong to: no cookie written, none read', async () => {
    setPortalCookie('{"v":1,"textScale":1.75,"contrast":2}');
    frame = await loadFrame('/test/fixtures/persist-cookie-foreign.html');
    await expectShown(frame, { textScale: 1, contrast: 0 });
    clearCookies();
    frame.win.Legible!.set({ textScale: 1.5, contrast: 1 });
    await expectShown(frame, { textScale: 1.5, contrast: 1 });
    expect(localStorage.getItem(KEY)).to.equal('{"v":1,"textScale":1.5,"contrast":1}');
    expect(document.cookie).not.to.contain(`${KEY}=`);
    expectNothingWentWrong(frame);
  });
});
