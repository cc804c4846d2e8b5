import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { chatStrings } from '../../i18n/en/chat.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './emoji-picker-button.styles.js';

/**
 * The button that opens and closes an emoji picker. It only shows the state (`isActive`, as
 * `aria-expanded`); the composer that owns the picker listens for its `click`.
 *
 * It is a plain `<button>` rather than `rtk-button` because it must expose `aria-expanded` and
 * `aria-haspopup`, which `rtk-button` does not forward.
 *
 * @csspart button - The `<button>`.
 */
export class RtkEmojiPickerButton extends RtkElement {
  static override strings = chatStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, focusRing, styles];

  /** The picker is open. */
  @property({ type: Boolean, reflect: true, attribute: 'is-active' }) isActive = false;

  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  override render() {
    return html`<button
      part="button"
      type="button"
      aria-label=${this.localize('chat.emoji')}
      aria-haspopup="dialog"
      aria-expanded=${this.isActive ? 'true' : 'false'}
      ?disabled=${this.disabled}
    >
      ${renderIcon('emoji', this.icons, paths.emoji)}
    </button>`;
  }
}
