/**
 * The one Legible runtime of a page: store, storage, the host page's styles, the
 * `legible-change` event and other tabs. Every copy of the script and every element shares it
 * through a global symbol, so two copies (or versions) on one page never disagree.
 */
import type { Settings, SettingsInput, Steps, Capabilities } from '../core/settings.js';
import type { BarStrings } from '../components/legible-bar/strings.js';
import { normalizeContrastLevels, normalizeTextSteps, sameSettings } from '../core/settings.js';
import { cookieAdapter, validCookieDomain } from '../core/cookie.js';
import { memoryAdapter, mirroredAdapter, safely, serialize, STORAGE_KEY, webStorageAdapter, type StorageAdapter } from '../core/storage.js';
import { createStore, type Listener } from '../core/store.js';
import { createContrastEngine, systemForcesColors } from './contrast.js';
import { refreshWhileLoading } from './early.js';
import { createTextScaler } from './text-scale.js';

export const VERSION = '0.1.0';
export const CHANGE_EVENT = 'legible-change';

export interface LegibleOptions {
  /** Text scale steps, ascending; default 0.875, 1, 1.125, 1.25, 1.5, 1.75, 2. */
  textSteps?: readonly number[];
  /** Contrast levels offered, a subset of -1, 0, 1, 2. */
  contrastLevels?: readonly number[];
  /**
   * Also keep the choice in a first-party cookie for this domain (".example.gov.vn"), so it
   * follows the reader across a portal's subdomains. Ignored unless the page's host is in it.
   */
  cookieDomain?: string;
  /** The elements' language when they have no `lang` of their own: `vi`, `en`, or one added in `strings`. */
  lang?: string;
  /** Which controls `<legible-bar>` shows, in order: words of `text contrast reset`. */
  controls?: string;
  /** `compact` or `large` buttons. */
  size?: string;
  /** The script's own bar: a CSS selector to place it in, `none`, or empty to float it. */
  mount?: string;
  /** The floating bar's bottom corner: `end` (default) or `start`. */
  corner?: string;
  /** Replacement words per language, merged over the built-in ones: `{ en: { reset: 'Undo' } }`. */
  strings?: { [lang: string]: Partial<BarStrings> | undefined };
}

/** `window.Legible`. */
export interface LegibleApi {
  readonly version: string;
  get(): Settings;
  set(input: SettingsInput): Settings;
  reset(): Settings;
  increaseText(): Settings;
  decreaseText(): Settings;
  resetText(): Settings;
  increaseContrast(): Settings;
  decreaseContrast(): Settings;
  /**
   * Reads the page now, from level 0, for contrast `level`, so that applying that level next costs
   * about one stylesheet swap; nothing changes on screen. Legible's contrast buttons call it when
   * pointed at, touched or focused. Any change to the page throws the reading away; without a level,
   * it is forgotten.
   */
  prepareContrast(level?: number): void;
  subscribe(listener: Listener): () => void;
  configure(options: LegibleOptions): void;
  /** Everything `configure` was given so far, later values winning. */
  options(): Readonly<LegibleOptions>;
  steps(): Steps;
  capabilities(): Capabilities;
}

declare global {
  interface Window {
    Legible?: LegibleApi;
  }
  /** On `document` (bubbling) and on each Legible element (not bubbling). */
  interface GlobalEventHandlersEventMap {
    [CHANGE_EVENT]: CustomEvent<Settings>;
  }
}

const RUNTIME = Symbol.for('legible.runtime');
type Holder = { [RUNTIME]?: LegibleApi };

/** The page's runtime, created on first use. */
export function getLegible(): LegibleApi {
  return ((globalThis as Holder)[RUNTIME] ??= createRuntime(document));
}

/** `window.localStorage`, or null where touching it throws (sandboxed frames, blocked storage). */
const localStorageOrNull = (): Storage | null => safely(() => localStorage, null);

