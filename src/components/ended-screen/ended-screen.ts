import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import type { LeaveRoomState } from '../../meeting/media.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './ended-screen.styles.js';
import { endedStrings } from '../../i18n/en/ended.js';
import { errorStrings } from '../../i18n/en/error.js';

const REASONS = new Set(['left', 'ended', 'kicked', 'rejected', 'disconnected', 'failed']);

/** Reasons after which joining again makes sense: not after being removed, turned away, or the end. */
const REJOINABLE = new Set(['left', 'disconnected', 'failed']);

/**
 * Shown after the meeting is over for you, with the reason: you left, the meeting
 * ended, you were removed or not let in, or the connection was lost.
 *
 * The reason comes from `states.roomLeftState` (kept by `rtk-meeting` from the `roomLeft` event)
 * or else from `meeting.self.roomState`. After leaving yourself or losing the connection a
 * "Rejoin" button calls `meeting.join()` (our addition); a failure is shown under it and the
 * button works again. It is not offered after being removed, turned away, or the meeting ending.
 *
 * @csspart container - The centred content.
 * @csspart logo - The organisation's logo (`rtk-logo`).
 * @csspart message - The heading.
 * @csspart description - The sentence under the heading.
 * @csspart rejoin-button - The rejoin button (left, disconnected, failed).
 * @csspart error - Why rejoining failed.
 */
export class RtkEndedScreen extends RtkElement {
  static override strings = { ...endedStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, 'roomLeft', 'roomJoined'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** The reason shown: one of the known leave states, or `default`. */
  get reason(): LeaveRoomState | 'default' {
    const state = this.activeStates.roomLeftState ?? this.activeMeeting?.self.roomState;
    return state && REASONS.has(state) ? (state as LeaveRoomState) : 'default';
  }

  private handleRejoin = (): void => {
    const meeting = this.activeMeeting;
    if (!meeting) return;
    void this.action.run('rejoin', () => meeting.join(), {
      action: this.localize('ended.rejoin'),
      notify: false,
    });
  };

  override render() {
    const reason = this.reason;
    const canRejoin = REJOINABLE.has(reason) && typeof this.activeMeeting?.join === 'function';
    const pending = this.action.isPending('rejoin');
    const error = this.action.errors.get('rejoin');
    return html`<div part="container">
      <rtk-logo part="logo"></rtk-logo>
      <div role="status">
        <h2 part="message">${this.localize(`ended.${reason}`)}</h2>
        <p part="description">${this.localize(`ended.${reason}_hint`)}</p>
      </div>
      ${
        canRejoin
          ? html`<rtk-button part="rejoin-button" ?loading=${pending} @click=${this.handleRejoin}>
            <span slot="start">${renderIcon('rejoin', this.icons, paths.rejoin)}</span>
            ${this.localize(pending ? 'ended.rejoining' : 'ended.rejoin')}
          </rtk-button>`
          : nothing
      }
      ${error ? html`<p part="error" role="alert">${this.localize('ended.rejoin_failed', { message: error.message })}</p>` : nothing}
    </div>`;
  }
}
