import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../context/rtk-element.js';
import type { RtkNotificationDetail } from '../../events/rtk-notification.js';
import { RtkNotificationDismissEvent } from '../../events/rtk-notification-dismiss.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './notifications.styles.js';

/**
 * The notification stack of a meeting: short messages, each with a dismiss button.
 *
 * Errors go to an assertive live region (`role="alert"`), everything else to a polite one
 * (`role="status"`). Both regions are always present so that screen readers announce what is
 * added. `rtk-meeting` fills `notifications` from the `rtkNotification` events it hears.
 *
 * @csspart region - Each live region.
 * @csspart notification - One notification.
 * @csspart message - Its text.
 * @csspart dismiss - Its dismiss button.
 *
 * @fires rtkNotificationDismiss - When the user dismisses a notification (`detail.id`).
 */
export class RtkNotifications extends RtkElement {
  static override styles = [tokens, hostStyles, focusRing, styles];

  /** The notifications to show, oldest first. Our addition. */
  @property({ attribute: false }) notifications: readonly RtkNotificationDetail[] = [];

  private dismiss(id: string): void {
    this.dispatchEvent(new RtkNotificationDismissEvent(id));
  }

  override render() {
    const items = this.notifications ?? [];
    const errors = items.filter((n) => n.variant === 'error');
    const others = items.filter((n) => n.variant !== 'error');
    return html`<div part="region" class="polite" role="status">${this.renderList(others)}</div>
      <div part="region" class="assertive" role="alert">${this.renderList(errors)}</div>`;
  }

  private renderList(items: readonly RtkNotificationDetail[]) {
    return repeat(
      items,
      (n) => n.id,
      (n) => html`<div part="notification" data-variant=${n.variant}>
        <span part="message">${n.message}</span>
        <button
          part="dismiss"
          type="button"
          aria-label=${this.localize('notifications.dismiss')}
          @click=${() => this.dismiss(n.id)}
        >
          ${renderIcon('close', this.icons)}
        </button>
      </div>`,
    );
  }
}
