import type { Emitter } from './emitter.js';

export type RecordingState = 'IDLE' | 'STARTING' | 'RECORDING' | 'PAUSED' | 'STOPPING';

/** Events of `meeting.recording`. */
export type RecordingEvents = {
  recordingUpdate: (state: RecordingState) => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** Recording (`meeting.recording`). */
export interface Recording extends Emitter<RecordingEvents> {
  readonly recordingState: RecordingState;
  readonly recordings: {
    id: string;
    state: RecordingState;
    type: 'BROWSER' | 'TRACK' | 'COMPOSITE';
  }[];
  start(options?: { allowMultiple: boolean }): Promise<void>;
  stop(id?: string): Promise<void>;
  pause(id?: string): Promise<void>;
  resume(id?: string): Promise<void>;
}
