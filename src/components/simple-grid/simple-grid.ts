import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import { computeGridLayout, parseAspectRatio } from './grid-layout.js';
import styles from './simple-grid.styles.js';
import { gridStrings } from '../../i18n/en/grid.js';

/**
 * Tiles of the given `participants`, as large as the grid's own size, `aspectRatio` and `gap`
 * allow; the column count follows resizes. Tiles are keyed by participant id, so a change of the
 * list adds or removes tiles and keeps the others (and their video). It listens to nothing: each
 * tile listens to its own person, and the parent passes a new list when membership changes.
 *
 * @csspart container - The list of tiles.
 * @csspart tile - Each `rtk-participant-tile`.
 */
export class RtkSimpleGrid extends RtkElement {
  static override strings = gridStrings;

  static override styles = [tokens, hostStyles, styles];

  private readonly box = new ResizeController(this);

  /** The people to show, in order. */
  @property({ attribute: false }) participants: Peer[] = [];

  /** Tile aspect ratio, `width:height` (default: `config.aspectRatio`, else 16:9). */
  @property({ attribute: 'aspect-ratio' }) aspectRatio?: string;

  /** Space between tiles, in pixels (default: `config.gridGap`, else 8). */
  @property({ type: Number }) gap?: number;

  /** Accessible name of the list (default "Participants"). */
  @property() label?: string;

  override render() {
    const peers = (this.participants ?? []).filter((p) => p && typeof p.id === 'string');
    if (peers.length === 0) return nothing;
    const config = this.activeConfig;
    const wanted = this.gap ?? config.gridGap;
    const gap = typeof wanted === 'number' && Number.isFinite(wanted) && wanted >= 0 ? wanted : 8;
    const ratio = parseAspectRatio(this.aspectRatio ?? config.aspectRatio);
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
    return html`<div
      part="container"
      role="list"
      aria-label=${this.label ?? this.localize('grid.label')}
      style=${styleMap(style)}
    >
      ${repeat(
        peers,
        (p) => p.id,
        (p) => html`<div role="listitem" class="cell">
          <rtk-participant-tile
            part="tile"
            .participant=${p}
            .size=${this.size}
          ></rtk-participant-tile>
        </div>`,
      )}
    </div>`;
  }
}
