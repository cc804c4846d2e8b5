import type { Emitter } from './emitter.js';

/** One line of a live transcript. */
export interface TranscriptionData {
  id: string;
  name: string;
  peerId: string;
  userId: string;
  customParticipantId: string;
  transcript: string;
  isPartialTranscript: boolean;
  date: Date;
}

/** Transcripts (`meeting.ai`). */
export interface Ai extends Emitter<{
  transcript: (data: TranscriptionData) => void;
  '*': (event: string, ...args: unknown[]) => void;
}> {
  readonly transcripts: TranscriptionData[];
  /** Loads the transcript of the session so far into `transcripts` (the real client's). */
  getActiveTranscript?(): Promise<void>;
}
