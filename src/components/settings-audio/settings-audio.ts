import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { canChooseSpeaker } from '../../controllers/device-selector-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { settingsStrings } from '../../i18n/en/settings.js';
import { tileStrings } from '../../i18n/en/tile.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './settings-audio.styles.js';

type SinkAudio = HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };

/**
 * Plays a short two-note chime made with WebAudio through an `<audio>` element routed to
 * `speakerId` (with `setSinkId`, where the browser has it), and resolves when it has played.
 * Rejects when the browser refuses to play it.
 */
export async function playTestSound(speakerId?: string): Promise<void> {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) throw new Error('Web Audio is not available.');
  const context = new AudioContextClass();
  const audio: SinkAudio = new Audio();
  try {
    const destination = context.createMediaStreamDestination();
    const gain = context.createGain();
    gain.connect(destination);
    const start = context.currentTime + 0.05;
    gain.gain.setValueAtTime(0, start);
    [660, 880].forEach((frequency, i) => {
      const osc = context.createOscillator();
      osc.frequency.value = frequency;
      osc.connect(gain);
      const at = start + i * 0.35;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.25, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.3);
      osc.start(at);
      osc.stop(at + 0.32);
    });
    audio.srcObject = destination.stream;
    // The demo's devices are not real outputs: fall back to the default one rather than stay silent.
    if (speakerId && typeof audio.setSinkId === 'function')
      await audio.setSinkId(speakerId).catch(() => undefined);
    await context.resume();
    await audio.play();
    await new Promise((resolve) => setTimeout(resolve, 800));
  } finally {
    audio.pause();
    audio.srcObject = null;
    void context.close().catch(() => undefined);
  }
}

/**
 * Audio settings: the microphone (`rtk-microphone-selector`) with its live level, the speaker
 * (`rtk-speaker-selector`, where the browser can choose an output) with a button that plays a test
 * sound through it, and whether notification sounds play (UI states `prefs.muteNotificationSounds`,
 * through `rtkStateUpdate`). Renders nothing without a meeting.
 *
 * @csspart microphone - The microphone group (selector and level).
 * @csspart level - The live level (`rtk-audio-visualizer`) and its caption.
 * @csspart speaker - The speaker group (selector and test button).
 * @csspart test-button - The "Play test sound" `rtk-button`.
 * @csspart notification-toggle - The notification sounds `rtk-switch` (as in the official kit).
 *
 * @fires rtkStateUpdate - `{ prefs: { muteNotificationSounds } }` when the switch changes.
 * @fires rtkNotification - When switching a device or playing the test sound failed.
 */
export class RtkSettingsAudio extends RtkElement {
  static override strings = { ...settingsStrings, ...errorStrings, ...tileStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [[m.self, 'audioUpdate']]);

  private readonly action = new ActionController(this, () => this.localize);

  private playTest = (): void => {
    const self = this.activeMeeting?.self;
    let speaker: string | undefined;
    try {
      speaker = self?.getCurrentDevices?.()?.speaker?.deviceId;
    } catch {
      speaker = undefined;
    }
    void this.action.run('test', () => playTestSound(speaker), {
      action: this.localize('settings.test_sound'),
    });
  };

  private toggleSounds = (event: CustomEvent<boolean>): void => {
    this.updateStates({ prefs: { muteNotificationSounds: !event.detail } });
  };

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting) return nothing;
    const self = meeting.self;
    const playing = this.action.isPending('test');
    return html`<section part="microphone" class="group">
        <rtk-microphone-selector
          .size=${this.size}
        ></rtk-microphone-selector>
        <div part="level" class="level">
          ${
            self.audioEnabled
              ? html`<rtk-audio-visualizer .participant=${self} size="lg"></rtk-audio-visualizer>
                <span>${this.localize('settings.level')}</span>`
              : html`${renderIcon('mic_off', this.icons, paths.mic_off)}<span>${this.localize('settings.mic_off')}</span>`
          }
        </div>
      </section>
      ${
        canChooseSpeaker()
          ? html`<section part="speaker" class="group">
            <rtk-speaker-selector
              .size=${this.size}
            ></rtk-speaker-selector>
            <rtk-button part="test-button" variant="secondary" .loading=${playing} @click=${this.playTest}>
              <span slot="start">${renderIcon('speaker', this.icons, paths.speaker)}</span>
              ${this.localize(playing ? 'settings.test_playing' : 'settings.test_sound')}
            </rtk-button>
          </section>`
          : nothing
      }
      <rtk-switch
        part="notification-toggle"
        .checked=${!this.activeStates.prefs?.muteNotificationSounds}
        .label=${this.localize('settings.notification_sounds')}
        @rtkChange=${this.toggleSounds}
      ></rtk-switch>`;
  }
}
