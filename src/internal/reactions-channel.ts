import { nextNotificationId } from '../controllers/action-controller.js';
import { RtkNotificationEvent, type RtkNotificationAction } from '../events/rtk-notification.js';
import { reactionsOverlayStrings } from '../i18n/en/reactions-overlay.js';
import { createT, withStrings, type TParams, type Translator } from '../i18n/t.js';
import { describeError } from '../meeting/errors.js';
import type { Meeting } from '../meeting/meeting.js';
import type {
  BroadcastedMessage,
  BroadcastTarget,
  BroadcastValue,
} from '../meeting/participants.js';
import { handViews, raisedHandsOf } from './hands-store.js';
import { DEFAULT_REACTIONS, HAND, HAND_QUERY, REACTION } from './reactions-protocol.js';

/*
 * Reactions and raised hands of one meeting, over `participants.broadcastMessage` (the protocol is
 * in `reactions-protocol.ts`). Loaded with the first message of ours that arrives, or the first
 * click on a reaction or a hand: a meeting where nobody reacts never loads it.
 *
 * - Sends stay within the SDK's rate limit (`participants.rateLimits`, 5 calls a second): the kit
 *   counts its own calls; a reaction beyond the limit is not sent (a notice says so), a hand
 *   message waits for room. A call the SDK still refuses (`0013`: other code broadcasts too) is
 *   retried for hands and reported for reactions.
 * - What the user asked for counts as done when its echo arrives (a broadcast without target
 *   reaches the sender too): the hand toggle is pending until then, and a hand whose echo never
 *   comes is reported and left as it was.
 * - A late joiner asks who has a hand up (`HAND_QUERY`, sent by the toggles on join); each person
 *   with a raised hand answers for their own.
 */

/** A reaction on screen (several of a burst are one, with a count). */
export interface FloatingReaction {
  key: number;
  emoji: string;
  /** Peer id of the first sender. */
  from: string;
  /** How many reactions it stands for. */
  count: number;
  /** Drawn without motion (`prefers-reduced-motion`). */
  still: boolean;
}

/**
 * What an element that hosts the channel offers (the toggles): a place to dispatch notices, its
 * language, and the overlay that draws reactions, the picker and the hosts' queue.
 */
export interface ChannelHost extends HTMLElement {
  /** The host's translator (its language); the channel adds its own English fallbacks. */
  channelT(): Translator;
  /** Puts the meeting's `rtk-reactions-overlay` on the page (once). */
  showOverlay(): void;
}

/** At most this many reactions on screen; more of the same kind add to a count. */
export const MAX_ON_SCREEN = 3;
/** How long a reaction stays on screen, in ms. */
export const REACTION_MS = 2600;
/** How long a hand change may wait for its echo before it is reported as not done, in ms. */
export const ECHO_MS = 8000;
/** Reactions longer than this are not emoji: ignored. */
const MAX_EMOJI = 16;

/** The default rate limit of `broadcastMessage` in the SDK. */
const DEFAULT_LIMIT = { maxInvocations: 5, period: 1 };

type Options = { lowerOnSpeak: boolean; lowerOnStage: boolean };

const channels = new WeakMap<object, ReactionsChannel>();

/** The channel of a meeting (made on first use). */
export function channelOf(meeting: Meeting): ReactionsChannel {
  let channel = channels.get(meeting);
  if (!channel) channels.set(meeting, (channel = new ReactionsChannel(meeting)));
  return channel;
}

/** Whether the local user may lower other people's hands (hosts). */
export function canManageHands(meeting: Meeting | undefined): boolean {
  const p = meeting?.self?.permissions;
  return Boolean(p?.kickParticipant || p?.acceptStageRequests);
}

