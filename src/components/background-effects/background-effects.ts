import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import {
  BUILT_IN_BACKGROUNDS,
  backgroundSupport,
  pictureFromFile,
} from '../../effects/background.js';
import {
  applyChoice,
  choiceOf,
  rememberPicture,
  rememberedChoice,
  rememberedPicture,
  type BackgroundChoice,
} from '../../effects/background-choice.js';
import { errorStrings } from '../../i18n/en/error.js';
import { backgroundEffectsStrings } from '../../i18n/en/background-effects.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './background-effects.styles.js';

/** Remembered choices are restored once per page, not again after the person turned them off. */
const restored = new WeakSet<object>();

/**
 * The kit's built-in background effects for your camera: no effect, a light or strong blur, three
 * pictures drawn by the kit, or a picture you upload. The person stays sharp: MediaPipe's selfie
 * segmentation finds them in each frame, in the browser, from the kit's own files (see
 * `setEffectAssetsPath`). Choosing one calls `self.removeVideoMiddleware` for the effect in use
 * and `self.addVideoMiddleware` for the new one; the camera preview beside it shows the result
 * live. The choice (and an uploaded picture) is remembered in `localStorage` and applied again the
 * next time this element shows a meeting. A refusal or a picture that cannot be read fires an
 * `rtkNotification`; where the browser cannot run the effects (no WebGL 2 or WebAssembly) the
 * choices are disabled and the reason is shown. Renders nothing without a meeting. Our addition
 * (shown in `rtk-settings-video` and on `rtk-setup-screen`).
 *
 * @csspart choices - The `<fieldset>` of choices.
 * @csspart choice - Each choice (`<label>` with its radio and preview).
 * @csspart upload - The "Upload your own" file picker.
 * @csspart reason - Why the effects are unavailable in this browser.
 *
 * @fires rtkNotification - When an effect could not be applied or an upload is not a picture.
 * @fires rtkStateUpdate - `{ videoEffect }` after the effect changed.
 */
export class RtkBackgroundEffects extends RtkElement {
  static override strings = { ...backgroundEffectsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  protected readonly events = new MeetingController(this, (m) => [[m.self, 'videoUpdate']]);

  private readonly action = new ActionController(this, () => this.localize);

  /** The choice being applied (shown checked while it loads). */
  @state() private pending?: BackgroundChoice;

  /** The picture uploaded on this page. */
  @state() private picture?: HTMLCanvasElement;

  private readonly support = backgroundSupport();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.restore());
  }

  /** The choice in use for the meeting shown. */
  get choice(): BackgroundChoice {
    return this.pending ?? choiceOf(this.activeMeeting);
  }

  private restore(): void {
    const meeting = this.activeMeeting;
    if (!meeting || restored.has(meeting) || !this.support.supported) return;
    restored.add(meeting);
    const remembered = rememberedChoice();
    if (remembered !== 'off' && choiceOf(meeting) === 'off') void this.choose(remembered);
  }

  /** Applies `choice` (`off`, `blur-light`, `blur-strong`, `image:dawn|studio|forest`, `upload`). */
  async choose(choice: BackgroundChoice, upload?: HTMLCanvasElement): Promise<void> {
    const meeting = this.activeMeeting;
    if (!meeting || !this.support.supported) return;
    if (choice === this.choice && !upload) return;
    this.pending = choice;
    const result = await this.action.run(
      'apply',
      () =>
        applyChoice(meeting, choice, upload ?? (choice === 'upload' ? this.picture : undefined)),
      { action: this.localize('background_effects.apply') },
    );
    this.pending = undefined;
    if (result.ok) this.updateStates({ videoEffect: choice === 'off' ? undefined : choice });
  }

  private handleChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'radio') void this.choose(input.value);
  };

  private handleUpload = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let picture: HTMLCanvasElement | undefined;
    const read = await this.action.run(
      'upload',
      async () => {
        try {
          picture = await pictureFromFile(file);
        } catch {
          throw new Error(this.localize('background_effects.not_image'));
        }
      },
      { action: this.localize('background_effects.upload') },
    );
    if (!read.ok || !picture) return;
    this.picture = picture;
    rememberPicture(picture);
    await this.choose('upload', picture);
  };

  protected override updated(): void {
    for (const thumb of this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-id]')) {
      if (thumb.dataset.painted === thumb.dataset.id) continue;
      const id = thumb.dataset.id ?? '';
      const g = thumb.getContext('2d');
      if (!g) continue;
      thumb.dataset.painted = id;
      const built = BUILT_IN_BACKGROUNDS.find((b) => b.id === id);
      if (built) built.paint(g, thumb.width, thumb.height);
      else if (id === 'upload') {
        const src = this.picture;
        if (src) g.drawImage(src, 0, 0, thumb.width, thumb.height);
        else {
          const url = rememberedPicture();
          if (url) {
            const image = new Image();
            image.onload = () => g.drawImage(image, 0, 0, thumb.width, thumb.height);
            image.src = url;
          }
        }
      }
    }
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting?.self) return nothing;
    const { supported, reason } = this.support;
    const choice = this.choice;
    const busy = this.action.isPending('apply');
    const hasPicture = Boolean(this.picture || rememberedPicture());
    const choices: Array<{ id: string; label: string; thumb?: string; blur?: string }> = [
      { id: 'off', label: this.localize('background_effects.off') },
      { id: 'blur-light', label: this.localize('background_effects.blur_light'), blur: 'light' },
      { id: 'blur-strong', label: this.localize('background_effects.blur_strong'), blur: 'strong' },
      ...BUILT_IN_BACKGROUNDS.map((b) => ({
        id: `image:${b.id}`,
        label: this.localize(`background_effects.image_${b.id}`),
        thumb: b.id,
      })),
      ...(hasPicture
        ? [
            {
              id: 'upload',
              label: this.localize('background_effects.your_picture'),
              thumb: 'upload',
            },
          ]
        : []),
    ];
    const reasonText = reason ? this.localize(`background_effects.unsupported_${reason}`) : '';
    return html`<fieldset
      part="choices"
      ?disabled=${!supported}
      aria-busy=${busy ? 'true' : nothing}
      aria-describedby=${supported ? nothing : 'reason'}
      @change=${this.handleChange}
    >
      <legend>${this.localize('background_effects.title')}</legend>
      ${supported ? nothing : html`<p id="reason" part="reason" class="reason">${reasonText}</p>`}
      <div class="grid">
        ${choices.map(
          (
            c,
          ) => html`<label part="choice" class="choice" ?data-pending=${busy && this.pending === c.id}>
            <span class="thumb" data-blur=${c.blur ?? nothing} aria-hidden="true">
              ${c.thumb ? html`<canvas width="96" height="54" data-id=${c.thumb}></canvas>` : nothing}
            </span>
            <span class="name">
              <input type="radio" name="background" value=${c.id} .checked=${live(choice === c.id)} />
              ${c.label}
            </span>
          </label>`,
        )}
        <label part="upload" class="choice upload">
          <span class="thumb" aria-hidden="true">+</span>
          <span class="name">${this.localize('background_effects.upload')}</span>
          <input class="visually-hidden" type="file" accept="image/*" @change=${this.handleUpload} />
        </label>
      </div>
      ${
        busy
          ? html`<p class="status" role="status">${this.localize('background_effects.loading')}</p>`
          : meeting.self.videoEnabled || !supported
            ? nothing
            : html`<p class="status">${this.localize('background_effects.camera_off')}</p>`
      }
    </fieldset>`;
  }
}
