import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { RtkElement } from '../../context/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { mapItems } from '../../meeting/guards.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import { computeGridLayout, parseAspectRatio } from './grid-layout.js';
import styles from './grid.styles.js';
import { gridStrings } from '../../i18n/en/grid.js';
import { idleStrings } from '../../i18n/en/idle.js';

/**
 * The participant grid: everyone on screen now (`participants.active`) and you.
 *
 * Tiles are keyed by participant id, so a join or leave adds or removes one tile and the others
 * (and their video) stay. The column count is chosen to make tiles as large as the grid's own
 * size, `aspectRatio` and `gap` allow, and follows resizes. The grid listens only to membership
 * events; each tile listens to its own person.
 *
 * @csspart container - The list of tiles.
 * @csspart tile - Each `rtk-participant-tile`.
 * @csspart message - The text shown when there is nobody to show.
 *
 * @cssprop --rtk-grid-background - Background behind the tiles.
 * @cssprop --rtk-grid-min-height - Height of the grid when its parent gives it none (12rem).
 */
export class RtkGrid extends RtkElement {
  static override strings = { ...gridStrings, ...idleStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.active, 'participantJoined', 'participantLeft', 'participantsCleared', 'participantsUpdate'],
    [m.self, 'roomJoined', 'roomLeft', 'toggleTile'],
  ]);

  private readonly box = new ResizeController(this);

  /** Where the participants go next to a screen share or plugin: `row` or `column`. */
  @property({ reflect: true }) layout: 'row' | 'column' = 'row';

  /** Tile aspect ratio, `width:height`. */
  @property({ attribute: 'aspect-ratio' }) aspectRatio = '16:9';

  /** Space between tiles, in pixels. */
  @property({ type: Number }) gap = 8;

  /** The most tiles shown at once (default: everyone). Our reading of the official prop. */
  @property({ type: Number, attribute: 'grid-size' }) gridSize?: number;

  /** The people shown, in order: self first (or last, per `config.selfTilePosition`). */
  get peers(): Peer[] {
    const meeting = this.activeMeeting;
    if (!meeting) return [];
    const self = meeting.self;
    const others: Peer[] = mapItems(meeting.participants?.active).filter((p) => p && p.id !== self.id);
    const list = self.hidden || typeof self.id !== 'string' ? others : this.activeConfig.selfTilePosition === 'last' ? [...others, self] : [self, ...others];
    return this.gridSize && this.gridSize > 0 ? list.slice(0, this.gridSize) : list;
  }

  override render() {
    const peers = this.peers;
    if (peers.length === 0) {
      return html`<p part="message">${this.localize(this.activeMeeting ? 'grid.empty' : 'idle.no_meeting')}</p>`;
    }
    const gap = Number.isFinite(this.gap) && this.gap >= 0 ? this.gap : 8;
    const ratio = parseAspectRatio(this.aspectRatio);
    const layout = computeGridLayout(peers.length, this.box.width, this.box.height, ratio, gap);
    const tileWidth = layout.tileWidth
      ? `${layout.tileWidth}px`
      : `calc((100% - ${gap * (layout.columns - 1)}px) / ${layout.columns})`;
    const style = {
      '--_gap': `${gap}px`,
      '--_tile-width': tileWidth,
      '--_tile-height': layout.tileHeight ? `${layout.tileHeight}px` : 'auto',
      '--_tile-ratio': String(ratio),
    };
    return html`<div part="container" role="list" aria-label=${this.localize('grid.label')} style=${styleMap(style)}>
      ${repeat(
        peers,
        (p) => p.id,
        (p) => html`<div role="listitem" class="cell">
          <rtk-participant-tile
            part="tile"
            .participant=${p}
            .meeting=${this.meeting}
            .t=${this.t}
            .iconPack=${this.iconPack}
            .states=${this.states}
          ></rtk-participant-tile>
        </div>`,
      )}
    </div>`;
  }
}
