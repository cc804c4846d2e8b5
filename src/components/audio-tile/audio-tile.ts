import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { selfName } from '../../internal/self-name.js';
import { AudioLevelController } from '../../controllers/audio-level-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './audio-tile.styles.js';
import { gridsStrings } from '../../i18n/en/grids.js';
import { tileStrings } from '../../i18n/en/tile.js';

/**
 * One person in an audio room: their avatar, their name below it, and a round badge on the avatar
 * while their microphone is off. The tile fills the box it is given and the avatar grows with it
 * (half the tile's width, leaving room for the name). A ring around the avatar shows when they
 * speak; it follows the audio level (the `speaking` attribute and `--rtk-audio-level` set on the
 * tile from one shared animation frame), without re-rendering the tile or the grid. Listens only
 * to its own participant's `audioUpdate`.
 *
 * @slot - Inside the tile after the name, e.g. a badge (the official kit's slot).
 *
 * @csspart container - The tile (a labelled group).
 * @csspart avatar-ring - The ring around the avatar.
 * @csspart avatar - The `rtk-avatar`.
 * @csspart name-tag - The name's line.
 * @csspart name - The name text.
 * @csspart mic-icon - The microphone-off badge on the avatar.
 *
 * @cssprop --rtk-audio-tile-background - Background of the tile.
 * @cssprop --rtk-audio-tile-speaking-color - Ring colour while the person speaks.
 * @cssprop --rtk-audio-tile-avatar-size - Avatar size (default: grows with the tile, 2rem to 15rem).
 * @cssprop --rtk-audio-tile-muted-background - Background of the microphone-off badge.
 * @cssprop --rtk-audio-tile-muted-color - Icon colour of the microphone-off badge.
 * @cssprop --rtk-audio-level - Set by the tile itself: the current audio level, 0–1.
 */
export class RtkAudioTile extends RtkElement {
  static override strings = { ...tileStrings, ...gridsStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, () => [
    [this.participant, 'audioUpdate'],
  ]);

  private readonly audioLevel = new AudioLevelController(this);

  /** The person shown: a remote participant or `meeting.self`. */
  @property({ attribute: false }) participant?: Peer;

  protected override updated(): void {
    const p = this.participant;
    this.audioLevel.setTrack(p?.audioEnabled ? p.audioTrack : undefined);
  }

  override render() {
    const p = this.participant;
    if (!p) return nothing;
    const name = p.name?.trim() || '?';
    const self = this.activeMeeting?.self;
    const shownName = self && p.id === self.id ? selfName(this.localize, p.name) : name;
    const audioOn = Boolean(p.audioEnabled);
    const label = this.localize('grids.audio_tile', {
      name: shownName,
      audio: this.localize(audioOn ? 'tile.mic_on' : 'tile.muted'),
    });
    return html`<div part="container" role="group" aria-label=${label}>
      <div part="avatar-ring">
        <rtk-avatar part="avatar" decorative .participant=${p} .size=${this.size}></rtk-avatar>
        ${audioOn ? nothing : html`<span part="mic-icon">${renderIcon('mic_off', this.icons, paths.mic_off)}</span>`}
      </div>
      <div part="name-tag">
        <span part="name">${shownName}</span>
      </div>
      <slot></slot>
    </div>`;
  }
}
