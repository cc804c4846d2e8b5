import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resolveOverrides, type UiOverrides } from '../../context/overrides.js';
import { splitReply } from '../../internal/reply-block.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { DropCallbackEvent } from '../../events/drop-callback.js';
import type { EditMessageInitEvent } from '../../events/edit-message-init.js';
import type { RtkChatSelectorChangeEvent } from '../../events/rtk-chat-selector-change.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { chatStrings } from '../../i18n/en/chat.js';
import { errorStrings } from '../../i18n/en/error.js';
import type { Message, TextMessage } from '../../meeting/chat.js';
import {
  conversationOf,
  EVERYONE,
  personOf,
  privateChatAllowed,
  rightsIn,
} from '../../meeting/chat-conversations.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './chat.styles.js';

/** Longest message text put in an announcement. */
const ANNOUNCE_MAX = 300;

/**
 * The chat: a header with the conversation selector (everyone, or a private conversation with one
 * person), the pinned messages, the messages of the current conversation, and the composer. Files
 * dropped on the chat or pasted into it join the composer's draft.
 *
 * Editing: choosing "Edit" on an own text message (`editMessageInit` from the message list) puts
 * the composer in edit mode, prefilled; saving calls `chat.editTextMessage`, Escape cancels.
 *
 * Replying: "Reply" on a message quotes it in the composer (name and first line, with a close
 * button); the sent message carries the quote and shows it above its text.
 *
 * Sending is confirmed by echo: a message waits in the list as "Sending…" until the meeting echoes
 * it, and shows "Not delivered" with Retry and Delete when it does not (see
 * `rtk-chat-composer-ui`).
 *
 * `overrides` (the official kit's, over `config.overrides` from the provider): `disablePrivateChat`
 * offers only the public chat; `disableEmojiPicker` leaves out the emoji button.
 *
 * Search: the field in the header filters the current conversation (text, file name, sender) and
 * shows the matches (`rtk-chat-search-results`, loaded on first use) in place of the messages;
 * Escape or emptying the field goes back to the conversation. Our addition.
 *
 * Screen readers: the message list announces new messages of the current conversation; this
 * element politely announces those that arrive in the other conversations (the selector shows
 * their unread counts). Renders nothing without a chat module.
 *
 * @slot chat-addon - Above the message field (the official kit's slot; passed to the composer).
 *
 * @csspart header - The `rtk-chat-header`.
 * @csspart selector - The `rtk-chat-selector`.
 * @csspart pinned - The `rtk-pinned-message-selector`.
 * @csspart messages - The `rtk-chat-messages-ui-paginated`.
 * @csspart search - The search box in the header.
 * @csspart search-icon - The magnifier icon.
 * @csspart search-input - The search field.
 * @csspart search-results - The `rtk-chat-search-results` shown while searching.
 * @csspart composer - The `rtk-chat-composer-ui`.
 * @csspart dropzone - The `rtk-file-dropzone` layer shown while files are dragged over the chat.
 *
 * @fires rtkStateUpdate - `{ activeSidebar: false }` from the header's close button.
 */
