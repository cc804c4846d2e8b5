import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { headerStrings } from '../../i18n/en/header.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Meeting } from '../../meeting/meeting.js';
import { hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './recording-indicator.styles.js';

type Shown = 'RECORDING' | 'PAUSED' | undefined;

const ANNOUNCEMENTS = {
  RECORDING: 'header.recording_started',
  PAUSED: 'header.recording_paused',
  none: 'header.recording_stopped',
} as const;

/**
 * Tells everyone in the meeting that it is being recorded: a red dot and "Recording" while
 * `meeting.recording.recordingState` is `RECORDING`, "Recording paused" while `PAUSED`, nothing
 * otherwise. Changes after the first render are announced politely ("Recording started",
 * "Recording paused", "Recording stopped") through a status region that is always present.
 * Renders nothing when the meeting has no recording module.
 *
 * The host has the `recording` attribute while the indicator shows.
 *
 * @csspart indicator - The dot and label.
 * @csspart icon - The record icon.
 * @csspart label - The text.
 *
 * @cssprop --rtk-recording-indicator-color - Colour of the dot (default: danger).
 * @cssprop --rtk-recording-indicator-background - Background of the pill.
 */
export class RtkRecordingIndicator extends RtkElement {
  static override strings = headerStrings;

  static override styles = [tokens, hostStyles, visuallyHidden, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.recording, 'recordingUpdate'],
  ]);

  private announcement = '';
  private seenMeeting?: Meeting;
  private lastShown: Shown;

  private shown(): Shown {
    const state = this.activeMeeting?.recording?.recordingState;
    return state === 'RECORDING' || state === 'PAUSED' ? state : undefined;
  }

  protected override willUpdate(): void {
    const meeting = this.activeMeeting;
    const shown = this.shown();
    if (meeting !== this.seenMeeting) {
      // A new meeting: its current state is not news.
      this.seenMeeting = meeting;
      this.announcement = '';
    } else if (shown !== this.lastShown) {
      this.announcement = this.localize(ANNOUNCEMENTS[shown ?? 'none']);
    }
    this.lastShown = shown;
    this.toggleAttribute('recording', shown !== undefined);
  }

  override render() {
    if (!this.activeMeeting?.recording) return nothing;
    const shown = this.lastShown;
    return html`${
      shown
        ? html`<span part="indicator"
            >${renderIcon('record', this.icons, paths.record)}<span part="label"
              >${this.localize(shown === 'PAUSED' ? 'header.recording_paused' : 'header.recording')}</span
            ></span
          >`
        : nothing
    }<span class="visually-hidden" role="status">${this.announcement}</span>`;
  }
}
