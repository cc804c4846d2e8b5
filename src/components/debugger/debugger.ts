import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { nextNotificationId } from '../../controllers/action-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { buildReport, historyOf, reportText } from '../../internal/call-diagnostics.js';
import { chosenPeer, DEBUGGER_PEER_STATE } from '../../internal/debugger-tab.js';
import { debuggerStrings } from '../../i18n/en/debugger.js';
import type { MediaScoreUpdate } from '../../meeting/media.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './debugger.styles.js';

/** A section of the call diagnostics. */
export type DebuggerSection = 'audio' | 'video' | 'screenshare' | 'system';

const SECTIONS: ReadonlyArray<{ id: DebuggerSection; icon: string; path: string }> = [
  { id: 'audio', icon: 'mic_on', path: paths.mic_on },
  { id: 'video', icon: 'video_on', path: paths.video_on },
  { id: 'screenshare', icon: 'share_screen_start', path: paths.share_screen_start },
  { id: 'system', icon: 'wifi', path: paths.wifi },
];

/**
 * The call diagnostics (`rtk-dialog-manager` shows it in a dialog while the UI state
 * `activeDebugger` is set, as `rtk-debugger-toggle` asks): a tab list of Audio, Video, Screen share
 * (`rtk-debugger-audio`, `-video`, `-screenshare`: you and a chosen participant, verdicts in words,
 * figures and sparklines of the last minute) and System (`rtk-debugger-system`: browser, devices,
 * permissions, connection states); a picker of the participant to compare with; "Copy
 * diagnostics" (plain text) and "Download report" (JSON of the figures and verdicts; names as the
 * meeting shows them, no ids or tokens).
 *
 * It keeps the readings of everyone while it is open (per meeting, so the charts keep the last
 * minute when it is opened again) and never renders again for a reading. A browser that refuses
 * the clipboard or a download gets a visible message, never a silent failure. Renders nothing
 * without a meeting.
 *
 * @csspart menu - The tab list.
 * @csspart tab - Each tab (`tab selected` for the shown one).
 * @csspart main-content - The shown section's panel.
 * @csspart actions - The copy and download buttons and their message.
 *
 * @fires rtkStateUpdate - `{ debuggerParticipant: peerId }` when another participant is chosen.
 * @fires rtkNotification - When copying or downloading is refused.
 */
