import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RtkNotificationDetail, RtkNotificationEvent } from '../events/rtk-notification.js';
import type { RtkNotificationDismissEvent } from '../events/rtk-notification-dismiss.js';

/** How long a notification stays, in milliseconds. */
export const NOTIFICATION_DURATION = 6000;
/** The most notifications kept at once; the oldest goes first. */
const MAX_NOTIFICATIONS = 5;

/**
 * Collects the `rtkNotification` events that reach its host (from anywhere inside it), keeps
 * them for `duration` ms, and removes one on `rtkNotificationDismiss`. Timers and listeners end
 * when the host disconnects.
 */
export class NotificationsController implements ReactiveController {
  /** The notifications to show, oldest first. */
  items: readonly RtkNotificationDetail[] = [];

  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

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
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.items = [];
  }

  /** Adds a notification (replacing one with the same id). */
  add(detail: RtkNotificationDetail): void {
    this.remove(detail.id);
    const items = [...this.items, detail];
    while (items.length > MAX_NOTIFICATIONS) this.remove(items.shift()!.id, false);
    this.items = items;
    if (this.duration > 0) {
      this.timers.set(
        detail.id,
        setTimeout(() => this.remove(detail.id), this.duration),
      );
    }
    this.host.requestUpdate();
  }

  /** Removes a notification by id. */
  remove(id: string, update = true): void {
    const timer = this.timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(id);
    if (!this.items.some((n) => n.id === id)) return;
    this.items = this.items.filter((n) => n.id !== id);
    if (update) this.host.requestUpdate();
  }

  private handleNotification = (event: RtkNotificationEvent): void => {
    if (event.detail?.message) this.add(event.detail);
  };

  private handleDismiss = (event: RtkNotificationDismissEvent): void => {
    this.remove(event.detail.id);
  };
}
