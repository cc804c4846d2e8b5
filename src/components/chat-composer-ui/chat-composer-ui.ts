import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { meetingKeyOf } from '../../internal/meeting-stores.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { chatStrings } from '../../i18n/en/chat.js';
import { errorStrings } from '../../i18n/en/error.js';
import type { TextMessage } from '../../meeting/chat.js';
import { EVERYONE, personOf, rightsIn } from '../../meeting/chat-conversations.js';
import type { Meeting } from '../../meeting/meeting.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import type { DraftAttachment } from '../../events/delete-attachment.js';
import type { EditCancelEvent } from '../../events/edit-cancel.js';
import type { EditMessageEvent } from '../../events/edit-message.js';
import type { NewMessageDetail, NewMessageEvent } from '../../events/new-message.js';
import { RtkEditCancelledEvent } from '../../events/rtk-edit-cancelled.js';
import { RtkEditMessageEvent } from '../../events/rtk-edit-message.js';
import { RtkNewMessageEvent } from '../../events/rtk-new-message.js';

/**
 * The chat composer of one conversation, connected to the meeting: what `rtk-chat-composer-view`
 * shows, with the sends done through `meeting.chat` (`sendTextMessage`, `sendImageMessage`,
 * `sendFileMessage`, privately to the conversation's person when it is private) and edits through
 * `editTextMessage`.
 *
 * What the user may send follows `self.permissions.chatPublic` / `chatPrivate`: the field or the
 * pickers are left out, with the reason shown. A rejected send becomes an `rtkNotification` and
 * the text or attachment stays in the composer; what was sent is cleared. Each conversation keeps
 * its own draft. Renders nothing without a chat module.
 *
 * @fires rtkNewMessage - A message was sent; `detail` is `{ text, attachments }` (what was sent).
 * @fires rtkEditMessage - An edit was saved; `detail` is `{ message, text }`.
 * @fires rtkEditCancelled - Editing was cancelled (Escape or the cancel button).
 * @fires rtkNotification - A send or an edit failed.
 *
 * @csspart composer - The `rtk-chat-composer-view`.
 */
export class RtkChatComposerUi extends RtkElement {
  static override strings = { ...chatStrings, ...errorStrings };

