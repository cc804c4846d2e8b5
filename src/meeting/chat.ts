import type { Emitter } from './emitter.js';

/** Message kinds. */
export type MessageType = 'text' | 'image' | 'file' | 'custom' | 'poll';

/** Fields every chat message has. Names and text are user input: render them as text only. */
export interface BaseMessage {
  type: MessageType;
  id: string;
  userId: string;
  displayName: string;
  time: Date;
  timeMs?: number;
  isEdited?: boolean;
  read?: boolean;
  pluginId?: string;
  pinned?: boolean;
  /** Set for a private message: who it was sent to. */
  targetUserIds?: string[];
}

export interface TextMessage extends BaseMessage {
  type: 'text';
  message: string;
}

export interface ImageMessage extends BaseMessage {
  type: 'image';
  link: string;
}

export interface FileMessage extends BaseMessage {
  type: 'file';
  name: string;
  size: number;
  link: string;
}

/** An attachment of a custom message. */
export interface CustomAttachment {
  link: string;
  type?: string;
  name?: string;
  size?: number;
}

export interface CustomMessage extends BaseMessage {
  type: 'custom';
  message?: string;
  /** Never render this as HTML. */
  html?: string;
  files?: CustomAttachment[];
  images?: CustomAttachment[];
  videos?: CustomAttachment[];
}

export type Message = TextMessage | ImageMessage | FileMessage | CustomMessage;

/** What `sendMessage` / `editMessage` take. */
export type MessagePayload =
  | { type: 'text'; message: string; replyTo?: TextMessage }
  | { type: 'image'; image: File }
  | { type: 'file'; file: File }
  | {
      type: 'custom';
      message?: string;
      html?: string;
      files?: (File | string)[];
      images?: (File | string)[];
      videos?: (File | string)[];
      replyTo?: TextMessage;
    };

/** Payload of `chatUpdate`. `messages` is the whole list. */
export interface ChatUpdate {
  action: 'add' | 'edit' | 'delete';
  message: Message;
  messages: Message[];
}

/** Events of `meeting.chat`. */
export type ChatEvents = {
  chatUpdate: (payload: ChatUpdate) => void;
  pinMessage: (payload: { message: Message; messages: Message[] }) => void;
  unpinMessage: (payload: { message: Message; messages: Message[] }) => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** Paging options of the fetch methods. */
export interface FetchMessagesOptions {
  timestamp?: number;
  limit: number;
  direction: 'before' | 'after';
  reversed?: boolean;
}

/** Chat (`meeting.chat`). */
export interface Chat extends Emitter<ChatEvents> {
  /** All loaded messages, oldest first. The history loaded on join arrives without an event. */
  readonly messages: Message[];
  readonly maxTextLimit: number;
  readonly rateLimits?: { maxInvocations: number; period: number };
  setMaxTextLimit(limit: number): void;
  sendTextMessage(text: string, peerIds?: string[]): Promise<void>;
  sendImageMessage(image: File, peerIds?: string[]): Promise<void>;
  sendFileMessage(file: File, peerIds?: string[]): Promise<void>;
  sendMessage(message: MessagePayload, participantIds?: string[]): Promise<void>;
  editTextMessage(messageId: string, text: string): Promise<void>;
  editMessage(messageId: string, message: MessagePayload): Promise<void>;
  deleteMessage(messageId: string): Promise<void>;
  pin(id: string): Promise<void>;
  unpin(id: string): Promise<void>;
  fetchPublicMessages?(options: FetchMessagesOptions): Promise<Message[]>;
  fetchPrivateMessages?(options: FetchMessagesOptions & { userId: string }): Promise<Message[]>;
  fetchPinnedMessages?(options: FetchMessagesOptions): Promise<Message[]>;
}
