import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { TranscriptDismissEvent } from '../../events/rtk-transcript-dismiss.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { TranscriptionData } from '../../meeting/ai.js';
import { transcriptsStrings } from '../../i18n/en/transcripts.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './transcript.styles.js';

/** How long a finished line stays: a base, plus time to read each word, within limits (ms). */
export function readingTime(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.min(10_000, Math.max(4_000, 2_500 + words * 300));
}

/** A line still partial after this long is stale (the speaker's service went quiet). */
const STALE_PARTIAL_MS = 12_000;

/**
 * One caption line: who speaks and what they say (`transcript`). A partial result updates the
 * same line in place; once the line is final it stays long enough to be read (longer for more
 * words), then asks to leave with `rtkTranscriptDismiss` (`rtk-transcripts` removes it). Names and
 * words are shown as text. Renders nothing without a transcript.
 *
 * @csspart line - The line.
 * @csspart name - The speaker's name.
 * @csspart text - The words.
 *
 * @fires rtkTranscriptDismiss - `detail`: the transcript, when the line has been shown long enough.
 */
export class RtkTranscript extends RtkElement {
  static override strings = transcriptsStrings;

  static override styles = [tokens, hostStyles, styles];

  /** The line: `{ name, transcript, isPartialTranscript, … }` from `meeting.ai`. */
  @property({ attribute: false }) transcript?: TranscriptionData;

  private timer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.schedule();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('transcript')) this.schedule();
  }

  /** (Re)starts the time the line stays, from now: each new result of the line counts anew. */
  private schedule(): void {
    clearTimeout(this.timer);
    const data = this.transcript;
    if (!data || typeof data.transcript !== 'string') return;
    const ms = data.isPartialTranscript ? STALE_PARTIAL_MS : readingTime(data.transcript);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.transcript === data) this.dispatchEvent(new TranscriptDismissEvent(data));
    }, ms);
  }

  override render() {
    const data = this.transcript;
    if (!data || typeof data.transcript !== 'string') return nothing;
    const name = data.name || this.localize('transcripts.someone');
    return html`<p part="line" class=${data.isPartialTranscript ? 'partial' : ''}>
      <span part="name">${this.localize('transcripts.speaker', { name })}</span>
      <span part="text">${data.transcript}</span>
    </p>`;
  }
}
