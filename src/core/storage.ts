/**
 * The stored form of the settings and the places it can be kept. No DOM: the page layer hands in
 * the browser's Storage object (and cookie jar), so each adapter can be tested with a fake.
 */
import type { SettingsInput } from './settings.js';

export const STORAGE_KEY = 'legible';
export const STORAGE_VERSION = 1;

/** What `run` returns, or `fallback` when it throws (blocked storage or cookies, sandboxed frames). */
export const safely = <T>(run: () => T, fallback: T): T => {
  try {
    return run();
  } catch {
    return fallback;
  }
};

/** Where the serialized settings live. Every method swallows the storage's own failures. */
export interface StorageAdapter {
  read(): string | null;
  write(value: string): void;
  remove(): void;
}

/** `{"v":1,"textScale":1.25,"contrast":1}` */
export const serialize = (settings: SettingsInput): string =>
  JSON.stringify({ v: STORAGE_VERSION, textScale: settings.textScale, contrast: settings.contrast });

/** Longer than anything `serialize` writes; a huge value is not worth parsing. */
const MAX_STORED_LENGTH = 1000;

/**
 * Reads what `serialize` wrote, and tolerates anything else: malformed JSON, another version,
 * wrong types and extra keys give `null` or only the fields that are numbers. Only own keys are
 * read, so `__proto__` or `constructor` keys (or a polluted Object.prototype) change nothing.
 * Range is the settings' business (`resolveSettings` snaps and clamps). Never throws.
 */
export function parse(raw: string | null | undefined): SettingsInput | null {
  // The own keys only, on an object without a prototype: null, numbers and strings add no `v`.
  const data: Record<string, unknown> = Object.create(null);
  safely(() => Object.assign(data, raw && raw.length <= MAX_STORED_LENGTH ? JSON.parse(raw) : null), 0);
  if (data.v !== STORAGE_VERSION) return null;
  const result: SettingsInput = {};
  for (const key of ['textScale', 'contrast'] as const) if (typeof data[key] === 'number') result[key] = data[key] as number;
  return result;
}

/** A storage adapter that can also be told what another tab just wrote. */
export interface WebStorageAdapter extends StorageAdapter {
  /** Another tab wrote `value` (a `storage` event): it is newer than anything kept in memory. */
  remember(value: string | null): void;
}

/**
 * An adapter over a Web Storage object that keeps working when the storage does not: a copy stays
 * in memory for the life of the page, so a blocked (SecurityError), missing or full
 * (QuotaExceededError) storage costs the reader nothing until they leave the page.
 * `getStorage` is called on every access because merely touching `window.localStorage` throws in
 * sandboxed frames and some private modes.
 */
export function webStorageAdapter(getStorage: () => Storage | null | undefined): WebStorageAdapter {
  const key = STORAGE_KEY;
  let memory: string | null = null;
  // True while memory holds a change the storage refused: memory is then newer than the storage.
  let unsaved = false;
  /** Runs `action` on the storage; false when there is none or it threw. */
  const attempt = (action: (storage: Storage) => void): boolean =>
    // No storage throws too, on its first method call.
    safely(() => (action(getStorage()!), true), false);
  return {
    read() {
      if (unsaved) return memory;
      attempt((s) => {
        memory = s.getItem(key);
      });
      return memory;
    },
    write(value) {
      memory = value;
      unsaved = !attempt((s) => s.setItem(key, value));
    },
    remove() {
      memory = null;
      unsaved = !attempt((s) => s.removeItem(key));
    },
    remember(value) {
      memory = value;
      unsaved = false;
    },
  };
}

/**
 * `primary` is the source of truth; `mirror` (the cross-subdomain cookie) is read only when the
 * primary holds nothing, and receives every write and removal.
 */
export function mirroredAdapter(primary: StorageAdapter, mirror: () => StorageAdapter | null): StorageAdapter {
  return {
    read: () => primary.read() ?? mirror()?.read() ?? null,
    write(value) {
      primary.write(value);
      mirror()?.write(value);
    },
    remove() {
      primary.remove();
      mirror()?.remove();
    },
  };
}

/** Keeps the value for the life of the page only: a web storage adapter without a storage. */
export function memoryAdapter(initial: string | null = null): StorageAdapter {
  const adapter = webStorageAdapter(() => null);
  adapter.remember(initial);
  return adapter;
}
