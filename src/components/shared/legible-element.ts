/**
 * What `<legible-bar>`, `<legible-text-size>` and `<legible-contrast>` share: one way to follow the
 * page's one runtime while connected, to draw each button, to say why it cannot act, to pick words
 * and to announce a change. It builds its few nodes with DOM calls (lit's templates would cost a
 * third of the script's budget), renders every word as text only, and rebuilds only when the set
 * of controls changes, so focus stays.
 */
import { ReactiveElement, type PropertyDeclarations } from '@lit/reactive-element';
import type { Capabilities, Settings } from '../../core/settings.js';
import { getLegible } from '../../page/runtime.js';
import { barStyles } from '../legible-bar/legible-bar.styles.js';
import { wordsFor, type BarStrings } from '../legible-bar/strings.js';

export type Control = 'text' | 'contrast' | 'reset';

/**
 * A button: its key names the words (`s[key]`), the API method it calls (`api[key]()`), the
 * capability it needs (`can.canDecreaseText`) and, in kebab case, its part (`decrease-text`).
 * A glyph is its visible text with the words after it for screen readers ("A- Giảm cỡ chữ");
 * `atEnd` names the reason said when it cannot act.
 */
type ButtonSpec = [key: 'decreaseText' | 'resetText' | 'increaseText' | 'increaseContrast' | 'decreaseContrast' | 'reset', glyph?: string, atEnd?: keyof BarStrings];

const CONTROLS: Control[] = ['text', 'contrast', 'reset'];

const BUTTONS: Record<Control, ButtonSpec[]> = {
  text: [
    ['decreaseText', 'A-', 'atSmallest'],
    ['resetText', 'A'],
    ['increaseText', 'A+', 'atLargest'],
  ],
  contrast: [
    ['increaseContrast', '', 'atHighest'],
    ['decreaseContrast', '', 'atLowest'],
  ],
  reset: [['reset']],
};

/** Every connected control, in the order they connected: the first one speaks when none has focus. */
const connected = new Set<LegibleElement>();
/** The control whose button is acting right now (subscribers hear of a change synchronously). */
let acting: LegibleElement | undefined;

/** Puts the words and state of one button. */
type ButtonRenderer = (s: BarStrings, can: Capabilities) => void;

/**
 * @fires legible-change - After the text size or contrast changed, from any control or the API;
 *   `detail` is `{ textScale, contrast }`. It does not bubble (the same event reaches `document`).
 * @csspart container - The group around everything.
 * @csspart button - Every button.
 * @cssproperty --legible-color - Text colour.
 * @cssproperty --legible-font - Font family.
 * @cssproperty --legible-background - Background of the container.
 * @cssproperty --legible-padding - Padding of the container.
 * @cssproperty --legible-radius - Corner radius of the container.
 * @cssproperty --legible-gap - Space between buttons.
 * @cssproperty --legible-target-size - Minimum width and height of each button (keep it at least 24px).
 * @cssproperty --legible-button-background - Button background.
 * @cssproperty --legible-button-color - Button text colour.
 * @cssproperty --legible-button-border - Button border colour.
 * @cssproperty --legible-button-radius - Button corner radius.
 * @cssproperty --legible-button-hover-background - Button background under the pointer.
 * @cssproperty --legible-disabled-color - Text colour of a button that cannot act.
 * @cssproperty --legible-focus-color - Focus ring colour.
 */
export class LegibleElement extends ReactiveElement {
  static override styles = barStyles;

  static override properties: PropertyDeclarations = {
    size: {},
    strings: { attribute: false },
    langAttribute_: { attribute: 'lang' },
  };

  /** `compact` (24px targets) or `large` (44px targets); else `Legible.configure({ size })`, else normal. */
  declare size?: 'compact' | 'large';

  /** Replacement words for this element, merged over the language's (`{ reset: 'Undo' }`). */
  declare strings?: Partial<BarStrings>;

  // Declared only so that a change of the `lang` attribute re-renders; the words read the attribute.
  /**
   * The language of the words (`vi`, `en`, or one added through `strings`); else
   * `Legible.configure({ lang })`, else the nearest `lang` around the element, else Vietnamese.
   */
  declare private langAttribute_?: string;

  /** The accessible name of the group. */
  protected label_: 'label' | 'textLabel' | 'contrastLabel' = 'label';

  /** The page's one runtime, whose state every control shows and changes. */
  private readonly api_ = getLegible();
  /** The settings last heard of, to tell what a change changed. */
  private settings_!: Settings;
  private unsubscribe_?: () => void;
  private container_?: HTMLElement;
  private status_?: HTMLElement;
  private built_?: string;
  private renderers_: ButtonRenderer[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    // Subscribed only while connected, so a moved or removed control leaks nothing.
    this.settings_ = this.api_.get();
    this.unsubscribe_ = this.api_.subscribe((settings) => {
      const previous = this.settings_;
      this.settings_ = settings;
      this.requestUpdate();
      this.changed_(settings, previous);
    });
    // What changed while it was away shows, and a floating bar goes back into the top layer.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.unsubscribe_?.();
  }

  /** The controls shown, in order. */
  protected controls_(): Control[] {
    return CONTROLS;
  }

