import type {
  BaseMessage,
  Chat,
  ChatEvents,
  CustomAttachment,
  CustomMessage,
  FetchMessagesOptions,
  FileMessage,
  ImageMessage,
  Message,
  MessagePayload,
  TextMessage,
} from '../../meeting/chat.js';
import type { DemoContext, DemoModule } from '../context.js';
import { DemoEmitter } from '../emitter.js';
import { DemoClientError } from '../errors.js';
import { pick, randomInt, uuid } from '../random.js';
import { AuthorBook, type Author } from './authors.js';

/** Where a scripted message goes: everyone, or privately to self. */
export interface RemoteMessageOptions {
  /** Send it privately to self (`targetUserIds` = the sender and self). */
  private?: boolean;
}

/**
 * What the "server" can silently refuse (`director.chat.failNext`): a send (text, image, file or
 * custom), an edit, a delete, or a pin / unpin.
 */
export type ChatRefusal = 'send' | 'edit' | 'delete' | 'pin';

/** `director.chat`: remote people write, edit, delete and pin messages. */
export interface ChatScript {
  /**
   * The server refuses the next `count` (default 1) calls of that kind, as the real one does: a
   * send, edit or delete still resolves at once and its echo never comes (no event, no error); a
   * pin / unpin rejects with `0504` after the latency, with no event.
   */
  failNext(kind: ChatRefusal, count?: number): void;
  /** Someone (peer id, user id or name) sends a text; arrives with `chatUpdate { action: 'add' }` when self is in. */
  send(from: string, text: string, options?: RemoteMessageOptions): TextMessage;
  /** Someone sends an image (default: a generated PNG data URL, no network). */
  sendImage(from: string, link?: string, options?: RemoteMessageOptions): ImageMessage;
  /** Someone sends a file (default: a small text file as a data URL). */
  sendFile(
    from: string,
    file?: { name?: string; size?: number; link?: string },
    options?: RemoteMessageOptions,
  ): FileMessage;
  /** Its author edits a text message: `chatUpdate { action: 'edit' }`. */
  edit(messageId: string, text: string): void;
  /** Its author deletes a message: `chatUpdate { action: 'delete' }`. */
  delete(messageId: string): void;
  /** A host pins / unpins a message: `chatUpdate { action: 'edit' }`, then `pinMessage` / `unpinMessage`. */
  pin(messageId: string): void;
  unpin(messageId: string): void;
  /**
   * Adds `count` older messages to the room's history without any event (what the SDK loads on
   * join). When self is in the room, `chat.messages` is reloaded, again without an event.
   */
  history(count: number): Message[];
  /** A seeded chat line from someone (lively mode's hook); nothing when self is not in the room. */
  chatter(from?: string): TextMessage | undefined;
}

/** Lines people type in history and lively mode. */
const LINES: readonly string[] = [
  'Hi everyone!',
  'Can you all hear me?',
  'Sharing the doc in a minute.',
  'That makes sense to me.',
  'Could you repeat the last point?',
  'Agreed 👍',
  'I have a question about the timeline.',
  'Sorry, my connection dropped for a second.',
  'Great idea!',
  'Let’s take this offline.',
  'Here is the link we discussed earlier.',
  'Thanks, that was really helpful.',
  'Can we go back to the previous slide?',
  'I will follow up by email.',
  '+1',
  'Looks good to me.',
];

const IMAGE_TYPES = ['image/gif', 'image/jpeg', 'image/png'];
const DEFAULT_MAX_TEXT = 2000;

/** A 32×20 teal PNG: the image of `sendImage` where no canvas can draw one. */
const FALLBACK_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAUCAIAAABj86gYAAAAIElEQVR42mPgK5lAU8QwasGoBaMWjFowasGoBaMWEIMA3JKtH6MUndQAAAAASUVORK5CYII=';

/**
 * A coloured card with a label as a PNG data URL: an image message that needs no network, in a
 * raster format (the kit shows only raster images; SVG may carry scripts).
 */
