import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MessageActionEvent, type MessageAction } from '../../events/message-action.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { safeImageUrl } from '../../meeting/avatar.js';
import { avatarBoxStyles, avatarTemplate } from '../avatar/avatar-template.js';
import { markdownTemplate, type MarkdownState } from '../markdown-view/markdown-template.js';
import { markdownContentStyles } from '../markdown-view/markdown-view.styles.js';
import {
  textMessageStyles,
  textMessageTemplate,
} from '../text-message-view/text-message-template.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './message-view.styles.js';

type Menu = HTMLElement & { show(): Promise<void> | void; updateComplete: Promise<boolean> };

const ICONS: Record<string, string> = {
  edit: paths.edit,
  delete: paths.delete,
  pin: paths.pin,
  pin_off: paths.pin_off,
  reply: paths.reply,
  copy: paths.copy,
};

/**
 * The frame of one chat message: the sender's avatar and name, the time, "Edited" and "Pinned"
 * marks, the message content (default slot), and a menu of actions. The menu (and its code) loads
 * on first use. Names and texts are shown as text only and isolated for bidi.
 *
 * With `text` (our addition) the view draws the message's text itself, as `rtk-text-message-view`
 * would (light Markdown, a reply's quote), in its own shadow root: one element per message, which
 * is what the chat's long lists use. Slotted content still shows after it.
 *
 * With `status` (our addition) a line under the content says where the message is ("Sending…",
 * "Not delivered"); `status-actions` holds its buttons (Retry, Delete).
 *
 * @slot - The content: `rtk-text-message-view`, `rtk-image-message-view`, `rtk-file-message-view`…
 * @slot status-actions - Buttons shown with `status` (e.g. Retry and Delete of an undelivered message).
 *
 * @csspart row - Avatar, body and actions.
 * @csspart avatar - The avatar: the sender's picture, or their initials on their colour.
 * @csspart main - Header and message.
 * @csspart header - Author, time and marks.
 * @csspart author - The sender's name.
 * @csspart metadata - The time.
 * @csspart message - The wrapper of the content.
 * @csspart actions - The action menu.
 * @csspart menu-button - The button that opens the action menu.
 * @csspart status - The delivery line (`status`).
 *
 * @fires action - `detail` is the chosen action's `id`.
 */
