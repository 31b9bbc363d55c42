/**
 * Work that the site's own changes call for (reading the page again after it changed) must not
 * keep a page busy: after a run that took longer than a few frames, the next run that can wait
 * waits until that one has had three times its length of main thread back, so a ticker, a menu or
 * a page arriving in pieces cannot take the page over. Quick runs never make the next one wait.
 */
export interface Pace {
  /** Runs `work` and times it. */
  run(work: () => void): void;
  /** How many milliseconds a run that can wait should still wait (none when 0 or less). */
  wait(): number;
}

export function createPace(): Pace {
  let due = 0;
  return {
    run(work) {
      const start = performance.now();
      work();
      const took = performance.now() - start;
      due = took > 50 ? start + 4 * took : 0;
    },
    wait: () => due - performance.now(),
  };
}
