import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { headerStrings } from '../../i18n/en/header.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Meeting } from '../../meeting/meeting.js';
import { hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './participant-count.styles.js';

/** People in the meeting: everyone joined, plus self once self has joined. */
export function participantCount(meeting: Meeting): number {
  const joined = meeting.participants?.joined;
  const others = typeof joined?.size === 'number' ? joined.size : 0;
  return others + (meeting.self?.roomJoined ? 1 : 0);
}

/**
 * How many people are in the meeting: everyone in `participants.joined`, plus you once you have
 * joined. Follows joins and leaves. Shows an icon and the number; assistive technology reads
 * "5 participants" (translated, with plurals). Renders nothing without a meeting.
 *
 * @csspart icon - The people icon.
 * @csspart count - The number.
 */
export class RtkParticipantCount extends RtkElement {
  static override strings = headerStrings;

  static override styles = [tokens, hostStyles, visuallyHidden, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.joined, 'participantJoined', 'participantLeft'],
    [m.self, 'roomJoined', 'roomLeft'],
  ]);

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting) return nothing;
    const count = participantCount(meeting);
    return html`${renderIcon('participants', this.icons, paths.participants)}<span part="count" aria-hidden="true"
        >${this.localize('header.count', { count: this.localize.formatNumber(count) })}</span
      ><span class="visually-hidden">${this.localize('header.participant_count', { count })}</span>`;
  }
}
