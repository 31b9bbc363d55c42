// A web-test-runner command for the contrast tests: emulates `prefers-contrast` and
// `forced-colors` through CDP (Emulation.setEmulatedMedia), which wtr's own emulateMedia lacks.
// Returns false where the browser has no CDP session (Firefox over BiDi), so tests can skip.
export function emulateMediaFeaturesPlugin() {
  return {
    name: 'legible-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name ?? '')) return false;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}
