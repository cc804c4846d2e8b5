/** What a new poll asks: as `meeting.polls.create(question, options, anonymous, hideVotes)` takes it. */
export interface RtkCreatePollDetail {
  question: string;
  options: string[];
  anonymous: boolean;
  hideVotes: boolean;
}

/**
 * `rtk-poll-form` is about to create a poll (name and detail as in the official kit). Cancelable:
 * call `preventDefault()` to create it yourself; otherwise the form calls `meeting.polls.create`.
 * Bubbles and crosses shadow roots.
 */
export class RtkCreatePollEvent extends CustomEvent<RtkCreatePollDetail> {
  static readonly eventName = 'rtkCreatePoll';

  constructor(detail: RtkCreatePollDetail) {
    super(RtkCreatePollEvent.eventName, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkCreatePoll: RtkCreatePollEvent;
  }
}
