import type { Emitter } from './emitter.js';
import type { ViewType } from './media.js';

export type SocketState = 'connected' | 'disconnected' | 'reconnecting' | 'failed';

/** Signalling connection state. */
export interface SocketConnectionState {
  state: SocketState;
  reconnected: boolean;
  reconnectionAttempt: number;
}

export type TransportState =
  'new' | 'connecting' | 'reconnecting' | 'disconnected' | 'connected' | 'failed' | 'closed';

/** Media transport state, per direction. */
export interface MediaConnectionState {
  send: { state: TransportState; sfuSessionId?: string };
  recv: { state: TransportState; sfuSessionId?: string };
}

/** What the stage shows: a screen share or a plugin. */
export interface ActiveTab {
  type: 'screenshare' | 'plugin';
  id: string;
}

/** Events of `meeting.meta`. */
export type MetaEvents = {
  mediaConnectionUpdate: (payload: {
    transport: 'send' | 'recv';
    state: TransportState;
    sfuSessionId?: string;
  }) => void;
  socketConnectionUpdate: (state: SocketConnectionState) => void;
  poorConnection: (payload: { score: number }) => void;
  meetingStartTimeUpdate: (payload: { meetingStartedTimestamp: Date }) => void;
  activeTabUpdate: (tab: ActiveTab) => void;
  selfTabUpdate: (tab: ActiveTab) => void;
  broadcastTabChangesUpdate: (broadcast: boolean) => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** Meeting metadata and connection state (`meeting.meta`). */
export interface Meta extends Emitter<MetaEvents> {
  readonly meetingId: string;
  readonly meetingTitle: string;
  readonly meetingStartedTimestamp: Date;
  readonly viewType: ViewType | string;
  readonly sessionId?: string;
  readonly socketState: SocketConnectionState;
  readonly mediaState: MediaConnectionState;
  readonly selfActiveTab?: ActiveTab;
  readonly broadcastTabChanges: boolean;
  setBroadcastTabChanges(broadcast: boolean): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  setSelfActiveTab(tab: ActiveTab, source: any): void;
}
