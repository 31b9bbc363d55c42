import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Settings } from '../../core/settings.js';
import { LegibleController } from '../shared/legible-controller.js';
import { barStyles } from './legible-bar.styles.js';
import { languageOf, languages, type BarStrings } from './strings.js';

/**
 * The readability strip: A- A A+ | Tăng tương phản · Giảm tương phản · Đặt lại.
 *
 * Every bar on a page shows and changes the page's one shared state. Labels follow the
 * element's `lang`, else the nearest ancestor's, else Vietnamese.
 *
 * @tag legible-bar
 * @csspart container - The group around all buttons.
 * @csspart group - Each group of buttons (text size, contrast).
 * @csspart text-group - The A- A A+ group.
 * @csspart contrast-group - The contrast buttons' group.
 * @csspart separator - The line between the groups.
 * @csspart button - Every button.
 * @csspart decrease-text - The A- button.
 * @csspart reset-text - The A button.
 * @csspart increase-text - The A+ button.
 * @csspart increase-contrast - The "more contrast" button.
 * @csspart decrease-contrast - The "less contrast" button.
 * @csspart reset - The reset-all button.
 * @cssproperty --legible-color - Text colour of the bar.
 * @cssproperty --legible-font - Font family of the bar.
 * @cssproperty --legible-background - Background of the container.
 * @cssproperty --legible-gap - Space between buttons.
 * @cssproperty --legible-target-size - Minimum width and height of each button (at least 24px).
 * @cssproperty --legible-button-background - Button background.
 * @cssproperty --legible-button-color - Button text colour.
 * @cssproperty --legible-button-border - Button border colour.
 * @cssproperty --legible-focus-color - Focus ring colour.
 * @cssproperty --legible-offset - Distance of the floating bar from the corner.
 */
export class LegibleBar extends LitElement {
  static override styles = barStyles;

  /** `floating` pins the bar to a bottom corner of the viewport; empty places it inline. */
  @property({ reflect: true }) position?: 'floating';

  /** Whether the reset-all button shows. */
  @property({ type: Boolean, attribute: 'no-reset' }) noReset = false;

  /** The polite announcement of the last change. */
  @state() private announcement = '';

  private readonly legible = new LegibleController(this, (settings, previous) => this.announce(settings, previous));

  private get strings(): BarStrings {
    const lang = this.closest('[lang]')?.getAttribute('lang');
    return languages[languageOf(lang)];
  }

  protected override render() {
    const s = this.strings;
    const can = this.legible.api.capabilities();
    return html`<div part="container" role="group" aria-label=${s.label}>
      <div part="group text-group">
        ${this.button('decrease-text', 'A-', s.decreaseText, !can.canDecreaseText, s.atSmallest, () => this.legible.api.decreaseText())}
        ${this.button('reset-text', 'A', s.resetText, false, '', () => this.legible.api.resetText())}
        ${this.button('increase-text', 'A+', s.increaseText, !can.canIncreaseText, s.atLargest, () => this.legible.api.increaseText())}
      </div>
      <span part="separator" aria-hidden="true"></span>
      <div part="group contrast-group">
        ${this.button('increase-contrast', s.increaseContrast, '', !can.canIncreaseContrast, can.systemContrast ? s.systemContrast : s.atHighest, () => this.legible.api.increaseContrast())}
        ${this.button('decrease-contrast', s.decreaseContrast, '', !can.canDecreaseContrast, can.systemContrast ? s.systemContrast : s.atLowest, () => this.legible.api.decreaseContrast())}
      </div>
      ${this.noReset ? nothing : this.button('reset', s.reset, '', false, '', () => this.resetAll())}
      <span class="visually-hidden" role="status">${this.announcement}</span>
    </div>`;
  }

  /**
   * A real button. One that cannot act stays focusable (focus is not lost after the last press)
   * with `aria-disabled` and a reason appended to its description.
   */
  private button(part: string, visible: string, expansion: string, disabled: boolean, why: string, act: () => void) {
    return html`<button
      type="button"
      part="button ${part}"
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => {
        if (!disabled) act();
      }}
    >
      ${visible}${expansion ? html`<span class="visually-hidden"> ${expansion}</span>` : nothing}${disabled && why
        ? html`<span class="visually-hidden">, ${why}</span>`
        : nothing}
    </button>`;
  }

  private resetAll(): void {
    const before = this.legible.api.get();
    const after = this.legible.api.reset();
    // Reset to where the page already was changes nothing, but the reader still hears that it worked.
    if (before.textScale === after.textScale && before.contrast === after.contrast) this.say(this.strings.resetDone);
  }

  /** Only one bar speaks for a change: the one holding focus, else the first on the page. */
  private announce(settings: Settings, previous: Settings): void {
    const bars = Array.from(document.querySelectorAll('legible-bar'));
    const speaker = bars.find((bar) => bar.matches(':focus-within')) ?? bars[0];
    if (speaker !== this) return;
    const s = this.strings;
    const parts: string[] = [];
    if (settings.textScale !== previous.textScale) {
      parts.push(s.textSize.replace('{percent}', String(Math.round(settings.textScale * 100))));
    }
    if (settings.contrast !== previous.contrast) parts.push(s.contrastLevels[`${settings.contrast}`]);
    if (parts.length) this.say(parts.join(', '));
  }

  private say(message: string): void {
    // A repeated message is only spoken again when the live region's text actually changes.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'legible-bar': LegibleBar;
  }
}
