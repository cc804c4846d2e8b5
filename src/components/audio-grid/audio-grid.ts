import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { mapItems } from '../../meeting/guards.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './audio-grid.styles.js';
import { gridStrings } from '../../i18n/en/grid.js';

/**
 * The audio room: an `rtk-audio-tile` (avatar, name, microphone, speaking ring) for you and
 * everyone in the meeting. It listens only to joins and leaves; each tile listens to its own
 * person, and the speaking ring follows the audio level without re-rendering anything.
 *
 * @csspart container - The list of tiles.
 * @csspart tile - Each `rtk-audio-tile`.
 * @csspart message - The text shown when there is nobody to show.
 *
 * @cssprop --rtk-grid-background - Background behind the tiles.
 * @cssprop --rtk-audio-grid-tile-width - Smallest tile width (9rem).
 */
export class RtkAudioGrid extends RtkElement {
  static override strings = gridStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.joined, 'participantJoined', 'participantLeft', 'participantsCleared'],
    [m.self, 'roomJoined', 'roomLeft'],
  ]);

  /** Leave out your own tile. */
  @property({ type: Boolean, attribute: 'hide-self' }) hideSelf = false;

  /** The people shown: self first (or last, per `config.selfTilePosition`), then everyone joined. */
  get peers(): Peer[] {
    const meeting = this.activeMeeting;
    if (!meeting) return [];
    const self = meeting.self;
    const others: Peer[] = mapItems(meeting.participants?.joined).filter(
      (p) => p && p.id !== self.id,
    );
    if (this.hideSelf || typeof self.id !== 'string') return others;
    return this.activeConfig.selfTilePosition === 'last' ? [...others, self] : [self, ...others];
  }

  override render() {
    const peers = this.peers;
    if (peers.length === 0) return html`<p part="message">${this.localize('grid.empty')}</p>`;
    return html`<div part="container" role="list" aria-label=${this.localize('grid.label')}>
      ${repeat(
        peers,
        (p) => p.id,
        (p) => html`<div role="listitem">
          <rtk-audio-tile
            part="tile"
            .participant=${p}
            .size=${this.size}
          ></rtk-audio-tile>
        </div>`,
      )}
    </div>`;
  }
}