/** The reactions and raised hands of one meeting. */
export class ReactionsChannel {
  /** Raised hands: peer id → when raised. Shared with the tiles through `hands-store.ts`. */
  readonly hands: Map<string, number>;
  /** Reactions on screen, oldest first. */
  floating: FloatingReaction[] = [];
  /** The local user's hand change waiting for its echo. */
  pendingOwn: 'up' | 'down' | undefined;
  /** People whose hand the local user (a host) asked to lower, waiting for the echo; `*` for all. */
  readonly lowering = new Set<string>();
  /** The text the live region reads (reactions, coalesced). */
  announcement = '';
  /** The latest announcement as its string key and values. */
  announced_?: { key: string; values: Record<string, string | number> };
  /** The open reactions picker: its emoji, and who opened it (focus returns there). */
  picker: { opener?: HTMLElement; emojis: readonly string[] } | undefined;
  readonly options: Options = { lowerOnSpeak: true, lowerOnStage: true };
  /** How long a change waits for its echo (ms). */
  echoMs = ECHO_MS;
  /** Elements that host the channel (the toggles): notices are dispatched from the first one. */
  readonly hosts = new Set<ChannelHost>();

  private readonly sent: number[] = [];
  private readonly waiting: Array<() => void> = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private ownTimer: ReturnType<typeof setTimeout> | undefined;
  private keys = 0;
  private announced: { names: Set<string>; emoji: string; timer?: ReturnType<typeof setTimeout> } =
    { names: new Set(), emoji: '' };
  private tooFastShown = 0;

  constructor(readonly meeting: Meeting) {
    let hands = raisedHandsOf.get(meeting);
    if (!hands) raisedHandsOf.set(meeting, (hands = new Map()));
    this.hands = hands;
  }

  private get selfId(): string {
    return this.meeting.self?.id ?? '';
  }

  /** Whether the local user may lower other people's hands (a host). */
  get managesHands(): boolean {
    return canManageHands(this.meeting);
  }

  /** Whether the local user's hand is up. */
  get ownHandUp(): boolean {
    return this.hands.has(this.selfId);
  }

  /** The raised hands of people still in the meeting, in the order they were raised. */
  queue(): Array<{ id: string; name: string; at: number; self: boolean }> {
    const joined = this.meeting.participants?.joined;
    const rows: Array<{ id: string; name: string; at: number; self: boolean }> = [];
    for (const [id, at] of this.hands) {
      const self = id === this.selfId;
      const person = self ? this.meeting.self : joined?.get?.(id);
      if (!person) continue;
      rows.push({ id, name: person.name?.trim() || '?', at, self });
    }
    return rows.sort((a, b) => a.at - b.at);
  }

  /** The translator: the first host's language, with the channel's English fallbacks. */
  get t(): Translator {
    const host = [...this.hosts][0];
    const base = host?.channelT();
    return withStrings(base ?? fallbackT(), reactionsOverlayStrings);
  }

  // ---- Hosts ----

  attach(host: ChannelHost): void {
    this.hosts.add(host);
  }

  detach(host: ChannelHost): void {
    this.hosts.delete(host);
    // A toggle moved into "More" comes back at once; only a meeting without toggles loses them.
    queueMicrotask(() => {
      if (this.hosts.size > 0) return;
      this.closePicker(false);
      if (this.overlay?.hasAttribute('data-mounted')) this.overlay.remove();
    });
  }

  // ---- Incoming ----

  /** One of the kit's messages arrived (`broadcastedMessage`). */
  receive(message: BroadcastedMessage): void {
    const payload = message.payload ?? {};
    if (message.type === REACTION) this.receiveReaction(payload);
    else if (message.type === HAND) this.receiveHand(payload);
    else if (message.type === HAND_QUERY) this.answerQuery(payload.from);
    this.changed();
  }

  /** Another meeting event the toggles pass on: the local user speaks, goes on stage, leaves. */
  event(event: string, arg: unknown): void {
    if (event === 'roomLeft') return this.reset();
    if (!this.ownHandUp || this.pendingOwn) return;
    const spoke =
      event === 'activeSpeaker' &&
      this.options.lowerOnSpeak &&
      (arg as { peerId?: string } | undefined)?.peerId === this.selfId;
    const staged = event === 'stageStatusUpdate' && this.options.lowerOnStage && arg === 'ON_STAGE';
    if (spoke || staged) this.setOwnHand(false);
  }

