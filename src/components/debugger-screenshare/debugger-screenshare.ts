import { DebuggerTabElement } from '../../internal/debugger-tab.js';
import type { DiagnosticStream } from '../../internal/call-diagnostics.js';
import styles from './debugger-screenshare.styles.js';

/**
 * The screen share tab of the call diagnostics (`rtk-debugger`): how your screen share reaches others and how the chosen participant's reaches you (UI state
 * `debuggerParticipant`, else the first person in the meeting). Each side shows a verdict in
 * words ("Your upload is weak: …"), the latest figures of `mediaScoreUpdate` (score, bitrate, packet loss, jitter, resolution, frame rate)
 * and sparklines of the score and the bitrate over the last minute, drawn from the readings
 * without rendering the tab again. Renders nothing without a meeting.
 *
 * @csspart card - Each side (you, the chosen participant).
 * @csspart verdict - The verdict in words.
 */
export class RtkDebuggerScreenshare extends DebuggerTabElement {
  static override styles = [...DebuggerTabElement.styles, styles];

  protected readonly stream: DiagnosticStream = 'screenshare';
}
