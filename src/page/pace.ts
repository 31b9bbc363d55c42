/**
 * Work that the site's own changes call for (reading the page again after it changed) must not
 * keep a large page busy: after a run that read many elements and took longer than a few frames,
 * the next run that can wait waits until that one has had three times its length of main thread
 * back, so a ticker, a menu or a page arriving in pieces cannot take the page over. Quick runs, and
 * runs over few elements (slow only because the machine is busy), never make the next one wait.
 */
export interface Pace {
  /** Runs `work` and times it; `read` says how many elements it read (asked only when it was slow). */
  run(work: () => void, read: () => number): void;
  /** How many milliseconds a run that can wait should still wait (none when 0 or less). */
  wait(): number;
}

/** Below this many elements a reading is never paced. */
const MANY = 2000;

export function createPace(): Pace {
  let due = 0;
  return {
    run(work, read) {
      const start = performance.now();
      work();
      const took = performance.now() - start;
      due = took > 50 && read() > MANY ? start + 4 * took : 0;
    },
    wait: () => due - performance.now(),
  };
}
