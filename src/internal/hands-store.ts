/*
 * Who has a hand up, per meeting: what tiles and participant rows read to show a hand. Tiny and
 * loaded with the tile; the lazy code of `reactions-channel.ts` fills it (from the kit's
 * broadcast messages, see `reactions-protocol.ts`) and asks every registered view to update.
 */

/** Raised hands of a meeting: peer id → when the hand went up (ms, the raiser's clock). */
export const raisedHandsOf = new WeakMap<object, Map<string, number>>();

/** Elements that show hands (tiles, rows, toggles): updated when a hand goes up or down. */
export const handViews = new Set<{ requestUpdate(): void }>();

/** Whether `peerId` has a hand up in `meeting`. */
export const handUp = (meeting: object | undefined, peerId: string | undefined): boolean =>
  !!meeting && !!peerId && !!raisedHandsOf.get(meeting)?.has(peerId);
