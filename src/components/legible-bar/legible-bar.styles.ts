import { css } from '@lit/reactive-element';

/**
 * Sizes are in px on purpose: the bar must not grow with the page's text scale and push itself
 * off screen, and the host page's root font size must not shrink it.
 *
 * A page's rules for every element (`* { font-family: … !important }`, `* { font: inherit }`
 * resets) reach the host element and beat `:host`; only `!important` here beats them, so only
 * the font, which the buttons inherit, is important (test/security/hostile-css.test.ts).
 */
export const barStyles = css`
  :host {
    display: inline-block;
    box-sizing: border-box;
    color: var(--legible-color, #1f2328);
    font: 14px/1.25 var(--legible-font, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif) !important;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    vertical-align: middle;
  }
  :host([hidden]) {
    display: none;
  }
  /* Reading tools mean nothing on paper (the page prints at the chosen text size and contrast). */
  @media print {
    :host {
      display: none !important;
    }
  }
  /* Drawn in the top layer as a manual popover (top-layer.ts), above any z-index; the rest undoes
     the user agent's popover box (inset 0, border, padding, Canvas background, scrolling). Its auto
     margins are 0 once an inset is auto. */
  :host([position='floating']) {
    position: fixed;
    inset: auto;
    inset-block-end: var(--legible-offset, 16px);
    inset-inline-end: var(--legible-offset, 16px);
    z-index: 2147483647;
    padding: 0;
    border: 0;
    background: none;
    overflow: visible;
  }
  :host([position='floating'][corner='start']) {
    inset-inline-end: auto;
    inset-inline-start: var(--legible-offset, 16px);
  }
  /* On a phone the floating bar spans the width in two rows rather than three. */
  @media (max-width: 30em) {
    :host([position='floating']) {
      inset-inline: 8px;
      inset-block-end: 8px;
    }
    :host([position='floating']) [part~='separator'] {
      display: none;
    }
    :host([position='floating']) [part~='container'] {
      padding: 4px;
    }
    :host([position='floating']) button {
      padding-inline: 5px;
    }
  }
  * {
    box-sizing: border-box;
  }
  [part~='container'],
  [part~='group'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--legible-gap, 4px);
  }
  [part~='container'] {
    align-items: center;
    padding: var(--legible-padding, 2px);
    background: var(--legible-background, transparent);
    border-radius: var(--legible-radius, 6px);
    /* A mount point with pointer-events: none must not leave the buttons dead. */
    pointer-events: auto;
  }
  :host([position='floating']) [part~='container'] {
    background: var(--legible-background, #ffffff);
    padding: 6px;
    border: 1px solid #6e7781;
    box-shadow: 0 2px 12px rgb(0 0 0 / 0.25);
  }
  [part~='separator'] {
    align-self: stretch;
    width: 1px;
    margin: 2px 4px;
    background: var(--legible-separator-color, #8c959f);
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--legible-target-size, 32px);
    min-height: var(--legible-target-size, 32px);
    margin: 0;
    padding: 4px 10px;
    border: 1px solid var(--legible-button-border, #6e7781);
    border-radius: var(--legible-button-radius, 4px);
    background: var(--legible-button-background, #ffffff);
    color: var(--legible-button-color, #1f2328);
    font: inherit;
    font-weight: 600;
    line-height: 1;
    cursor: pointer;
    white-space: nowrap;
  }
  button:hover {
    background: var(--legible-button-hover-background, #eaeef2);
  }
  button:focus-visible {
    outline: 3px solid var(--legible-focus-color, #0550ae);
    outline-offset: 2px;
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
    color: var(--legible-disabled-color, #57606a);
    background: var(--legible-button-background, #ffffff);
  }
  [part~='decrease-text'] {
    font-size: 0.86em;
  }
  [part~='increase-text'] {
    font-size: 1.2em;
  }
  /* size="compact" and size="large" (the container carries the size as its class). */
  .compact {
    font-size: 12px;
  }
  .compact button {
    min-width: var(--legible-target-size, 24px);
    min-height: var(--legible-target-size, 24px);
    padding: 2px 6px;
  }
  .large {
    font-size: 18px;
  }
  .large button {
    min-width: var(--legible-target-size, 44px);
    min-height: var(--legible-target-size, 44px);
    padding: 8px 14px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button {
      border: 1px solid ButtonText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
