import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { renderMessageContent } from '../../internal/message-content.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import { errorStrings } from '../../i18n/en/error.js';
import type {
  ChatUpdate,
  CustomMessage,
  FetchMessagesOptions,
  Message,
} from '../../meeting/chat.js';
import type { Meeting } from '../../meeting/meeting.js';
import { hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import { DeleteMessageEvent } from '../../events/delete-message.js';
import { EditMessageInitEvent } from '../../events/edit-message-init.js';
import type { MessageAction, MessageActionEvent } from '../../events/message-action.js';
import { PinMessageEvent } from '../../events/pin-message.js';
import { buildRows, dayKey, messageTime, type ChatRow } from '../../internal/chat-helpers.js';
import styles from './chat-messages-ui-paginated.styles.js';

/** The person of a private conversation: a participant, or anything with a `userId`. */
export interface PrivateChatRecipient {
  userId: string;
  id?: string;
  name?: string;
}

/** At most one announcement per this many ms (the latest wins). */
const ANNOUNCE_EVERY_MS = 1500;

/**
 * The messages of one conversation, live: everyone (default) or the private conversation with
 * `privateChatRecipient`. Reads `meeting.chat.messages` (the history loaded on join arrives without
 * an event) and follows `chatUpdate` (add, edit, delete) and pin events; older messages load when
 * the user scrolls up (`chat.fetchPublicMessages` / `fetchPrivateMessages`, `pageSize` at a time).
 * The list is virtualized (`rtk-message-list-view`): consecutive messages of one sender within a
 * few minutes are grouped, days are separated, and edited, pinned and private messages are marked.
 *
 * Own messages can be edited (`editMessageInit` asks the composer, e.g. `rtk-chat`, to edit) and
 * deleted (after a confirmation); messages can be pinned and unpinned where permitted
 * (`canPinMessages`, default: the `pinParticipant` permission). A failed call becomes an
 * `rtkNotification`. New messages from others are announced politely (throttled). Every text and
 * name is shown as text; links and images only from safe URLs.
 *
 * @csspart list - The `rtk-message-list-view`.
 * @csspart day - A day separator.
 * @csspart message - Each `rtk-message-view`.
 * @csspart confirm-dialog - The "Delete message?" dialog.
 * @csspart confirm-text - Its explanation.
 * @csspart confirm-actions - Its buttons.
 *
 * @fires editMessageInit - `{ payload: message, message, flags: { isEdit: true } }` when the user picks "Edit" on an own message.
 * @fires deleteMessage - `{ message }`, cancelable, before a confirmed delete is sent; cancel it to delete yourself.
 * @fires pinMessage - `{ message, pinned }`, cancelable, before a pin or unpin is sent.
 * @fires rtkNotification - When deleting, pinning or loading older messages failed.
 */
export class RtkChatMessagesUiPaginated extends RtkElement {
  static override strings = { ...chatMessagesStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, visuallyHidden, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.chat, 'chatUpdate', 'pinMessage', 'unpinMessage'],
      [m.self, 'roomJoined'],
      [m.self?.permissions, 'chatUpdate', 'permissionsUpdate'],
    ],
    { onEvent: (event, args) => this.handleMeetingEvent(event, args) },
  );

  private readonly action = new ActionController(this, () => this.localize);

  /** The other person of a private conversation; `null` or unset shows the conversation with everyone. */
  @property({ attribute: false }) privateChatRecipient?: PrivateChatRecipient | null;

  /** Offer pin / unpin. Default: the `pinParticipant` permission. Our addition. */
  @property({ attribute: false }) canPinMessages?: boolean;

  /** Messages fetched per page when scrolling up. Our addition. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** Message layout: `plain` rows or `bubble`s. Our addition. */
  @property() variant: 'plain' | 'bubble' = 'plain';

  @state() private deleting?: Message;

  @state() private announcement = '';

  /** Older messages fetched per conversation (the meeting keeps only what it loaded itself). */
  private older = new Map<string, Message[]>();
  private exhausted = new Set<string>();
  private loadingKey?: string;
  private version = 0;
  private rowsCache?: { key: unknown[]; rows: ChatRow[] };
  private announceTimer?: ReturnType<typeof setTimeout>;
  private lastAnnounced = 0;
  private pendingAnnouncement = '';
  private loadedKeys = new Set<string>();
  /** Per message: its time and its actions, kept so that re-rendered rows see unchanged values. */
  private times = new WeakMap<Message, Date>();
  private actionLists = new WeakMap<Message, { key: string; list: MessageAction[] }>();

  @query('rtk-message-list-view') private list?: HTMLElementTagNameMap['rtk-message-list-view'];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.announceTimer) clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  /** Scrolls the message `id` into view, if it is loaded. Our addition. */
  scrollToMessage(id: string): boolean {
    const index = this.rows().findIndex((r) => r.kind === 'message' && r.message.id === id);
    if (index < 0) return false;
    this.list?.scrollToItem(index, 'center');
    return true;
  }

  private get conversationKey(): string {
    const r = this.privateChatRecipient;
    return r?.userId ? `private:${r.userId}` : 'public';
  }

  private selfUserId(meeting = this.activeMeeting): string | undefined {
    return meeting?.self?.userId;
  }

  private inConversation(m: Message, self: string | undefined): boolean {
    const targets = Array.isArray(m?.targetUserIds) ? m.targetUserIds : undefined;
    const other = this.privateChatRecipient?.userId;
    if (!other) return !targets?.length;
    if (!targets?.length || !self) return false;
    return (
      (m.userId === other && targets.includes(self)) ||
      (m.userId === self && targets.includes(other))
    );
  }

  private handleMeetingEvent(event: string, args: unknown[]): void {
    this.version++;
    if (event !== 'chatUpdate') return;
    const update = args[0] as Partial<ChatUpdate> | undefined;
    const message = update?.message;
    if (!update || !message || typeof message !== 'object' || !('id' in message)) return;
    if (update.action === 'edit' || update.action === 'delete') {
      for (const [key, list] of this.older) {
        const index = list.findIndex((m) => m.id === message.id);
        if (index < 0) continue;
        const next = [...list];
        if (update.action === 'edit') next[index] = message;
        else next.splice(index, 1);
        this.older.set(key, next);
      }
    } else if (update.action === 'add') {
      const self = this.selfUserId();
      if (message.userId !== self && this.inConversation(message, self))
        this.announce(this.describe(message));
    }
  }

  private describe(m: Message): string {
    const name = String(m.displayName ?? '');
    if (m.type === 'image') return this.localize('chat_messages.announce_image', { name });
    if (m.type === 'file')
      return this.localize('chat_messages.announce_file', { name, file: String(m.name ?? '') });
    const text = String((m as { message?: unknown }).message ?? '');
    return this.localize('chat_messages.announce', {
      name,
      text: text.length > 300 ? `${text.slice(0, 300)}…` : text,
    });
  }

  private announce(text: string): void {
    this.pendingAnnouncement = text;
    if (this.announceTimer) return;
    const wait = Math.max(0, this.lastAnnounced + ANNOUNCE_EVERY_MS - Date.now());
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.lastAnnounced = Date.now();
      this.announcement = this.pendingAnnouncement;
    }, wait);
  }

  /** The messages of the selected conversation, oldest first. */
  private messages(meeting = this.activeMeeting): Message[] {
    const all = meeting?.chat?.messages;
    const self = this.selfUserId(meeting);
    const current = Array.isArray(all) ? all.filter((m) => m && this.inConversation(m, self)) : [];
    const older = this.older.get(this.conversationKey) ?? [];
    if (!older.length) return current;
    const ids = new Set(current.map((m) => m.id));
    return [...older.filter((m) => !ids.has(m.id)), ...current];
  }

  private rows(): ChatRow[] {
    const meeting = this.activeMeeting;
    const key = [
      meeting?.chat?.messages,
      meeting?.chat?.messages?.length,
      this.version,
      this.conversationKey,
      this.selfUserId(meeting),
    ];
    if (this.rowsCache && this.rowsCache.key.every((k, i) => Object.is(k, key[i])))
      return this.rowsCache.rows;
    const rows = buildRows(this.messages(meeting));
    this.rowsCache = { key, rows };
    return rows;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A conversation opened for the first time with few messages: fetch its latest page.
    const meeting = this.activeMeeting;
    const key = this.conversationKey;
    if (meeting?.self?.roomState !== 'joined' || !meeting.chat || this.loadedKeys.has(key)) return;
    this.loadedKeys.add(key);
    if (this.messages(meeting).length < this.pageSize) void this.loadOlder();
  }

  private loadOlder = async (): Promise<void> => {
    const meeting = this.activeMeeting;
    const chat = meeting?.chat;
    const key = this.conversationKey;
    if (!chat || this.exhausted.has(key) || this.loadingKey === key) return;
    const recipient = this.privateChatRecipient;
    const fetchPage = (
      recipient?.userId
        ? chat.fetchPrivateMessages?.bind(chat)
        : chat.fetchPublicMessages?.bind(chat)
    ) as ((options: FetchMessagesOptions & { userId?: string }) => Promise<Message[]>) | undefined;
    if (typeof fetchPage !== 'function') {
      this.exhausted.add(key);
      this.requestUpdate();
      return;
    }
    const shown = this.messages(meeting);
    const timestamp = shown.length ? messageTime(shown[0]).getTime() : Date.now();
    this.loadingKey = key;
    let page: Message[] = [];
    const result = await this.action.run(
      `load:${key}`,
      async () => {
        const options = { timestamp, limit: this.pageSize, direction: 'before' as const };
        page =
          (await fetchPage(
            recipient?.userId ? { ...options, userId: recipient.userId } : options,
          )) ?? [];
      },
      { action: this.localize('chat_messages.loading') },
    );
    this.loadingKey = undefined;
    if (!result.ok) return;
    const valid = (Array.isArray(page) ? page : []).filter(
      (m) => m && typeof m === 'object' && 'id' in m,
    );
    if (valid.length < this.pageSize) this.exhausted.add(key);
    const known = new Set(this.messages(meeting).map((m) => m.id));
    const fresh = valid
      .filter((m) => !known.has(m.id))
      .sort((a, b) => messageTime(a).getTime() - messageTime(b).getTime());
    if (fresh.length) {
      this.older.set(key, [...fresh, ...(this.older.get(key) ?? [])]);
      this.version++;
    } else if (valid.length) {
      this.exhausted.add(key);
    }
    this.requestUpdate();
  };

  private permissions(meeting: Meeting | undefined) {
    const p = meeting?.self?.permissions;
    const scope = this.privateChatRecipient?.userId ? p?.chatPrivate : p?.chatPublic;
    return {
      canEdit: Boolean(scope?.canSend && scope.text),
      canPin:
        this.canPinMessages ??
        Boolean((p as { pinParticipant?: boolean } | undefined)?.pinParticipant),
    };
  }

  private timeOf(m: Message): Date {
    let time = this.times.get(m);
    if (!time) {
      time = messageTime(m);
      this.times.set(m, time);
    }
    return time;
  }

  private actionsFor(
    m: Message,
    self: string | undefined,
    can: { canEdit: boolean; canPin: boolean },
  ): MessageAction[] {
    // The labels are translated: the language is part of the key.
    const key = `${self}|${can.canEdit}|${can.canPin}|${m.type}|${m.pinned}|${this.localize('chat_messages.delete')}`;
    const cached = this.actionLists.get(m);
    if (cached?.key === key) return cached.list;
    const list = this.buildActions(m, self, can);
    this.actionLists.set(m, { key, list });
    return list;
  }

  private buildActions(
    m: Message,
    self: string | undefined,
    can: { canEdit: boolean; canPin: boolean },
  ): MessageAction[] {
    const list: MessageAction[] = [];
    const own = !!self && m.userId === self;
    if (own && m.type === 'text' && can.canEdit)
      list.push({ id: 'edit', label: this.localize('chat_messages.edit'), icon: 'edit' });
    if (can.canPin && !m.targetUserIds?.length) {
      list.push(
        m.pinned
          ? { id: 'unpin', label: this.localize('chat_messages.unpin'), icon: 'pin_off' }
          : { id: 'pin', label: this.localize('chat_messages.pin'), icon: 'pin' },
      );
    }
    if (own)
      list.push({ id: 'delete', label: this.localize('chat_messages.delete'), icon: 'delete' });
    return list;
  }

  private handleAction(id: string, m: Message): void {
    if (id === 'edit') {
      this.dispatchEvent(new EditMessageInitEvent(m));
    } else if (id === 'delete') {
      this.deleting = m;
    } else if (id === 'pin' || id === 'unpin') {
      const pinned = id === 'pin';
      if (!this.dispatchEvent(new PinMessageEvent({ message: m, pinned }))) return;
      const chat = this.activeMeeting?.chat;
      void this.action.run(`pin:${m.id}`, () => (pinned ? chat!.pin(m.id) : chat!.unpin(m.id)), {
        action: this.localize(pinned ? 'chat_messages.pin' : 'chat_messages.unpin'),
      });
    }
  }

  private cancelDelete = (): void => {
    this.deleting = undefined;
  };

  private confirmDelete = (): void => {
    const m = this.deleting;
    this.deleting = undefined;
    if (!m) return;
    if (!this.dispatchEvent(new DeleteMessageEvent(m))) return;
    const chat = this.activeMeeting?.chat;
    void this.action.run(`delete:${m.id}`, () => chat!.deleteMessage(m.id), {
      action: this.localize('chat_messages.delete'),
    });
  };

  private dayLabel(date: Date): string {
    const today = new Date();
    const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
    if (dayKey(date) === dayKey(today)) return this.localize('chat_messages.today');
    if (dayKey(date) === dayKey(yesterday)) return this.localize('chat_messages.yesterday');
    return this.localize.formatDate(date, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
  }

  private renderContent(m: Message) {
    return m.type === 'custom' ? this.renderCustom(m) : renderMessageContent(m);
  }

  /** A custom message: its text and attachments (its `html` is never rendered). */
  private renderCustom(m: CustomMessage) {
    const images = Array.isArray(m.images) ? m.images : [];
    const files = Array.isArray(m.files) ? m.files : [];
    return html`${
      typeof m.message === 'string' && m.message
        ? html`<rtk-text-message-view .text=${m.message}></rtk-text-message-view>`
        : nothing
    }
      ${
        images.length || files.length
          ? html`<div class="attachments">
            ${images.map((a) => html`<rtk-image-message-view .url=${a?.link} .authorName=${m.displayName}></rtk-image-message-view>`)}
            ${files.map(
              (a) =>
                html`<rtk-file-message-view .name=${String(a?.name ?? '')} .size=${Number(a?.size) || 0} .url=${a?.link}></rtk-file-message-view>`,
            )}
          </div>`
          : nothing
      }`;
  }

  private renderRow = (item: unknown) => {
    const row = item as ChatRow;
    if (row.kind === 'day') {
      return html`<div part="day">${this.localize('chat_messages.day', { date: this.dayLabel(row.date) })}</div>`;
    }
    const m = row.message;
    const meeting = this.activeMeeting;
    const self = this.selfUserId(meeting);
    const isSelf = !!self && m.userId === self;
    return html`<rtk-message-view
      part="message"
      data-id=${m.id}
      .authorName=${String(m.displayName ?? '')}
      .time=${this.timeOf(m)}
      .isSelf=${isSelf}
      .isEdited=${Boolean(m.isEdited)}
      .pinned=${Boolean(m.pinned)}
      .isPrivate=${!!m.targetUserIds?.length}
      .messageType=${m.type}
      .hideAvatar=${row.continued}
      .hideAuthorName=${row.continued}
      .variant=${this.variant}
      .actions=${this.actionsFor(m, self, this.permissions(meeting))}
      @action=${(e: MessageActionEvent) => this.handleAction(e.detail, m)}
      >${this.renderContent(m)}</rtk-message-view
    >`;
  };

  private renderConfirm() {
    if (!this.deleting) return nothing;
    return html`<rtk-dialog part="confirm-dialog" open .label=${this.localize('chat_messages.delete_title')} @rtkDialogClose=${this.cancelDelete}>
      <p part="confirm-text">${this.localize('chat_messages.delete_body')}</p>
      <div part="confirm-actions">
        <rtk-button variant="secondary" @click=${this.cancelDelete}>${this.localize('chat_messages.cancel')}</rtk-button>
        <rtk-button variant="danger" @click=${this.confirmDelete}>${this.localize('chat_messages.delete')}</rtk-button>
      </div>
    </rtk-dialog>`;
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting?.chat) return nothing;
    const rows = this.rows();
    const recipient = this.privateChatRecipient;
    const label = recipient?.userId
      ? this.localize('chat_messages.list_private', { name: String(recipient.name ?? '') })
      : this.localize('chat_messages.list');
    // Rows are rendered by the list: re-render them when anything they show may have changed.
    const renderer = (item: unknown) => this.renderRow(item);
    return html`<rtk-message-list-view
        part="list"
        .messages=${rows}
        .renderer=${renderer}
        .loadMore=${this.loadOlder}
        .noMore=${this.exhausted.has(this.conversationKey)}
        .label=${label}
      ></rtk-message-list-view>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.renderConfirm()}`;
  }
}