export class RtkChat extends RtkElement {
  static override strings = { ...chatStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, visuallyHidden, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.chat, 'chatUpdate'],
      [m.self?.permissions, 'permissionsUpdate', 'chatUpdate'],
      [m.participants?.joined, 'participantJoined', 'participantLeft'],
    ],
    { onEvent: (event, args) => this.handleMeetingEvent(event, args) },
  );

  /** UI overrides: `disablePrivateChat`, `disableEmojiPicker`. Wins over `config.overrides`, key by key. */
  @property({ attribute: false }) overrides?: UiOverrides;

  /** The current conversation: `everyone` or a person's user id. */
  @state() private conversation = EVERYONE;

  /** The message being replied to. */
  @state() private replying?: Message;

  /** The own text message being edited. */
  @state() private editing?: TextMessage;

  /** What the live region says. */
  @state() private announcement = '';

  /** The search text (empty: not searching). */
  @state() private searchQuery = '';

  @query('rtk-chat-composer-ui') private composer?: HTMLElementTagNameMap['rtk-chat-composer-ui'];

  /** Messages change the list, not this element: only permission and people events re-render. */
  private handleMeetingEvent(event: string, args: unknown[]): boolean {
    if (event !== 'chatUpdate' || !args.length) return true;
    const payload = args[0] as { action?: string; message?: Message } | undefined;
    const message = payload?.message;
    if (payload?.action === 'delete' && message && message.id === this.editing?.id)
      this.editing = undefined;
    const self = this.activeMeeting?.self?.userId;
    if (payload?.action !== 'add' || !message || message.userId === self) return false;
    if (conversationOf(message, self) === this.conversation) return false;
    this.announcement = this.describe(message);
    return false;
  }

  private describe(m: Message): string {
    const name = String(m.displayName ?? '');
    if (m.type === 'image') return this.localize('chat.new_image', { name });
    if (m.type === 'file')
      return this.localize('chat.new_file', { name, file: String(m.name ?? '') });
    // A reply is announced by its own text (the quote is what the person already saw).
    const raw =
      m.type === 'text' || m.type === 'custom' ? splitReply(String(m.message ?? '')).body : '';
    const text = raw.length > ANNOUNCE_MAX ? `${raw.slice(0, ANNOUNCE_MAX)}…` : raw;
    return this.localize(m.targetUserIds?.length ? 'chat.new_private' : 'chat.new_message', {
      name,
      text,
    });
  }

  private handleSearchInput = (event: Event): void => {
    const query = (event.target as HTMLInputElement).value;
    // The results view is a rare feature: load it on first use.
    if (query.trim()) void import('../chat-search-results/rtk-chat-search-results.js');
    this.searchQuery = query;
  };

  private handleSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.searchQuery) return;
    // Escape clears the search (and is not taken as "close the panel" by anything above).
    event.preventDefault();
    event.stopPropagation();
    (event.target as HTMLInputElement).value = '';
    this.searchQuery = '';
  };

  private handleConversation = (event: RtkChatSelectorChangeEvent): void => {
    event.stopPropagation();
    this.conversation = event.detail.conversation;
    this.editing = undefined;
    this.replying = undefined;
  };

  private handleEditInit = (event: EditMessageInitEvent): void => {
    const message = event.detail?.message;
    if (message && event.detail.flags?.isReply) {
      this.editing = undefined;
      this.replying = message;
      void this.updateComplete.then(() => this.composer?.focus());
      return;
    }
    const self = this.activeMeeting?.self?.userId;
    if (!message || message.type !== 'text' || message.userId !== self) return;
    this.editing = message;
    this.replying = undefined;
    void this.updateComplete.then(() => this.composer?.focus());
  };

  private handleReplyDone = (): void => {
    this.replying = undefined;
  };

  /** `prefill` for the composer, one object per reply (so it only changes when the reply does). */
  private prefillCache: { reply?: Message; prefill: { replyMessage?: Message } } = { prefill: {} };

  private prefill(): { replyMessage?: Message } {
    if (this.prefillCache.reply !== this.replying) {
      this.prefillCache = {
        reply: this.replying,
        prefill: this.replying ? { replyMessage: this.replying } : {},
      };
    }
    return this.prefillCache.prefill;
  }

  private handleEditDone = (): void => {
    this.editing = undefined;
    void this.updateComplete.then(() => this.composer?.focus());
  };

  private handleDrop = (event: DropCallbackEvent): void => {
    event.stopPropagation();
    this.composer?.addFiles(event.detail.files);
  };

  override render() {
    const meeting = this.activeMeeting;
    this.hidden = !meeting?.chat;
    if (!meeting?.chat) return nothing;
    const overrides = resolveOverrides(this.activeConfig, this.overrides);
    // A private conversation is only kept while private chat is allowed.
    const privateAllowed = privateChatAllowed(meeting) && !overrides.disablePrivateChat;
    const conversation =
      this.conversation !== EVERYONE && !privateAllowed ? EVERYONE : this.conversation;
    const person = conversation === EVERYONE ? undefined : personOf(meeting, conversation);
    const name =
      person?.name ??
      meeting.chat.messages?.find((m) => m?.userId === conversation)?.displayName ??
      '';
    const recipient =
      conversation === EVERYONE ? null : { userId: conversation, id: person?.id, name };
    const inSidebar = Boolean(this.closest('rtk-sidebar-ui, rtk-sidebar'));
    const searching = this.searchQuery.trim().length > 0;
    return html`<rtk-chat-header
        part="header"
        .heading=${conversation === EVERYONE ? this.localize('chat.title') : this.localize('chat.private_with', { name })}
        ?hide-close=${inSidebar}
        .size=${this.size}
      >
        <rtk-chat-selector
          part="selector"
          .conversation=${conversation}
          .overrides=${overrides}
          .size=${this.size}
          @rtkChatSelectorChange=${this.handleConversation}
        ></rtk-chat-selector>
        <label part="search">
          <span part="search-icon">${renderIcon('search', this.icons, paths.search)}</span>
          <input
            part="search-input"
            type="search"
            autocomplete="off"
            .value=${this.searchQuery}
            placeholder=${this.localize('chat.search_messages')}
            aria-label=${this.localize('chat.search_messages')}
            @input=${this.handleSearchInput}
            @keydown=${this.handleSearchKeydown}
          />
        </label>
      </rtk-chat-header>
      <rtk-pinned-message-selector part="pinned" .size=${this.size}></rtk-pinned-message-selector>
      ${
        searching
          ? html`<rtk-chat-search-results
            part="search-results"
            class="messages"
            .query=${this.searchQuery}
            .channelId=${conversation}
            .size=${this.size}
          ></rtk-chat-search-results>`
          : nothing
      }
      <rtk-chat-messages-ui-paginated
        part="messages"
        class="messages"
        ?hidden=${searching}
        .privateChatRecipient=${recipient}
        .size=${this.size}
        @editMessageInit=${this.handleEditInit}
      ></rtk-chat-messages-ui-paginated>
      <rtk-chat-composer-ui
        part="composer"
        .conversation=${conversation}
        .editingMessage=${this.editing}
        .prefill=${this.prefill()}
        .disableEmojiPicker=${Boolean(overrides.disableEmojiPicker)}
        .size=${this.size}
        @rtkEditMessage=${this.handleEditDone}
        @rtkEditCancelled=${this.handleEditDone}
        @rtkNewMessage=${this.handleReplyDone}
        @quotedMessageDismiss=${this.handleReplyDone}
        ><slot name="chat-addon" slot="chat-addon"></slot
      ></rtk-chat-composer-ui>
      <rtk-file-dropzone
        part="dropzone"
        .disabled=${!rightsIn(meeting, conversation).files}
        @dropCallback=${this.handleDrop}
      ></rtk-file-dropzone>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }
}
