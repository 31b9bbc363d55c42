/**
 * The one source of truth for the readability settings: validates every change, saves it, and
 * tells subscribers. No DOM: the page layer turns changes into styles and events.
 */
import {
  capabilities,
  defaultSettings,
  DEFAULT_STEPS,
  neighbour,
  resolveSettings,
  sameSettings,
  type Capabilities,
  type Settings,
  type SettingsInput,
  type Steps,
} from './settings.js';
import { parse, serialize, type StorageAdapter } from './storage.js';

export type Listener = (settings: Settings) => void;

export interface Store {
  get(): Settings;
  set(input: SettingsInput): Settings;
  reset(): Settings;
  increaseText(): Settings;
  decreaseText(): Settings;
  resetText(): Settings;
  increaseContrast(): Settings;
  decreaseContrast(): Settings;
  /** Calls `listener` after every change of settings or steps; returns the function that stops it. */
  subscribe(listener: Listener): () => void;
  /** The steps in force. */
  steps(): Steps;
  /** Changes the steps; the current settings snap to the new ones. */
  setSteps(steps: Steps): void;
  /** What each button can do in the current state; `systemContrast` when forced colours rule. */
  capabilities(systemContrast?: boolean): Capabilities;
  /** Re-reads storage, for a change made by another tab. Does not write back. */
  reload(): void;
}

/**
 * Starts with the default steps; `setSteps` changes them. `fallback`: the settings used when nothing
 * is stored (for example the system's contrast preference).
 */
export function createStore(storage: StorageAdapter, fallback?: SettingsInput): Store {
  /** One entry per subscription, even for the same function twice. */
  const listeners = new Set<() => void>();
  let steps = DEFAULT_STEPS;
  const initial = (): Settings => resolveSettings(defaultSettings(steps), fallback, steps);
  /**
   * The stored choice, or `unreadable` when the stored value is not one (malformed, another
   * version): nothing stored means the defaults. A bad value stays until the next change
   * replaces it; reading never writes.
   */
  const fromStorage = (unreadable: Settings): Settings => {
    const raw = storage.read();
    const stored = parse(raw);
    return raw === null ? initial() : stored ? resolveSettings(initial(), stored, steps) : unreadable;
  };
  let current = fromStorage(initial());

  const notify = (): void => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        // One broken subscriber must not stop the others or the change itself.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  /** Moves to `next` and saves it; `save: false` for changes that come from storage itself. */
  const commit = (next: Settings, save: boolean): Settings => {
    if (save) storage.write(serialize(next));
    if (!sameSettings(next, current)) {
      current = next;
      notify();
    }
    return { ...current };
  };

  const change = (input: SettingsInput): Settings => commit(resolveSettings(current, input, steps), true);
  /** The button that moves `key` one step in `direction`. */
  const move = (key: keyof Settings, direction: 1 | -1) => (): Settings =>
    change({ [key]: neighbour<number>(key === 'contrast' ? steps.contrastLevels : steps.textSteps, current[key], direction) });

  return {
    get: () => ({ ...current }),
    set: change, // resolveSettings takes null or undefined as no change
    reset: () => {
      storage.remove();
      return commit(initial(), false);
    },
    increaseText: move('textScale', 1),
    decreaseText: move('textScale', -1),
    resetText: () => change({ textScale: defaultSettings(steps).textScale }),
    increaseContrast: move('contrast', 1),
    decreaseContrast: move('contrast', -1),
    subscribe(listener) {
      // Each call gets its own copy: a subscriber editing it never edits the state.
      const entry = (): void => listener({ ...current });
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    steps: () => steps,
    setSteps(next) {
      steps = next;
      const snapped = resolveSettings(current, current, steps);
      // Subscribers hear of new steps even when the settings stay: the buttons' states change.
      if (sameSettings(snapped, current)) notify();
      else commit(snapped, false);
    },
    capabilities: (systemContrast) => capabilities(current, steps, systemContrast),
    reload: () => {
      // Another tab's unreadable value (say, a newer version's) leaves this tab as it is.
      commit(fromStorage(current), false);
    },
  };
}
