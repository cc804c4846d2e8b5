import type { Message } from '../meeting/chat.js';
import { conversationOf } from '../meeting/chat-conversations.js';
import type { Meeting } from '../meeting/meeting.js';

/*
 * What the local user sent to the chat and the meeting has not confirmed yet.
 *
 * The real client resolves `sendTextMessage`, `editTextMessage`, `deleteMessage` (and the other
 * sends) as soon as the frame is out; the message only exists once the server echoes it
 * (`chatUpdate`), and a refusal brings nothing at all. So the kit keeps each outgoing message here
 * until its echo is seen, shows it as "sending", and after `timeoutMs` as "not delivered" with
 * Retry and Delete: its text is never lost.
 *
 * Matching a send with its echo: the echo has a server id the kit never saw, so it is matched by
 * what it is. An echo belongs to the oldest waiting send (in send order) when it is the local
 * user's own message, in the same conversation, of the same kind with the same content (text; or
 * file name and size), and it is neither a message that was already there when the send started
 * nor an echo an earlier send already claimed. Two identical texts sent in a row are matched in
 * order. A send is checked against `chat.messages` whenever anything changes, so an echo that
 * arrived while no chat was on screen is still found.
 *
 * Edits, deletes and pins wait the same way, for the `chatUpdate` (or `pinMessage`) that confirms
 * them; when none comes in time, the change is dropped and its `onFail` tells the person (with a
 * way to try again).
 *
 * Per meeting (a `WeakMap` keyed by the meeting object, like the stores of `meeting-stores.ts`),
 * so the composer that sends and the list that shows it share one outbox, and a chat closed and
 * reopened still shows what is on its way. Only the chat (loaded with the sidebar) imports it.
 */

/** How long a send, edit, delete or pin waits for its echo before it counts as failed. */
export const DEFAULT_DELIVERY_TIMEOUT = 10_000;

/** What an outgoing message carries. */
export type OutgoingKind = 'text' | 'image' | 'file';

/** An outgoing message the meeting has not confirmed. */
export interface OutgoingMessage {
  /** Local key (never a server id). */
  readonly key: string;
  readonly kind: OutgoingKind;
  /** The text (a text message). */
  readonly text: string;
  /** The file or image. */
  readonly file?: File;
  /** The conversation: `everyone` or the other person's user id. */
  readonly conversation: string;
  /** Peer ids of a private message (as given to the send call). */
  readonly peerIds?: string[];
  /** `sending` until the echo; `failed` when none came in time (or the call was refused). */
  state: 'sending' | 'failed';
  /** When it was (last) sent, `Date.now()`. */
  sentAt: number;
}

/** A change to a message that waits for its echo. */
export interface PendingChange {
  readonly key: string;
  readonly kind: 'edit' | 'delete' | 'pin' | 'unpin';
  readonly messageId: string;
  /** The new text of an edit. */
  readonly text?: string;
  /** Tells the person it did not happen; `retry` runs it again. */
  readonly onFail: (retry: () => void) => void;
}

/** Runs the meeting call of a change (it may reject). */
type ChangeCall = () => Promise<unknown> | unknown;

interface SendRecord {
  item: OutgoingMessage;
  /** Own message ids present when it was sent: never its echo. */
  before: Set<string>;
  timer?: ReturnType<typeof setTimeout>;
}

interface ChangeRecord {
  change: PendingChange;
  call: ChangeCall;
  timer?: ReturnType<typeof setTimeout>;
}

/** Told when something in the outbox changed; `failed` lists the sends that just failed. */
export type OutboxListener = (failed: readonly OutgoingMessage[]) => void;

let keyCount = 0;

/** The outbox of one meeting. */
export class ChatOutbox {
  /** Milliseconds a send or change waits for its echo (tests shorten it). */
  timeoutMs = DEFAULT_DELIVERY_TIMEOUT;

  private readonly sends: SendRecord[] = [];
  private readonly changes = new Map<string, ChangeRecord>();
  /** Echo ids already matched with a send. */
  private readonly claimed = new Set<string>();
  private readonly listeners = new Set<OutboxListener>();

  constructor(private readonly meeting: Meeting) {}

