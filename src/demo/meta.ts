import type { ViewType } from '../meeting/media.js';
import type {
  ActiveTab,
  MediaConnectionState,
  Meta,
  MetaEvents,
  SocketConnectionState,
  TransportState,
} from '../meeting/meta.js';
import { DemoEmitter } from './emitter.js';

/** `TabChangeSource.User` of the SDK (not exported there). */
const TAB_SOURCE_USER = 0;

/** `meeting.meta`: meeting identity, start time, connection states and the shared active tab. */
export class DemoMeta extends DemoEmitter<MetaEvents> implements Meta {
  readonly meetingId: string;
  readonly sessionId: string;
  readonly viewType: ViewType;
  meetingTitle: string;
  meetingStartedTimestamp: Date;
  selfActiveTab: ActiveTab | undefined = undefined;
  broadcastTabChanges = false;
  /** The tabs self broadcast while syncing, in order (what the other people were shown). */
  readonly broadcasts: ActiveTab[] = [];
  private socket: SocketConnectionState = {
    state: 'connected',
    reconnected: false,
    reconnectionAttempt: 0,
  };
  private media: MediaConnectionState = { send: { state: 'new' }, recv: { state: 'new' } };

  constructor(init: {
    meetingId: string;
    sessionId: string;
    title: string;
    viewType: ViewType;
    startedAt: Date;
  }) {
    super();
    this.meetingId = init.meetingId;
    this.sessionId = init.sessionId;
    this.meetingTitle = init.title;
    this.viewType = init.viewType;
    this.meetingStartedTimestamp = init.startedAt;
  }

  get socketState(): SocketConnectionState {
    return { ...this.socket };
  }

  get mediaState(): MediaConnectionState {
    return { send: { ...this.media.send }, recv: { ...this.media.recv } };
  }

  /** Turns syncing self's view on or off (local and synchronous, as in the SDK). */
  setBroadcastTabChanges(broadcast: boolean): void {
    const on = Boolean(broadcast);
    this.broadcastTabChanges = on;
    this.emit('broadcastTabChangesUpdate', on);
  }

  /**
   * Sets what self's stage shows. With `broadcastTabChanges` on, a change the user made is also
   * broadcast to everyone (`broadcasts` counts them), and the demo's "server" echoes it back as
   * `activeTabUpdate`.
   */
  setSelfActiveTab(tab: ActiveTab, source: unknown = TAB_SOURCE_USER): void {
    this.selfActiveTab = { type: tab.type, id: tab.id };
    this.emit('selfTabUpdate', { ...this.selfActiveTab });
    if (this.broadcastTabChanges && source === TAB_SOURCE_USER) {
      this.broadcasts.push({ ...this.selfActiveTab });
      this.emit('activeTabUpdate', { ...this.selfActiveTab });
    }
  }

  // ---- Used by the demo core and director. ----

  /** A remote host who syncs their view picked `tab`: the server relays it as `activeTabUpdate`. */
  receiveTab(tab: ActiveTab): void {
    this.emit('activeTabUpdate', { type: tab.type, id: tab.id });
  }

  /** Updates the socket state and emits `socketConnectionUpdate`. */
  setSocketState(state: SocketConnectionState, emitEvent = true): void {
    this.socket = { ...state };
    if (emitEvent) this.emit('socketConnectionUpdate', { ...state });
  }

  /** Updates one transport and emits `mediaConnectionUpdate`. */
  setTransportState(transport: 'send' | 'recv', state: TransportState, emitEvent = true): void {
    this.media[transport] = { state, sfuSessionId: this.sessionId };
    if (emitEvent)
      this.emit('mediaConnectionUpdate', { transport, state, sfuSessionId: this.sessionId });
  }

  /** Announces the meeting start time (on join). */
  announceStartTime(): void {
    this.emit('meetingStartTimeUpdate', { meetingStartedTimestamp: this.meetingStartedTimestamp });
  }
}
