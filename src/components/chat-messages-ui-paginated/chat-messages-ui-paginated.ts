import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  chatOutboxOf,
  type ChatOutbox,
  type OutgoingMessage,
  type PendingChange,
} from '../../internal/chat-outbox.js';
import { renderMessageContent } from '../../internal/message-content.js';
import { splitReply } from '../../internal/reply-block.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { chatMessagesStrings } from '../../i18n/en/chat-messages.js';
import { chatStrings } from '../../i18n/en/chat.js';
import { EVERYONE } from '../../meeting/chat-conversations.js';
import { nextNotificationId } from '../../controllers/action-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { MessageEditRequestEvent } from '../../events/message-edit-request.js';
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
import { dayKey, messageTime, nextRows, type ChatRow } from '../../internal/chat-helpers.js';
import styles from './chat-messages-ui-paginated.styles.js';

/** The person of a private conversation: a participant, or anything with a `userId`. */
export interface PrivateChatRecipient {
  userId: string;
  id?: string;
  name?: string;
}

/** A row of the list: a message or day (`ChatRow`), or a message on its way. */
type Row = ChatRow | { kind: 'outgoing'; key: string; item: OutgoingMessage };

type MessageRow = Extract<ChatRow, { kind: 'message' }>;

/**
 * The message and day rows of the conversation shown, and what they were built from. A new
 * message at the end extends them in place (one or two rows, computed from the last one); any
 * other change builds them again, reusing the row object of every message whose row is unchanged.
 */
interface RowStore {
  source: readonly Message[] | undefined;
  length: number;
  conversation: string;
  self: string | undefined;
  version: number;
  rows: ChatRow[];
  /** The last message row, the neighbour a new message is grouped with. */
  last?: MessageRow;
}

/** What every row's template depends on besides the row itself. */
interface RowContext {
  localize: unknown;
  self: string | undefined;
  canEdit: boolean;
  canPin: boolean;
  variant: string;
  meeting: Meeting;
}

/** At most one announcement per this many ms (the latest wins). */
const ANNOUNCE_EVERY_MS = 1500;

/** The actions of a row with a pending change: none (one array, so it never counts as a change). */
const NO_ACTIONS: MessageAction[] = [];

/**
 * The messages of one conversation, live: everyone (default) or the private conversation with
 * `privateChatRecipient`. Reads `meeting.chat.messages` (the history loaded on join arrives without
 * an event) and follows `chatUpdate` (add, edit, delete) and pin events; older messages load when
 * the user scrolls up (`chat.fetchPublicMessages` / `fetchPrivateMessages`, `pageSize` at a time).
 * The list is virtualized (`rtk-message-list-view`): consecutive messages of one sender within a
 * few minutes are grouped, days are separated, and edited, pinned and private messages are marked.
 *
 * Own messages can be edited (`editMessageInit` and `editMessage` ask the composer, e.g.
 * `rtk-chat`, to edit) and deleted (after a confirmation); messages can be pinned and unpinned
 * where permitted (`canPinMessages`, default: the `pinParticipant` permission), and replied to
 * ("Reply": `editMessageInit` with `flags.isReply`). A failed call becomes an `rtkNotification`.
 * New messages from others are announced politely (throttled). Every text and name is shown as
 * text; links and images only from safe URLs.
 *
 * Confirmed by echo: what the user sent and the meeting has not echoed yet (the chat's outbox,
 * `src/internal/chat-outbox.ts`) is listed at the end as "Sending…"; when no echo came in time it
 * shows "Not delivered" with Retry and Delete (its text kept) and that is announced. A pending
 * edit shows the new text as "Saving…", a pending delete or pin "Deleting…" / "Pinning…"; with no
 * echo they go back, with a notification that offers to try again.
 *
 * @slot - Shown in the list area after the messages (an empty-state note, an addon such as a
 *   banner or a "load more" hint). Our placement of the official kit's default slot.
 *
 * @csspart list - The `rtk-message-list-view`.
 * @csspart day - A day separator.
 * @csspart message - Each `rtk-message-view`.
 * @csspart confirm-dialog - The "Delete message?" dialog.
 * @csspart confirm-text - Its explanation.
 * @csspart confirm-actions - Its buttons.
 *
 * @fires editMessageInit - `{ payload: message, message, flags }` when the user picks "Edit" on an own message (`isEdit`) or "Reply" on a message (`isReply`).
 * @fires editMessage - The message, when the user picks "Edit" on an own message (with `editMessageInit`).
 * @fires deleteMessage - `{ message }`, cancelable, before a confirmed delete is sent; cancel it to delete yourself.
 * @fires pinMessage - `{ message, pinned }`, cancelable, before a pin or unpin is sent.
 * @fires rtkNotification - When deleting, pinning or loading older messages failed.
 */