  /** Listens to changes; returns the function that stops listening. */
  subscribe(listener: OutboxListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The outgoing messages of a conversation, oldest first. */
  outgoing(conversation: string): OutgoingMessage[] {
    this.reconcile();
    return this.sends.filter((r) => r.item.conversation === conversation).map((r) => r.item);
  }

  /** The change waiting for message `id`, if any. */
  changeOf(id: string): PendingChange | undefined {
    for (const record of this.changes.values())
      if (record.change.messageId === id) return record.change;
    return undefined;
  }

  /**
   * Sends a message: it is listed as `sending` at once, then the call is made. A call that
   * rejects takes it out again and rejects (the caller keeps the text and says why).
   */
  async send(
    message: Pick<OutgoingMessage, 'kind' | 'text' | 'file' | 'conversation' | 'peerIds'>,
  ): Promise<OutgoingMessage> {
    const item: OutgoingMessage = {
      ...message,
      key: `outgoing-${++keyCount}`,
      state: 'sending',
      sentAt: Date.now(),
    };
    const record: SendRecord = { item, before: new Set() };
    this.sends.push(record);
    try {
      await this.transmit(record);
    } catch (error) {
      this.drop(record);
      throw error;
    }
    return item;
  }

  /** Sends a failed message again. A call that rejects leaves it failed, and rejects. */
  async retry(key: string): Promise<void> {
    const record = this.sends.find((r) => r.item.key === key);
    if (!record || record.item.state !== 'failed') return;
    record.item.state = 'sending';
    record.item.sentAt = Date.now();
    try {
      await this.transmit(record);
    } catch (error) {
      this.fail(record);
      throw error;
    }
  }

  /** Forgets an outgoing message (the person deleted the copy that was not delivered). */
  discard(key: string): void {
    const record = this.sends.find((r) => r.item.key === key);
    if (record) this.drop(record);
  }

  /**
   * Makes a change (edit, delete, pin, unpin) that waits for its echo: shown as pending until
   * then, and reported through `onFail` when none comes in time. A call that rejects rejects here
   * too (the caller reports it).
   */
  async change(change: Omit<PendingChange, 'key'>, call: ChangeCall): Promise<void> {
    const pending: PendingChange = { ...change, key: `change-${++keyCount}` };
    const record: ChangeRecord = { change: pending, call };
    // A newer change of the same message replaces the older one.
    for (const [key, other] of this.changes) {
      if (other.change.messageId === change.messageId) this.endChange(key);
    }
    this.changes.set(pending.key, record);
    this.notify();
    try {
      await call();
    } catch (error) {
      this.endChange(pending.key);
      this.notify();
      throw error;
    }
    if (!this.changes.has(pending.key)) return;
    if (this.changeDone(pending)) {
      this.endChange(pending.key);
      this.notify();
      return;
    }
    record.timer = setTimeout(() => this.changeTimedOut(pending.key), this.timeoutMs);
  }

  /**
   * Feeds a meeting event (`chatUpdate`, `pinMessage`, `unpinMessage`): confirms what it echoes.
   * Any element showing the chat may call it; calling it twice for one event does nothing more.
   */
  handleEvent(event: string, payload: unknown): void {
    const update = payload as { action?: string; message?: Message } | undefined;
    const message = update?.message;
    if (!message || typeof message !== 'object') return;
    let changed = false;
    for (const [key, record] of this.changes) {
      const c = record.change;
      if (c.messageId !== message.id) continue;
      const done =
        (c.kind === 'delete' && event === 'chatUpdate' && update.action === 'delete') ||
        (c.kind === 'edit' && update.action === 'edit' && textOf(message) === c.text) ||
        (c.kind === 'pin' && message.pinned === true) ||
        (c.kind === 'unpin' && message.pinned === false);
      if (done) {
        this.endChange(key);
        changed = true;
      }
    }
    if (event === 'chatUpdate' && update.action === 'add' && this.sends.length) {
      changed = this.reconcile() || changed;
    }
    if (changed) this.notify();
  }

  private async transmit(record: SendRecord): Promise<void> {
    clearTimeout(record.timer);
    record.before = new Set(this.ownMessages().map((m) => m.id));
    this.notify();
    const { item } = record;
    const chat = this.meeting.chat;
    if (!chat) throw new Error('The meeting has no chat.');
    const peers = item.peerIds;
    if (item.kind === 'text') {
      await (peers ? chat.sendTextMessage(item.text, peers) : chat.sendTextMessage(item.text));
    } else if (item.kind === 'image' && item.file) {
      await (peers ? chat.sendImageMessage(item.file, peers) : chat.sendImageMessage(item.file));
    } else if (item.file) {
      await (peers ? chat.sendFileMessage(item.file, peers) : chat.sendFileMessage(item.file));
    }
    if (!this.sends.includes(record) || this.reconcileRecord(record)) return;
    record.timer = setTimeout(() => {
      if (this.sends.includes(record) && !this.reconcileRecord(record)) this.fail(record);
    }, this.timeoutMs);
  }

  private fail(record: SendRecord): void {
    clearTimeout(record.timer);
    record.item.state = 'failed';
    this.notify([record.item]);
  }

  private drop(record: SendRecord): void {
    clearTimeout(record.timer);
    const index = this.sends.indexOf(record);
    if (index >= 0) this.sends.splice(index, 1);
    this.notify();
  }

  private ownMessages(): Message[] {
    const self = this.meeting.self?.userId;
    const all = this.meeting.chat?.messages;
    return Array.isArray(all) ? all.filter((m) => m && self && m.userId === self) : [];
  }

  /** Matches waiting sends with echoes in `chat.messages`; true when one was confirmed. */
  private reconcile(): boolean {
    let confirmed = false;
    for (const record of [...this.sends]) confirmed = this.reconcileRecord(record) || confirmed;
    return confirmed;
  }

  /** Confirms one send when its echo is there (see the matching rule at the top). */
  private reconcileRecord(record: SendRecord): boolean {
    const self = this.meeting.self?.userId;
    const { item } = record;
    // Earlier sends of the same content claim their echoes first.
    for (const earlier of this.sends) {
      if (earlier === record) break;
      if (sameContent(earlier.item, item)) this.reconcileRecord(earlier);
    }
    if (!this.sends.includes(record)) return false;
    const echo = this.ownMessages().find(
      (m) =>
        !record.before.has(m.id) &&
        !this.claimed.has(m.id) &&
        conversationOf(m, self) === item.conversation &&
        matches(m, item),
    );
    if (!echo) return false;
    this.claimed.add(echo.id);
    clearTimeout(record.timer);
    this.sends.splice(this.sends.indexOf(record), 1);
    return true;
  }

  /** Whether `chat.messages` already shows a change done. */
  private changeDone(c: PendingChange): boolean {
    const all = this.meeting.chat?.messages;
    if (!Array.isArray(all)) return false;
    const m = all.find((x) => x?.id === c.messageId);
    if (c.kind === 'delete') return !m;
    if (!m) return false;
    if (c.kind === 'edit') return textOf(m) === c.text;
    return m.pinned === (c.kind === 'pin');
  }

  private changeTimedOut(key: string): void {
    const record = this.changes.get(key);
    if (!record) return;
    this.endChange(key);
    this.notify();
    if (this.changeDone(record.change)) return;
    const { change, call } = record;
    change.onFail(() => {
      const { key: _key, ...again } = change;
      void this.change(again, call).catch(() => undefined);
    });
  }

  private endChange(key: string): void {
    const record = this.changes.get(key);
    if (record) clearTimeout(record.timer);
    this.changes.delete(key);
  }

  private notify(failed: readonly OutgoingMessage[] = []): void {
    for (const listener of [...this.listeners]) listener(failed);
  }
}

function textOf(m: Message): string | undefined {
  return m.type === 'text' ? m.message : undefined;
}

function sameContent(a: OutgoingMessage, b: OutgoingMessage): boolean {
  return (
    a.kind === b.kind &&
    a.conversation === b.conversation &&
    a.text === b.text &&
    a.file?.name === b.file?.name
  );
}

/** Whether message `m` is what `item` sent. */
function matches(m: Message, item: OutgoingMessage): boolean {
  if (item.kind === 'text') return m.type === 'text' && m.message === item.text;
  if (m.type !== item.kind) return false;
  if (m.type === 'file') return m.name === item.file?.name && m.size === item.file?.size;
  return true;
}

const outboxes = new WeakMap<object, ChatOutbox>();

/** The outbox of a meeting (made the first time it is asked for). */
export function chatOutboxOf(meeting: Meeting): ChatOutbox {
  let outbox = outboxes.get(meeting);
  if (!outbox) outboxes.set(meeting, (outbox = new ChatOutbox(meeting)));
  return outbox;
}
