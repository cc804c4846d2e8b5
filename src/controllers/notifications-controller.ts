import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RtkNotificationDetail, RtkNotificationEvent } from '../events/rtk-notification.js';
import type { RtkNotificationDismissEvent } from '../events/rtk-notification-dismiss.js';

/** How long a notification stays by default, in milliseconds. */
export const NOTIFICATION_DURATION = 6000;
/** The most notifications kept at once; the oldest goes first. */
const MAX_NOTIFICATIONS = 5;

/**
 * Collects the `rtkNotification` events that reach its host (from anywhere inside it) and removes
 * one on `rtkNotificationDismiss`. Timing is left to `rtk-notification`, which dismisses itself
 * after its `duration` (given here to each notification that has none) and pauses while hovered
 * or focused. Listeners end when the host disconnects.
 */
export class NotificationsController implements ReactiveController {
  /** The notifications to show, oldest first. */
  items: readonly RtkNotificationDetail[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly duration = NOTIFICATION_DURATION,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('rtkNotification', this.handleNotification);
    this.host.addEventListener('rtkNotificationDismiss', this.handleDismiss);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('rtkNotification', this.handleNotification);
    this.host.removeEventListener('rtkNotificationDismiss', this.handleDismiss);
    this.items = [];
  }

  /** Adds a notification (replacing one with the same id). */
  add(detail: RtkNotificationDetail): void {
    const items = [
      ...this.items.filter((n) => n.id !== detail.id),
      { ...detail, duration: detail.duration ?? this.duration },
    ];
    while (items.length > MAX_NOTIFICATIONS) items.shift();
    this.items = items;
    this.host.requestUpdate();
  }

  /** Removes a notification by id. */
  remove(id: string): void {
    if (!this.items.some((n) => n.id === id)) return;
    this.items = this.items.filter((n) => n.id !== id);
    this.host.requestUpdate();
  }

  private handleNotification = (event: RtkNotificationEvent): void => {
    if (event.detail?.message) this.add(event.detail);
  };

  private handleDismiss = (event: RtkNotificationDismissEvent): void => {
    this.remove(event.detail.id);
  };
}
