import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { chatStrings } from '../../i18n/en/chat.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './chat-header.styles.js';

/**
 * The header of the chat: its title (the current conversation) and a close button that closes the
 * sidebar through the UI states (`activeSidebar: false`). Inside `rtk-sidebar`, which has its own
 * close button, set `hide-close`. Controls such as the conversation selector go in the default
 * slot.
 *
 * @slot - Controls shown under the title (e.g. `rtk-chat-selector`).
 *
 * @csspart header - The bar.
 * @csspart title - The title.
 * @csspart close - The close button.
 *
 * @fires rtkStateUpdate - `{ activeSidebar: false }` when the close button is chosen.
 */
export class RtkChatHeader extends RtkElement {
  static override strings = chatStrings;

  static override styles = [tokens, hostStyles, styles];

  /** The title (default "Chat"). Our addition. */
  @property() heading?: string;

  /** Leave out the close button. Our addition. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-close' }) hideClose = false;

  private handleClose = (): void => {
    this.updateStates({ activeSidebar: false });
  };

  override render() {
    return html`<div part="header" class="bar">
        <h2 part="title">${this.heading ?? this.localize('chat.title')}</h2>
        ${
          this.hideClose
            ? nothing
            : html`<rtk-button
              part="close"
              kind="icon"
              variant="ghost"
              size="sm"
              label=${this.localize('chat.close')}
              @click=${this.handleClose}
              >${renderIcon('close', this.icons, paths.close)}</rtk-button
            >`
        }
      </div>
      <slot></slot>`;
  }
}
