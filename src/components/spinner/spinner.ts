import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './spinner.styles.js';

/**
 * A spinning loading indicator (the icon pack's `spinner` icon). Under `prefers-reduced-motion`
 * it pulses slowly instead of spinning.
 *
 * Decorative by default: put it next to text that says what is loading, or set `aria-busy` on the
 * region being loaded. With `label` it is an indeterminate `progressbar` with that name. It is not
 * a live region, so it never interrupts a screen reader.
 *
 * @csspart spinner - The spinning box around the icon.
 * @csspart icon - The `<svg>`.
 *
 * @cssprop --rtk-spinner-color - Colour (default: `currentColor`).
 * @cssprop --rtk-spinner-duration - Time for one turn (default: 800ms).
 */
export class RtkSpinner extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  /** Accessible name (e.g. "Loading participants"). Without it the spinner is decorative. Our addition. */
  @property() label?: string;

  override render() {
    return this.label
      ? html`<span part="spinner" role="progressbar" aria-label=${this.label}
          >${renderIcon('spinner', this.icons, paths.spinner)}</span
        >`
      : html`<span part="spinner" aria-hidden="true">${renderIcon('spinner', this.icons, paths.spinner)}</span>`;
  }
}
