/** How a notification looks and how urgently it is announced. */
export type RtkNotificationVariant = 'error' | 'info' | 'success';

/** What a notification says. */
export interface RtkNotificationDetail {
  /** Unique id, used to dismiss it. */
  id: string;
  /** The text shown, already translated. */
  message: string;
  /** `error` is announced at once (role="alert"); the others politely. */
  variant: RtkNotificationVariant;
  /** Buttons shown with the message; choosing one runs `handler`, then dismisses it. */
  actions?: readonly RtkNotificationAction[];
  /** How long it stays, in milliseconds, while not hovered or focused; `0` keeps it. */
  duration?: number;
  /** `false`: shown without the notification tone (its sender plays its own, or none). */
  sound?: boolean;
}

/** A button of a notification. */
export interface RtkNotificationAction {
  /** The button's text, already translated. */
  label: string;
  /** Runs when the button is chosen; a returned promise that rejects is ignored. */
  handler: () => unknown;
}

/**
 * Asks the nearest `rtk-meeting` to show a notification, e.g. when a meeting call was rejected.
 * Bubbles and crosses shadow roots, so host apps can listen to it too.
 */
export class RtkNotificationEvent extends CustomEvent<RtkNotificationDetail> {
  static readonly eventName = 'rtkNotification';

  constructor(detail: RtkNotificationDetail) {
    super(RtkNotificationEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkNotification: RtkNotificationEvent;
  }
}
