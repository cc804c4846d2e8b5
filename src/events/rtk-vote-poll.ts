/** A vote: the poll's id and the chosen option's index (as `meeting.polls.vote` takes them). */
export interface RtkVotePollDetail {
  id: string;
  index: number;
}

/**
 * `rtk-poll` is about to vote (name and detail as in the official kit). Cancelable: call
 * `preventDefault()` to vote yourself; otherwise the poll calls `meeting.polls.vote`. Bubbles and
 * crosses shadow roots.
 */
export class RtkVotePollEvent extends CustomEvent<RtkVotePollDetail> {
  static readonly eventName = 'rtkVotePoll';

  constructor(detail: RtkVotePollDetail) {
    super(RtkVotePollEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkVotePoll: RtkVotePollEvent;
  }
}