  private receiveReaction(payload: { [key: string]: BroadcastValue }): void {
    const { from, emoji } = payload;
    if (typeof from !== 'string' || typeof emoji !== 'string') return;
    const text = emoji.trim();
    if (!text || text.length > MAX_EMOJI) return;
    const still = reducedMotion();
    const same = this.floating.find((r) => r.emoji === text && r.from === from);
    const sameEmoji = this.floating.find((r) => r.emoji === text);
    if (same || (sameEmoji && this.floating.length >= MAX_ON_SCREEN)) {
      const target = (same ?? sameEmoji)!;
      target.count += 1;
      this.later(() => this.drop(target.key), REACTION_MS);
    } else {
      if (this.floating.length >= MAX_ON_SCREEN) this.floating.shift();
      const reaction = { key: ++this.keys, emoji: text, from, count: 1, still };
      this.floating = [...this.floating, reaction];
      this.later(() => this.drop(reaction.key), REACTION_MS);
    }
    this.announce(from, text);
    this.showOverlay();
  }

  private receiveHand(payload: { [key: string]: BroadcastValue }): void {
    const { id, up, at, by } = payload;
    if (typeof id !== 'string') return;
    const selfId = this.selfId;
    if (id === '*') {
      if (up !== false) return;
      const mine = this.hands.has(selfId);
      this.hands.clear();
      this.lowering.clear();
      if (mine && by !== selfId) this.notice('reactions_overlay.hand_lowered_by_host');
      if (this.pendingOwn === 'down' || mine) this.settleOwn();
      return;
    }
    if (up === true) {
      const when = typeof at === 'number' && Number.isFinite(at) ? at : Date.now();
      const was = this.hands.get(id);
      this.hands.set(id, was === undefined ? when : Math.min(was, when));
      if (was === undefined && id !== selfId && this.managesHands) {
        this.handToast(id);
        this.showOverlay();
      }
    } else if (up === false) {
      const had = this.hands.delete(id);
      this.lowering.delete(id);
      if (id === selfId && had && typeof by === 'string' && by !== selfId)
        this.notice('reactions_overlay.hand_lowered_by_host');
    }
    if (id === selfId) this.settleOwn();
  }

  /** A late joiner asks: the local user answers for their own raised hand. */
  private answerQuery(from: BroadcastValue | undefined): void {
    const selfId = this.selfId;
    const at = this.hands.get(selfId);
    if (typeof from !== 'string' || from === selfId || at === undefined) return;
    this.enqueue(() =>
      this.send(HAND, { id: selfId, up: true, at }, { participantIds: [from] }).catch(
        () => undefined,
      ),
    );
  }

  // ---- Outgoing ----

  /** Raises or lowers the local user's hand (nothing while a change waits for its echo). */
  toggleOwnHand(): void {
    if (this.pendingOwn) return;
    this.setOwnHand(!this.ownHandUp);
  }

  /** Raises (`true`) or lowers the local user's hand; done when the echo arrives. */
  setOwnHand(up: boolean): void {
    if (this.pendingOwn || up === this.ownHandUp) return;
    const selfId = this.selfId;
    if (!selfId) return;
    this.pendingOwn = up ? 'up' : 'down';
    const failed = (message?: string) => {
      if (!this.pendingOwn) return;
      this.settleOwn();
      this.notice(
        up ? 'reactions_overlay.hand_not_raised' : 'reactions_overlay.hand_not_lowered',
        message ? { message } : undefined,
        'error',
      );
    };
    this.enqueue(() => {
      this.send(HAND, { id: selfId, up, at: Date.now() }).catch((error: unknown) =>
        failed(describeError(error).message),
      );
      clearTimeout(this.ownTimer);
      this.ownTimer = setTimeout(() => failed(), this.echoMs);
    });
    this.changed();
  }