export class RtkDebugger extends RtkElement {
  static override strings = debuggerStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.self, 'mediaScoreUpdate'],
      [m.participants?.joined, 'mediaScoreUpdate', 'participantJoined', 'participantLeft'],
    ],
    {
      onEvent: (event, args) => {
        if (event !== 'mediaScoreUpdate') return true;
        // Everyone's readings are kept for the report; the tab shown draws its own.
        const meeting = this.activeMeeting;
        const payload = args[args.length - 1] as Partial<MediaScoreUpdate> | undefined;
        const id = payload?.participantId;
        if (meeting && id) historyOf(meeting).add(id, payload);
        return false;
      },
    },
  );

  @state() private shown: DebuggerSection = 'audio';

  /** The participant picked here (also asked of the provider; used alone, there is none). */
  @state() private picked?: string;

  /** What the copy or download said last (shown under the buttons). */
  @state() private message?: { text: string; error: boolean };

  private show(section: DebuggerSection, focus = false): void {
    this.shown = section;
    if (focus)
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLButtonElement>(`[role="tab"][data-section="${section}"]`)
          ?.focus(),
      );
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    const index = SECTIONS.findIndex((s) => s.id === this.shown);
    const rtl = this.matches(':dir(rtl)');
    let target: number;
    if (event.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) target = (index + 1) % SECTIONS.length;
    else if (event.key === (rtl ? 'ArrowRight' : 'ArrowLeft'))
      target = (index - 1 + SECTIONS.length) % SECTIONS.length;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = SECTIONS.length - 1;
    else return;
    event.preventDefault();
    this.show(SECTIONS[target].id, true);
  };

  private handlePick = (event: Event): void => {
    this.picked = (event.target as HTMLSelectElement).value;
    this.updateStates({ [DEBUGGER_PEER_STATE]: this.picked });
  };

  private report() {
    return buildReport(this.activeMeeting!, (key, values) => this.localize(key, values));
  }

  private tell(key: string, error: boolean): void {
    const text = this.localize(key);
    this.message = { text, error };
    if (error)
      this.dispatchEvent(
        new RtkNotificationEvent({ id: nextNotificationId(), message: text, variant: 'error' }),
      );
  }

  /** Copies the diagnostics as plain text. */
  async copy(): Promise<void> {
    if (!this.activeMeeting) return;
    try {
      const clipboard = navigator.clipboard;
      if (typeof clipboard?.writeText !== 'function') throw new Error('No clipboard');
      await clipboard.writeText(reportText(this.report()));
      this.tell('debugger.copied', false);
    } catch {
      this.tell('debugger.copy_failed', true);
    }
  }

  /** Downloads the report as a JSON file. */
  download(): void {
    if (!this.activeMeeting) return;
    try {
      const report = this.report();
      const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `call-diagnostics-${report.createdAt.replace(/[:.]/g, '-')}.json`;
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      this.tell('debugger.downloaded', false);
    } catch {
      this.tell('debugger.download_failed', true);
    }
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting?.self) return nothing;
    const current = this.shown;
    const tabId = (id: string) => `debugger-tab-${id}`;
    const people = meeting.participants?.joined?.toArray?.() ?? [];
    const chosen = this.picked ?? this.activeStates[DEBUGGER_PEER_STATE];
    const peer = chosenPeer(meeting, chosen);
    // The tabs see the pick even without a provider to keep it.
    const states = this.picked
      ? { ...this.activeStates, [DEBUGGER_PEER_STATE]: chosen }
      : undefined;
    const tag = {
      audio: html`<rtk-debugger-audio .size=${this.size} .states=${states}></rtk-debugger-audio>`,
      video: html`<rtk-debugger-video .size=${this.size} .states=${states}></rtk-debugger-video>`,
      screenshare: html`<rtk-debugger-screenshare
        .size=${this.size}
        .states=${states}
      ></rtk-debugger-screenshare>`,
      system: html`<rtk-debugger-system .size=${this.size}></rtk-debugger-system>`,
    }[current];
    return html`<div class="bar">
        <div
          part="menu"
          role="tablist"
          aria-label=${this.localize('debugger.tabs')}
          @keydown=${this.handleKeydown}
        >
          ${SECTIONS.map((s) => {
            const selected = s.id === current;
            return html`<button
              part=${selected ? 'tab selected' : 'tab'}
              role="tab"
              type="button"
              id=${tabId(s.id)}
              data-section=${s.id}
              aria-selected=${selected ? 'true' : 'false'}
              aria-controls="debugger-panel"
              tabindex=${selected ? 0 : -1}
              @click=${() => this.show(s.id)}
            >
              ${renderIcon(s.icon, this.icons, s.path)}<span
                >${this.localize(`debugger.tab_${s.id}`)}</span
              >
            </button>`;
          })}
        </div>
        ${
          current === 'system'
            ? nothing
            : html`<label class="pick">
              <span>${this.localize('debugger.compare')}</span>
              <select @change=${this.handlePick} ?disabled=${!people.length}>
                ${
                  people.length
                    ? people.map(
                        (p) =>
                          html`<option value=${p.id} ?selected=${p === peer}>${p.name}</option>`,
                      )
                    : html`<option>${this.localize('debugger.nobody')}</option>`
                }
              </select>
            </label>`
        }
      </div>
      <div part="main-content" id="debugger-panel" role="tabpanel" aria-labelledby=${tabId(current)}>
        ${tag}
      </div>
      <div part="actions" class="actions">
        <button type="button" @click=${() => void this.copy()}>
          ${renderIcon('copy', this.icons, paths.copy)}<span>${this.localize('debugger.copy')}</span>
        </button>
        <button type="button" @click=${() => this.download()}>
          ${renderIcon('download', this.icons, paths.download)}<span
            >${this.localize('debugger.download')}</span
          >
        </button>
        <p class="message ${this.message?.error ? 'error' : ''}" role="status">
          ${this.message?.text ?? ''}
        </p>
      </div>`;
  }
}