  private words_(): BarStrings {
    const options = this.api_.options();
    const lang = this.getAttribute('lang') || options.lang || this.closest('[lang]')?.getAttribute('lang');
    return wordsFor(lang, options.strings, this.strings);
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    // Unknown words (and `constructor`, `toString`…) are ignored, repeated ones count once.
    const controls = [...new Set(this.controls_())].filter((control) => CONTROLS.includes(control));
    if (this.built_ !== `${controls}`) this.build_(controls);
    const s = this.words_();
    const can = this.api_.capabilities();
    // The floating bar stands outside the page's landmarks, so it is a landmark of its own.
    this.container_!.setAttribute('role', this.getAttribute('position') === 'floating' ? 'region' : 'group');
    this.container_!.setAttribute('aria-label', s[this.label_]);
    this.container_!.className = this.size ?? this.api_.options().size ?? '';
    for (const render of this.renderers_) render(s, can);
  }

  private build_(controls: Control[]): void {
    const api = this.api_;
    const make = (tag: string, part?: string): HTMLElement => {
      const node = this.ownerDocument.createElement(tag);
      if (part) node.setAttribute('part', part);
      return node;
    };
    const hidden = (): HTMLElement => Object.assign(make('span'), { className: 'visually-hidden' });
    const container = make('div', 'container');
    this.renderers_ = [];
    let groups = 0;
    for (const control of controls) {
      let parent = container;
      if (control !== 'reset') {
        if (groups++) container.append(make('span', 'separator'));
        parent = make('div', `group ${control}-group`);
        container.append(parent);
      }
      for (const [key, glyph, atEnd] of BUTTONS[control]) {
        const button = make('button', `button ${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`) as HTMLButtonElement;
        const visible = new Text();
        const expansion = hidden();
        const reason = hidden();
        button.type = 'button';
        button.append(visible, expansion, reason);
        button.addEventListener('click', () => {
          if (button.getAttribute('aria-disabled') === 'true') return;
          const before = api.get();
          acting = this;
          const after = api[key]();
          acting = undefined;
          // Reset to where the page already was changes nothing, but the reader still hears that it worked.
          if (key === 'reset' && before.textScale === after.textScale && before.contrast === after.contrast) {
            this.say_(this.words_().resetDone);
          }
        });
        if (control === 'contrast') {
          // The page is read while the reader points at, touches or focuses the button, so that
          // pressing it only writes the level's colours (see prepareContrast).
          const prepare = (event: Event): void => {
            const { type, pointerType } = event as PointerEvent;
            // A finger leaves the button as it lifts, before its click: that forgets nothing.
            if (type === 'pointerleave' && pointerType !== 'mouse') return;
            const levels = api.steps().contrastLevels;
            const toward = levels[levels.indexOf(api.get().contrast) + (key === 'increaseContrast' ? 1 : -1)];
            // A mouse leaving, a touch turned into a scroll or focus moving on forgets the reading,
            // unless the button is still pointed at or focused.
            const forget = /leave|cancel|blur/.test(type) && !button.matches(':hover,:focus');
            // (A second, older copy of the script may run the page without it.)
            api.prepareContrast?.(forget ? undefined : toward);
          };
          for (const type of ['pointerenter', 'focus', 'pointerleave', 'pointercancel', 'blur']) button.addEventListener(type, prepare);
        }
        parent.append(button);
        this.renderers_.push((s, can) => {
          // Why the button cannot act now, or '' when it can. Under forced colors the system is
          // in charge of colours, and the contrast buttons say so.
          const capable = (can as unknown as Record<string, boolean>)[`can${key[0].toUpperCase()}${key.slice(1)}`];
          const why = !atEnd || capable ? '' : /Contrast/.test(key) && can.systemContrast ? s.systemContrast : (s[atEnd] as string);
          visible.data = glyph || s[key];
          expansion.textContent = glyph ? ` ${s[key]}` : '';
          reason.textContent = why && `, ${why}`;
          // A button that cannot act stays focusable, so pressing A- to the end never drops focus.
          button.setAttribute('aria-disabled', `${!!why}`);
        });
      }
    }
    this.status_ = hidden();
    this.status_.setAttribute('role', 'status');
    container.append(this.status_);
    this.container_?.remove();
    this.renderRoot.append((this.container_ = container));
    this.built_ = `${controls}`;
  }

  private changed_(settings: Settings, previous: Settings): void {
    const s = this.words_();
    const parts: string[] = [];
    if (settings.textScale !== previous.textScale) {
      parts.push(s.textSize.replace('{percent}', `${Math.round(settings.textScale * 100)}`));
    }
    if (settings.contrast !== previous.contrast) parts.push(s.contrastLevels[`${settings.contrast}`]);
    if (!parts.length) return; // only the steps or the words changed
    this.dispatchEvent(new CustomEvent('legible-change', { detail: { ...settings } }));
    // Only one control speaks for a change: the one pressed (browsers do not all focus a clicked
    // button), else the one holding focus, else the first connected.
    const all = [...connected];
    if ((acting ?? all.find((control) => control.matches(':focus-within')) ?? all[0]) === this) this.say_(parts.join(', '));
  }

  private say_(message: string): void {
    if (!this.status_) return;
    // The others fall silent (emptying a live region says nothing), so the page holds one message.
    for (const control of connected) if (control !== this && control.status_) control.status_.textContent = '';
    // A repeated message is only spoken again when the live region's text actually changes.
    this.status_.textContent = this.status_.textContent === message ? `${message}\u00a0` : message;
  }
}