function createRuntime(doc: Document): LegibleApi {
  const local = webStorageAdapter(localStorageOrNull);
  // localStorage is the truth on each origin; the opt-in cookie is read only when it is empty.
  let cookie: StorageAdapter | null = null;
  // `?legible-text=2&legible-contrast=1` (audit tools): this page view only, nothing saved.
  // parseFloat stops at the next `&`; an absent value is NaN, which the store ignores.
  const param = (name: string): number => parseFloat(location.search.split(`legible-${name}=`)[1]);
  const store = createStore(
    location.search.includes('legible-') ? memoryAdapter(serialize({ textScale: param('text'), contrast: param('contrast') })) : mirroredAdapter(local, () => cookie),
    // The reader's system comes first when they have not chosen here yet.
    safely(() => matchMedia('(prefers-contrast: more)').matches, false) ? { contrast: 1 } : undefined,
  );
  // The host page: each engine keeps what it needs to undo itself, so level 0 and scale 1
  // restore the page exactly.
  const scaleText = createTextScaler(doc);
  const applyContrast = createContrastEngine(doc);
  // Nothing shown yet: the first settings apply both engines.
  let shown = {} as Settings;
  /** The text scale the contrast level was last worked out at, and how many sheets the page had. */
  let decidedAt = 0;
  let sheetsRead = 0;
  const readContrast = (settings: Settings): void => {
    applyContrast(settings.contrast);
    decidedAt = settings.textScale;
    sheetsRead = doc.styleSheets.length;
  };
  const show = (settings: Settings): void => {
    const resized = shown.textScale !== settings.textScale;
    if (resized) scaleText(settings.textScale);
    // A contrast level read ahead or kept was decided for the text's old size: not written back
    // now, nor kept when left now.
    if (resized) applyContrast.forget();
    // Only level 1 depends on text size (large text needs 4.5:1, other text 7:1), and text that
    // grows keeps colours chosen for a stricter target: the page is read again only when the text
    // becomes smaller than it was read at.
    if (shown.contrast !== settings.contrast || (settings.contrast === 1 && settings.textScale < decidedAt)) readContrast(settings);
    if (resized) applyContrast.forget();
    shown = settings;
  };
  const given: LegibleOptions = {};
  show(store.get());
  store.subscribe((settings) => {
    if (sameSettings(settings, shown)) return; // only the steps changed
    show(settings);
    doc.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: { ...settings } }));
  });
  // Sheets linked after the script and the body arrive later: the current settings again, for
  // them, before they paint.
  refreshWhileLoading(doc, () => {
    scaleText(shown.textScale); // nothing to do at 1
    // The contrast engine reads elements as they arrive; only a new sheet can change colours it
    // has already decided, so only then is the whole page read again.
    if (shown.contrast && doc.styleSheets.length !== sheetsRead) readContrast(shown);
  });
  // Another tab changed the choice: follow it at once (the page changes before the next frame)
  // without writing it back. The event's value also serves when this tab cannot read storage
  // (then only sessionStorage's events could be mistaken for it, and nothing writes our key there).
  addEventListener('storage', (event) => {
    const storage = localStorageOrNull();
    if (storage && event.storageArea && event.storageArea !== storage) return;
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    local.remember(event.key && event.newValue);
    store.reload();
  });

  // Everything but the runtime's own business; every settings object it hands out is a copy.
  const { setSteps, reload, ...shared } = store;
  return {
    ...shared,
    version: VERSION,
    configure(options) {
      for (const [key, value] of Object.entries(options)) if (value !== undefined) (given as Record<string, unknown>)[key] = value;
      if (!cookie) {
        // Null without a domain, or one the page does not belong to.
        const domain = validCookieDomain(options.cookieDomain, location.hostname);
        if (domain) {
          cookie = cookieAdapter(doc, domain, location.protocol === 'https:');
          reload(); // the cookie may hold a choice made on another subdomain
        }
      }
      const current = store.steps();
      setSteps({
        textSteps: options.textSteps ? normalizeTextSteps(options.textSteps) : current.textSteps,
        contrastLevels: options.contrastLevels ? normalizeContrastLevels(options.contrastLevels) : current.contrastLevels,
      });
    },
    options: () => given,
    prepareContrast: (level) => applyContrast.prepare(store.steps().contrastLevels.find((allowed) => allowed === level)),
    // Under forced colors the system decides every colour; text size keeps working.
    capabilities: () => shared.capabilities(systemForcesColors()),
  };
}
