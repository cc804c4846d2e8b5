import type { Message } from './chat.js';
import { mapItems } from './guards.js';
import type { Meeting } from './meeting.js';
import type { Participant } from './participant.js';

/**
 * Conversations of the chat, read from a meeting that may be half-shaped. A conversation is either
 * the public room (`EVERYONE`) or a private one with one person, identified by their `userId`
 * (stable across rejoins, unlike the peer id the send methods take).
 */

/** Id of the public conversation. */
export const EVERYONE = 'everyone';

/** The conversation a message belongs to, seen by the user `selfUserId`. */
export function conversationOf(
  message: Pick<Message, 'userId' | 'targetUserIds'>,
  selfUserId: string | undefined,
): string {
  const targets = message.targetUserIds;
  if (!targets?.length) return EVERYONE;
  if (message.userId !== selfUserId) return message.userId;
  return targets.find((id) => id !== selfUserId) ?? EVERYONE;
}

/** The joined person with this user id (the recipient of a private conversation), if present. */
export function personOf(meeting: Meeting | undefined, userId: string): Participant | undefined {
  return mapItems(meeting?.participants?.joined).find((p) => p?.userId === userId);
}

/** What the local user may do in a conversation, and why not. */
export interface ConversationRights {
  /** They may send texts. */
  text: boolean;
  /** They may send files and images. */
  files: boolean;
  /** The key of the reason (`chat.*`) when they may send neither, or only one kind. */
  reason?:
    'chat.cannot_send' | 'chat.cannot_send_text' | 'chat.cannot_send_files' | 'chat.recipient_left';
}

/** Reads `self.permissions.chatPublic` / `chatPrivate` for `conversation`. */
export function rightsIn(meeting: Meeting | undefined, conversation: string): ConversationRights {
  const permissions = meeting?.self?.permissions;
  const scope = conversation === EVERYONE ? permissions?.chatPublic : permissions?.chatPrivate;
  const canSend = Boolean(scope?.canSend);
  const text = canSend && Boolean(scope?.text);
  const files = canSend && Boolean(scope?.files);
  if (!text && !files) return { text, files, reason: 'chat.cannot_send' };
  if (conversation !== EVERYONE && !personOf(meeting, conversation)) {
    return { text: false, files: false, reason: 'chat.recipient_left' };
  }
  if (!text) return { text, files, reason: 'chat.cannot_send_text' };
  if (!files) return { text, files, reason: 'chat.cannot_send_files' };
  return { text, files };
}

/** True when private conversations are offered: the preset lets the user send or receive them. */
export function privateChatAllowed(meeting: Meeting | undefined): boolean {
  const scope = meeting?.self?.permissions?.chatPrivate;
  return Boolean(scope && ((scope.canSend && (scope.text || scope.files)) || scope.canReceive));
}