  /** A host lowers someone's hand (`'*'`: every hand); done when the echo arrives. */
  lowerHand(id: string): void {
    if (this.lowering.has(id) || this.lowering.has('*')) return;
    this.lowering.add(id);
    const name = id === '*' ? '' : (this.queue().find((r) => r.id === id)?.name ?? '?');
    const failed = () => {
      if (!this.lowering.delete(id)) return;
      this.notice(
        id === '*' ? 'reactions_overlay.all_not_lowered' : 'reactions_overlay.not_lowered',
        { name },
        'error',
      );
      this.changed();
    };
    this.enqueue(() => {
      this.send(HAND, { id, up: false, at: 0, by: this.selfId }).catch(failed);
      this.later(failed, this.echoMs);
    });
    this.changed();
  }

  /** Sends a reaction; `false` when the rate limit leaves no room for it now. */
  react(emoji: string): boolean {
    if (!this.hasRoom()) {
      const now = Date.now();
      if (now - this.tooFastShown > 3000) {
        this.tooFastShown = now;
        this.notice('reactions_overlay.too_fast');
      }
      return false;
    }
    this.send(REACTION, { from: this.selfId, emoji }).catch((error: unknown) =>
      this.notice('reactions_overlay.not_sent', { message: describeError(error).message }, 'error'),
    );
    return true;
  }

  // ---- Picker ----

  /** Opens the reactions picker (in the overlay); focus returns to `opener` when it closes. */
  openPicker(opener?: HTMLElement, emojis: readonly string[] = DEFAULT_REACTIONS): void {
    this.picker = { opener, emojis: emojis.length ? emojis : DEFAULT_REACTIONS };
    this.showOverlay();
    this.changed();
  }

  /** Closes the picker, and returns focus to what opened it unless `restore` is false. */
  closePicker(restore = true): void {
    const picker = this.picker;
    if (!picker) return;
    this.picker = undefined;
    this.changed();
    if (restore) picker.opener?.focus();
  }

  // ---- Internals ----

  /** The rate limit of `broadcastMessage` in use. */
  private get limit(): { maxInvocations: number; period: number } {
    const limits = this.meeting.participants?.rateLimits;
    return limits && limits.maxInvocations > 0 && limits.period > 0 ? limits : DEFAULT_LIMIT;
  }

  /** Whether a send now stays within the limit (the kit's own calls of the last period). */
  private hasRoom(): boolean {
    const { maxInvocations, period } = this.limit;
    const since = Date.now() - period * 1000 - 50;
    while (this.sent.length && this.sent[0] <= since) this.sent.shift();
    return this.sent.length < maxInvocations;
  }

  /** Runs `task` now if the limit leaves room, else when it does (in order). */
  private enqueue(task: () => void): void {
    this.waiting.push(task);
    this.flush();
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    while (this.waiting.length && this.hasRoom()) this.waiting.shift()!();
    if (!this.waiting.length) return;
    const wait = Math.max(this.sent[0] + this.limit.period * 1000 + 60 - Date.now(), 20);
    this.flushTimer = setTimeout(() => this.flush(), wait);
  }

  /**
   * One `broadcastMessage`, counted against the limit. The SDK throws its rate-limit error at once
   * (not as a rejection): both come back as a rejected promise; `0013` is retried once the period
   * has passed when `retry` is set (hand messages).
   */
  private send(
    type: string,
    payload: { [key: string]: BroadcastValue },
    target?: BroadcastTarget,
  ): Promise<void> {
    this.sent.push(Date.now());
    try {
      const call = this.meeting.participants.broadcastMessage(type, payload, target);
      return Promise.resolve(call).catch((error: unknown) =>
        this.retry(error, type, payload, target),
      );
    } catch (error) {
      return this.retry(error, type, payload, target);
    }
  }

  private retry(
    error: unknown,
    type: string,
    payload: { [key: string]: BroadcastValue },
    target?: BroadcastTarget,
  ): Promise<void> {
    if (type === REACTION || (error as { code?: unknown })?.code !== '0013')
      return Promise.reject(error);
    return new Promise((resolve, reject) =>
      this.later(() => {
        this.enqueue(() => void this.send(type, payload, target).then(resolve, reject));
      }, this.limit.period * 1000),
    );
  }

