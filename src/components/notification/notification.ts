import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { NOTIFICATION_DURATION } from '../../controllers/notifications-controller.js';
import type {
  RtkNotificationAction,
  RtkNotificationDetail,
} from '../../events/rtk-notification.js';
import { RtkNotificationDismissEvent } from '../../events/rtk-notification-dismiss.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './notification.styles.js';
import { notificationStrings } from '../../i18n/en/notification.js';
import { notificationsStrings } from '../../i18n/en/notifications.js';

/** Icons per variant; the pack may supply `info` and `check`, else these paths are used. */
const VARIANT_ICON = {
  info: ['info', paths.info],
  success: ['check', paths.check],
  error: ['warning', paths.warning],
} as const;

/**
 * One notification: an icon for its variant, the message (always rendered as text), optional
 * action buttons, a dismiss button, and a bar that shows the time left.
 *
 * After its duration it dismisses itself (`rtkNotificationDismiss`). The countdown pauses while
 * the pointer is over it, while focus is inside it, and while `paused` is set, and resumes
 * afterwards, so nobody loses a message they are reading or an action they are reaching for.
 *
 * It is not a live region itself: put it inside one, as `rtk-notifications` does.
 *
 * @slot - Replaces the text of `notification.message` (text only, please).
 *
 * @csspart container - The box.
 * @csspart icon - The variant icon.
 * @csspart message - The message.
 * @csspart actions - The wrapper of the action buttons.
 * @csspart action - Each action button.
 * @csspart dismiss - The dismiss button.
 * @csspart progress - The bar showing the time left.
 *
 * @cssprop --rtk-notification-width - Greatest width (default `24rem`).
 * @cssprop --rtk-notification-background - Background.
 *
 * @fires rtkNotificationDismiss - When dismissed by the user, by an action or by the timer (`detail.id`).
 */
export class RtkNotification extends RtkElement {
  static override strings = { ...notificationStrings, ...notificationsStrings };

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  /** The notification to show. */
  @property({ attribute: false }) notification?: RtkNotificationDetail;

  /** Stops the countdown (e.g. while the page is hidden). Hover and focus pause it as well. */
  @property({ type: Boolean }) paused = false;

  /**
   * Time before it dismisses itself, in milliseconds; `0` keeps it until dismissed. Overrides
   * `notification.duration`. Our addition.
   */
  @property({ type: Number }) duration?: number;

  @state() private hovered = false;
  @state() private focused = false;

  @query('[part="progress"]') private progress?: HTMLElement;

  private countdown?: Animation;
  private countdownFor?: RtkNotificationDetail;

  constructor() {
    super();
    this.addEventListener('pointerenter', () => (this.hovered = true));
    this.addEventListener('pointerleave', () => (this.hovered = false));
    this.addEventListener('focusin', () => (this.focused = true));
    this.addEventListener('focusout', () => {
      // Focus may move between our own buttons: look once it has landed.
      queueMicrotask(() => {
        const active = (this.getRootNode() as Document | ShadowRoot).activeElement;
        this.focused = !!active && (active === this || this.contains(active));
      });
    });
  }

  /** Whether the countdown is stopped now (by `paused`, hover or focus). */
  get isPaused(): boolean {
    return this.paused || this.hovered || this.focused;
  }

  /** The time it stays, in milliseconds (0: until dismissed). */
  get effectiveDuration(): number {
    return this.duration ?? this.notification?.duration ?? NOTIFICATION_DURATION;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.countdown?.cancel();
    this.countdown = undefined;
    this.countdownFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('notification')) {
      const variant = this.notification?.variant;
      if (variant) this.dataset.variant = variant;
      else delete this.dataset.variant;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('notification') || changed.has('duration') || !this.countdown)
      this.restartCountdown();
    if (!this.countdown) return;
    if (this.isPaused && this.countdown.playState === 'running') this.countdown.pause();
    else if (!this.isPaused && this.countdown.playState === 'paused') this.countdown.play();
  }

  private restartCountdown(): void {
    const notification = this.notification;
    const duration = this.effectiveDuration;
    if (
      this.countdownFor === notification &&
      this.countdown?.effect?.getTiming().duration === duration
    )
      return;
    this.countdown?.cancel();
    this.countdown = undefined;
    this.countdownFor = notification;
    if (!notification || !this.progress || !(duration > 0)) return;
    // The bar's animation is the timer: pausing it pauses the countdown, exactly.
    const countdown = this.progress.animate(
      [{ transform: 'scaleX(1)' }, { transform: 'scaleX(0)' }],
      {
        duration,
        easing: 'linear',
        fill: 'forwards',
      },
    );
    countdown.onfinish = () => {
      if (this.countdown === countdown) this.dismiss();
    };
    this.countdown = countdown;
  }

  /** Dismisses the notification (`rtkNotificationDismiss`). */
  dismiss(): void {
    const id = this.notification?.id;
    this.countdown?.cancel();
    if (id !== undefined) this.dispatchEvent(new RtkNotificationDismissEvent(id));
  }

  private async runAction(action: RtkNotificationAction): Promise<void> {
    this.dismiss();
    try {
      await action.handler();
    } catch {
      // The app's handler failed; the kit has nothing to add.
    }
  }

  private renderVariantIcon() {
    const [name, fallback] =
      VARIANT_ICON[this.notification?.variant ?? 'info'] ?? VARIANT_ICON.info;
    return renderIcon(name, this.icons, fallback);
  }

  override render() {
    const n = this.notification;
    if (!n) return nothing;
    return html`<div part="container">
      ${this.renderVariantIcon()}
      <p part="message">
        ${
          n.variant === 'error'
            ? html`<span class="visually-hidden">${this.localize('notification.error')}: </span>`
            : nothing
        }<slot>${n.message}</slot>
      </p>
      ${
        n.actions?.length
          ? html`<div part="actions">
            ${n.actions.map(
              (
                action,
              ) => html`<button part="action" type="button" @click=${() => this.runAction(action)}>
                ${action.label}
              </button>`,
            )}
          </div>`
          : nothing
      }
      <button part="dismiss" type="button" aria-label=${this.localize('notifications.dismiss')} @click=${this.dismiss}>
        ${renderIcon('close', this.icons, paths.close)}
      </button>
      <div part="progress" aria-hidden="true" ?hidden=${!(this.effectiveDuration > 0)}></div>
    </div>`;
  }
}
