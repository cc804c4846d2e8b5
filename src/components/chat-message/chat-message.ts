import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import type { Message } from '../../meeting/chat.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import { ChatMessageDeleteEvent } from '../../events/chat-message-delete.js';
import { ChatMessageEditEvent } from '../../events/chat-message-edit.js';
import { ChatMessagePinEvent } from '../../events/chat-message-pin.js';
import { ChatMessageReplyEvent } from '../../events/chat-message-reply.js';
import type { MessageAction, MessageActionEvent } from '../../events/message-action.js';
import { renderMessageContent, timeOf } from '../../internal/message-content.js';

/** The event each menu entry fires, by action id. */
const ACTION_EVENTS: Record<string, new (message: Message) => Event> = {
  edit: ChatMessageEditEvent,
  delete: ChatMessageDeleteEvent,
  pin: ChatMessagePinEvent,
  reply: ChatMessageReplyEvent,
};

/**
 * One chat message with its frame and actions (the official kit's deprecated per-message tag;
 * `rtk-chat-messages-ui-paginated` renders `rtk-message-view` directly). Actions are offered by
 * `canEdit`, `canDelete`, `canPin`, `canReply` and fire the matching event with the message.
 *
 * @csspart message - The `rtk-message-view`.
 * @csspart new-chat-marker - Shown above an unread message (`isUnread`).
 *
 * @fires edit - `detail` is the message.
 * @fires delete - `detail` is the message.
 * @fires pin - `detail` is the message.
 * @fires reply - `detail` is the message.
 */
export class RtkChatMessage extends RtkElement {
  static override strings = chatMessagesStrings;

  static override styles = [tokens, hostStyles];

  /** The message. */
  @property({ attribute: false }) message?: Message;

  /** Continues the previous message of the same sender (no avatar or name). */
  @property({ type: Boolean, attribute: 'is-continued' }) isContinued = false;

  /** The local user sent it. */
  @property({ type: Boolean, attribute: 'is-self' }) isSelf = false;

  /** Not read yet: a marker above it. */
  @property({ type: Boolean, attribute: 'is-unread' }) isUnread = false;

  /** Hides the avatar. */
  @property({ type: Boolean, attribute: 'hide-avatar' }) hideAvatar = false;

  /** Offers no actions. */
  @property({ type: Boolean, attribute: 'disable-controls' }) disableControls = false;

  /** Offers "Edit". */
  @property({ type: Boolean, attribute: 'can-edit' }) canEdit = false;

  /** Offers "Delete". */
  @property({ type: Boolean, attribute: 'can-delete' }) canDelete = false;

  /** Offers "Pin" / "Unpin". */
  @property({ type: Boolean, attribute: 'can-pin' }) canPin = false;

  /** Offers "Reply" (the host handles the quote). */
  @property({ type: Boolean, attribute: 'can-reply' }) canReply = false;

  /** Own messages in a bubble at the end side. */
  @property({ type: Boolean, attribute: 'align-right' }) alignRight = false;

  /** Every message at the start side. */
  @property({ type: Boolean, attribute: 'left-align' }) leftAlign = false;

  /** The sender's picture. */
  @property({ attribute: 'sender-display-picture' }) senderDisplayPicture?: string;

  /** A child message (thread reply); kept for compatibility. */
  @property({ type: Boolean }) child = false;

  private actions(): MessageAction[] {
    if (this.disableControls || !this.message) return [];
    const list: MessageAction[] = [];
    if (this.canReply)
      list.push({ id: 'reply', label: this.localize('chat_messages.reply'), icon: 'reply' });
    if (this.canEdit && this.message.type === 'text')
      list.push({ id: 'edit', label: this.localize('chat_messages.edit'), icon: 'edit' });
    if (this.canPin) {
      list.push(
        this.message.pinned
          ? { id: 'pin', label: this.localize('chat_messages.unpin'), icon: 'pin_off' }
          : { id: 'pin', label: this.localize('chat_messages.pin'), icon: 'pin' },
      );
    }
    if (this.canDelete)
      list.push({ id: 'delete', label: this.localize('chat_messages.delete'), icon: 'delete' });
    return list;
  }

  private handleAction = (e: MessageActionEvent): void => {
    e.stopPropagation();
    const ActionEvent = ACTION_EVENTS[e.detail];
    if (ActionEvent && this.message) this.dispatchEvent(new ActionEvent(this.message));
  };

  override render() {
    const m = this.message;
    if (!m) return nothing;
    return html`${this.isUnread ? html`<div part="new-chat-marker"></div>` : nothing}
      <rtk-message-view
        part="message"
        .authorName=${String(m.displayName ?? '')}
        .avatarUrl=${this.senderDisplayPicture}
        .time=${timeOf(m)}
        .isSelf=${this.isSelf}
        .isEdited=${Boolean(m.isEdited)}
        .pinned=${Boolean(m.pinned)}
        .isPrivate=${!!m.targetUserIds?.length}
        .messageType=${m.type}
        .hideAvatar=${this.hideAvatar || this.isContinued}
        .hideAuthorName=${this.isContinued}
        .variant=${this.alignRight && !this.leftAlign ? 'bubble' : 'plain'}
        .actions=${this.actions()}
        @action=${this.handleAction}
        >${renderMessageContent(m)}</rtk-message-view
      >`;
  }
}