  static override styles = [tokens, hostStyles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate', 'chatUpdate'],
    [m.participants?.joined, 'participantJoined', 'participantLeft'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** The conversation: `everyone` (default) or the user id of the person in a private one. Our addition. */
  @property() conversation: string = EVERYONE;

  /** A text message of the user to edit; the composer is in edit mode while it is set. Our addition. */
  @property({ attribute: false }) editingMessage?: TextMessage;

  /** Hide the emoji picker. */
  @property({ type: Boolean, attribute: 'disable-emoji-picker' }) disableEmojiPicker = false;

  @query('rtk-chat-composer-view') private view?: HTMLElementTagNameMap['rtk-chat-composer-view'];

  /** Names of people seen in private conversations, to name them after they left. */
  private readonly names = new Map<string, string>();

  /** Adds files to the draft (a drop or a paste on the chat), when files are allowed. */
  addFiles(files: Iterable<File>): void {
    if (rightsIn(this.activeMeeting, this.conversation).files) this.view?.addFiles(files);
  }

  override focus(options?: FocusOptions): void {
    if (this.view) this.view.focus(options);
    else super.focus(options);
  }

  /** The peer ids to send to: none for everyone, the person's peer id in a private conversation. */
  private peerIds(meeting: Meeting): string[] | undefined {
    if (this.conversation === EVERYONE) return undefined;
    const person = personOf(meeting, this.conversation);
    return person ? [person.id] : [];
  }

  private handleNew = async (event: NewMessageEvent): Promise<void> => {
    event.stopPropagation();
    const meeting = this.activeMeeting;
    const chat = meeting?.chat;
    const view = this.view;
    if (!meeting || !chat || !view || this.action.isPending()) return;
    const peerIds = this.peerIds(meeting);
    if (peerIds && !peerIds.length) return;
    const rights = rightsIn(meeting, this.conversation);
    const sent: NewMessageDetail = { text: '', attachments: [] };
    for (const attachment of rights.files ? event.detail.attachments : []) {
      const result = await this.action.run(
        'send',
        () => this.sendFile(meeting, attachment, peerIds),
        {
          action: this.localize('chat.send_file_action', { name: attachment.file.name }),
        },
      );
      if (!result.ok) break;
      view.removeAttachment(attachment);
      sent.attachments.push(attachment);
    }
    const text = event.detail.text;
    const filesLeft = view.pendingAttachments.length > 0;
    if (text && rights.text && !filesLeft) {
      const result = await this.action.run(
        'send',
        () => (peerIds ? chat.sendTextMessage(text, peerIds) : chat.sendTextMessage(text)),
        { action: this.localize('chat.send_action') },
      );
      if (result.ok) {
        view.clearText();
        sent.text = text;
      }
    }
    if (sent.text || sent.attachments.length) {
      this.dispatchEvent(new RtkNewMessageEvent(sent));
    }
  };

  private sendFile(
    meeting: Meeting,
    attachment: DraftAttachment,
    peerIds?: string[],
  ): Promise<void> {
    const chat = meeting.chat!;
    if (attachment.type === 'image') {
      return peerIds
        ? chat.sendImageMessage(attachment.file, peerIds)
        : chat.sendImageMessage(attachment.file);
    }
    return peerIds
      ? chat.sendFileMessage(attachment.file, peerIds)
      : chat.sendFileMessage(attachment.file);
  }

  private handleEdit = async (event: EditMessageEvent): Promise<void> => {
    event.stopPropagation();
    const chat = this.activeMeeting?.chat;
    const message = this.editingMessage;
    if (!chat || !message) return;
    const text = event.detail.text;
    const result = await this.action.run('send', () => chat.editTextMessage(message.id, text), {
      action: this.localize('chat.edit_action'),
    });
    if (result.ok) {
      this.dispatchEvent(new RtkEditMessageEvent({ message, text }));
    }
  };

  private handleCancel = (event: EditCancelEvent): void => {
    event.stopPropagation();
    this.dispatchEvent(new RtkEditCancelledEvent());
  };

  override render() {
    const meeting = this.activeMeeting;
    const chat = meeting?.chat;
    this.hidden = !chat;
    if (!meeting || !chat) return nothing;
    const rights = rightsIn(meeting, this.conversation);
    const person =
      this.conversation === EVERYONE ? undefined : personOf(meeting, this.conversation);
    if (person) this.names.set(person.userId, person.name);
    const editing = Boolean(this.editingMessage) && rights.text;
    const reason =
      rights.reason === 'chat.recipient_left'
        ? this.localize(rights.reason, { name: this.recipientName() })
        : rights.reason
          ? this.localize(rights.reason)
          : undefined;
    return html`<rtk-chat-composer-view
      part="composer"
      .canSendTextMessage=${rights.text}
      .canSendFiles=${rights.files}
      .disableEmojiPicker=${this.disableEmojiPicker}
      .inputTextPlaceholder=${person ? this.localize('chat.placeholder_private', { name: person.name }) : undefined}
      .isEditing=${editing}
      .isSending=${this.action.isPending()}
      .message=${editing ? (this.editingMessage?.message ?? '') : ''}
      .maxLength=${typeof chat.maxTextLimit === 'number' ? chat.maxTextLimit : undefined}
      .rateLimits=${chat.rateLimits}
      .storageKey=${`${meetingKeyOf(meeting)}:${this.conversation}`}
      .reason=${reason}
      .size=${this.size}
      @newMessage=${this.handleNew}
      @editMessage=${this.handleEdit}
      @editCancel=${this.handleCancel}
    ></rtk-chat-composer-view>`;
  }

  /** The name of the person of a private conversation, from the messages when they left. */
  private recipientName(): string {
    const meeting = this.activeMeeting;
    const fromMessages = meeting?.chat?.messages?.find(
      (m) => m?.userId === this.conversation,
    )?.displayName;
    return (
      personOf(meeting, this.conversation)?.name ??
      this.names.get(this.conversation) ??
      fromMessages ??
      ''
    );
  }
}
