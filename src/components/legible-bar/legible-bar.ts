import type { PropertyDeclarations } from '@lit/reactive-element';
import { LegibleElement, type Control } from '../shared/legible-element.js';
import { placeInTopLayer } from '../shared/top-layer.js';
import { keepClear } from '../shared/keep-clear.js';
import { reserveRoom } from '../../page/reserve.js';
import { getLegible } from '../../page/runtime.js';

/**
 * The readability strip: A- A A+ | Tăng tương phản · Giảm tương phản · Đặt lại.
 *
 * Every control on a page shows and changes the page's one shared state.
 *
 * @tag legible-bar
 * @csspart group - Each group of buttons (text size, contrast).
 * @csspart text-group - The A- A A+ group.
 * @csspart contrast-group - The contrast buttons' group.
 * @csspart separator - The line between the groups.
 * @csspart decrease-text - The A- button.
 * @csspart reset-text - The A button.
 * @csspart increase-text - The A+ button.
 * @csspart increase-contrast - The "more contrast" button.
 * @csspart decrease-contrast - The "less contrast" button.
 * @csspart reset - The reset-all button.
 * @cssproperty --legible-offset - Distance of the floating bar from its corner.
 * @cssproperty --legible-separator-color - Colour of the line between the groups.
 */
export class LegibleBar extends LegibleElement {
  static override properties: PropertyDeclarations = {
    position: { reflect: true },
    corner: { reflect: true },
    controls: {},
  };

  /** `floating` pins the bar to a bottom corner of the viewport; empty places it inline. */
  declare position?: 'floating';

  /** The floating bar's bottom corner: `end` (default) or `start` (`data-corner` for the script's own bar). */
  declare corner?: 'start' | 'end';

  /**
   * Which controls show, in order: words of `text contrast reset` (the default); else
   * `Legible.configure({ controls })`.
   */
  declare controls?: string;

  /**
   * The floating bar lives in the top layer, above anything the host page stacks, keeps room at the
   * end of the page so that it covers none of the page's last lines, and rises over the page's own
   * controls fixed in its corner.
   */
  protected override updated(): void {
    placeInTopLayer(this, this.position === 'floating');
    reserveRoom(this, this.position === 'floating' && this.isConnected);
    keepClear(this, this.position === 'floating' && this.isConnected);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    reserveRoom(this, false);
    keepClear(this, false);
  }

  protected override controls_(): Control[] {
    const words = this.controls ?? getLegible().options().controls;
    return words ? (words.trim().split(/\s+/) as Control[]) : super.controls_();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'legible-bar': LegibleBar;
  }
}