export class RtkChatMessagesUiPaginated extends RtkElement {
  static override strings = { ...chatMessagesStrings, ...chatStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, visuallyHidden, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.chat, 'chatUpdate', 'pinMessage', 'unpinMessage'],
      [m.self, 'roomJoined'],
      [m.self?.permissions, 'chatUpdate', 'permissionsUpdate'],
    ],
    // A change to the messages reaches the list without re-rendering the panel (see `showRows`).
    { onEvent: (event, args) => (this.handleMeetingEvent(event, args) ? false : undefined) },
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

  /** Older messages fetched per conversation (the meeting keeps only what it loaded itself). */
  private older = new Map<string, Message[]>();
  private exhausted = new Set<string>();
  private loadingKey?: string;
  /** Bumped by every change to the messages that is not a new message at the end. */
  private version = 0;
  /** Bumped whenever the outbox changes (a send, an echo, a pending edit, delete or pin). */
  private outboxVersion = 0;
  /** Rows are on their way to the list (`showRows`). */
  private rowsQueued = false;
  private store?: RowStore;
  /** The row object of each message, reused while its message and grouping are unchanged. */
  private rowById = new Map<string, MessageRow>();
  private dayRows = new Map<string, ChatRow>();
  private rowsCache?: { base: ChatRow[]; outbox: number; rows: Row[] };
  /** The renderer handed to the list, and what it was made for: a new one re-renders every row. */
  private renderer?: { context: RowContext; render: (item: unknown) => unknown };
  /** Each message row's template, reused while its row, context and pending change are unchanged. */
  private templates = new WeakMap<
    object,
    { context: RowContext; change: unknown; result: unknown }
  >();
  /** The outbox followed, and how to stop following it. */
  private outbox?: ChatOutbox;
  private stopOutbox?: () => void;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private lastAnnounced = 0;
  private pendingAnnouncement = '';
  private loadedKeys = new Set<string>();
  /** Per message: its time and its actions, kept so that re-rendered rows see unchanged values. */
  private times = new WeakMap<Message, Date>();
  private actionLists = new WeakMap<Message, { key: string; list: MessageAction[] }>();

  @query('rtk-message-list-view') private list?: HTMLElementTagNameMap['rtk-message-list-view'];

  @query('.announcer') private liveRegion?: HTMLElement;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopOutbox?.();
    this.stopOutbox = undefined;
    this.outbox = undefined;
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

  /** The outbox of the meeting shown, followed while this list is on the page. */
  private outboxOf(meeting: Meeting): ChatOutbox {
    const outbox = chatOutboxOf(meeting);
    if (outbox !== this.outbox) {
      this.stopOutbox?.();
      this.outbox = outbox;
      this.stopOutbox = outbox.subscribe((failed) => {
        this.outboxVersion++;
        const here = failed.filter((f) => f.conversation === this.conversation);
        const last = here.at(-1);
        if (last) {
          const text = last.kind === 'text' ? splitReply(last.text).body : (last.file?.name ?? '');
          this.announce(this.localize('chat.not_delivered_announce', { text }));
        }
        this.showRows();
      });
    }
    return outbox;
  }

  /** The conversation shown: `everyone` or the other person's user id. */
  private get conversation(): string {
    return this.privateChatRecipient?.userId ?? EVERYONE;
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

  /**
   * Hands the rows to the list, which passes them to its virtualizer: a new, changed or removed
   * message redraws its own row and re-renders neither this panel nor the list (coalesced: one
   * hand-over per task's burst of events). Rendered normally until the list is on the page.
   */
  private showRows(): void {
    if (this.rowsQueued) return;
    this.rowsQueued = true;
    queueMicrotask(() => {
      this.rowsQueued = false;
      // A render on its way hands them over itself.
      if (this.isUpdatePending) return;
      if (this.list && this.renderer) this.list.messages = this.rows();
      else this.requestUpdate();
    });
  }

  /** Follows a meeting event; true when it changed the messages only (`showRows` did the rest). */
  private handleMeetingEvent(event: string, args: unknown[]): boolean {
    const meeting = this.activeMeeting;
    if (meeting) this.outboxOf(meeting).handleEvent(event, args[0]);
    const update = args[0] as Partial<ChatUpdate> | undefined;
    const message = update?.message;
    const rowsOnly =
      event === 'pinMessage' ||
      event === 'unpinMessage' ||
      (event === 'chatUpdate' &&
        !!message &&
        typeof message === 'object' &&
        ['add', 'edit', 'delete'].includes(String(update?.action)));
    if (rowsOnly) this.showRows();
    this.followChat(event, update, message);
    return rowsOnly;
  }

  private followChat(
    event: string,
    update: Partial<ChatUpdate> | undefined,
    message: Message | undefined,
  ): void {
    if (
      event !== 'chatUpdate' ||
      update?.action !== 'add' ||
      !message ||
      typeof message !== 'object' ||
      !this.appended(message)
    )
      this.version++;
    if (event !== 'chatUpdate') return;
    if (!update || !message || typeof message !== 'object' || !('id' in message)) return;
    if (update.action === 'delete') this.rowById.delete(String(message.id));
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
    const text = splitReply(String((m as { message?: unknown }).message ?? '')).body;
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
      // Written into the live region directly: an announcement re-renders nothing.
      if (this.liveRegion) this.liveRegion.textContent = this.pendingAnnouncement;
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

  /**
   * A new message at the end of `chat.messages`, with the rows up to date otherwise: its rows are
   * added to the end (grouped with and dated from the last one, which is left as it is). False
   * when the rows must be built again.
   */
  private appended(message: Message): boolean {
    const meeting = this.activeMeeting;
    const all = meeting?.chat?.messages;
    const store = this.store;
    const self = this.selfUserId(meeting);
    if (
      !store ||
      !Array.isArray(all) ||
      store.version !== this.version ||
      store.conversation !== this.conversationKey ||
      store.self !== self ||
      all.length !== store.length + 1 ||
      all[all.length - 1] !== message
    )
      return false;
    if (this.inConversation(message, self)) {
      const last = store.last?.message;
      if (last && messageTime(message).getTime() < messageTime(last).getTime()) return false;
      const added = nextRows(last, message);
      const row = added[added.length - 1] as MessageRow;
      this.rowById.set(row.key, row);
      store.rows = [...store.rows, ...added];
      store.last = row;
    }
    store.source = all;
    store.length = all.length;
    return true;
  }

  /** The message and day rows of the conversation shown (see `RowStore`). */
  private messageRows(meeting = this.activeMeeting): ChatRow[] {
    const all = meeting?.chat?.messages;
    const self = this.selfUserId(meeting);
    const store = this.store;
    if (
      store &&
      store.source === all &&
      store.length === (Array.isArray(all) ? all.length : 0) &&
      store.conversation === this.conversationKey &&
      store.self === self &&
      store.version === this.version
    )
      return store.rows;
    const rows: ChatRow[] = [];
    let last: MessageRow | undefined;
    for (const message of this.messages(meeting)) {
      for (const fresh of nextRows(last?.message, message)) {
        let row: ChatRow = fresh;
        if (fresh.kind === 'day') {
          // One object per day: its label depends on the day only.
          row = this.dayRows.get(fresh.key) ?? fresh;
          this.dayRows.set(fresh.key, row);
        } else {
          const known = this.rowById.get(fresh.key);
          if (known?.message === fresh.message && known.continued === fresh.continued) row = known;
          else this.rowById.set(fresh.key, fresh);
          last = row as MessageRow;
        }
        rows.push(row);
      }
    }
    this.store = {
      source: all,
      length: Array.isArray(all) ? all.length : 0,
      conversation: this.conversationKey,
      self,
      version: this.version,
      rows,
      last,
    };
    return rows;
  }

  /** The rows of the list: the messages, then what is on its way. */
  private rows(): Row[] {
    const meeting = this.activeMeeting;
    const base = this.messageRows(meeting);
    const cached = this.rowsCache;
    if (cached?.base === base && cached.outbox === this.outboxVersion) return cached.rows;
    const outgoing = meeting?.chat ? this.outboxOf(meeting).outgoing(this.conversation) : [];
    // A new array whenever the outbox changed, even with nothing on its way: the rows in view are
    // drawn again then, and a row with a pending edit, delete or pin shows it (only that row's
    // template changes).
    const rows: Row[] =
      outgoing.length || cached?.base === base
        ? [...base, ...outgoing.map((item) => ({ kind: 'outgoing' as const, key: item.key, item }))]
        : base;
    this.rowsCache = { base, outbox: this.outboxVersion, rows };
    return rows;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A conversation opened for the first time with few messages: fetch its latest page (before
    // this render, so its "loading" state is part of it rather than a second render).
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
    const key = `${self}|${can.canEdit}|${can.canPin}|${m.type}|${m.pinned}|${this.localize('chat_messages.delete')}|${this.localize('chat.reply')}`;
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
    if (can.canEdit) list.push({ id: 'reply', label: this.localize('chat.reply'), icon: 'reply' });
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
      this.dispatchEvent(new MessageEditRequestEvent(m));
    } else if (id === 'reply') {
      this.dispatchEvent(new EditMessageInitEvent(m, { isEdit: false, isReply: true }));
    } else if (id === 'delete') {
      this.deleting = m;
    } else if (id === 'pin' || id === 'unpin') {
      const pinned = id === 'pin';
      if (!this.dispatchEvent(new PinMessageEvent({ message: m, pinned }))) return;
      const meeting = this.activeMeeting;
      const chat = meeting?.chat;
      if (!meeting || !chat) return;
      void this.action.run(
        `pin:${m.id}`,
        () =>
          this.outboxOf(meeting).change(
            {
              kind: pinned ? 'pin' : 'unpin',
              messageId: m.id,
              onFail: (retry) =>
                this.notifyFailure(pinned ? 'chat.pin_failed' : 'chat.unpin_failed', retry),
            },
            () => (pinned ? chat.pin(m.id) : chat.unpin(m.id)),
          ),
        { action: this.localize(pinned ? 'chat_messages.pin' : 'chat_messages.unpin') },
      );
    }
  }

  /** A change that got no echo: a notification that says so, with Retry. */
  private notifyFailure(key: string, retry: () => void): void {
    this.dispatchEvent(
      new RtkNotificationEvent({
        id: nextNotificationId(),
        message: this.localize(key),
        variant: 'error',
        duration: 0,
        actions: [{ label: this.localize('chat.retry'), handler: retry }],
      }),
    );
  }

  private retry(item: OutgoingMessage): void {
    const meeting = this.activeMeeting;
    if (!meeting) return;
    void this.action.run(`retry:${item.key}`, () => this.outboxOf(meeting).retry(item.key), {
      action: this.localize('chat.send_action'),
    });
  }

  private discard(item: OutgoingMessage): void {
    const meeting = this.activeMeeting;
    if (!meeting) return;
    this.outboxOf(meeting).discard(item.key);
    // The row and its buttons are gone: keep focus in the list.
    this.list?.focus();
  }

  private cancelDelete = (): void => {
    this.deleting = undefined;
  };

  private confirmDelete = (): void => {
    const m = this.deleting;
    this.deleting = undefined;
    if (!m) return;
    if (!this.dispatchEvent(new DeleteMessageEvent(m))) return;
    const meeting = this.activeMeeting;
    const chat = meeting?.chat;
    if (!meeting || !chat) return;
    void this.action.run(
      `delete:${m.id}`,
      () =>
        this.outboxOf(meeting).change(
          {
            kind: 'delete',
            messageId: m.id,
            onFail: (retry) => this.notifyFailure('chat.delete_failed', retry),
          },
          () => chat.deleteMessage(m.id),
        ),
      { action: this.localize('chat_messages.delete') },
    );
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

  /** The text a message row draws itself (see `rtk-message-view`'s `text`), if it has one. */
  private textOf(m: Message): string | undefined {
    if (m.type === 'text') return String(m.message ?? '');
    if (m.type === 'custom' && typeof m.message === 'string' && m.message) return m.message;
    return undefined;
  }

  /** What a row shows besides its text: an image, a file, a custom message's attachments. */
  private renderContent(m: Message) {
    if (m.type === 'text') return nothing;
    return m.type === 'custom' ? this.renderCustom(m) : renderMessageContent(m);
  }

  /** A custom message's attachments (its text is the row's; its `html` is never rendered). */
  private renderCustom(m: CustomMessage) {
    const images = Array.isArray(m.images) ? m.images : [];
    const files = Array.isArray(m.files) ? m.files : [];
    if (!images.length && !files.length) return nothing;
    return html`<div class="attachments">
      ${images.map((a) => html`<rtk-image-message-view .url=${a?.link} .authorName=${m.displayName}></rtk-image-message-view>`)}
      ${files.map(
        (a) =>
          html`<rtk-file-message-view .name=${String(a?.name ?? '')} .size=${Number(a?.size) || 0} .url=${a?.link}></rtk-file-message-view>`,
      )}
    </div>`;
  }

  private renderOutgoing(item: OutgoingMessage) {
    const failed = item.state === 'failed';
    const content =
      item.kind === 'text'
        ? nothing
        : html`<rtk-file-message-view .name=${item.file?.name ?? ''} .size=${item.file?.size ?? 0}></rtk-file-message-view>`;
    return html`<rtk-message-view
      part="message outgoing"
      data-key=${item.key}
      .authorName=${String(this.activeMeeting?.self?.name ?? '')}
      .time=${new Date(item.sentAt)}
      .isSelf=${true}
      .isPrivate=${item.conversation !== EVERYONE}
      .messageType=${item.kind}
      .text=${item.kind === 'text' ? item.text : undefined}
      .variant=${this.variant}
      .status=${this.localize(failed ? 'chat.not_delivered' : 'chat.sending')}
      .statusVariant=${failed ? 'error' : 'pending'}
      >${content}${
        failed
          ? html`<rtk-button slot="status-actions" size="sm" variant="secondary" @click=${() => this.retry(item)}
              >${this.localize('chat.retry')}</rtk-button
            ><rtk-button slot="status-actions" size="sm" variant="ghost" @click=${() => this.discard(item)}
              >${this.localize('chat.delete_unsent')}</rtk-button
            >`
          : nothing
      }</rtk-message-view
    >`;
  }

  /** The row context for `meeting`: the same object while nothing in it changed. */
  private rowContext(meeting: Meeting): RowContext {
    const can = this.permissions(meeting);
    const next: RowContext = {
      localize: this.localize,
      self: this.selfUserId(meeting),
      canEdit: can.canEdit,
      canPin: can.canPin,
      variant: this.variant,
      meeting,
    };
    const current = this.renderer?.context;
    const same =
      current && (Object.keys(next) as (keyof RowContext)[]).every((k) => current[k] === next[k]);
    return same ? current : next;
  }

  private renderRow(item: unknown, context: RowContext) {
    const row = item as Row;
    if (row.kind === 'day') {
      return html`<div part="day">${this.localize('chat_messages.day', { date: this.dayLabel(row.date) })}</div>`;
    }
    if (row.kind === 'outgoing') return this.renderOutgoing(row.item);
    // An unchanged row gets the very template it had: nothing in it is evaluated or updated.
    const change = this.outboxOf(context.meeting).changeOf(row.message.id);
    const cached = this.templates.get(row);
    if (cached?.context === context && cached.change === change) return cached.result;
    const result = this.renderMessage(row, change, context);
    this.templates.set(row, { context, change, result });
    return result;
  }

  private renderMessage(row: MessageRow, change: PendingChange | undefined, context: RowContext) {
    const m: Message =
      change?.kind === 'edit' && row.message.type === 'text'
        ? { ...row.message, message: change.text ?? '' }
        : change?.kind === 'pin' || change?.kind === 'unpin'
          ? { ...row.message, pinned: change.kind === 'pin' }
          : row.message;
    const { self } = context;
    const isSelf = !!self && m.userId === self;
    const status = change
      ? this.localize(
          change.kind === 'edit'
            ? 'chat.saving'
            : change.kind === 'delete'
              ? 'chat.deleting'
              : change.kind === 'pin'
                ? 'chat.pinning'
                : 'chat.unpinning',
        )
      : '';
    return html`<rtk-message-view
      .status=${status}
      .statusVariant=${'pending'}
      part="message"
      data-id=${m.id}
      .authorName=${String(m.displayName ?? '')}
      .time=${this.timeOf(m)}
      .isSelf=${isSelf}
      .isEdited=${Boolean(m.isEdited)}
      .pinned=${Boolean(m.pinned)}
      .isPrivate=${!!m.targetUserIds?.length}
      .messageType=${m.type}
      .text=${this.textOf(m)}
      .hideAvatar=${row.continued}
      .hideAuthorName=${row.continued}
      .variant=${this.variant}
      .actions=${change ? NO_ACTIONS : this.actionsFor(row.message, self, context)}
      @action=${(e: MessageActionEvent) => this.handleAction(e.detail, row.message)}
      >${this.renderContent(m)}</rtk-message-view
    >`;
  }

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
    // Rows are rendered by the list. A new renderer (a new context: language, permissions,
    // variant) re-renders every row; otherwise only rows that are new or whose object changed.
    const context = this.rowContext(meeting);
    if (this.renderer?.context !== context) {
      this.renderer = { context, render: (item: unknown) => this.renderRow(item, context) };
    }
    return html`<rtk-message-list-view
        part="list"
        steady-estimate
        .messages=${rows}
        .renderer=${this.renderer.render}
        .loadMore=${this.loadOlder}
        .noMore=${this.exhausted.has(this.conversationKey)}
        .label=${label}
      ></rtk-message-list-view>
      <slot></slot>
      <div class="visually-hidden announcer" role="status" aria-live="polite" aria-atomic="true"></div>
      ${this.renderConfirm()}`;
  }
}
