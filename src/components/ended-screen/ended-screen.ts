import { html } from 'lit';
import { RtkElement } from '../../context/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import type { LeaveRoomState } from '../../meeting/media.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './ended-screen.styles.js';
import { endedStrings } from '../../i18n/en/ended.js';

const REASONS = new Set(['left', 'ended', 'kicked', 'rejected', 'disconnected', 'failed']);

/**
 * Shown after the meeting is over for you, with the reason: you left, the meeting
 * ended, you were removed or not let in, or the connection was lost.
 *
 * The reason comes from `states.roomLeftState` (kept by `rtk-meeting` from the `roomLeft` event)
 * or else from `meeting.self.roomState`.
 *
 * @csspart container - The centred content.
 * @csspart message - The heading.
 * @csspart description - The sentence under the heading.
 */
export class RtkEndedScreen extends RtkElement {
  static override strings = endedStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [[m.self, 'roomLeft']]);

  /** The reason shown: one of the known leave states, or `default`. */
  get reason(): LeaveRoomState | 'default' {
    const state = this.activeStates.roomLeftState ?? this.activeMeeting?.self.roomState;
    return state && REASONS.has(state) ? (state as LeaveRoomState) : 'default';
  }

  override render() {
    const reason = this.reason;
    return html`<div part="container" role="status">
      <h2 part="message">${this.localize(`ended.${reason}`)}</h2>
      <p part="description">${this.localize(`ended.${reason}_hint`)}</p>
    </div>`;
  }
}
