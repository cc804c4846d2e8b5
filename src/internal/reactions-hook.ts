import type { Meeting } from '../meeting/meeting.js';
import type { BroadcastedMessage } from '../meeting/participants.js';
import type * as ChannelCode from './reactions-channel.js';
import type { ChannelHost, ReactionsChannel } from './reactions-channel.js';
import { HAND_QUERY, isReactionsMessage } from './reactions-protocol.js';

/*
 * What the control-bar toggles for reactions and hands carry at join: they hear the meeting's
 * events and hand them to the channel (`reactions-channel.ts`), whose code loads with the first
 * message of ours or the first click. Kept small: it is part of a joined meeting's bytes.
 */

type ChannelModule = typeof ChannelCode;

let loading: Promise<ChannelModule> | undefined;
let loaded: ChannelModule | undefined;

/** The channel of `meeting`, loading its code the first time (`host` joins its hosts). */
export async function channel(meeting: Meeting, host?: ChannelHost): Promise<ReactionsChannel> {
  const module = await (loading ??= import('./reactions-channel.js').then((m) => (loaded = m)));
  const ch = module.channelOf(meeting);
  if (host?.isConnected) {
    ch.attach(host);
    attached.set(host, ch);
  }
  return ch;
}

const attached = new WeakMap<ChannelHost, ReactionsChannel>();

/** `host` leaves the channel it joined (it left the page, maybe with its meeting from context). */
export function detach(host: ChannelHost): void {
  attached.get(host)?.detach(host);
  attached.delete(host);
}

/** The channel when its code is already loaded. */
export const loadedChannel = (meeting: Meeting): ReactionsChannel | undefined =>
  loaded?.channelOf(meeting);

const seen = new WeakSet<object>();
const asked = new WeakSet<object>();

/**
 * Passes a meeting event on: the kit's broadcast messages (each once, however many toggles hear
 * it), the local user's speaking and stage changes, joining (then it asks who has a hand up) and
 * leaving.
 */
export function route(meeting: Meeting, host: ChannelHost, event: string, arg: unknown): void {
  if (event === 'broadcastedMessage') {
    const message = arg as BroadcastedMessage | undefined;
    if (!message || seen.has(message) || !isReactionsMessage(message.type)) return;
    seen.add(message);
    // Only someone with a raised hand answers a late joiner, and a raised hand means the code ran.
    if (message.type === HAND_QUERY && !loaded) return;
    void channel(meeting, host).then((ch) => ch.receive(message));
    return;
  }
  if (event === 'roomLeft') asked.delete(meeting);
  loadedChannel(meeting)?.event(event, arg);
  askHands(meeting);
}

/** Once per join: asks the people in the meeting who has a hand up; they answer for their own. */
export function askHands(meeting: Meeting): void {
  const self = meeting.self;
  if (self?.roomState !== 'joined' || asked.has(meeting)) return;
  asked.add(meeting);
  try {
    void meeting.participants
      .broadcastMessage(HAND_QUERY, { from: self.id })
      .catch(() => undefined);
  } catch {
    // Rate-limited or refused at once: this join shows the hands raised from now on.
  }
}

/** Whether the meeting can carry reactions and hands. */
export const canBroadcast = (meeting: Partial<Meeting> | undefined): boolean =>
  typeof meeting?.participants?.broadcastMessage === 'function';
