import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { styleProps } from '../../internal/style-props.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { mapItems } from '../../meeting/guards.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import { computeGridLayout, FILL_BAND, type TileRect } from '../../internal/grid-layout.js';
import styles from './audio-grid.styles.js';
import { gridStrings } from '../../i18n/en/grid.js';

/** The narrowest tile, in CSS pixels: below it the grid scrolls instead of shrinking. */
export const MIN_AUDIO_TILE_WIDTH = 120;

/** Space between tiles, in CSS pixels. */
const GAP = 8;

/** Where a person goes: hosts on stage, then others on stage, then listeners. */
function rankOf(p: Peer): number {
  // A person with no stage status (a meeting without a stage) is on stage.
  const onStage = p.stageStatus === undefined || p.stageStatus === 'ON_STAGE';
  if (!onStage) return 2;
  return (p as { isHost?: unknown }).isHost === true ? 0 : 1;
}

/** Where each tile goes in the grid's box, and how tall the tiles make it. */
interface AudioLayout {
  tiles: TileRect[];
  height: number;
}

/**
 * `count` tiles in a `width`×`height` box: the layout that covers the most of it (the same
 * shapes as video tiles, from 3:4 to 16:9), or, when that would make tiles narrower than
 * 120 px, rows of square 120-px-or-wider tiles that scroll.
 */
export function layoutAudioTiles(count: number, width: number, height: number): AudioLayout {
  if (count <= 0 || width <= 0 || height <= 0) return { tiles: [], height: 0 };
  const fit = computeGridLayout(count, width, height, FILL_BAND, GAP);
  if (fit.tiles.length === count && fit.tileWidth >= MIN_AUDIO_TILE_WIDTH) {
    return { tiles: fit.tiles, height };
  }
  const columns = Math.max(
    1,
    Math.min(count, Math.floor((width + GAP) / (MIN_AUDIO_TILE_WIDTH + GAP))),
  );
  const size = Math.max(MIN_AUDIO_TILE_WIDTH, Math.floor((width - GAP * (columns - 1)) / columns));
  const rows = Math.ceil(count / columns);
  const tiles: TileRect[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / columns);
    const inRow = row === rows - 1 ? count - columns * row : columns;
    const left = Math.max(0, (width - inRow * size - GAP * (inRow - 1)) / 2);
    tiles.push({
      x: Math.round(left + (i % columns) * (size + GAP)),
      y: row * (size + GAP),
      width: size,
      height: size,
    });
  }
  return { tiles, height: rows * size + GAP * (rows - 1) };
}

/**
 * The audio room: an `rtk-audio-tile` (avatar, name, microphone, speaking ring) for you and
 * everyone in the meeting, as a centred, wrapping grid of large tiles that fills its box. People
 * on stage come first (hosts, then speakers), then listeners; your own tile leads its group (or
 * ends it, with `config.selfTilePosition: 'last'`). The tile size follows the grid's own size;
 * below 120 px wide the grid scrolls instead.
 *
 * It listens to joins, leaves and stage changes only; each tile listens to its own person, and
 * the speaking ring follows the audio level without re-rendering anything.
 *
 * @slot - After the tiles (the official kit's slot), e.g. a note about the room. The tiles fill the
 * box: a page lays its content over them (`position: absolute`) or the grid scrolls.
 *
 * @csspart container - The list of tiles.
 * @csspart tile - Each `rtk-audio-tile`.
 * @csspart message - The text shown when there is nobody to show.
 *
 * @cssprop --rtk-grid-background - Background behind the tiles.
 */
export class RtkAudioGrid extends RtkElement {
  static override strings = gridStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [
      m.participants?.joined,
      'participantJoined',
      'participantLeft',
      'participantsCleared',
      'stageStatusUpdate',
    ],
    [m.self, 'roomJoined', 'roomLeft'],
    [m.stage, 'stageStatusUpdate'],
  ]);

  /** The tiles' places as last rendered, to re-render only when a resize changes them. */
  private placed = '';

  private count = 0;

  /** In the next frame: alone in a box without a height, the grid's height follows its tiles. */
  private readonly box = new ResizeController(this, () => {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => {
      const next = layoutAudioTiles(this.count, this.box.width, this.box.height);
      if (JSON.stringify(next) !== this.placed) this.requestUpdate();
    });
  });

  private resizeFrame = 0;

  /** Leave out your own tile. */
  @property({ type: Boolean, attribute: 'hide-self' }) hideSelf = false;

  /**
   * The people shown, in order: on stage (hosts first) before listeners, you first in your group
   * (last with `config.selfTilePosition: 'last'`), the rest in the order they joined.
   */
  get peers(): Peer[] {
    const meeting = this.activeMeeting;
    if (!meeting) return [];
    const self = meeting.self;
    const others: Peer[] = mapItems(meeting.participants?.joined).filter(
      (p) => p && p.id !== self.id,
    );
    const people =
      this.hideSelf || typeof self.id !== 'string'
        ? others
        : this.activeConfig.selfTilePosition === 'last'
          ? [...others, self]
          : [self, ...others];
    // A stable sort: within a rank the order above stays.
    return people
      .map((p, index) => ({ p, index, rank: rankOf(p) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map(({ p }) => p);
  }

  override render() {
    const peers = this.peers;
    this.count = peers.length;
    const layout = layoutAudioTiles(peers.length, this.box.width, this.box.height);
    this.placed = JSON.stringify(layout);
    if (peers.length === 0)
      return html`<p part="message">${this.localize('grid.empty')}</p><slot></slot>`;
    // Until the box is measured the tiles flow at a default size.
    const measured = layout.tiles.length === peers.length;
    return html`<div
      part="container"
      role="list"
      aria-label=${this.localize('grid.label')}
      class=${measured ? 'placed' : ''}
      ${styleProps({ 'block-size': measured ? `${layout.height}px` : undefined })}
    >
      ${repeat(
        peers,
        (p) => p.id,
        (p, i) => {
          const tile = measured ? layout.tiles[i] : undefined;
          const place = tile
            ? {
                'inset-inline-start': `${tile.x}px`,
                'inset-block-start': `${tile.y}px`,
                'inline-size': `${tile.width}px`,
                'block-size': `${tile.height}px`,
              }
            : {};
          return html`<div role="listitem" class="cell" ${styleProps(place)}>
            <rtk-audio-tile
              part="tile"
              .participant=${p}
              .size=${this.size}
            ></rtk-audio-tile>
          </div>`;
        },
      )}
    </div><slot></slot>`;
  }
}
