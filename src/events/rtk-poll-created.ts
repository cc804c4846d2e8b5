import type { RtkCreatePollDetail } from './rtk-create-poll.js';

/**
 * `rtk-poll-form` created a poll: `meeting.polls.create` resolved and the form was cleared. Our
 * addition (`rtk-polls` closes the form on it). Bubbles and crosses shadow roots.
 */
export class RtkPollCreatedEvent extends CustomEvent<RtkCreatePollDetail> {
  static readonly eventName = 'rtkPollCreated';

  constructor(detail: RtkCreatePollDetail) {
    super(RtkPollCreatedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkPollCreated: RtkPollCreatedEvent;
  }
}
