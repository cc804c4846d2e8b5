import { DebuggerTabElement } from '../../internal/debugger-tab.js';
import type { DiagnosticStream } from '../../internal/call-diagnostics.js';
import styles from './debugger-audio.styles.js';

/**
 * The audio tab of the call diagnostics (`rtk-debugger`): how your microphone reaches others and how the chosen participant's reaches you (UI state
 * `debuggerParticipant`, else the first person in the meeting). Each side shows a verdict in
 * words ("Your upload is weak: …"), the latest figures of `mediaScoreUpdate` (score, bitrate, packet loss, jitter)
 * and sparklines of the score and the bitrate over the last minute, drawn from the readings
 * without rendering the tab again. Renders nothing without a meeting.
 *
 * @csspart card - Each side (you, the chosen participant).
 * @csspart verdict - The verdict in words.
 */
export class RtkDebuggerAudio extends DebuggerTabElement {
  static override styles = [...DebuggerTabElement.styles, styles];

  protected readonly stream: DiagnosticStream = 'audio';
}
