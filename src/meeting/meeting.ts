import type { Ai } from './ai.js';
import type { Chat } from './chat.js';
import type { ConnectedMeetings } from './connected-meetings.js';
import type { Livestream } from './livestream.js';
import type { LeaveRoomState } from './media.js';
import type { Meta } from './meta.js';
import type { Participants } from './participants.js';
import type { Plugins } from './plugins.js';
import type { Polls } from './polls.js';
import type { Recording } from './recording.js';
import type { Self } from './self.js';
import type { Stage } from './stage.js';
import type { StoreManager } from './stores.js';

/**
 * The meeting object the kit consumes: the slice of `RealtimeKitClient` the UI uses.
 *
 * Every module is optional because the real client returns `undefined` for a module that was not
 * constructed (`livestream` exists only in LIVESTREAM meetings). Components hide a feature whose
 * module is missing; they never throw.
 */
export interface Meeting {
  readonly self: Self;
  readonly participants: Participants;
  readonly meta: Meta;
  readonly chat?: Chat;
  readonly polls?: Polls;
  readonly plugins?: Plugins;
  readonly stage?: Stage;
  readonly recording?: Recording;
  readonly livestream?: Livestream;
  readonly ai?: Ai;
  readonly connectedMeetings?: ConnectedMeetings;
  /** Plugin key/value stores (`meeting.stores`). */
  readonly stores?: StoreManager;
  /**
   * The client's internals; the kit reads only `browserSpecs` (browser and OS, for the call
   * diagnostics), and only when present.
   */
  readonly __internals__?: { readonly browserSpecs?: unknown };
  join(): Promise<void>;
  leave(state?: LeaveRoomState): Promise<void>;
}

/**
 * What a component may be handed: a full meeting, or any partial, half-initialised object.
 * Components read it through the helpers in `guards.ts` and render an empty state when a part is
 * missing.
 */
export type MaybeMeeting = Partial<Meeting> | undefined | null;
