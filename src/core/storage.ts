/**
 * The stored form of the settings and the places it can be kept. No DOM: the page layer hands in
 * the browser's Storage object, so each adapter can be tested with a fake.
 */
import type { Settings, SettingsInput } from './settings.js';

export const STORAGE_KEY = 'legible';
export const STORAGE_VERSION = 1;

/** Where the serialized settings live. Every method swallows the storage's own failures. */
export interface StorageAdapter {
  read(): string | null;
  write(value: string): void;
  remove(): void;
}

/** `{"v":1,"textScale":1.25,"contrast":1}` */
export const serialize = (settings: Settings): string =>
  JSON.stringify({ v: STORAGE_VERSION, textScale: settings.textScale, contrast: settings.contrast });

/**
 * Reads what `serialize` wrote, and tolerates anything else: malformed JSON, another version,
 * wrong types and extra keys give `null` or only the fields that are numbers. Never throws.
 */
export function parse(raw: string | null | undefined): SettingsInput | null {
  if (typeof raw !== 'string' || raw === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (!own(record, 'v') || record.v !== STORAGE_VERSION) return null;
  const result: SettingsInput = {};
  if (own(record, 'textScale') && typeof record.textScale === 'number') result.textScale = record.textScale;
  if (own(record, 'contrast') && typeof record.contrast === 'number') result.contrast = record.contrast;
  return result;
}

const own = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/**
 * An adapter over a Web Storage object. `getStorage` is called on every access because merely
 * touching `window.localStorage` throws a SecurityError in sandboxed frames and some private modes.
 */
export function webStorageAdapter(getStorage: () => Storage | null | undefined, key = STORAGE_KEY): StorageAdapter {
  const attempt = <T>(action: (storage: Storage) => T, fallback: T): T => {
    try {
      const storage = getStorage();
      return storage ? action(storage) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    read: () => attempt((s) => s.getItem(key), null),
    write: (value) => attempt((s) => s.setItem(key, value), undefined),
    remove: () => attempt((s) => s.removeItem(key), undefined),
  };
}

/** Keeps the value for the life of the page only. */
export function memoryAdapter(initial: string | null = null): StorageAdapter {
  let value = initial;
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
    remove: () => {
      value = null;
    },
  };
}
