import { LegibleElement, type Control } from '../shared/legible-element.js';

/**
 * The two contrast buttons alone, for a site that places them apart from the text size buttons.
 * They share the page's one state with every other Legible control.
 *
 * @tag legible-contrast
 * @csspart group - The group of buttons.
 * @csspart contrast-group - The same group.
 * @csspart increase-contrast - The "more contrast" button.
 * @csspart decrease-contrast - The "less contrast" button.
 */
export class LegibleContrast extends LegibleElement {
  protected override label_ = 'contrastLabel' as const;

  protected override controls_(): Control[] {
    return ['contrast'];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'legible-contrast': LegibleContrast;
  }
}