export class RtkMessageView extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [
    tokens,
    hostStyles,
    focusRing,
    visuallyHidden,
    avatarBoxStyles,
    textMessageStyles,
    markdownContentStyles,
    styles,
  ];

  /** Actions offered in the message's menu. */
  @property({ attribute: false }) actions: MessageAction[] = [];

  /** Sender's name (text). */
  @property({ attribute: 'author-name' }) authorName = '';

  /** Sender's picture (shown only from safe URLs, see `rtk-avatar`). */
  @property({ attribute: 'avatar-url' }) avatarUrl?: string;

  /** Hides the sender's name (a continued message of the same sender). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-author-name' }) hideAuthorName = false;

  /** Hides the avatar (keeps its space). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-avatar' }) hideAvatar = false;

  /** Hides the time and marks. */
  @property({ type: Boolean, attribute: 'hide-metadata' }) hideMetadata = false;

  /** Shows the "Edited" mark. */
  @property({ type: Boolean, attribute: 'is-edited' }) isEdited = false;

  /** The local user sent it. */
  @property({ type: Boolean, reflect: true, attribute: 'is-self' }) isSelf = false;

  /** `text`, `image`, `file` or `custom`. */
  @property({ attribute: 'message-type' }) messageType = 'text';

  /** Shows the "Pinned" mark. */
  @property({ type: Boolean, reflect: true }) pinned = false;

  /** When it was sent. */
  @property({ attribute: false }) time?: Date;

  /** `plain` (flat rows) or `bubble`. */
  @property({ reflect: true }) variant: 'plain' | 'bubble' = 'plain';

  /** `chat` or another layout the host uses; kept for compatibility. */
  @property({ attribute: 'view-type' }) viewType = 'chat';

  /** Where the message is, shown under it ("Sending…", "Not delivered"); empty: nothing. Our addition. */
  @property() status = '';

  /** `pending` (the content is dimmed) or `error` (the line is marked as a problem). Our addition. */
  @property({ reflect: true, attribute: 'status-variant' }) statusVariant: 'pending' | 'error' =
    'pending';

  /** Shows a "Private" mark. Our addition. */
  @property({ type: Boolean, attribute: 'is-private' }) isPrivate = false;

  /**
   * The message's text, drawn by the view itself (light Markdown; a reply shows its quote) before
   * any slotted content, instead of a nested `rtk-text-message-view`. Our addition.
   */
  @property({ attribute: false }) text?: string;

  @state() private menuLoaded = false;

  /** "Show more" was pressed on a long `text`. */
  @state() private expanded = false;

  /** The avatar picture that failed to load (the initials show instead). */
  @state() private failedPicture?: string;

  private markdown: MarkdownState = {
    expanded: false,
    toggle: () => {
      this.expanded = !this.expanded;
    },
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text')) this.expanded = false;
  }

  private handleAvatarError = (event: Event): void => {
    this.failedPicture = (event.target as HTMLImageElement).getAttribute('src') ?? undefined;
  };

  private handleMenuButton = async (): Promise<void> => {
    if (this.menuLoaded) return;
    await Promise.all([
      import('../menu/rtk-menu.js'),
      import('../menu-list/rtk-menu-list.js'),
      import('../menu-item/rtk-menu-item.js'),
    ]);
    this.menuLoaded = true;
    await this.updateComplete;
    const menu = this.renderRoot.querySelector<Menu>('rtk-menu');
    await menu?.updateComplete;
    await menu?.show();
  };

  private choose(id: string): void {
    this.dispatchEvent(new MessageActionEvent(id));
  }

  private renderHeader() {
    if (this.hideAuthorName && this.hideMetadata) return nothing;
    const time =
      this.time instanceof Date && !Number.isNaN(this.time.getTime()) ? this.time : undefined;
    const name = this.authorName || (this.isSelf ? this.localize('chat_messages.you') : '');
    return html`<div part="header" ?hidden=${this.hideAuthorName}>
      <span part="author" dir="auto">${name}</span>
      ${
        this.hideMetadata || !time
          ? nothing
          : html`<time part="metadata" datetime=${time.toISOString()}
            >${this.localize('chat_messages.time', { time: this.localize.formatTime(time, { hour: 'numeric', minute: '2-digit' }) })}</time
          >`
      }
    </div>`;
  }

  private renderMarks() {
    if (this.hideMetadata) return nothing;
    const marks = [
      this.isEdited ? this.localize('chat_messages.edited') : '',
      this.pinned ? this.localize('chat_messages.pinned') : '',
      this.isPrivate ? this.localize('chat_messages.private') : '',
    ].filter(Boolean);
    return marks.length
      ? html`<span class="mark" part="marks">${marks.join(' · ')}</span>`
      : nothing;
  }

  private renderActions() {
    const actions = Array.isArray(this.actions) ? this.actions : [];
    if (actions.length === 0) return nothing;
    const button = html`<button
      part="menu-button"
      slot="trigger"
      type="button"
      aria-haspopup="menu"
      aria-label=${this.localize('chat_messages.options')}
      @click=${this.handleMenuButton}
    >
      ${renderIcon('more_vertical', this.icons, paths.more_vertical)}
    </button>`;
    // Until first opened, the button alone: a row is one element (the menu is made on first use).
    return html`<div part="actions" ?data-open=${this.menuLoaded}>
      ${
        this.menuLoaded
          ? html`<rtk-menu placement="bottom-end">
              ${button}
              <rtk-menu-list>
                ${actions.map(
                  (a) => html`<rtk-menu-item data-action=${a.id} @click=${() => this.choose(a.id)}
                    >${
                      a.icon
                        ? html`<span slot="start">${renderIcon(a.icon, this.icons, ICONS[a.icon])}</span>`
                        : nothing
                    }${a.label}</rtk-menu-item
                  >`,
                )}
              </rtk-menu-list>
            </rtk-menu>`
          : button
      }
    </div>`;
  }

  private renderAvatar() {
    if (this.hideAvatar) return html`<span class="avatar-space"></span>`;
    const name = (this.authorName ?? '').trim();
    const url = safeImageUrl(this.avatarUrl);
    // The name is written beside it: decorative (no label).
    return avatarTemplate({
      name,
      key: name,
      url: url !== this.failedPicture ? url : undefined,
      onError: this.handleAvatarError,
    });
  }

  private renderText() {
    if (typeof this.text !== 'string') return nothing;
    this.markdown.expanded = this.expanded;
    return html`<div class="text">${textMessageTemplate(this.text, (text) =>
      markdownTemplate(text, this.markdown, (key) => this.localize(key)),
    )}</div>`;
  }

  override render() {
    const showHeader = !this.hideAuthorName;
    return html`<div part="row">
      ${this.renderAvatar()}
      <div part="main">
        ${showHeader ? this.renderHeader() : nothing}
        <div part="message" dir="auto" class=${this.status && this.statusVariant === 'pending' ? 'pending' : ''}>${this.renderText()}<slot></slot></div>
        ${this.renderMarks()}
        ${
          this.status
            ? html`<div part="status" class="status ${this.statusVariant}">
              ${this.statusVariant === 'error' ? renderIcon('warning', this.icons, paths.warning) : nothing}
              <span>${this.status}</span>
              <slot name="status-actions"></slot>
            </div>`
            : nothing
        }
      </div>
      ${this.renderActions()}
    </div>`;
  }
}
