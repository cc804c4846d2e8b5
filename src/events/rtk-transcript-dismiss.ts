import type { TranscriptionData } from '../meeting/ai.js';

/**
 * A caption line (`rtk-transcript`) has been shown long enough and asks to leave; `detail` is its
 * transcript. Sent to the element's parent (`rtk-transcripts` removes the line); does not bubble.
 * Name as in the official kit.
 */
export class TranscriptDismissEvent extends CustomEvent<TranscriptionData> {
  static readonly eventName = 'rtkTranscriptDismiss';

  constructor(detail: TranscriptionData) {
    super(TranscriptDismissEvent.eventName, { detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkTranscriptDismiss: TranscriptDismissEvent;
  }
}
