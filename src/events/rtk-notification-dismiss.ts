/**
 * Fired by `rtk-notifications` when the user dismisses a notification. Name as in the official
 * kit; `detail.id` is the notification's id.
 */
export class RtkNotificationDismissEvent extends CustomEvent<{ id: string }> {
  static readonly eventName = 'rtkNotificationDismiss';

  constructor(id: string) {
    super(RtkNotificationDismissEvent.eventName, {
      detail: { id },
      bubbles: true,
      composed: true,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkNotificationDismiss: RtkNotificationDismissEvent;
  }
}
