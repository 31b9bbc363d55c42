import { expect } from '@open-wc/testing';
import {
  DEFAULT_STEPS,
  capabilities,
  defaultSettings,
  nearest,
  neighbour,
  normalizeContrastLevels,
  normalizeTextSteps,
  resolveSettings,
} from '../../src/core/settings.js';

describe('core/settings', () => {
  it('offers the contract steps and levels', () => {
    expect(DEFAULT_STEPS.textSteps).to.deep.equal([0.875, 1, 1.125, 1.25, 1.5, 1.75, 2]);
    expect(DEFAULT_STEPS.contrastLevels).to.deep.equal([-1, 0, 1, 2]);
    expect(defaultSettings()).to.deep.equal({ textScale: 1, contrast: 0 });
  });

  it('snaps values between steps to the nearest and clamps out-of-range values', () => {
    const base = defaultSettings();
    expect(resolveSettings(base, { textScale: 1.3 }, DEFAULT_STEPS).textScale).to.equal(1.25);
    expect(resolveSettings(base, { textScale: 1.4 }, DEFAULT_STEPS).textScale).to.equal(1.5);
    expect(resolveSettings(base, { textScale: 9 }, DEFAULT_STEPS).textScale).to.equal(2);
    expect(resolveSettings(base, { textScale: -3 }, DEFAULT_STEPS).textScale).to.equal(0.875);
    expect(resolveSettings(base, { contrast: 7 }, DEFAULT_STEPS).contrast).to.equal(2);
    expect(resolveSettings(base, { contrast: -5 }, DEFAULT_STEPS).contrast).to.equal(-1);
    expect(resolveSettings(base, { contrast: 0.6 }, DEFAULT_STEPS).contrast).to.equal(1);
  });

  it('ignores values that are not finite numbers', () => {
    const base = { textScale: 1.25, contrast: 1 } as const;
    const junk = { textScale: NaN, contrast: Infinity } as const;
    expect(resolveSettings(base, junk, DEFAULT_STEPS)).to.deep.equal(base);
    expect(resolveSettings(base, { textScale: '2' as unknown as number }, DEFAULT_STEPS)).to.deep.equal(base);
    expect(resolveSettings(base, null, DEFAULT_STEPS)).to.deep.equal(base);
  });

  it('finds neighbours and stops at the ends', () => {
    expect(neighbour([1, 2, 3], 2, 1)).to.equal(3);
    expect(neighbour([1, 2, 3], 3, 1)).to.equal(3);
    expect(neighbour([1, 2, 3], 1, -1)).to.equal(1);
    expect(nearest([1, 2], 1.5)).to.equal(1);
  });

  it('cleans configured steps', () => {
    expect(normalizeTextSteps(['2', 1, 1, 'x', 1.5])).to.deep.equal([1, 1.5, 2]);
    expect(normalizeTextSteps([])).to.deep.equal(DEFAULT_STEPS.textSteps);
    expect(normalizeTextSteps('nope')).to.deep.equal(DEFAULT_STEPS.textSteps);
    expect(normalizeContrastLevels([2, 0, 5, '1'])).to.deep.equal([0, 1, 2]);
  });

  it('says what each button can do', () => {
    const atMax = capabilities({ textScale: 2, contrast: 2 }, DEFAULT_STEPS);
    expect(atMax.canIncreaseText).to.equal(false);
    expect(atMax.canIncreaseContrast).to.equal(false);
    expect(atMax.canDecreaseText).to.equal(true);
    const atMin = capabilities({ textScale: 0.875, contrast: -1 }, DEFAULT_STEPS);
    expect(atMin.canDecreaseText).to.equal(false);
    expect(atMin.canDecreaseContrast).to.equal(false);
    expect(capabilities(defaultSettings(), DEFAULT_STEPS).isDefault).to.equal(true);
  });

  it('lets the embedding team narrow the steps', () => {
    const steps = { textSteps: [1, 1.5, 2], contrastLevels: [0, 1] as const };
    expect(resolveSettings(defaultSettings(steps), { textScale: 0.875, contrast: 2 }, steps)).to.deep.equal({
      textScale: 1,
      contrast: 1,
    });
  });
});
