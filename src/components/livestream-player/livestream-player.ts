import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { RtkApiErrorEvent } from '../../events/rtk-api-error.js';
import { playerStrings } from '../../i18n/en/player.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './livestream-player.styles.js';

const HLS_TYPE = 'application/vnd.apple.mpegurl';

/** What `attachHls` returns: a way to stop. */
interface Attached {
  destroy(): void;
}

/**
 * Plays the meeting's livestream (`meeting.livestream.playbackUrl`) for viewers, and says where the
 * stream is: not started (IDLE), starting, waiting for the stream (manual ingestion), live, ending.
 *
 * Browsers that play HLS natively get the URL directly. Elsewhere hls.js is loaded, on first use
 * only, so a page that never shows a livestream never downloads it. A stream that cannot be played
 * shows the reason and a retry button, and fires `rtkApiError`. Hidden when the meeting has no
 * livestream module.
 *
 * @csspart video - The `<video>`.
 * @csspart status - The message over the video (state, loading, error).
 * @csspart spinner - The spinner while starting or loading.
 * @csspart error-icon - The icon of the error message.
 * @csspart retry - The retry button.
 *
 * @cssprop --rtk-livestream-player-background - Background behind the video.
 *
 * @fires rtkApiError - The stream could not be played; `detail.trace` is `livestream.playback`.
 */
export class RtkLivestreamPlayer extends RtkElement {
  static override strings = { ...playerStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.livestream, 'livestreamUpdate'],
  ]);

  @state() private playing = false;

  @state() private error?: string;

  @query('video') private video?: HTMLVideoElement;

  private source?: string;

  private attached?: Attached;

  private attempt = 0;

  /** Replaceable for tests and custom players: attaches `url` to `video` with hls.js. */
  static async attachHls(
    video: HTMLVideoElement,
    url: string,
    onError: (message: string) => void,
  ): Promise<Attached> {
    const { default: Hls } = await import('hls.js');
    if (!Hls.isSupported()) throw new Error('HLS is not supported in this browser');
    const hls = new Hls();
    hls.on(Hls.Events.ERROR, (_event, data) => {
      if (data.fatal) onError(`${data.type}: ${data.details}`);
    });
    hls.loadSource(url);
    hls.attachMedia(video);
    return hls;
  }

  private get url(): string | undefined {
    const livestream = this.activeMeeting?.livestream;
    return livestream?.state === 'LIVESTREAMING' ? livestream.playbackUrl : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hidden = !this.activeMeeting?.livestream;
    if (this.url !== this.source) this.stop();
  }

  protected override updated(): void {
    const url = this.url;
    if (url && url !== this.source && this.video) void this.start(this.video, url);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  private stop(): void {
    this.attempt++;
    this.attached?.destroy();
    this.attached = undefined;
    this.source = undefined;
    this.playing = false;
    this.error = undefined;
    const video = this.video;
    if (video?.getAttribute('src')) {
      video.removeAttribute('src');
      video.load();
    }
  }

  private async start(video: HTMLVideoElement, url: string): Promise<void> {
    this.source = url;
    const attempt = ++this.attempt;
    if (video.canPlayType(HLS_TYPE)) {
      video.src = url;
      return;
    }
    try {
      const attached = await RtkLivestreamPlayer.attachHls(video, url, (message) => {
        if (attempt === this.attempt) this.fail(message);
      });
      if (attempt === this.attempt) this.attached = attached;
      else attached.destroy();
    } catch (cause) {
      if (attempt === this.attempt)
        this.fail(cause instanceof Error ? cause.message : String(cause));
    }
  }

  private fail(message: string): void {
    this.error = message;
    this.playing = false;
    this.dispatchEvent(new RtkApiErrorEvent({ trace: 'livestream.playback', message }));
  }

  private handleRetry = (): void => {
    this.stop();
    this.requestUpdate();
  };

  private handlePlaying = (): void => {
    this.playing = true;
    this.error = undefined;
  };

  private handleVideoError = (): void => {
    const error = this.video?.error;
    if (this.source) this.fail(error?.message || `media error ${error?.code ?? ''}`.trim());
  };

  override render() {
    const livestream = this.activeMeeting?.livestream;
    if (!livestream) return nothing;
    const url = this.url;
    return html`${
      url && !this.error
        ? html`<video
            part="video"
            autoplay
            playsinline
            controls
            aria-label=${this.localize('player.label')}
            @playing=${this.handlePlaying}
            @error=${this.handleVideoError}
          ></video>`
        : nothing
    }
      ${this.renderStatus(livestream.state, Boolean(url))}`;
  }

  private renderStatus(streamState: string, hasUrl: boolean) {
    if (this.error) {
      return html`<div part="status" data-state="error" role="alert">
        <span part="error-icon">${renderIcon('warning', this.icons, paths.warning)}</span>
        <span>${this.localize('player.error')}</span>
        <rtk-button part="retry" variant="secondary" @click=${this.handleRetry}>${this.localize('player.retry')}</rtk-button>
      </div>`;
    }
    if (hasUrl && this.playing) return nothing;
    const busy =
      streamState === 'STARTING' ||
      streamState === 'STOPPING' ||
      streamState === 'WAITING_ON_MANUAL_INGESTION' ||
      hasUrl;
    const message = hasUrl
      ? this.localize('player.loading')
      : streamState === 'STARTING'
        ? this.localize('player.starting')
        : streamState === 'WAITING_ON_MANUAL_INGESTION'
          ? this.localize('player.waiting')
          : streamState === 'STOPPING'
            ? this.localize('player.stopping')
            : this.localize('player.idle');
    return html`<div part="status" data-state=${streamState.toLowerCase()} role="status">
      ${busy ? html`<rtk-spinner part="spinner" aria-hidden="true"></rtk-spinner>` : nothing}
      <span>${message}</span>
    </div>`;
  }
}