function demoImage(colour: string, label: string): string {
  if (typeof document === 'undefined') return FALLBACK_PNG;
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 200;
  const g = canvas.getContext('2d');
  if (!g) return FALLBACK_PNG;
  g.fillStyle = colour;
  g.fillRect(0, 0, 320, 200);
  g.fillStyle = '#ffffff';
  g.font = '28px sans-serif';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText(label.slice(0, 24), 160, 100);
  const url = canvas.toDataURL('image/png');
  return url.startsWith('data:image/png') ? url : FALLBACK_PNG;
}

/**
 * `meeting.chat`: messages of the room, oldest first. Like the SDK, a send, edit or delete resolves
 * at once (when the frame is "sent") and its echo (`chatUpdate`) comes after the meeting's latency;
 * a refused one (`director.chat.failNext`) never echoes. `pin` / `unpin` wait for the server and
 * reject `0504` when it refuses. The history loaded on join is assigned without an event, `add`
 * replaces the array while `edit` / `delete` change it in place.
 *
 * Unlike the SDK, which only rejects text sends, every send and edit rejects (`0501`, before any
 * event) when `self.permissions.chatPublic` / `chatPrivate` does not allow it, and empty or
 * unsupported bodies reject with `0502`.
 */
export class DemoChat extends DemoEmitter<ChatEvents> implements Chat, DemoModule<ChatScript> {
  /** All loaded messages, oldest first. */
  messages: Message[] = [];
  /** Longest text `sendTextMessage` accepts (default 2000). */
  maxTextLimit = DEFAULT_MAX_TEXT;
  readonly script: ChatScript;
  /** The room's log as the server keeps it for self (public, plus private ones self is part of). */
  private readonly log: Message[] = [];
  private readonly limits = { maxInvocations: 60, period: 60 };
  private readonly objectUrls: string[] = [];
  private readonly authors: AuthorBook;
  /** Calls of each kind the "server" will refuse next. */
  private readonly refusals: Record<ChatRefusal, number> = { send: 0, edit: 0, delete: 0, pin: 0 };

  constructor(private readonly ctx: DemoContext) {
    super();
    this.authors = new AuthorBook(ctx);
    this.log.push(...this.historyLines(ctx.options.chatHistory, ctx.now()));
    this.script = this.createScript();
  }

  get rateLimits(): { maxInvocations: number; period: number } {
    return this.limits;
  }

  updateRateLimits(maxInvocations: number, period: number): void {
    this.limits.maxInvocations = maxInvocations;
    this.limits.period = period;
  }

  setMaxTextLimit(limit: number): void {
    this.maxTextLimit = limit;
  }

  /** Sends a text, privately when `peerIds` is given. Rejects 0505 / 0503 / 0501 / 0502. */
  async sendTextMessage(text: string, peerIds?: string[]): Promise<void> {
    this.assertJoined();
    if (String(text ?? '').length > this.maxTextLimit) {
      throw new DemoClientError('0503', `Messages are limited to ${this.maxTextLimit} characters.`);
    }
    this.assertCanSend('text', peerIds);
    if (!text) throw new DemoClientError('0502', 'Message can not be empty.');
    this.echo('send', () =>
      this.deliver(this.ownMessage<TextMessage>({ type: 'text', message: text }, peerIds)),
    );
  }

  /** Sends a GIF, JPEG or PNG (shown through an object URL). */
  async sendImageMessage(image: File, peerIds?: string[]): Promise<void> {
    this.assertJoined();
    this.assertCanSend('files', peerIds);
    if (!image) throw new DemoClientError('0502', 'An image is required.');
    if (!IMAGE_TYPES.includes(image.type)) {
      throw new DemoClientError(
        '0502',
        `Image type "${image.type}" is not supported (GIF, JPEG or PNG).`,
      );
    }
    const link = this.urlOf(image);
    this.echo('send', () =>
      this.deliver(this.ownMessage<ImageMessage>({ type: 'image', link }, peerIds)),
    );
  }

