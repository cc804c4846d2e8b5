import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { chatOutboxOf } from '../../internal/chat-outbox.js';
import { meetingKeyOf } from '../../internal/meeting-stores.js';
import { quoteLine, splitReply, withReply } from '../../internal/reply-block.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { chatStrings } from '../../i18n/en/chat.js';
import { errorStrings } from '../../i18n/en/error.js';
import type { Message, TextMessage } from '../../meeting/chat.js';
import { EVERYONE, personOf, rightsIn } from '../../meeting/chat-conversations.js';
import type { Meeting } from '../../meeting/meeting.js';
import { css } from 'lit';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import { nextNotificationId } from '../../controllers/action-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import type { EditCancelEvent } from '../../events/edit-cancel.js';
import type { EditMessageEvent } from '../../events/edit-message.js';
import type { NewMessageDetail, NewMessageEvent } from '../../events/new-message.js';
import { RtkEditCancelledEvent } from '../../events/rtk-edit-cancelled.js';
import { RtkEditMessageEvent } from '../../events/rtk-edit-message.js';
import { RtkNewMessageEvent } from '../../events/rtk-new-message.js';

/** What the composer starts with (the official kit's `prefill`). */
export interface ChatComposerPrefill {
  /** Own text message to edit (same as `editingMessage`). */
  editMessage?: TextMessage;
  /** Message to reply to: quoted above the field and in what is sent. */
  replyMessage?: Message;
  /** Short answers offered as buttons; choosing one sends it. */
  suggestedReplies?: string[];
}

/** Someone who can be mentioned with `@` (the official kit's `members`). */
export interface ChatComposerMember {
  id?: string;
  name: string;
  picture?: string;
}

/**
 * The chat composer of one conversation, connected to the meeting: what `rtk-chat-composer-view`
 * shows, with the sends done through `meeting.chat` (`sendTextMessage`, `sendImageMessage`,
 * `sendFileMessage`, privately to the conversation's person when it is private) and edits through
 * `editTextMessage`.
 *
 * Sent messages are confirmed by their echo: the real client resolves a send before the server
 * answers, and a refused send brings no event. So the composer empties at once and the message
 * waits in the list as "sending" (see `src/internal/chat-outbox.ts`) until the meeting echoes it;
 * after `deliveryTimeout` it shows "Not delivered" with Retry and Delete, its text kept. A send the
 * meeting rejects puts the text back in the composer, with an `rtkNotification`. An edit waits for
 * its echo the same way; when none comes, a notification says so and offers to save it again.
 *
 * Replying (`prefill.replyMessage`): the quote (name and first line) is shown above the field and
 * sent inside the text, the way the official kit carries replies (`<blockquote>` first).
 *
 * What the user may send follows `self.permissions.chatPublic` / `chatPrivate`, narrowed by
 * `canSendTextMessage` / `canSendFiles`: the field or the pickers are left out, with the reason
 * shown. Each conversation keeps its own draft. Renders nothing without a chat module.
 *
 * @slot chat-addon - Above the composer (the official kit's slot; passed to
 * `rtk-chat-composer-view`'s `chat-addon`).
 * @slot quote-block - Above the composer (the official kit's slot), e.g.
 * the page's own quote of a message.
 *
 * @fires rtkNewMessage - A message was sent; `detail` is `{ text, attachments }` (what was sent).
 * @fires rtkEditMessage - An edit was saved; `detail` is `{ message, text }`.
 * @fires rtkEditCancelled - Editing was cancelled (Escape or the cancel button).
 * @fires quotedMessageDismiss - The reply's quote was dismissed (from `rtk-chat-composer-view`).
 * @fires rtkNotification - A send or an edit failed.
 *
 * @csspart composer - The `rtk-chat-composer-view`.
 * @csspart suggested-replies - The buttons of `prefill.suggestedReplies`.
 */
export class RtkChatComposerUi extends RtkElement {
  static override strings = { ...chatStrings, ...errorStrings };

