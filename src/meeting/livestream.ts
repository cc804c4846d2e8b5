import type { Emitter } from './emitter.js';

export type LivestreamState =
  'IDLE' | 'STARTING' | 'WAITING_ON_MANUAL_INGESTION' | 'LIVESTREAMING' | 'STOPPING';

/** Events of `meeting.livestream`. */
export type LivestreamEvents = {
  livestreamUpdate: (state: LivestreamState) => void;
  viewerCountUpdate: (count: number) => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** Livestream (`meeting.livestream`): present only in LIVESTREAM meetings. */
export interface Livestream extends Emitter<LivestreamEvents> {
  readonly state: LivestreamState;
  readonly playbackUrl?: string;
  readonly viewerCount: number;
  readonly ingestionCredentials?: { ingestionServer: string; streamKey: string };
  start(config?: { manualIngestion: boolean }): Promise<void>;
  stop(): Promise<void>;
}