  /** Sends a file (shown through an object URL, with its name and size). */
  async sendFileMessage(file: File, peerIds?: string[]): Promise<void> {
    this.assertJoined();
    this.assertCanSend('files', peerIds);
    if (!file) throw new DemoClientError('0502', 'A file is required.');
    const body = {
      type: 'file' as const,
      link: this.urlOf(file),
      name: file.name,
      size: file.size,
    };
    this.echo('send', () => this.deliver(this.ownMessage<FileMessage>(body, peerIds)));
  }

  /** Sends a custom message; `File`s become object URLs, strings are kept as links. */
  async sendCustomMessage(
    payload: Extract<MessagePayload, { type: 'custom' }>,
    peerIds?: string[],
  ): Promise<void> {
    this.assertJoined();
    this.assertCanSend('text', peerIds);
    this.assertCanSend('files', peerIds);
    const attach = (items?: (File | string)[]): CustomAttachment[] =>
      (items ?? []).map((item) =>
        typeof item === 'string'
          ? { link: item }
          : { link: this.urlOf(item), type: item.type, name: item.name, size: item.size },
      );
    const body = {
      type: 'custom' as const,
      message: payload.message,
      html: payload.html,
      files: attach(payload.files),
      images: attach(payload.images),
      videos: attach(payload.videos),
    };
    this.echo('send', () => this.deliver(this.ownMessage<CustomMessage>(body, peerIds)));
  }

  /** Sends any payload, by its `type`. */
  async sendMessage(message: MessagePayload, participantIds?: string[]): Promise<void> {
    switch (message?.type) {
      case 'text':
        return this.sendTextMessage(message.message, participantIds);
      case 'image':
        return this.sendImageMessage(message.image, participantIds);
      case 'file':
        return this.sendFileMessage(message.file, participantIds);
      case 'custom':
        return this.sendCustomMessage(message, participantIds);
      default:
        throw new DemoClientError('0502', 'Unknown message type.');
    }
  }

  /** Changes the text of one of self's text messages: `chatUpdate { action: 'edit' }`. */
  async editTextMessage(messageId: string, text: string): Promise<void> {
    this.assertJoined();
    this.assertCanSend('text');
    if (!text) throw new DemoClientError('0502', 'Message can not be empty.');
    const current = this.ownEditable(messageId);
    if (current.type !== 'text')
      throw new DemoClientError('0502', 'Only text messages can get a new text.');
    this.echo('edit', () => this.editLater(current.id, { message: text }));
  }

  /** Replaces the image of one of self's image messages. */
  async editImageMessage(messageId: string, image: File): Promise<void> {
    this.assertJoined();
    this.assertCanSend('files');
    if (!image || !IMAGE_TYPES.includes(image.type))
      throw new DemoClientError('0502', 'A GIF, JPEG or PNG is required.');
    const current = this.ownEditable(messageId);
    if (current.type !== 'image')
      throw new DemoClientError('0502', 'Only image messages can get a new image.');
    const link = this.urlOf(image);
    this.echo('edit', () => this.editLater(current.id, { link }));
  }

  /** Replaces the file of one of self's file messages. */
  async editFileMessage(messageId: string, file: File): Promise<void> {
    this.assertJoined();
    this.assertCanSend('files');
    if (!file) throw new DemoClientError('0502', 'A file is required.');
    const current = this.ownEditable(messageId);
    if (current.type !== 'file')
      throw new DemoClientError('0502', 'Only file messages can get a new file.');
    const change = { link: this.urlOf(file), name: file.name, size: file.size };
    this.echo('edit', () => this.editLater(current.id, change));
  }

  /** Edits one of self's messages with a text, image or file payload. */
  async editMessage(messageId: string, message: MessagePayload): Promise<void> {
    switch (message?.type) {
      case 'text':
        return this.editTextMessage(messageId, message.message);
      case 'image':
        return this.editImageMessage(messageId, message.image);
      case 'file':
        return this.editFileMessage(messageId, message.file);
      default:
        throw new DemoClientError('0502', 'Only text, image and file messages can be edited.');
    }
  }

