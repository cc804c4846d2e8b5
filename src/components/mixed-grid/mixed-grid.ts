import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import type { Peer } from '../../meeting/participant.js';
import type { Plugin } from '../../meeting/plugins.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './mixed-grid.styles.js';
import { gridStrings } from '../../i18n/en/grid.js';
import { gridsStrings } from '../../i18n/en/grids.js';

/**
 * The mixed layout: a screen share large (`rtk-screenshare-view` of the first of
 * `screenShareParticipants`), and the people (`pinnedParticipants` first, then `participants`)
 * in a grid beside it (`layout="row"`) or below (`layout="column"`, and on `size="sm"`). It
 * listens to nothing; `rtk-grid` passes the lists.
 *
 * @csspart main-view - The box around the screen share.
 * @csspart aside - The grid of people.
 */
export class RtkMixedGrid extends RtkElement {
  static override strings = { ...gridStrings, ...gridsStrings };

  static override styles = [tokens, hostStyles, styles];

  /** The people beside the screen share. */
  @property({ attribute: false }) participants: Peer[] = [];

  /** Pinned people, shown first beside the screen share. */
  @property({ attribute: false }) pinnedParticipants: Peer[] = [];

  /** People sharing their screen; the first one is shown. */
  @property({ attribute: false }) screenShareParticipants: Peer[] = [];

  /** Active plugins (accepted for compatibility; the stage tabs are `rtk-tab-bar`'s job). */
  @property({ attribute: false }) plugins: Plugin[] = [];

  /** Where the people go: `row` (beside) or `column` (below). */
  @property({ reflect: true }) layout: 'row' | 'column' = 'row';

  /** Tile aspect ratio, `width:height`. */
  @property({ attribute: 'aspect-ratio' }) aspectRatio?: string;

  /** Space between tiles, in pixels. */
  @property({ type: Number }) gap?: number;

  /** The most tiles shown beside the screen share (default: everyone). */
  @property({ type: Number, attribute: 'grid-size' }) gridSize?: number;

  override render() {
    const sharer = (this.screenShareParticipants ?? [])[0];
    const pinned = this.pinnedParticipants ?? [];
    const seen = new Set<string>();
    let people = [...pinned, ...(this.participants ?? [])].filter((p) => {
      if (!p || seen.has(p.id)) return false;
      seen.add(p.id);
      return true;
    });
    if (this.gridSize && this.gridSize > 0) people = people.slice(0, this.gridSize);
    return html`${sharer
        ? html`<section part="main-view" aria-label=${this.localize('grids.screenshare', { name: sharer.name ?? '' })}>
            <rtk-screenshare-view
              .participant=${sharer}
              .meeting=${this.meeting}
              .t=${this.t}
              .iconPack=${this.iconPack}
              .states=${this.states}
              .config=${this.config}
              .size=${this.size}
            ></rtk-screenshare-view>
          </section>`
        : nothing}
      ${people.length
        ? html`<rtk-simple-grid
            part="aside"
            .participants=${people}
            aspect-ratio=${this.aspectRatio ?? this.activeConfig.aspectRatio ?? '16:9'}
            .gap=${this.gap}
            .meeting=${this.meeting}
            .t=${this.t}
            .iconPack=${this.iconPack}
            .states=${this.states}
            .config=${this.config}
            .size=${this.size}
          ></rtk-simple-grid>`
        : nothing}`;
  }
}
