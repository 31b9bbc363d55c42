// A web-test-runner command for the contrast tests: emulates `prefers-contrast` and
// `forced-colors` through CDP (Emulation.setEmulatedMedia), which wtr's own emulateMedia lacks.
// Returns false where the browser has no CDP session (Firefox over BiDi), so tests can skip.
export function emulateMediaFeaturesPlugin() {
  const sessions = new Map();
  return {
    name: 'legible-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name ?? '')) return false;
      // One CDP session per test page, kept until the features are cleared: an override lives with
      // the session that set it, so clearing it through a new session would leave it in force.
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
      if (payload.features.length === 0) {
        sessions.delete(session.id);
        await cdp.detach().catch(() => {});
      }
      return true;
    },
  };
}
