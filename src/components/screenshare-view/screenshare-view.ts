import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { ScreensharePlayEvent } from '../../events/screenshare-play.js';
import { errorStrings } from '../../i18n/en/error.js';
import { screenshareStrings } from '../../i18n/en/screenshare.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './screenshare-view.styles.js';

/** Where the name tag sits. */
export type ScreenshareNameTagPosition =
  'bottom-left' | 'bottom-right' | 'bottom-center' | 'top-left' | 'top-right' | 'top-center';

/**
 * The screen a person shares (`participant.screenShareTracks.video`), with the sharer's name, a
 * fit / fill switch and a full-screen button.
 *
 * Listens only to its participant's `screenShareUpdate`. When the share stops the view renders
 * nothing (and leaves full screen). For your own share (`participant` is `meeting.self`) it shows
 * a "You are sharing your screen" notice with a stop button instead of the screen itself, which
 * would mirror into itself endlessly.
 *
 * Full screen uses the Fullscreen API on the element itself; the button follows the real state
 * (`fullscreenchange`), so Escape or the browser's own controls keep it truthful. The button is
 * hidden where the page may not go full screen, or with `hide-full-screen-button`.
 *
 * @slot - Over the shared screen, at its top start corner, e.g. the page's own control (the
 * official kit's slot).
 *
 * @csspart container - The box around the screen (a labelled group).
 * @csspart video - The `<video>` showing the screen.
 * @csspart name-tag - The sharer's name tag.
 * @csspart name - The name text.
 * @csspart controls - The fit / fill and full-screen buttons.
 * @csspart fit-button - The `rtk-button` switching between fit and fill.
 * @csspart fullscreen-button - The `rtk-button` entering and leaving full screen.
 * @csspart self-notice - The notice shown while you share your own screen.
 * @csspart stop-button - The `rtk-button` that stops your share.
 *
 * @cssprop --rtk-screenshare-background - Background around the screen.
 * @cssprop --rtk-screenshare-name-tag-background - Name tag backdrop (default `--rtk-color-video-overlay`).
 * @cssprop --rtk-screenshare-name-tag-color - Name tag text (default `--rtk-color-text-on-video`).
 *
 * @fires screensharePlay - When the shared screen starts playing; `detail` holds the participant and the `<video>`.
 * @fires rtkNotification - When stopping your own share failed.
 */
export class RtkScreenshareView extends RtkElement {
  static override strings = { ...screenshareStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, () => [
    [this.participant, 'screenShareUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** The person whose screen is shown: a remote participant or `meeting.self`. */
  @property({ attribute: false }) participant?: Peer;

  /** `solid` name tag or a `gradient` under it. */
  @property({ reflect: true }) variant: 'solid' | 'gradient' = 'solid';

  /** Where the name tag sits. */
  @property({ reflect: true, attribute: 'name-tag-position' })
  nameTagPosition: ScreenshareNameTagPosition = 'bottom-left';

  /** Hides the full-screen button. */
  @property({ type: Boolean, attribute: 'hide-full-screen-button' }) hideFullScreenButton = false;

  /** `fit`: the whole screen is visible (default); `fill`: the screen covers the view, cropped. Our addition. */
  @property({ reflect: true }) fit: 'fit' | 'fill' = 'fit';

  /** True while this view is full screen. */
  @state() private fullscreen = false;

  @query('video') private video?: HTMLVideoElement;

  private played?: MediaStreamTrack;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.handleFullscreenChange);
    this.handleFullscreenChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.handleFullscreenChange);
    if (this.video) this.video.srcObject = null;
    this.played = undefined;
    if (document.fullscreenElement === this) void document.exitFullscreen().catch(() => undefined);
  }

  protected override updated(): void {
    const video = this.video;
    const track =
      this.sharing && !this.isSelf ? this.participant?.screenShareTracks?.video : undefined;
    if (!this.sharing && this.fullscreen) void this.exitFullscreen();
    if (!video) {
      this.played = undefined;
      return;
    }
    const current =
      video.srcObject instanceof MediaStream ? video.srcObject.getVideoTracks()[0] : undefined;
    if (current === track) return;
    video.srcObject = track ? new MediaStream([track]) : null;
    if (track) void video.play().catch(() => undefined);
  }

  /** Enters full screen (from a user gesture). */
  async enterFullscreen(): Promise<void> {
    if (!this.sharing || document.fullscreenElement === this) return;
    try {
      await this.requestFullscreen();
    } catch {
      // Refused (no user gesture, or not allowed in this frame): the state stays truthful.
    }
    this.handleFullscreenChange();
  }

