import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './meeting-title.styles.js';

/**
 * Shows the meeting's title (`meeting.meta.meetingTitle`), cut with an ellipsis when it does not
 * fit; the full title is its tooltip. Renders nothing without a meeting or a title.
 *
 * @csspart title - The title text.
 *
 * @cssprop --rtk-meeting-title-max-width - Widest the title grows before it is cut (default `24rem`).
 */
export class RtkMeetingTitle extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  // The title can be set before joining; the meta object is the same, so re-read on join.
  protected readonly events = new MeetingController(this, (m) => [[m.self, 'roomJoined']]);

  override render() {
    const title = this.activeMeeting?.meta?.meetingTitle;
    if (!title) return nothing;
    return html`<span part="title" title=${title}>${title}</span>`;
  }
}