  private settleOwn(): void {
    this.pendingOwn = undefined;
    clearTimeout(this.ownTimer);
    this.ownTimer = undefined;
  }

  private drop(key: number): void {
    const reaction = this.floating.find((r) => r.key === key);
    if (!reaction) return;
    // A reaction that gathered more stays until its last one has had its time.
    if (--reaction.count > 0) return;
    this.floating = this.floating.filter((r) => r.key !== key);
    this.changed();
  }

  /** Reads reactions out politely: one sentence for a burst. */
  private announce(from: string, emoji: string): void {
    const state = this.announced;
    if (state.emoji && state.emoji !== emoji) this.speak();
    state.emoji = emoji;
    state.names.add(from);
    state.timer ??= setTimeout(() => this.speak(), 1200);
  }

  private speak(): void {
    const { names, emoji, timer } = this.announced;
    clearTimeout(timer);
    this.announced = { names: new Set(), emoji: '' };
    if (!names.size) return;
    const [first] = names;
    const name = this.nameOf(first);
    // Kept as key and values: each overlay reads it out in its own language.
    this.announced_ =
      names.size === 1
        ? { key: 'reactions_overlay.reacted', values: { name, emoji } }
        : { key: 'reactions_overlay.reacted_many', values: { name, emoji, count: names.size - 1 } };
    this.announcement = this.t(this.announced_.key, this.announced_.values);
    this.changed();
  }

  /** Someone's name (the local user's "You"). */
  nameOf(id: string): string {
    if (id === this.selfId) return this.t('reactions_overlay.you');
    return this.meeting.participants?.joined?.get?.(id)?.name?.trim() || '?';
  }

  private handToast(id: string): void {
    this.notice(
      'reactions_overlay.hand_raised',
      { name: this.nameOf(id) },
      'info',
      [{ label: this.t('reactions_overlay.show_queue'), handler: () => this.showQueue() }],
      this.handToastId,
    );
  }

  /** Opens the hosts' queue of raised hands in the overlay. */
  showQueue(): void {
    this.queueHidden = false;
    this.showOverlay();
    this.changed();
    const overlay = this.overlay;
    void overlay?.updateComplete?.then(() => overlay.focusQueue?.());
  }

  /** Whether the hosts' queue is folded away (it opens from the notice, or `showQueue()`). */
  queueHidden = true;

  /** One notice for raised hands at a time: the latest replaces the one before. */
  private handToastId = nextNotificationId();

  private notice(
    key: string,
    params?: TParams,
    variant: 'info' | 'error' = 'info',
    actions?: RtkNotificationAction[],
    id = nextNotificationId(),
  ): void {
    const host = [...this.hosts].find((h) => h.isConnected);
    if (!host) return;
    host.dispatchEvent(
      new RtkNotificationEvent({
        id,
        message: this.t(key, params),
        variant,
        actions,
      }),
    );
  }

  /** The overlay on the page (set by `rtk-reactions-overlay` itself). */
  overlay?: HTMLElement & { focusQueue?: () => void; updateComplete?: Promise<unknown> };

  /** Puts the overlay (floating reactions, picker, hosts' queue) on the page, once. */
  private showOverlay(): void {
    if (this.overlay?.isConnected) return;
    [...this.hosts][0]?.showOverlay();
  }

  private later(fn: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  /** The local user left: nothing of this meeting's hands or reactions stays. */
  private reset(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    clearTimeout(this.flushTimer);
    clearTimeout(this.announced.timer);
    this.waiting.length = 0;
    this.settleOwn();
    this.hands.clear();
    this.lowering.clear();
    this.floating = [];
    this.announcement = '';
    this.picker = undefined;
    this.changed();
  }

  /** Every view of hands and reactions updates. */
  changed(): void {
    for (const view of handViews) view.requestUpdate();
  }
}

/** Whether the page asks for reduced motion. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

let english: Translator | undefined;
const fallbackT = (): Translator => (english ??= createT());
