import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { errorStrings } from '../../i18n/en/error.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './livestream-toggle.styles.js';
import * as paths from '../../icons/paths.js';

/**
 * Starts and ends the livestream (`meeting.livestream.start()` / `stop()`).
 *
 * Follows `livestream.state` (`IDLE`, `STARTING`, `WAITING_ON_MANUAL_INGESTION`,
 * `LIVESTREAMING`, `STOPPING`): busy while starting, waiting or stopping. A rejected call fires an
 * `rtkNotification` and the button keeps showing the real state. Hidden (the element sets its
 * `hidden` attribute) outside LIVESTREAM meetings (no `meeting.livestream`) and for presets that
 * may not livestream (`canLivestream: false`).
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkNotification - When starting or ending the livestream failed.
 * @fires rtkApiError - When starting or ending the livestream failed (`detail: { trace, message }`,
 *   e.g. `trace: 'livestream.start'`), as in the official kit.
 */
export class RtkLivestreamToggle extends RtkElement {
  static override strings = { ...controlsStrings, ...errorStrings };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.livestream, 'livestreamUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  private shown(): boolean {
    const meeting = this.activeMeeting;
    return Boolean(meeting?.livestream) && Boolean(meeting?.self.permissions?.canLivestream);
  }

  /** Starts or ends the livestream, as a click would. */
  toggle(): void {
    const livestream = this.activeMeeting?.livestream;
    if (!livestream || !this.shown() || this.action.isPending('toggle')) return;
    const state = livestream.state;
    if (state !== 'IDLE' && state !== 'LIVESTREAMING') return;
    const idle = state === 'IDLE';
    void this.action.run('toggle', () => (idle ? livestream.start() : livestream.stop()), {
      action: this.localize(idle ? 'controls.livestream_start' : 'controls.livestream_stop'),
      trace: idle ? 'livestream.start' : 'livestream.stop',
    });
  }

  private handleClick = (): void => this.toggle();

  protected override updated(): void {
    this.hidden = !this.shown();
  }

  override render() {
    const livestream = this.activeMeeting?.livestream;
    if (!livestream || !this.shown()) return nothing;
    const state = livestream.state;
    const label =
      state === 'IDLE'
        ? 'controls.livestream_start'
        : state === 'LIVESTREAMING'
          ? 'controls.livestream_stop'
          : state === 'STOPPING'
            ? 'controls.livestream_stopping'
            : 'controls.livestream_starting';
    const busy = state !== 'IDLE' && state !== 'LIVESTREAMING';
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize(label)}
      .icon=${state === 'LIVESTREAMING' ? 'stop' : 'livestream'}
      .iconPath=${state === 'LIVESTREAMING' ? paths.stop : paths.livestream}
      .pressed=${state === 'LIVESTREAMING'}
      .isLoading=${this.action.isPending('toggle') || busy}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
