// A web-test-runner command that slows the test page's CPU (CDP Emulation.setCPUThrottlingRate),
// as on a shared or old machine: work that is quick here takes long enough there to be paced.
// Returns false where the browser has no CDP session (Firefox over BiDi), so tests can skip.
export function cpuThrottlePlugin() {
  const sessions = new Map();
  return {
    name: 'legible-cpu-throttle',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cpu-throttle') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name ?? '')) return false;
      // The rate lives with the CDP session that set it: kept until the rate is back to 1.
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: payload.rate });
      if (payload.rate === 1) {
        sessions.delete(session.id);
        await cdp.detach().catch(() => {});
      }
      return true;
    },
  };
}