  /** Deletes one of self's messages: `chatUpdate { action: 'delete', message }`. */
  async deleteMessage(messageId: string): Promise<void> {
    this.assertJoined();
    const current = this.ownEditable(messageId);
    this.echo('delete', () => this.remove(current.id));
  }

  /**
   * Pins a message for everyone: `chatUpdate { action: 'edit' }`, then `pinMessage`. Rejects
   * `0504` (the SDK's code for any pin failure) without the `pinParticipant` permission.
   */
  async pin(id: string): Promise<void> {
    if (!this.joined) throw new DemoClientError('0505', 'Can`t pin message without joining room');
    this.assertCanPin();
    if (!this.find(id)) throw new DemoClientError('0504', `No message found with id: ${id}`);
    await this.ctx.latency();
    this.refused('pin');
    this.setPinned(id, true);
  }

  /** Unpins a message: `chatUpdate { action: 'edit' }`, then `unpinMessage`. */
  async unpin(id: string): Promise<void> {
    if (!this.joined) throw new DemoClientError('0505', 'Can`t unpin message without joining room');
    this.assertCanPin();
    if (!this.find(id)) throw new DemoClientError('0504', `No message found with id: ${id}`);
    await this.ctx.latency();
    this.refused('pin');
    this.setPinned(id, false);
  }

  /** A page of public messages before or after `timestamp` (default now), oldest first. */
  async fetchPublicMessages(options: FetchMessagesOptions): Promise<Message[]> {
    return this.page(options, (m) => !m.targetUserIds?.length);
  }

  /** A page of the private conversation between self and `userId`. */
  async fetchPrivateMessages(
    options: FetchMessagesOptions & { userId: string },
  ): Promise<Message[]> {
    return this.page(
      options,
      (m) =>
        !!m.targetUserIds?.length &&
        (m.userId === options.userId || m.targetUserIds.includes(options.userId)),
    );
  }

  /** A page of pinned messages. */
  async fetchPinnedMessages(options: FetchMessagesOptions): Promise<Message[]> {
    return this.page(options, (m) => !!m.pinned);
  }

  // ---- DemoModule ----

  roomJoined(): void {
    // The SDK does not load chat history in LIVESTREAM meetings.
    this.messages = this.ctx.options.viewType === 'LIVESTREAM' ? [] : [...this.log];
  }

  destroy(): void {
    for (const url of this.objectUrls) URL.revokeObjectURL(url);
    this.objectUrls.length = 0;
  }

  // ---- Internals ----

  private get joined(): boolean {
    return this.ctx.self.roomState === 'joined';
  }

  /** The "server" answers after the latency, unless it refuses this call: then nothing comes. */
  private echo(kind: ChatRefusal, answer: () => void): void {
    if (this.takeRefusal(kind)) return;
    void this.ctx.latency().then(answer);
  }

  private takeRefusal(kind: ChatRefusal): boolean {
    if (this.refusals[kind] <= 0) return false;
    this.refusals[kind]--;
    return true;
  }

  /** A refused pin / unpin: the SDK turns the server's error into `0504`. */
  private refused(kind: 'pin'): void {
    if (this.takeRefusal(kind)) throw new DemoClientError('0504', 'The server refused the pin.');
  }

  /** The echo of an edit: the message as it is now (it may have changed since), with the change. */
  private editLater(id: string, change: Partial<Message>): void {
    const now = this.find(id);
    if (now) this.replace({ ...now, ...change, isEdited: true } as Message, 'edit');
  }

  private assertJoined(): void {
    if (!this.joined) throw new DemoClientError('0505', 'Join the room before using the chat.');
  }

