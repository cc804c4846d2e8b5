import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { Peer } from '../../meeting/participant.js';
import type { Plugin } from '../../meeting/plugins.js';
import type { ActiveTab } from '../../meeting/meta.js';
import type { StageTab, StageTabChangeEvent } from '../../events/stage-tab-change.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { pickTab, stageTabs, storedTab, tabKey, toActiveTab } from '../../internal/stage-tabs.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './mixed-grid.styles.js';
import { gridStrings } from '../../i18n/en/grid.js';
import { gridsStrings } from '../../i18n/en/grids.js';

/**
 * The mixed layout: what is shared on the stage large, and the people (`pinnedParticipants`
 * first, then `participants`) in a grid beside it (`layout="row"`) or below (`layout="column"`,
 * and on `size="sm"`). `rtk-grid` passes the lists; it listens to nothing itself.
 *
 * The stage shows one tab at a time: a screen share (`screenShareParticipants`) or an active
 * plugin (`plugins`). With two tabs or more an `rtk-tab-bar` above the stage switches between
 * them. The selected tab is kept in the UI states (`activeTab`, the SDK's `{ type, id }`, through
 * `rtkStateUpdate`), so another component (or the app) can select a tab too; without a provider
 * the grid keeps the choice itself. By default the first screen share is shown; when the shown
 * share stops or the plugin closes, the tab that followed it is shown (or the one before it).
 * Plugin content is not rendered by this kit: a plugin tab shows a panel with the plugin's name
 * (the official kit's `rtk-plugin-main` iframe is not part of it).
 *
 * @csspart main-view - The box around what is shared (a labelled region).
 * @csspart tab-bar - The `rtk-tab-bar`, shown with two tabs or more.
 * @csspart plugin - The panel shown for a plugin tab.
 * @csspart aside - The grid of people.
 *
 * @fires rtkStateUpdate - With `{ activeTab: { type, id } }` when the shown tab changes.
 * @fires tabChange - From the `rtk-tab-bar`, when the user picks a tab.
 */
export class RtkMixedGrid extends RtkElement {
  static override strings = { ...gridStrings, ...gridsStrings };

  static override styles = [tokens, hostStyles, styles];

  /** The people beside the screen share. */
  @property({ attribute: false }) participants: Peer[] = [];

  /** Pinned people, shown first beside the screen share. */
  @property({ attribute: false }) pinnedParticipants: Peer[] = [];

  /** People sharing their screen: one tab each. */
  @property({ attribute: false }) screenShareParticipants: Peer[] = [];

  /** Active plugins: one tab each, after the screen shares. */
  @property({ attribute: false }) plugins: Plugin[] = [];

  /** Where the people go: `row` (beside) or `column` (below). */
  @property({ reflect: true }) layout: 'row' | 'column' = 'row';

  /** A fixed tile aspect ratio, `width:height` (default: `config.aspectRatio`, else any shape from 3:4 to 16:9 that fills best). */
  @property({ attribute: 'aspect-ratio' }) aspectRatio?: string;

  /** Space between tiles, in pixels. */
  @property({ type: Number }) gap?: number;

  /** The most tiles shown beside the screen share (default: everyone). */
  @property({ type: Number, attribute: 'grid-size' }) gridSize?: number;

  /** The tab chosen last (by the user, the UI states, or on its own when the shown one went). */
  @state() private chosen?: ActiveTab;

  private lastStored?: string;
  private announced?: string;
  /** Keys of the tabs of the last render: the neighbours of a tab that went away. */
  private lastKeys: string[] = [];

  /** The tabs of the stage now: screen shares, then plugins. */
  get tabs(): StageTab[] {
    return stageTabs(this.screenShareParticipants ?? [], this.plugins ?? []);
  }

  /** The tab shown now. */
  get shownTab(): StageTab | undefined {
    return pickTab(this.tabs, tabKey(this.chosen), this.lastKeys);
  }

  protected override willUpdate(): void {
    // A tab selected through the UI states (by the tab bar under a provider, or by anyone else).
    const stored = storedTab(this.activeStates.activeTab);
    const storedKey = tabKey(stored);
    if (storedKey !== this.lastStored) {
      this.lastStored = storedKey;
      if (stored) this.chosen = stored;
    }
    // The selection moves on its own when there is none yet or the chosen tab went away.
    const tabs = this.tabs;
    const shown = pickTab(tabs, tabKey(this.chosen), this.lastKeys);
    this.lastKeys = tabs.map((t) => tabKey(t)!);
    if (shown && tabKey(shown) !== tabKey(this.chosen)) this.chosen = toActiveTab(shown);
  }

  protected override updated(): void {
    // Tell the UI states about a selection that moved on its own.
    const key = tabKey(this.chosen);
    if (!this.chosen || key === this.lastStored || key === this.announced) return;
    this.announced = key;
    this.updateStates({ activeTab: this.chosen });
  }

  private handleTabChange = (event: StageTabChangeEvent): void => {
    const key = tabKey(event.detail);
    if (!key || key === tabKey(this.chosen)) return;
    this.chosen = toActiveTab(event.detail);
    this.announced = key;
    this.updateStates({ activeTab: toActiveTab(event.detail) });
  };

  override render() {
    const tabs = this.tabs;
    const shown = tabs.find((t) => tabKey(t) === tabKey(this.chosen));
    const pinned = this.pinnedParticipants ?? [];
    const seen = new Set<string>();
    let people = [...pinned, ...(this.participants ?? [])].filter((p) => {
      if (!p || seen.has(p.id)) return false;
      seen.add(p.id);
      return true;
    });
    if (this.gridSize && this.gridSize > 0) people = people.slice(0, this.gridSize);
    const label = !shown
      ? ''
      : shown.type === 'plugin'
        ? this.localize('grids.plugin', { name: shown.plugin.name ?? '' })
        : this.localize('grids.screenshare', { name: shown.participant.name ?? '' });
    return html`${
      shown
        ? html`<section part="main-view" aria-label=${label}>
            ${
              tabs.length > 1
                ? html`<rtk-tab-bar
                  part="tab-bar"
                  .tabs=${tabs}
                  .activeTab=${toActiveTab(shown)}
                  .size=${this.size}
                  @tabChange=${this.handleTabChange}
                ></rtk-tab-bar>`
                : nothing
            }
            ${
              shown.type === 'plugin'
                ? html`<div part="plugin" class="panel">
                  ${renderIcon('plugins', this.icons, paths.plugins)}
                  <p class="plugin-name">${shown.plugin.name}</p>
                  <p class="plugin-note">${this.localize('grids.plugin_placeholder')}</p>
                </div>`
                : html`<rtk-screenshare-view
                  .participant=${shown.participant}
                  .size=${this.size}
                ></rtk-screenshare-view>`
            }
          </section>`
        : nothing
    }
      ${
        people.length
          ? html`<rtk-simple-grid
            part="aside"
            .participants=${people}
            .aspectRatio=${this.aspectRatio}
            .gap=${this.gap}
            .size=${this.size}
          ></rtk-simple-grid>`
          : nothing
      }`;
  }
}
