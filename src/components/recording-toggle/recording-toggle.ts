import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { errorStrings } from '../../i18n/en/error.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './recording-toggle.styles.js';
import * as paths from '../../icons/paths.js';

/**
 * Starts and stops recording the meeting (`meeting.recording.start()` / `stop()`), and with
 * `show-pause` also pauses and resumes it.
 *
 * Follows `recording.recordingState` (`IDLE`, `STARTING`, `RECORDING`, `PAUSED`, `STOPPING`):
 * busy while starting or stopping, whoever started it. A rejected call fires an
 * `rtkNotification` and the button keeps showing the real state. Hidden (the element sets its
 * `hidden` attribute) without a recording module or when the preset may not record
 * (`canRecord: false`).
 *
 * @csspart controlbar-button - The start / stop button.
 * @csspart pause-button - The pause / resume button (with `show-pause`).
 *
 * @fires rtkNotification - When starting, stopping, pausing or resuming failed.
 * @fires rtkApiError - When starting, stopping, pausing or resuming failed (`detail: { trace,
 *   message }`, e.g. `trace: 'recording.start'`), as in the official kit.
 */
export class RtkRecordingToggle extends RtkElement {
  static override strings = { ...controlsStrings, ...errorStrings };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.recording, 'recordingUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** Ignores clicks. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Also shows a pause / resume button while recording. Our addition. */
  @property({ type: Boolean, attribute: 'show-pause' }) showPause = false;

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  private shown(): boolean {
    const meeting = this.activeMeeting;
    return Boolean(meeting?.recording) && Boolean(meeting?.self.permissions?.canRecord);
  }

  /** Starts or stops recording, as a click would. */
  toggle(): void {
    const recording = this.activeMeeting?.recording;
    if (!recording || !this.shown() || this.disabled || this.action.isPending()) return;
    const state = recording.recordingState;
    if (state === 'STARTING' || state === 'STOPPING') return;
    const idle = state === 'IDLE';
    void this.action.run('toggle', () => (idle ? recording.start() : recording.stop()), {
      action: this.localize(idle ? 'controls.record_start' : 'controls.record_stop'),
      trace: idle ? 'recording.start' : 'recording.stop',
    });
  }

  private handleClick = (): void => this.toggle();

  private handlePause = (): void => {
    const recording = this.activeMeeting?.recording;
    if (!recording || this.disabled || this.action.isPending()) return;
    const paused = recording.recordingState === 'PAUSED';
    void this.action.run('pause', () => (paused ? recording.resume() : recording.pause()), {
      action: this.localize(paused ? 'controls.record_resume' : 'controls.record_pause'),
      trace: paused ? 'recording.resume' : 'recording.pause',
    });
  };

  protected override updated(): void {
    this.hidden = !this.shown();
  }

  override render() {
    const recording = this.activeMeeting?.recording;
    if (!recording || !this.shown()) return nothing;
    const state = recording.recordingState;
    const label =
      state === 'STARTING'
        ? 'controls.record_starting'
        : state === 'STOPPING'
          ? 'controls.record_stopping'
          : state === 'IDLE'
            ? 'controls.record_start'
            : 'controls.record_stop';
    const active = state === 'RECORDING' || state === 'PAUSED';
    return html`<rtk-controlbar-button
        part="controlbar-button"
        .label=${this.localize(label)}
        .icon=${active ? 'stop' : 'record'}
        .iconPath=${active ? paths.stop : paths.record}
        .pressed=${active}
        .disabled=${this.disabled}
        .isLoading=${this.action.isPending('toggle') || state === 'STARTING' || state === 'STOPPING'}
        .variant=${this.variant}
        .size=${this.size}
        @click=${this.handleClick}
      ></rtk-controlbar-button
      >${
        this.showPause && active
          ? html`<rtk-controlbar-button
            part="pause-button"
            .label=${this.localize(state === 'PAUSED' ? 'controls.record_resume' : 'controls.record_pause')}
            .icon=${state === 'PAUSED' ? 'record' : 'stop'}
            .iconPath=${state === 'PAUSED' ? paths.record : paths.stop}
            .disabled=${this.disabled}
            .isLoading=${this.action.isPending('pause')}
            .variant=${this.variant}
            .size=${this.size}
            @click=${this.handlePause}
          ></rtk-controlbar-button>`
          : nothing
      }`;
  }
}