  private assertCanSend(kind: 'text' | 'files', peerIds?: string[]): void {
    const permissions = this.ctx.self.permissions;
    const isPrivate = !!peerIds && peerIds.length > 0;
    const scope = isPrivate ? permissions.chatPrivate : permissions.chatPublic;
    if (!scope?.canSend || !scope[kind]) {
      const what = kind === 'text' ? 'messages' : 'files';
      throw new DemoClientError(
        '0501',
        `Could not send ${what} to ${isPrivate ? 'private' : 'public'} chat.`,
      );
    }
  }

  /** The components offer pin / unpin with the `pinParticipant` permission: the demo checks the same. */
  private assertCanPin(): void {
    if (!this.ctx.self.permissions.pinParticipant) {
      throw new DemoClientError('0504', 'You do not have permission to pin messages.');
    }
  }

  private ownEditable(messageId: string): Message {
    const current = this.find(messageId);
    if (!current) throw new DemoClientError('0504', `No message found with id: ${messageId}`);
    if (current.userId !== this.ctx.self.userId)
      throw new DemoClientError('0501', 'Only the author can change a message.');
    return current;
  }

  private find(id: string): Message | undefined {
    return this.log.find((m) => m.id === id);
  }

  private urlOf(file: Blob): string {
    const url = URL.createObjectURL(file);
    this.objectUrls.push(url);
    return url;
  }

  private base(
    author: { userId: string; name: string },
    targetUserIds?: string[],
    at = this.ctx.now(),
  ): BaseMessage {
    const base: BaseMessage = {
      type: 'text',
      id: uuid(this.ctx.random),
      userId: author.userId,
      displayName: author.name,
      time: new Date(at),
      timeMs: at,
      isEdited: false,
      pinned: false,
    };
    if (targetUserIds) base.targetUserIds = targetUserIds;
    return base;
  }

  /** A message from self; a private one targets the recipients' user ids and self's. */
  private ownMessage<M extends Message>(
    body: Omit<M, keyof BaseMessage> & { type: M['type'] },
    peerIds?: string[],
  ): M {
    const self = this.ctx.self;
    let targets: string[] | undefined;
    if (peerIds && peerIds.length > 0) {
      targets = peerIds
        .map((id) => this.ctx.personByPeerId(id)?.userId)
        .filter((id): id is string => !!id);
      targets.push(self.userId);
    }
    return { ...this.base({ userId: self.userId, name: self.name }, targets), ...body } as M;
  }

  private remoteMessage<M extends Message>(
    author: Author,
    body: Omit<M, keyof BaseMessage> & { type: M['type'] },
    options: RemoteMessageOptions = {},
  ): M {
    const targets = options.private ? [this.ctx.self.userId, author.userId] : undefined;
    return { ...this.base(author, targets), ...body } as M;
  }

  /** The server stores a message and echoes it: `chatUpdate { action: 'add' }` (a new array). */
  private deliver(message: Message): void {
    const privateToSelf =
      !!message.targetUserIds?.length && message.userId !== this.ctx.self.userId;
    if (privateToSelf && !this.ctx.self.permissions.chatPrivate?.canReceive) return;
    this.log.push(message);
    if (!this.joined) return;
    this.messages = [...this.messages, message];
    this.emit('chatUpdate', { action: 'add', message, messages: this.messages });
  }

  /** Swaps a message for its new version (in place, as the SDK does). */
  private replace(next: Message, action: 'edit'): void {
    const logIndex = this.log.findIndex((m) => m.id === next.id);
    if (logIndex >= 0) this.log[logIndex] = next;
    if (!this.joined) return;
    const index = this.messages.findIndex((m) => m.id === next.id);
    if (index >= 0) this.messages[index] = next;
    this.emit('chatUpdate', { action, message: next, messages: this.messages });
  }

  private remove(id: string): void {
    const logIndex = this.log.findIndex((m) => m.id === id);
    const [removed] = logIndex >= 0 ? this.log.splice(logIndex, 1) : [];
    if (!removed || !this.joined) return;
    const index = this.messages.findIndex((m) => m.id === id);
    if (index >= 0) this.messages.splice(index, 1);
    this.emit('chatUpdate', { action: 'delete', message: removed, messages: this.messages });
  }