  static override styles = [
    tokens,
    hostStyles,
    css`
      .suggested {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        padding-inline: calc(var(--_space) * 2);
      }
    `,
  ];

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

  /** Allow files and images (still only where the preset allows them). Default true. */
  @property({ type: Boolean, attribute: 'can-send-files' }) canSendFiles = true;

  /** Allow texts (still only where the preset allows them). Default true. */
  @property({ type: Boolean, attribute: 'can-send-text-message' }) canSendTextMessage = true;

  /** What the composer starts with: a message to edit or to reply to, suggested replies. */
  @property({ attribute: false }) prefill: ChatComposerPrefill = {};

  /**
   * People who can be mentioned (the official kit's list for `@` mentions). Accepted for
   * compatibility; this composer does not offer mentions yet.
   */
  @property({ attribute: false }) members: ChatComposerMember[] = [];

  /** Milliseconds a sent message waits for the meeting's echo before "Not delivered". Our addition. */
  @property({ type: Number, attribute: 'delivery-timeout' }) deliveryTimeout = 10_000;

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

  /** The message being edited: `editingMessage`, or `prefill.editMessage`. */
  private get editTarget(): TextMessage | undefined {
    return this.editingMessage ?? this.prefill?.editMessage;
  }

  private handleNew = async (event: NewMessageEvent): Promise<void> => {
    event.stopPropagation();
    const meeting = this.activeMeeting;
    const view = this.view;
    if (!meeting?.chat || !view) return;
    const peerIds = this.peerIds(meeting);
    if (peerIds && !peerIds.length) return;
    const outbox = chatOutboxOf(meeting);
    outbox.timeoutMs = this.deliveryTimeout;
    const rights = this.rights(meeting);
    const conversation = this.conversation;
    const sent: NewMessageDetail = { text: '', attachments: [] };
    // What is sent leaves the composer at once: it waits in the list until the meeting echoes it.
    const files = rights.files ? event.detail.attachments : [];
    for (const attachment of files) view.removeAttachment(attachment);
    for (const attachment of files) {
      const result = await this.action.run(
        `send:${attachment.file.name}`,
        () =>
          outbox.send({
            kind: attachment.type,
            text: '',
            file: attachment.file,
            conversation,
            peerIds,
          }),
        { action: this.localize('chat.send_file_action', { name: attachment.file.name }) },
      );
      if (result.ok) sent.attachments.push(attachment);
      else view.addFiles([attachment.file]);
    }
    const text = event.detail.text;
    if (text && rights.text && sent.attachments.length === files.length) {
      const reply = this.prefill?.replyMessage;
      const wire = reply
        ? withReply(text, { name: String(reply.displayName ?? ''), text: textOf(reply) })
        : text;
      view.clearText();
      const result = await this.action.run(
        'send',
        () => outbox.send({ kind: 'text', text: wire, conversation, peerIds }),
        { action: this.localize('chat.send_action') },
      );
      // Refused at once: the text goes back where it was typed (unless something new is there).
      if (!result.ok && !view.value) view.setText(text);
      if (result.ok) sent.text = text;
    }
    if (sent.text || sent.attachments.length) {
      this.dispatchEvent(new RtkNewMessageEvent(sent));
    }
  };

  private handleEdit = async (event: EditMessageEvent): Promise<void> => {
    event.stopPropagation();
    const meeting = this.activeMeeting;
    const chat = meeting?.chat;
    const message = this.editTarget;
    if (!meeting || !chat || !message) return;
    // The quote of a reply stays: only the reply's text was edited.
    const quote = splitReply(String(message.message ?? '')).quote;
    const typed = event.detail.text;
    const text = quote === undefined ? typed : `<blockquote>${quote}</blockquote>\n\n${typed}`;
    const outbox = chatOutboxOf(meeting);
    outbox.timeoutMs = this.deliveryTimeout;
    const result = await this.action.run(
      'send',
      () =>
        outbox.change(
          {
            kind: 'edit',
            messageId: message.id,
            text,
            onFail: (retry) => this.notifyFailure('chat.edit_failed', { text: typed }, retry),
          },
          () => chat.editTextMessage(message.id, text),
        ),
      { action: this.localize('chat.edit_action') },
    );
    if (result.ok) {
      this.dispatchEvent(new RtkEditMessageEvent({ message, text }));
    }
  };

