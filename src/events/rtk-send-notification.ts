/** What `rtkSendNotification` asks the page to show. */
export interface RtkSendNotificationDetail {
  /** What it is about: the meeting call, e.g. `participant.disableAudio`. */
  trace: string;
  /** The text to show, already translated. */
  message: string;
}

/**
 * A notification the page may show, from a tag that does not show it itself. Fired by
 * `rtk-participant` when an action on a person failed, with the same text as the
 * `rtkNotification` that `rtk-meeting` shows. Bubbles and crosses shadow roots. Name as in the
 * official kit.
 */
export class RtkSendNotificationEvent extends CustomEvent<RtkSendNotificationDetail> {
  static readonly eventName = 'rtkSendNotification';

  constructor(detail: RtkSendNotificationDetail) {
    super(RtkSendNotificationEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkSendNotification: RtkSendNotificationEvent;
  }
}