  private setPinned(id: string, pinned: boolean): void {
    const current = this.find(id);
    if (!current) return;
    const next = { ...current, pinned };
    this.replace(next, 'edit');
    if (this.joined)
      this.emit(pinned ? 'pinMessage' : 'unpinMessage', { message: next, messages: this.messages });
  }

  private async page(
    options: FetchMessagesOptions,
    filter: (m: Message) => boolean,
  ): Promise<Message[]> {
    this.assertJoined();
    const {
      timestamp = this.ctx.now(),
      limit,
      direction = 'after',
    } = options ?? ({} as FetchMessagesOptions);
    await this.ctx.latency();
    const timeOf = (m: Message) => m.timeMs ?? m.time.getTime();
    const matching = this.log.filter(filter);
    const page =
      direction === 'before'
        ? matching.filter((m) => timeOf(m) < timestamp).slice(-Math.max(0, limit))
        : matching.filter((m) => timeOf(m) > timestamp).slice(0, Math.max(0, limit));
    return options?.reversed ? page.reverse() : page;
  }

  /** `count` history messages, oldest first, 20–70 s apart, the newest a little before `endAt`. */
  private historyLines(count: number, endAt: number): TextMessage[] {
    const lines: TextMessage[] = [];
    let at = endAt;
    for (let i = 0; i < Math.max(0, Math.floor(count)); i++) {
      at -= randomInt(this.ctx.random, 20_000, 70_000);
      const author = this.authors.anyone();
      lines.push({
        ...this.base(author, undefined, at),
        type: 'text',
        message: pick(this.ctx.random, LINES),
      });
    }
    return lines.reverse();
  }

  private createScript(): ChatScript {
    const authors = this.authors;
    return {
      failNext: (kind, count = 1) => {
        if (kind in this.refusals) this.refusals[kind] += Math.max(0, Math.floor(count));
      },
      send: (from, text, options) => {
        const message = this.remoteMessage<TextMessage>(
          authors.of(from),
          { type: 'text', message: text },
          options,
        );
        this.deliver(message);
        return message;
      },
      sendImage: (from, link, options) => {
        const author = authors.of(from);
        const body = {
          type: 'image' as const,
          link: link ?? demoImage('#0e7490', author.name.split(' ')[0] ?? 'Image'),
        };
        const message = this.remoteMessage<ImageMessage>(author, body, options);
        this.deliver(message);
        return message;
      },
      sendFile: (from, file = {}, options) => {
        const content = 'Demo meeting notes\n';
        const body = {
          type: 'file' as const,
          name: file.name ?? 'notes.txt',
          size: file.size ?? content.length,
          link: file.link ?? `data:text/plain;charset=utf-8,${encodeURIComponent(content)}`,
        };
        const message = this.remoteMessage<FileMessage>(authors.of(from), body, options);
        this.deliver(message);
        return message;
      },
      edit: (messageId, text) => {
        const current = this.find(messageId);
        if (current?.type === 'text')
          this.replace({ ...current, message: text, isEdited: true }, 'edit');
      },
      delete: (messageId) => this.remove(messageId),
      pin: (messageId) => this.setPinned(messageId, true),
      unpin: (messageId) => this.setPinned(messageId, false),
      history: (count) => {
        // Older than everything already there.
        const oldest = this.log[0]
          ? (this.log[0].timeMs ?? this.log[0].time.getTime())
          : this.ctx.now();
        const lines = this.historyLines(count, oldest);
        this.log.unshift(...lines);
        if (this.joined) this.roomJoined();
        return lines;
      },
      chatter: (from) => {
        if (!this.joined) return undefined;
        const author = from ? authors.of(from) : authors.anyone();
        const message = this.remoteMessage<TextMessage>(author, {
          type: 'text',
          message: pick(this.ctx.random, LINES),
        });
        this.deliver(message);
        return message;
      },
    };
  }
}
