import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import { AudioLevelController } from '../../controllers/audio-level-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { TileLoadEvent } from '../../events/tile-load.js';
import { TileUnloadEvent } from '../../events/tile-unload.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles, { AVATAR_COLOURS } from './participant-tile.styles.js';
import { tileStrings } from '../../i18n/en/tile.js';

/** Where the name tag sits in the tile. */
export type NameTagPosition =
  | 'bottom-left'
  | 'bottom-right'
  | 'bottom-center'
  | 'top-left'
  | 'top-right'
  | 'top-center';

/** Up to two initials of a name. */
function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** A stable colour index for a person, so their avatar keeps its colour everywhere. */
function colourIndex(key: string): number {
  let hash = 0;
  for (const char of key) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return hash % AVATAR_COLOURS;
}

/** The URL when it is http(s), so a picture can never run script or read local files. */
function safeImageUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One person's tile: their video, or an avatar when the camera is off, with a name tag.
 *
 * Listens only to its own participant (`audioUpdate`, `videoUpdate`, `pinned`, `unpinned`), so
 * one person's change re-renders one tile. The video element is registered with the participant
 * (`registerVideoElement`), which keeps the right track on it. The speaking outline follows the
 * audio level without re-rendering: see the `speaking` attribute and `--rtk-audio-level`.
 *
 * @csspart container - The tile (a labelled group).
 * @csspart video - The `<video>`.
 * @csspart avatar - The initials or picture shown when the camera is off.
 * @csspart name-tag - The name tag.
 * @csspart name - The name text.
 * @csspart mic-icon - The microphone-off icon in the name tag.
 * @csspart pinned-icon - The pin icon in the name tag.
 *
 * @cssprop --rtk-tile-background - Background behind video and avatar.
 * @cssprop --rtk-tile-speaking-color - Outline colour while the person speaks.
 * @cssprop --rtk-tile-name-tag-background - Name tag backdrop (default `--rtk-color-video-overlay`, dark in every theme).
 * @cssprop --rtk-tile-name-tag-color - Name tag text (default `--rtk-color-text-on-video`).
 * @cssprop --rtk-tile-avatar-color - Initials on the avatar (default `--rtk-color-text-on-video`).
 * @cssprop --rtk-audio-level - Set by the tile itself: the current audio level, 0–1.
 * @cssprop --rtk-color-avatar-0 - Avatar colours, `-0` to `-7`.
 *
 * @fires tileLoad - When the video element was registered with the participant.
 * @fires tileUnload - When the video element was deregistered.
 */
export class RtkParticipantTile extends RtkElement {
  static override strings = tileStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, () => [
    [this.participant, 'audioUpdate', 'videoUpdate', 'pinned', 'unpinned'],
  ]);

  private readonly audioLevel = new AudioLevelController(this);

  /** The person shown: a remote participant or `meeting.self`. */
  @property({ attribute: false }) participant?: Peer;

  /** True for the self preview before joining (passed to `registerVideoElement`). */
  @property({ type: Boolean, attribute: 'is-preview' }) isPreview = false;

  /** Where the name tag sits. */
  @property({ reflect: true, attribute: 'name-tag-position' })
  nameTagPosition: NameTagPosition = 'bottom-left';

  /** `solid` background or a `gradient` under the name tag. */
  @property({ reflect: true }) variant: 'solid' | 'gradient' = 'solid';

  @state() private failedPicture?: string;

  @query('video') private videoElement?: HTMLVideoElement;

  private registered?: { participant: Peer; video: HTMLVideoElement; preview: boolean };

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-register the video when the tile is moved back into the page.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.syncVideo();
  }

  protected override updated(): void {
    this.syncVideo();
    const p = this.participant;
    this.audioLevel.setTrack(p?.audioEnabled ? p.audioTrack : undefined);
  }

  /** True when the tile shows the local user. */
  private get isSelf(): boolean {
    const self = this.activeMeeting?.self;
    return this.isPreview || (!!this.participant && !!self && this.participant.id === self.id);
  }

  private syncVideo(): void {
    const participant = this.isConnected ? this.participant : undefined;
    const video = this.videoElement;
    const current = this.registered;
    if (
      current &&
      (current.participant !== participant || current.video !== video || current.preview !== this.isPreview)
    ) {
      this.registered = undefined;
      try {
        current.participant.deregisterVideoElement(current.video, current.preview);
      } catch {
        // A half-shaped participant must not break the page.
      }
      this.dispatchEvent(new TileUnloadEvent({ participant: current.participant, videoElement: current.video }));
    }
    if (!this.registered && participant && video && typeof participant.registerVideoElement === 'function') {
      this.registered = { participant, video, preview: this.isPreview };
      try {
        participant.registerVideoElement(video, this.isPreview);
      } catch {
        return;
      }
      this.dispatchEvent(new TileLoadEvent({ participant, videoElement: video }));
    }
  }

  private handlePictureError = (event: Event): void => {
    this.failedPicture = (event.target as HTMLImageElement).src;
  };

  override render() {
    const p = this.participant;
    if (!p) return nothing;
    const name = p.name?.trim() || '?';
    const shownName = this.isSelf ? this.localize('tile.you', { name }) : name;
    const videoOn = Boolean(p.videoEnabled);
    const audioOn = Boolean(p.audioEnabled);
    const mirror = this.isSelf && this.activeStates.prefs?.mirrorVideo !== false;
    const label = this.localize('tile.label', {
      name: shownName,
      audio: this.localize(audioOn ? 'tile.mic_on' : 'tile.muted'),
      video: this.localize(videoOn ? 'tile.video_on' : 'tile.video_off'),
    });
    return html`<div part="container" role="group" aria-label=${label}>
      <video
        part="video"
        class=${mirror ? 'mirror' : ''}
        ?hidden=${!videoOn}
        .muted=${true}
        muted
        playsinline
        autoplay
      ></video>
      ${videoOn ? nothing : this.renderAvatar(p, name)}
      <div part="name-tag">
        ${audioOn ? nothing : html`<span part="mic-icon">${renderIcon('mic_off', this.icons, paths.mic_off)}</span>`}
        <span part="name">${shownName}</span>
        ${p.isPinned ? html`<span part="pinned-icon">${renderIcon('pin', this.icons, paths.pin)}</span>` : nothing}
      </div>
    </div>`;
  }

  private renderAvatar(p: Peer, name: string) {
    const picture = safeImageUrl(p.picture);
    return html`<div part="avatar" data-colour=${colourIndex(p.userId || p.id || name)}>
      ${picture && picture !== this.failedPicture
        ? html`<img src=${picture} alt="" @error=${this.handlePictureError} />`
        : html`<span aria-hidden="true">${initialsOf(name)}</span>`}
    </div>`;
  }
}