  /** Leaves full screen. */
  async exitFullscreen(): Promise<void> {
    if (document.fullscreenElement !== this) return;
    try {
      await document.exitFullscreen();
    } catch {
      // Already left.
    }
    this.handleFullscreenChange();
  }

  private get sharing(): boolean {
    return Boolean(this.participant?.screenShareEnabled);
  }

  private get isSelf(): boolean {
    const self = this.activeMeeting?.self;
    return Boolean(this.participant && self && this.participant.id === self.id);
  }

  private get canFullscreen(): boolean {
    return (
      !this.hideFullScreenButton &&
      document.fullscreenEnabled &&
      typeof this.requestFullscreen === 'function'
    );
  }

  private handleFullscreenChange = (): void => {
    this.fullscreen = document.fullscreenElement === this;
  };

  private handleToggleFit = (): void => {
    this.fit = this.fit === 'fit' ? 'fill' : 'fit';
  };

  private handleToggleFullscreen = (): void => {
    void (this.fullscreen ? this.exitFullscreen() : this.enterFullscreen());
  };

  private handlePlaying = (): void => {
    const participant = this.participant;
    const video = this.video;
    const track =
      video?.srcObject instanceof MediaStream ? video.srcObject.getVideoTracks()[0] : undefined;
    if (!participant || !video || !track || track === this.played) return;
    this.played = track;
    this.dispatchEvent(
      new ScreensharePlayEvent({
        participant,
        screenshareParticipant: participant,
        videoElement: video,
      }),
    );
  };

  private handleStop = (): void => {
    const self = this.activeMeeting?.self;
    if (!self) return;
    void this.action.run('stop', () => self.disableScreenShare(), {
      action: this.localize('screenshare.stop'),
    });
  };

  override render() {
    const participant = this.participant;
    if (!participant || !this.sharing) return nothing;
    const label = this.localize('screenshare.label', { name: participant.name });
    if (this.isSelf) return this.renderSelfNotice(label);
    return html`<div part="container" role="group" aria-label=${label}>
      <video part="video" autoplay playsinline muted @playing=${this.handlePlaying}></video>
      <div part="name-tag">
        ${renderIcon('share_screen_start', this.icons, paths.share_screen_start)}
        <span part="name">${participant.name}</span>
      </div>
      <div part="controls">${this.renderFitButton()}${this.renderFullscreenButton()}</div>
      <slot></slot>
    </div>`;
  }

  private renderSelfNotice(label: string) {
    return html`<div part="container" role="group" aria-label=${label}>
      <div part="self-notice">
        ${renderIcon('share_screen_start', this.icons, paths.share_screen_start)}
        <strong>${this.localize('screenshare.you_sharing')}</strong>
        <p>${this.localize('screenshare.you_sharing_hint')}</p>
        <rtk-button
          part="stop-button"
          variant="danger"
          .loading=${this.action.isPending('stop')}
          .size=${this.size}
          @click=${this.handleStop}
          >${renderIcon('share_screen_stop', this.icons, paths.share_screen_stop)}
          ${this.localize('screenshare.stop')}</rtk-button
        >
      </div>
    </div>`;
  }

  private renderFitButton() {
    const fill = this.fit === 'fill';
    return html`<rtk-button
      part="fit-button"
      kind="icon"
      variant="secondary"
      .label=${this.localize(fill ? 'screenshare.fit' : 'screenshare.fill')}
      .size=${this.size}
      @click=${this.handleToggleFit}
      >${
        fill
          ? renderIcon('fit_screen', this.icons, paths.fit_screen)
          : renderIcon('fill_screen', this.icons, paths.fill_screen)
      }</rtk-button
    >`;
  }

  private renderFullscreenButton() {
    if (!this.canFullscreen) return nothing;
    const on = this.fullscreen;
    return html`<rtk-button
      part="fullscreen-button"
      kind="icon"
      variant="secondary"
      .label=${this.localize(on ? 'screenshare.fullscreen_exit' : 'screenshare.fullscreen_enter')}
      .size=${this.size}
      @click=${this.handleToggleFullscreen}
      >${
        on
          ? renderIcon('fullscreen_exit', this.icons, paths.fullscreen_exit)
          : renderIcon('fullscreen_enter', this.icons, paths.fullscreen_enter)
      }</rtk-button
    >`;
  }
}