  /** A change that got no echo: a notification that says so, with Retry. */
  private notifyFailure(key: string, values: Record<string, string>, retry: () => void): void {
    this.dispatchEvent(
      new RtkNotificationEvent({
        id: nextNotificationId(),
        message: this.localize(key, values),
        variant: 'error',
        duration: 0,
        actions: [{ label: this.localize('chat.retry'), handler: retry }],
      }),
    );
  }

  private rights(meeting: Meeting) {
    const rights = rightsIn(meeting, this.conversation);
    return {
      ...rights,
      text: rights.text && this.canSendTextMessage !== false,
      files: rights.files && this.canSendFiles !== false,
    };
  }

  private handleSuggested(text: string): void {
    this.view?.setText(text);
    this.view?.submit();
  }

  private handleCancel = (event: EditCancelEvent): void => {
    event.stopPropagation();
    this.dispatchEvent(new RtkEditCancelledEvent());
  };

  override render() {
    const meeting = this.activeMeeting;
    const chat = meeting?.chat;
    this.hidden = !chat;
    if (!meeting || !chat) return nothing;
    const rights = this.rights(meeting);
    const person =
      this.conversation === EVERYONE ? undefined : personOf(meeting, this.conversation);
    if (person) this.names.set(person.userId, person.name);
    const target = this.editTarget;
    const editing = Boolean(target) && rights.text;
    const reply = editing ? undefined : this.prefill?.replyMessage;
    const suggested = Array.isArray(this.prefill?.suggestedReplies)
      ? this.prefill.suggestedReplies.filter((r) => typeof r === 'string' && r.trim())
      : [];
    const reason =
      rights.reason === 'chat.recipient_left'
        ? this.localize(rights.reason, { name: this.recipientName() })
        : rights.reason
          ? this.localize(rights.reason)
          : undefined;
    return html`${
      suggested.length && rights.text && !editing
        ? html`<div part="suggested-replies" class="suggested">
          ${suggested.map(
            (r) =>
              html`<rtk-button variant="secondary" size="sm" @click=${() => this.handleSuggested(r)}>${r}</rtk-button>`,
          )}
        </div>`
        : nothing
    }<slot name="quote-block"></slot><rtk-chat-composer-view
      part="composer"
      .canSendTextMessage=${rights.text}
      .canSendFiles=${rights.files}
      .disableEmojiPicker=${this.disableEmojiPicker}
      .inputTextPlaceholder=${person ? this.localize('chat.placeholder_private', { name: person.name }) : undefined}
      .isEditing=${editing}
      .isSending=${this.action.isPending()}
      .message=${editing ? splitReply(String(target?.message ?? '')).body : ''}
      .quotedMessage=${reply ? quoteLine(textOf(reply)) : ''}
      .quotedAuthor=${reply ? String(reply.displayName ?? '') : ''}
      .maxLength=${typeof chat.maxTextLimit === 'number' ? chat.maxTextLimit : undefined}
      .rateLimits=${chat.rateLimits}
      .storageKey=${`${meetingKeyOf(meeting)}:${this.conversation}`}
      .reason=${reason}
      .size=${this.size}
      @newMessage=${this.handleNew}
      @editMessage=${this.handleEdit}
      @editCancel=${this.handleCancel}
      ><slot name="chat-addon" slot="chat-addon"></slot
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

/** The text a reply quotes from a message (a file or image is quoted by its name). */
function textOf(m: Message): string {
  if (m.type === 'text' || m.type === 'custom') return String(m.message ?? '');
  if (m.type === 'file') return String(m.name ?? '');
  return '🖼';
}
