import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './menu-list.styles.js';

/**
 * The list of a menu (`role="menu"`) holding `rtk-menu-item`s. Put it in an `rtk-menu`, which
 * opens it from a trigger and runs the keyboard (arrow keys, Home/End, type-ahead, Escape).
 *
 * @slot - The `rtk-menu-item`s (and `<hr>` separators).
 */
export class RtkMenuList extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  /** Look of the menu, as in the official kit (`primary` or `secondary`). */
  @property({ attribute: 'menu-variant', reflect: true }) menuVariant: 'primary' | 'secondary' =
    'primary';

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'menu');
  }

  override render() {
    return html`<slot></slot>`;
  }
}
