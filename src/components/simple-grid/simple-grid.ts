import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { styleProps } from '../../internal/style-props.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { Peer } from '../../meeting/participant.js';
import { RtkStateUpdateEvent } from '../../events/rtk-state-update.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import {
  computeGridLayout,
  FILL_BAND,
  parseRatio,
  type TileRect,
} from '../../internal/grid-layout.js';
import styles from './simple-grid.styles.js';
import { gridStrings } from '../../i18n/en/grid.js';

/**
 * Tiles of the given `participants`, laid out to cover as much of the grid as they can: it picks
 * the column count and the tiles' shape (from portrait 3:4 to wide 16:9, the video cropped to
 * fill; your own view and screen shares are never cropped) that give the tiles the most area,
 * and the tiles of a short last row grow wider. A fixed `aspectRatio` (or `config.aspectRatio`)
 * keeps every tile at that shape instead. The layout follows resizes; joins and leaves glide
 * into place (not under `prefers-reduced-motion`). Tiles are keyed by participant id, so a
 * change of the list adds or removes tiles and keeps the others (and their video). It listens
 * to nothing: each tile listens to its own person, and the parent passes a new list.
 *
 * With `hiddenCount` above 0 a last tile says "+N" (people who are in the meeting but not on
 * the grid) and opens the participants panel. The tiles' places are computed once per layout
 * change (people, size, shape, gap), not on a re-render for anything else.
 *
 * @slot - Content after the tiles, over the grid (e.g. an overlay; the grid is its containing
 * block).
 *
 * @csspart container - The list of tiles.
 * @csspart tile - Each `rtk-participant-tile`.
 * @csspart more - The "+N" tile.
 */
export class RtkSimpleGrid extends RtkElement {
  static override strings = gridStrings;

  static override styles = [tokens, hostStyles, styles];

  private readonly box = new ResizeController(this);

  /** The people to show, in order. */
  @property({ attribute: false }) participants: Peer[] = [];

  /**
   * A fixed tile aspect ratio, `width:height` (default: `config.aspectRatio`, else the tiles
   * take any shape from 3:4 to 16:9 that fills the grid best).
   */
  @property({ attribute: 'aspect-ratio' }) aspectRatio?: string;

  /** Space between tiles, in pixels (default: `config.gridGap`, else 8). */
  @property({ type: Number }) gap?: number;

  /** Accessible name of the list (default "Participants"). */
  @property() label?: string;

  /** How many people are in the meeting but not on this grid: shown as a "+N" tile when above 0. */
  @property({ type: Number, attribute: 'hidden-count' }) hiddenCount = 0;

  /** The cells' places for the current layout, and what they were computed from. */
  private placed?: { key: string; measured: boolean; cells: Record<string, string>[] };

  override render() {
    const peers = (this.participants ?? []).filter((p) => p && typeof p.id === 'string');
    if (peers.length === 0) return html`<slot></slot>`;
    const config = this.activeConfig;
    const wanted = this.gap ?? config.gridGap;
    const gap = typeof wanted === 'number' && Number.isFinite(wanted) && wanted >= 0 ? wanted : 8;
    const fixed = parseRatio(this.aspectRatio ?? config.aspectRatio);
    const more = Number.isFinite(this.hiddenCount) && this.hiddenCount > 0 ? this.hiddenCount : 0;
    const count = peers.length + (more ? 1 : 0);
    // The geometry follows the layout only (count, size, shape, gap): a re-render for anything
    // else reuses the cells' places, so no tile's style is written again.
    const key = `${count} ${this.box.width} ${this.box.height} ${fixed} ${gap}`;
    if (key !== this.placed?.key) {
      const layout = computeGridLayout(
        count,
        this.box.width,
        this.box.height,
        fixed ?? FILL_BAND,
        gap,
      );
      this.placed = {
        key,
        measured: layout.tiles.length > 0,
        cells: Array.from({ length: count }, (_, i) =>
          cellStyle(layout.tiles[i], layout.columns, gap, fixed),
        ),
      };
    }
    const { cells, measured } = this.placed;
    const place = (i: number) => cells[i]!;
    return html`<div
      part="container"
      role="list"
      aria-label=${this.label ?? this.localize('grid.label')}
      class=${measured ? 'placed' : ''}
      ${styleProps({ '--_gap': `${gap}px` })}
    >
      ${repeat(
        peers,
        (p) => p.id,
        (p, i) => html`<div role="listitem" class="cell" ${styleProps(place(i))}>
          <rtk-participant-tile
            part="tile"
            .participant=${p}
            .size=${this.size}
          ></rtk-participant-tile>
        </div>`,
      )}
      ${
        more
          ? html`<div role="listitem" class="cell" ${styleProps(place(peers.length))}>
            <button
              part="more"
              type="button"
              aria-label=${this.localize('grid.more_label', { count: more })}
              @click=${this.openParticipants}
            >
              ${this.localize('grid.more', { count: more })}
            </button>
          </div>`
          : nothing
      }
    </div>
    <slot></slot>`;
  }

  private openParticipants(): void {
    this.dispatchEvent(new RtkStateUpdateEvent({ activeSidebar: true, sidebar: 'participants' }));
  }
}

/** A cell's place: measured, or a share of the row until the grid has a size. */
function cellStyle(
  rect: TileRect | undefined,
  columns: number,
  gap: number,
  fixed: number | undefined,
): Record<string, string> {
  if (rect) {
    return {
      'inset-inline-start': `${rect.x}px`,
      'inset-block-start': `${rect.y}px`,
      'inline-size': `${rect.width}px`,
      'block-size': `${rect.height}px`,
    };
  }
  return {
    'inline-size': `calc((100% - ${gap * (columns - 1)}px) / ${columns})`,
    'aspect-ratio': String(fixed ?? 16 / 9),
  };
}
