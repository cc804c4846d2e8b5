import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import {
  videoEffectsOf,
  type VideoEffect,
  type VideoEffectsProvider,
} from '../../effects/video-effects.js';
import { errorStrings } from '../../i18n/en/error.js';
import { settingsStrings } from '../../i18n/en/settings.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './settings-video.styles.js';

type MiddlewareResult = { success?: boolean; message?: string } | void;
type SelfMiddlewares = {
  addVideoMiddleware?: (middleware: unknown) => Promise<MiddlewareResult>;
  removeVideoMiddleware?: (middleware: unknown) => Promise<MiddlewareResult>;
};

/** Throws when the SDK answered `{ success: false }`. */
function check(result: MiddlewareResult): void {
  if (result && result.success === false)
    throw new Error(result.message || 'The video middleware was refused.');
}

/**
 * Video settings: a live preview of your camera (its own `<video>`, fed from `self.videoTrack`,
 * mirrored when UI states `prefs.mirrorVideo` is on), the mirror switch, the camera
 * (`rtk-camera-selector`), and the kit's background effects (`rtk-background-effects`, loaded
 * when this section first shows: blur or a picture behind you, the preview shows it live).
 *
 * When the page offers video effects (the `effects` property, or `provideVideoEffects(meeting, …)`
 * from `effects/video-effects.ts`), a "Background effects" section lists them as radio buttons with
 * "None": choosing one removes the previous effect's middleware (`self.removeVideoMiddleware`) and
 * adds the new one (`self.addVideoMiddleware`). The choice is kept in the UI states as
 * `videoEffect` (the effect id) once the meeting accepted it; a failure fires an `rtkNotification`
 * and the radios show the effect really in use. Without a provider the section is not shown.
 * Renders nothing without a meeting.
 *
 * @csspart tile-preview - The preview box (the video, or a line saying the camera is off).
 * @csspart video - The preview `<video>`.
 * @csspart mirror-toggle - The mirror `rtk-switch`.
 * @csspart background - The kit's background effects (`rtk-background-effects`: blur, pictures, your own).
 * @csspart effects - The page's own effects `<fieldset>` (with `provideVideoEffects`).
 * @csspart effect - Each effect choice (`<label>` with its radio).
 *
 * @cssprop --rtk-settings-video-preview-ratio - Aspect ratio of the preview (default `16 / 9`).
 *
 * @fires rtkStateUpdate - `{ prefs: { mirrorVideo } }` from the mirror switch; `{ videoEffect }` after an effect changed.
 * @fires rtkNotification - When switching the camera or an effect failed.
 */
export class RtkSettingsVideo extends RtkElement {
  static override strings = { ...settingsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, 'videoUpdate', 'deviceUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** The video effects to offer. Overrides those registered for the meeting with `provideVideoEffects`. Our addition. */
  @property({ attribute: false }) effects?: VideoEffectsProvider;

  /** The mirror choice made here, for use without a states provider. */
  @state() private mirrorChoice?: boolean;

  /** The effect in use as this element applied it (`null`: none), for use without a states provider. */
  @state() private effectChoice?: string | null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const video = this.renderRoot.querySelector('video');
    if (video) video.srcObject = null;
  }

  private get provider(): VideoEffectsProvider | undefined {
    const provider = this.effects ?? videoEffectsOf(this.activeMeeting);
    return provider && Array.isArray(provider.effects) && provider.effects.length
      ? provider
      : undefined;
  }

  private get mirror(): boolean {
    return this.mirrorChoice ?? this.activeStates.prefs?.mirrorVideo ?? true;
  }

  /** The id of the effect in use, or `undefined` for none. */
  get activeEffect(): string | undefined {
    if (this.effectChoice !== undefined) return this.effectChoice ?? undefined;
    const stored = this.activeStates.videoEffect;
    return typeof stored === 'string' ? stored : undefined;
  }

  protected override updated(): void {
    const video = this.renderRoot.querySelector('video');
    if (!video) return;
    const self = this.activeMeeting?.self;
    const track = self?.videoEnabled ? self.videoTrack : undefined;
    const shown =
      video.srcObject instanceof MediaStream ? video.srcObject.getVideoTracks()[0] : undefined;
    if (track === shown) return;
    video.srcObject = track ? new MediaStream([track]) : null;
    if (track) void video.play().catch(() => undefined);
  }

  private toggleMirror = (event: CustomEvent<boolean>): void => {
    this.mirrorChoice = event.detail;
    this.updateStates({ prefs: { mirrorVideo: event.detail } });
  };

  /** Applies the effect `id` (`undefined`: none). */
  async chooseEffect(id: string | undefined): Promise<void> {
    const self = this.activeMeeting?.self as SelfMiddlewares | undefined;
    const effects = this.provider?.effects ?? [];
    if (!self || id === this.activeEffect) return;
    const current = effects.find((e) => e.id === this.activeEffect);
    const next = effects.find((e) => e.id === id);
    const applied = (effect: VideoEffect | undefined) => {
      this.effectChoice = effect?.id ?? null;
      this.updateStates({ videoEffect: effect?.id });
    };
    await this.action.run(
      'effect',
      async () => {
        if (current) {
          check(await self.removeVideoMiddleware!(current.middleware));
          applied(undefined);
        }
        if (next) {
          check(await self.addVideoMiddleware!(next.middleware));
          applied(next);
        }
      },
      { action: this.localize('settings.apply_effect') },
    );
  }

  private handleEffect = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    void this.chooseEffect(value === '' ? undefined : value);
  };

  override render() {
    const self = this.activeMeeting?.self;
    if (!self) return nothing;
    const on = Boolean(self.videoEnabled);
    return html`<div
        part="tile-preview"
        class="preview"
        ?data-mirror=${this.mirror}
        role=${on ? 'img' : nothing}
        aria-label=${on ? this.localize('settings.preview') : nothing}
      >
        ${
          on
            ? html`<video part="video" muted playsinline autoplay></video>`
            : html`<p class="off">${renderIcon('video_off', this.icons, paths.video_off)}<span>${this.localize('settings.camera_off')}</span></p>`
        }
      </div>
      <rtk-switch
        part="mirror-toggle"
        .checked=${this.mirror}
        .label=${this.localize('settings.mirror')}
        @rtkChange=${this.toggleMirror}
      ></rtk-switch>
      <rtk-camera-selector .size=${this.size}></rtk-camera-selector>
      ${this.renderBackground()}
      ${this.renderEffects()}`;
  }

  /** The kit's background effects (`rtk-background-effects`, loaded with the first render). */
  private renderBackground() {
    if (!customElements.get('rtk-background-effects'))
      void import('../background-effects/rtk-background-effects.js');
    return html`<rtk-background-effects
      part="background"
      .meeting=${this.activeMeeting}
      .size=${this.size}
    ></rtk-background-effects>`;
  }

  private renderEffects() {
    const provider = this.provider;
    if (!provider) return nothing;
    const active = this.activeEffect;
    const choices: Array<{ id: string; label: string }> = [
      { id: '', label: this.localize('settings.effect_none') },
      ...provider.effects.map((e) => ({ id: e.id, label: e.label })),
    ];
    const busy = this.action.isPending('effect');
    return html`<fieldset part="effects" aria-busy=${busy ? 'true' : nothing} @change=${this.handleEffect}>
      <legend>${this.localize('settings.effects')}</legend>
      <div class="choices">
        ${choices.map(
          (c) => html`<label part="effect">
            <input type="radio" name="effect" value=${c.id} .checked=${live((active ?? '') === c.id)} />
            <span>${c.label}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
}
