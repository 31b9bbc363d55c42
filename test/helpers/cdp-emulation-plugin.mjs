// Web-test-runner commands for CDP emulations that wtr lacks, for the test page:
// - `emulate-media-features` { features, media }: `prefers-contrast`, `forced-colors`, `prefers-color-scheme`,
//   and the media type (`print`) (Emulation.setEmulatedMedia; wtr's own emulateMedia has no such features);
// - `cpu-throttle` { rate }: a CPU `rate` times slower, as on a busy or old machine
//   (Emulation.setCPUThrottlingRate).
// An override lives with the CDP session that set it, so each command keeps one session per page
// until it is cleared (no features, rate 1). Returns false where the browser has no CDP session
// (Firefox over BiDi), so tests can skip.
const COMMANDS = {
  'emulate-media-features': ({ features, media = '' }) => ['Emulation.setEmulatedMedia', { media, features }, features.length === 0 && !media],
  'cpu-throttle': ({ rate }) => ['Emulation.setCPUThrottlingRate', { rate }, rate === 1],
};

export function cdpEmulationPlugin() {
  const sessions = new Map();
  return {
    name: 'legible-cdp-emulation',
    async executeCommand({ command, payload, session }) {
      if (!COMMANDS[command]) return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name ?? '')) return false;
      const [method, params, clears] = COMMANDS[command](payload);
      const key = `${command} ${session.id}`;
      let cdp = sessions.get(key);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(key, cdp);
      }
      await cdp.send(method, params);
      if (clears) {
        sessions.delete(key);
        await cdp.detach().catch(() => {});
      }
      return true;
    },
  };
}
