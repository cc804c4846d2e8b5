import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { transcriptsStrings } from '../../i18n/en/transcripts.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { TranscriptionData } from '../../meeting/ai.js';
import type { RtkTranscript } from '../transcript/transcript.js';
import {
  captionPrefs,
  isTranscript,
  mergeTranscript,
  saveCaptionPrefs,
  type CaptionPrefs,
  type TranscriptLine,
} from '../../internal/transcript-lines.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './transcripts.styles.js';

/** Lines shown at once; an older one leaves when another speaker starts. */
const MAX_LINES = 3;

/** Finished lines kept for screen readers (the live region reads each once, as it is added). */
const MAX_ANNOUNCED = 3;

/**
 * Live captions: the last few lines of `meeting.ai`'s transcript, each with the speaker's name
 * (`rtk-transcript`). A partial result updates its line in place; a line leaves a few seconds
 * after it is final (`rtkTranscriptDismiss`). `rtk-meeting` shows it below the stage while the UI
 * state `activeCaptions` is on (`rtk-caption-toggle`), so it never covers a name tag or the
 * control bar.
 *
 * "Caption settings" at its end sets the text size and whether finished lines are read to screen
 * readers (politely, each once; off by default, as the lines are on screen and a reader can reach
 * them). Both are remembered in this browser.
 *
 * Renders nothing without `meeting.ai` or when the preset does not allow transcription.
 *
 * @csspart container - The caption area.
 * @csspart lines - The lines.
 * @csspart empty - "Captions will appear here" before anyone speaks.
 * @csspart settings-button - The "Caption settings" button.
 * @csspart settings - The settings panel.
 *
 * @cssprop --rtk-caption-font-size - Text size of the captions (default: the size chosen in the
 * caption settings).
 */
export class RtkTranscripts extends RtkElement {
  static override strings = transcriptsStrings;

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.ai, 'transcript'],
      [m.self?.permissions, 'permissionsUpdate'],
    ],
    {
      onEvent: (event, args) => {
        if (event === 'transcript' && isTranscript(args[0])) this.add(args[0]);
      },
    },
  );

  @state() private lines: TranscriptLine[] = [];

  @state() private announced: TranscriptLine[] = [];

  @state() private prefs: CaptionPrefs = captionPrefs();

  @state() private settingsOpen = false;

  protected override updated(): void {
    // A line pushed partly out of the area at the top is hidden whole, never shown cut in half
    // (measured once the lines have drawn their new words).
    const box = this.renderRoot.querySelector('[part="lines"]');
    const lines = [...(box?.querySelectorAll<RtkTranscript>('rtk-transcript') ?? [])];
    void Promise.all(lines.map((line) => line.updateComplete)).then(() => {
      const top = (box?.getBoundingClientRect().top ?? 0) - 1;
      for (const line of lines)
        line.style.visibility = line.getBoundingClientRect().top < top ? 'hidden' : '';
    });
  }

  private add(data: TranscriptionData): void {
    const lines = [...this.lines];
    const line = mergeTranscript(lines, data);
    // Shown as it is now: a new object, so the line re-renders.
    const shown = { ...line };
    lines[lines.indexOf(line)] = shown;
    this.lines = lines.slice(-MAX_LINES);
    if (!data.isPartialTranscript && this.prefs.announce)
      this.announced = [...this.announced, shown].slice(-MAX_ANNOUNCED);
  }

  private handleDismiss = (event: Event): void => {
    const data = (event as CustomEvent<TranscriptionData>).detail;
    this.lines = this.lines.filter((line) => line.data !== data);
  };

  private setPrefs(patch: Partial<CaptionPrefs>): void {
    this.prefs = { ...this.prefs, ...patch };
    saveCaptionPrefs(this.prefs);
    if (!this.prefs.announce) this.announced = [];
  }

  private handleSettingsKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.settingsOpen) return;
    event.stopPropagation();
    this.settingsOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[part="settings-button"]')?.focus();
  };

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting?.ai || !meeting.self.permissions?.transcriptionEnabled) return nothing;
    const label = this.localize('transcripts.label');
    return html`<div
      part="container"
      class="size-${this.prefs.size}"
      role="region"
      aria-label=${label}
      @keydown=${this.handleSettingsKey}
    >
      <div part="lines">
        ${
          this.lines.length
            ? repeat(
                this.lines,
                (line) => line.key,
                (line) =>
                  html`<rtk-transcript
                    .transcript=${line.data}
                    @rtkTranscriptDismiss=${this.handleDismiss}
                  ></rtk-transcript>`,
              )
            : html`<p part="empty">${this.localize('transcripts.waiting')}</p>`
        }
      </div>
      ${this.renderSettings()}
      <div class="visually-hidden" aria-live="polite" aria-relevant="additions">
        ${repeat(
          this.announced,
          (line) => line.key,
          (line) => html`<p>${line.data.name}: ${line.data.transcript}</p>`,
        )}
      </div>
    </div>`;
  }

  private renderSettings() {
    const open = this.settingsOpen;
    const sizes = [
      ['sm', this.localize('transcripts.size_sm')],
      ['md', this.localize('transcripts.size_md')],
      ['lg', this.localize('transcripts.size_lg')],
      ['xl', this.localize('transcripts.size_xl')],
    ] as const;
    return html`<button
        part="settings-button"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="settings"
        aria-label=${this.localize('transcripts.settings')}
        title=${this.localize('transcripts.settings')}
        @click=${() => (this.settingsOpen = !open)}
      >
        ${renderIcon('settings', this.icons, paths.settings)}
      </button>
      <div part="settings" id="settings" ?hidden=${!open}>
        <fieldset>
          <legend>${this.localize('transcripts.size')}</legend>
          ${sizes.map(
            ([size, name]) => html`<label
              ><input
                type="radio"
                name="size"
                .checked=${this.prefs.size === size}
                @change=${() => this.setPrefs({ size })}
              />${name}</label
            >`,
          )}
        </fieldset>
        <label class="announce"
          ><input
            type="checkbox"
            .checked=${this.prefs.announce}
            @change=${(e: Event) =>
              this.setPrefs({ announce: (e.target as HTMLInputElement).checked })}
          />${this.localize('transcripts.announce')}</label
        >
      </div>`;
  }
}
