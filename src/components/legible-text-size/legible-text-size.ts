import { LegibleElement, type Control } from '../shared/legible-element.js';

/**
 * The text size buttons alone (A- A A+), for a site that places them apart from the contrast
 * buttons. They share the page's one state with every other Legible control.
 *
 * @tag legible-text-size
 * @csspart group - The group of buttons.
 * @csspart text-group - The same group.
 * @csspart decrease-text - The A- button.
 * @csspart reset-text - The A button.
 * @csspart increase-text - The A+ button.
 */
export class LegibleTextSize extends LegibleElement {
  protected override label_ = 'textLabel' as const;

  protected override controls_(): Control[] {
    return ['text'];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'legible-text-size': LegibleTextSize;
  }
}
