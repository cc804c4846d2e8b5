import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './spotlight-grid.styles.js';
import { gridStrings } from '../../i18n/en/grid.js';
import { gridsStrings } from '../../i18n/en/grids.js';

/**
 * The spotlight layout: the pinned people (`pinnedParticipants`) large, everyone else
 * (`participants`) in a smaller grid beside them (`layout="row"`) or below (`layout="column"`,
 * and always below on `size="sm"`). It listens to nothing; `rtk-grid` passes the lists.
 *
 * @csspart main - The grid of pinned (spotlighted) people.
 * @csspart aside - The grid of the others.
 */
export class RtkSpotlightGrid extends RtkElement {
  static override strings = { ...gridStrings, ...gridsStrings };

  static override styles = [tokens, hostStyles, styles];

  /** The people beside the spotlight. */
  @property({ attribute: false }) participants: Peer[] = [];

  /** The people in the spotlight. */
  @property({ attribute: false }) pinnedParticipants: Peer[] = [];

  /** Where the others go: `row` (beside) or `column` (below). */
  @property({ reflect: true }) layout: 'row' | 'column' = 'row';

  /** A fixed tile aspect ratio, `width:height` (default: `config.aspectRatio`, else any shape from 3:4 to 16:9 that fills best). */
  @property({ attribute: 'aspect-ratio' }) aspectRatio?: string;

  /** Space between tiles, in pixels. */
  @property({ type: Number }) gap?: number;

  /** The most tiles shown beside the spotlight (default: everyone). */
  @property({ type: Number, attribute: 'grid-size' }) gridSize?: number;

  override render() {
    const pinned = this.pinnedParticipants ?? [];
    const pinnedIds = new Set(pinned.map((p) => p.id));
    let others = (this.participants ?? []).filter((p) => p && !pinnedIds.has(p.id));
    if (this.gridSize && this.gridSize > 0) others = others.slice(0, this.gridSize);
    return html`<rtk-simple-grid
        part="main"
        .participants=${pinned}
        .label=${this.localize('grids.main')}
        .aspectRatio=${this.aspectRatio}
        .gap=${this.gap}
        .size=${this.size}
      ></rtk-simple-grid>
      ${
        others.length
          ? html`<rtk-simple-grid
            part="aside"
            .participants=${others}
            .label=${this.localize('grids.others')}
            .aspectRatio=${this.aspectRatio}
            .gap=${this.gap}
            .size=${this.size}
          ></rtk-simple-grid>`
          : nothing
      }`;
  }
}
