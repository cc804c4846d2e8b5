import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingNotificationsController } from '../../controllers/meeting-notifications-controller.js';
import { NotificationsController } from '../../controllers/notifications-controller.js';
import type {
  RtkNotificationDetail,
  RtkNotificationVariant,
} from '../../events/rtk-notification.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import { playNotificationTone } from '../../internal/notification-sound.js';
import styles from './notifications.styles.js';
import { notificationsStrings } from '../../i18n/en/notifications.js';
import { shellStrings } from '../../i18n/en/shell.js';

/** No list given: the stack collects its own. */
const NONE: readonly RtkNotificationDetail[] = Object.freeze([]);

/**
 * The notification stack of a meeting: the newest `max` notifications, each an
 * `rtk-notification` (timed, pausing on hover and focus, with actions and a dismiss button).
 *
 * Errors go to an assertive live region (`role="alert"`), everything else to a polite one
 * (`role="status"`). Both regions are always present so that screen readers announce what is
 * added. `rtk-meeting` fills `notifications` from the `rtkNotification` events it hears. Used
 * alone (no `notifications` given when it connects), the stack does that itself: it shows the
 * meeting's events as `rtk-meeting` would (joins and leaves, chat, polls, stage requests,
 * recording) and the `rtkNotification`s that reach it.
 *
 * A new notification plays a short generated tone unless `states.prefs.muteNotificationSounds`
 * is set (browsers allow it only after the person interacted with the page).
 *
 * @csspart region - Each live region.
 * @csspart notification - Each `rtk-notification` (its parts are exported as well).
 * @csspart message - The text of each notification.
 *
 * @fires rtkNotificationDismiss - When a notification is dismissed (`detail.id`): by the user,
 *   an action, or its timer.
 */
export class RtkNotifications extends RtkElement {
  // The meeting's events, told by the stack when it is used alone (as rtk-meeting tells them).
  static override strings = { ...notificationsStrings, ...shellStrings };

  static override styles = [tokens, hostStyles, styles];

  /** The notifications to show, oldest first. Unset: the stack collects its own. Our addition. */
  @property({ attribute: false }) notifications: readonly RtkNotificationDetail[] = NONE;

  /** The most notifications shown at once; the newest win. Our addition. */
  @property({ type: Number }) max = 3;

  /** Plays the sound of a new notification; replace it to use your own. Our addition. */
  @property({ attribute: false }) playSound: (variant: RtkNotificationVariant) => unknown =
    playNotificationTone;

  private readonly heard = new Set<string>();

  /** What it collects itself while no `notifications` are given. */
  private readonly own = new NotificationsController(this);

  /** The meeting's events as notifications, when the stack is used alone. */
  private meetingNotices?: MeetingNotificationsController;

  /** The list last shown, to sound only what is new. */
  private lastShown?: readonly RtkNotificationDetail[];

  private get shown(): readonly RtkNotificationDetail[] {
    return this.notifications === NONE ? this.own.items : (this.notifications ?? []);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inside rtk-meeting the list is given before the stack connects: the meeting tells its events.
    if (this.notifications === NONE && !this.meetingNotices) {
      this.meetingNotices = new MeetingNotificationsController(this, {
        localize: () => this.localize,
        states: () => this.activeStates,
        updateStates: (patch) => this.updateStates(patch),
        config: () => this.activeConfig,
      });
    }
  }

  /** The toast element loads with the first notification; until then this is two empty regions. */
  private toast?: Promise<unknown>;

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.toast;
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const items = this.shown;
    if (!this.toast && items.length) this.toast = import('../notification/rtk-notification.js');
    if (items === this.lastShown) return;
    this.lastShown = items;
    const fresh = items.filter((n) => !this.heard.has(n.id));
    // Forget the dismissed ones, so that an id used again sounds again.
    this.heard.clear();
    for (const n of items) this.heard.add(n.id);
    const newest = fresh.at(-1);
    if (newest && newest.sound !== false && !this.activeStates.prefs?.muteNotificationSounds) {
      try {
        this.playSound(newest.variant);
      } catch {
        // A custom player failed; the notification is what matters.
      }
    }
  }

  override render() {
    const items = this.shown.slice(-Math.max(1, this.max));
    const errors = items.filter((n) => n.variant === 'error');
    const others = items.filter((n) => n.variant !== 'error');
    return html`<div part="region" class="polite" role="status">${this.renderList(others)}</div>
      <div part="region" class="assertive" role="alert">${this.renderList(errors)}</div>`;
  }

  private renderList(items: readonly RtkNotificationDetail[]) {
    return repeat(
      items,
      (n) => n.id,
      (n) => html`<rtk-notification
        part="notification"
        exportparts="container, icon, actions, action, dismiss, progress"
        .notification=${n}
        .size=${this.size}
        ><span part="message">${n.message}</span></rtk-notification
      >`,
    );
  }
}
