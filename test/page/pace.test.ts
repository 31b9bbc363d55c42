/**
 * The pace that keeps re-reading a large page from taking it over: only a slow reading of many
 * elements makes the next one wait. A reading of a few elements that took long (the machine was
 * busy, not the page large) must not: the next change is then read in the next frame, as promised.
 */
import { expect } from '@open-wc/testing';
import { createPace } from '../../src/page/pace.js';

/** Work that takes `ms` of main thread. */
const busy = (ms: number) => (): void => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('pace', () => {
  it('a slow reading of many elements makes the next wait three times its length', () => {
    const pace = createPace();
    const start = performance.now();
    pace.run(busy(60), () => 10000);
    const took = performance.now() - start;
    // Measured from its start: four lengths, one of which has passed.
    expect(pace.wait()).to.be.within(3 * 60 - 30, 3 * took + 5);
  });

  it('a slow reading of few elements (a busy machine) makes nothing wait', () => {
    const pace = createPace();
    pace.run(busy(60), () => 40);
    expect(pace.wait()).to.be.at.most(0);
  });

  it('a quick reading of many elements makes nothing wait, and clears an earlier wait', () => {
    const pace = createPace();
    pace.run(busy(60), () => 10000);
    pace.run(busy(1), () => 10000);
    expect(pace.wait()).to.be.at.most(0);
  });
});
