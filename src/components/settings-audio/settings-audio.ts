import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { noiseStrings } from '../../i18n/en/noise-suppression.js';
import { settingsStrings } from '../../i18n/en/settings.js';
import { tileStrings } from '../../i18n/en/tile.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './settings-audio.styles.js';

/** Whether noise suppression is on, per meeting (the middleware itself lives in the lazy module). */
const suppressing = new WeakMap<object, unknown>();
/** Remembered for the next meeting: `on` or `off`. */
export const NOISE_KEY = 'rtk-noise-suppression';
const restoredNoise = new WeakSet<object>();

function remembered(): boolean {
  try {
    return globalThis.localStorage?.getItem(NOISE_KEY) === 'on';
  } catch {
    return false;
  }
}

type MiddlewareResult = { success?: boolean; message?: string } | void;
type AudioSelf = {
  addAudioMiddleware?: (middleware: unknown) => Promise<MiddlewareResult>;
  removeAudioMiddleware?: (middleware: unknown) => Promise<MiddlewareResult>;
};

const loadNoise = () => import('../../effects/noise-suppression.js');

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
 * (`rtk-speaker-selector`; disabled, saying why, where the browser cannot choose an output) with
 * a button that plays a test sound through it, and whether notification sounds play (UI states `prefs.muteNotificationSounds`,
 * through `rtkStateUpdate`). Renders nothing without a meeting.
 *
 * A "Noise suppression" switch runs the microphone through RNNoise (an AudioWorklet, loaded on
 * first use, from the kit's own files: see `setEffectAssetsPath`) with `self.addAudioMiddleware` /
 * `removeAudioMiddleware`; the choice is remembered in `localStorage` (`rtk-noise-suppression`) and
 * applied again next time. "Play a noisy test clip" plays a made-up noisy clip through the same
 * suppressor when the switch is on, so you can hear the difference. A refusal fires
 * `rtkNotification`; where the browser has no AudioWorklet the switch is disabled with the reason.
 *
 * @csspart microphone - The microphone group (selector and level).
 * @csspart level - The live level (`rtk-audio-visualizer`) and its caption.
 * @csspart speaker - The speaker group (selector and test button).
 * @csspart test-button - The "Play test sound" `rtk-button`.
 * @csspart notification-toggle - The notification sounds `rtk-switch` (as in the official kit).
 * @csspart noise - The noise suppression group (switch, hint, test clip button).
 * @csspart noise-toggle - The noise suppression `rtk-switch`.
 *
 * @fires rtkStateUpdate - `{ prefs: { muteNotificationSounds } }` when the switch changes.
 * @fires rtkNotification - When switching a device or playing the test sound failed.
 */
export class RtkSettingsAudio extends RtkElement {
  static override strings = {
    ...settingsStrings,
    ...errorStrings,
    ...tileStrings,
    ...noiseStrings,
  };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [[m.self, 'audioUpdate']]);

  private readonly action = new ActionController(this, () => this.localize);

  /** The switch's position while the middleware is being added or removed. */
  @state() private noisePending?: boolean;

  private readonly noiseSupported =
    typeof WebAssembly === 'object' && typeof globalThis.AudioWorkletNode === 'function';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => {
      const meeting = this.activeMeeting;
      if (!meeting || restoredNoise.has(meeting) || !this.noiseSupported) return;
      restoredNoise.add(meeting);
      if (remembered() && !suppressing.has(meeting)) void this.setNoiseSuppression(true);
    });
  }

  /** Whether noise suppression is on for the meeting shown. */
  get noiseSuppression(): boolean {
    const meeting = this.activeMeeting;
    return this.noisePending ?? (meeting ? suppressing.has(meeting) : false);
  }

  /** Turns noise suppression on or off (`self.addAudioMiddleware` / `removeAudioMiddleware`). */
  async setNoiseSuppression(on: boolean): Promise<void> {
    const meeting = this.activeMeeting;
    const self = meeting?.self as AudioSelf | undefined;
    if (!meeting || !self || on === suppressing.has(meeting)) return;
    // Where the browser cannot run it, the switch is disabled and says why: nothing to try.
    if (on && !this.noiseSupported) return;
    this.noisePending = on;
    await this.action.run(
      'noise',
      async () => {
        const check = (result: MiddlewareResult) => {
          if (result && result.success === false)
            throw new Error(result.message || 'The audio middleware was refused.');
        };
        if (on) {
          const { noiseSuppressionMiddleware } = await loadNoise();
          check(await self.addAudioMiddleware!(noiseSuppressionMiddleware));
          suppressing.set(meeting, noiseSuppressionMiddleware);
        } else {
          check(await self.removeAudioMiddleware!(suppressing.get(meeting)));
          suppressing.delete(meeting);
        }
        try {
          globalThis.localStorage?.setItem(NOISE_KEY, on ? 'on' : 'off');
        } catch {
          // Not remembered.
        }
      },
      { action: this.localize('noise.action') },
    );
    this.noisePending = undefined;
  }

  private toggleNoise = (event: CustomEvent<boolean>): void => {
    void this.setNoiseSuppression(event.detail);
  };

  private playClip = (): void => {
    const suppress = this.noiseSuppression;
    void this.action.run('clip', async () => (await loadNoise()).playNoisyClip(suppress), {
      action: this.localize('noise.test_clip'),
    });
  };

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
        // Where the browser cannot choose an output the selector says so (disabled, with why).
        html`<section part="speaker" class="group">
            <rtk-speaker-selector
              .size=${this.size}
            ></rtk-speaker-selector>
            <rtk-button part="test-button" variant="secondary" .loading=${playing} @click=${this.playTest}>
              <span slot="start">${renderIcon('speaker', this.icons, paths.speaker)}</span>
              ${this.localize(playing ? 'settings.test_playing' : 'settings.test_sound')}
            </rtk-button>
          </section>`
      }
      <section part="noise" class="group">
        <rtk-switch
          part="noise-toggle"
          .checked=${this.noiseSuppression}
          .disabled=${!this.noiseSupported || this.action.isPending('noise')}
          .label=${this.localize('noise.switch')}
          @rtkChange=${this.toggleNoise}
        ></rtk-switch>
        <p class="hint">${this.localize(this.noiseSupported ? 'noise.hint' : 'noise.unsupported')}</p>
        ${
          this.noiseSupported
            ? html`<rtk-button variant="secondary" .loading=${this.action.isPending('clip')} @click=${this.playClip}>
              ${this.localize(this.action.isPending('clip') ? 'noise.test_playing' : 'noise.test_clip')}
            </rtk-button>`
            : nothing
        }
      </section>
      <rtk-switch
        part="notification-toggle"
        .checked=${!this.activeStates.prefs?.muteNotificationSounds}
        .label=${this.localize('settings.notification_sounds')}
        @rtkChange=${this.toggleSounds}
      ></rtk-switch>`;
  }
}
