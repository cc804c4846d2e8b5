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

  setBroadcastTabChanges(broadcast: boolean): void {
    this.broadcastTabChanges = broadcast;
    this.emit('broadcastTabChangesUpdate', broadcast);
  }

  /**
   * Sets what self's stage shows. With `broadcastTabChanges` on, a change the user made is also
   * broadcast, and the demo's "server" echoes it back as `activeTabUpdate`.
   */
  setSelfActiveTab(tab: ActiveTab, source: unknown = TAB_SOURCE_USER): void {
    this.selfActiveTab = tab;
    this.emit('selfTabUpdate', tab);
    if (this.broadcastTabChanges && source === TAB_SOURCE_USER) this.emit('activeTabUpdate', tab);
  }

  // ---- Used by the demo core and director. ----

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
