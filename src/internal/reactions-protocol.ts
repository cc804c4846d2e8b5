/*
 * The kit's messages for reactions and raised hands, sent with `participants.broadcastMessage`
 * and heard as `broadcastedMessage` (`{ type, payload, timestamp }`). The payload carries no
 * sender, so each message names who it is about. Every client is the authority on its own hand:
 * it answers a late joiner's question about it, and lowers it when its person speaks or goes on
 * stage. Tiny on purpose: the control-bar toggles (loaded at join) import it.
 */

/** `{ from, emoji }`: someone reacted. Sent to everyone, the sender included. */
export const REACTION = 'rtk-reaction';

/**
 * `{ id, up, at, by? }`: the hand of `id` went up (`at`: when, the raiser's clock) or down;
 * `by`: who lowered it when not `id` itself (a host). `id: '*'` with `up: false`: every hand.
 */
export const HAND = 'rtk-hand';

/**
 * `{ from }`: a person who just joined asks who has a hand up. Each person with a raised hand
 * answers with a `HAND` message sent to `from` only.
 */
export const HAND_QUERY = 'rtk-hand-query';

/** Whether a `broadcastedMessage` type is one of these. */
export const isReactionsMessage = (type: unknown): boolean =>
  type === REACTION || type === HAND || type === HAND_QUERY;

/** The reactions offered by default (`rtk-reactions-toggle`'s `emojis`). */
export const DEFAULT_REACTIONS: readonly string[] = ['👍', '👏', '😂', '❤️', '🎉', '😮'];
