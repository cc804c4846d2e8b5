import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import type { Peer } from '../../meeting/participant.js';
import type { Plugin } from '../../meeting/plugins.js';
import type { ActiveTab } from '../../meeting/meta.js';
import type { StageTab, StageTabChangeEvent } from '../../events/stage-tab-change.js';
import {
  followedTabs,
  pickTab,
  reportTab,
  stageTabs,
  storedTab,
  tabKey,
  TAB_SOURCE_MEETING,
  TAB_SOURCE_USER,
  toActiveTab,
} from '../../internal/stage-tabs.js';
import '../spotlight-indicator/rtk-spotlight-indicator.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './mixed-grid.styles.js';
import { gridStrings } from '../../i18n/en/grid.js';
import { gridsStrings } from '../../i18n/en/grids.js';

/**
 * The mixed layout: what is shared on the stage large, and the people (`pinnedParticipants`
 * first, then `participants`) in a grid beside it (`layout="row"`) or below (`layout="column"`,
 * and on `size="sm"`). `rtk-grid` passes the lists; it listens only to the meeting's tab sync
 * (`meta.activeTabUpdate`, `selfTabUpdate`).
 *
 * The stage shows one tab at a time: a screen share (`screenShareParticipants`) or an active
 * plugin (`plugins`). With two tabs or more an `rtk-tab-bar` above the stage switches between
 * them. The selected tab is kept in the UI states (`activeTab`, the SDK's `{ type, id }`, through
 * `rtkStateUpdate`), so another component (or the app) can select a tab too; without a provider
 * the grid keeps the choice itself. By default the first screen share is shown; when the shown
 * share stops or the plugin closes, the tab that followed it is shown (or the one before it).
 * A plugin tab shows `rtk-plugin-main` (loaded the first time a plugin is on the stage): the
 * plugin's own view, with full screen and Close.
 *
 * Sync: the shown tab is told to the meeting (`meta.setSelfActiveTab`), so a host who syncs their
 * view (the `rtk-spotlight-indicator` above the stage, for `permissions.canSpotlight`) shows it to
 * everyone. When a syncing host picks a tab (`meta.activeTabUpdate`), this grid shows it (once it
 * exists here), and the indicator says "Following the host's view"; the user may still pick
 * another tab, and go back. A tab set with `meta.setSelfActiveTab` by the app is shown too.
 *
 * @csspart main-view - The box around what is shared (a labelled region).
 * @csspart stage-bar - The row above what is shared: the tab bar and the sync indicator.
 * @csspart tab-bar - The `rtk-tab-bar`, shown with two tabs or more.
 * @csspart spotlight-indicator - The `rtk-spotlight-indicator`: the host's Sync toggle, or "Following the host's view".
 * @csspart plugin - The `rtk-plugin-main` shown for a plugin tab.
 * @csspart aside - The grid of people.
 *
 * @fires rtkStateUpdate - With `{ activeTab: { type, id } }` when the shown tab changes.
 * @fires tabChange - From the `rtk-tab-bar`, when the user picks a tab.
 */
export class RtkMixedGrid extends RtkElement {
  static override strings = { ...gridStrings, ...gridsStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [[m.meta, 'activeTabUpdate', 'selfTabUpdate']],
    {
      onEvent: (event, [tab]) =>
        event === 'activeTabUpdate' ? this.follow(tab) : this.selfTabChanged(tab),
    },
  );

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
  /** The tab told to the meeting last (`meta.setSelfActiveTab`). */
  private reported?: string;
  /** A tab a syncing host chose that is not on this stage yet: shown as soon as it is. */
  private awaited?: string;

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
    const tabs = this.tabs;
    const keys = tabs.map((t) => tabKey(t)!);
    if (this.awaited && keys.includes(this.awaited)) {
      this.chosen = storedTab(tabs[keys.indexOf(this.awaited)]);
      this.awaited = undefined;
    }
    // A followed tab that went away can no longer be gone back to.
    const meta = this.activeMeeting?.meta;
    const followed = meta && followedTabs.get(meta);
    if (
      followed &&
      followed !== this.awaited &&
      this.lastKeys.includes(followed) &&
      !keys.includes(followed)
    )
      followedTabs.delete(meta);
    // The selection moves on its own when there is none yet or the chosen tab went away.
    const shown = pickTab(tabs, tabKey(this.chosen), this.lastKeys);
    this.lastKeys = keys;
    if (shown && tabKey(shown) !== tabKey(this.chosen)) this.chosen = toActiveTab(shown);
    this.tell();
  }

  /**
   * Tells the meeting and the UI states about the chosen tab, from `willUpdate`: what that
   * changes comes into this render instead of asking for another.
   */
  private tell(): void {
    const key = tabKey(this.chosen);
    // Tell the meeting what self shows: a syncing host's choice goes to everyone.
    const meta = this.activeMeeting?.meta;
    if (this.chosen && meta && key !== this.reported) {
      this.reported = key;
      const source = followedTabs.get(meta) === key ? TAB_SOURCE_MEETING : TAB_SOURCE_USER;
      reportTab(meta, this.chosen, source);
    }
    // Tell the UI states about a selection that moved on its own.
    if (!this.chosen || key === this.lastStored || key === this.announced) return;
    this.announced = key;
    this.updateStates({ activeTab: this.chosen });
  }

  /** A syncing host picked a tab (`activeTabUpdate`): show it, unless self is the one syncing. */
  private follow(value: unknown): boolean {
    const meta = this.activeMeeting?.meta;
    const tab = storedTab(value);
    if (!meta || !tab || meta.broadcastTabChanges) return false;
    const key = tabKey(tab)!;
    followedTabs.set(meta, key);
    if (this.tabs.some((t) => tabKey(t) === key)) {
      this.chosen = tab;
      this.awaited = undefined;
    } else this.awaited = key;
    return true;
  }

  /** Someone (the app, or the sync indicator) set self's tab with `meta.setSelfActiveTab`. */
  private selfTabChanged(value: unknown): boolean {
    const tab = storedTab(value);
    const key = tabKey(tab);
    if (!tab || key === tabKey(this.chosen)) return false;
    this.reported = key;
    this.chosen = tab;
    return true;
  }

  private handleTabChange = (event: StageTabChangeEvent): void => {
    const key = tabKey(event.detail);
    if (!key || key === tabKey(this.chosen)) return;
    this.awaited = undefined;
    this.chosen = toActiveTab(event.detail);
    this.announced = key;
    this.updateStates({ activeTab: toActiveTab(event.detail) });
  };

  private renderPlugin(plugin: Plugin) {
    // Its code loads the first time a plugin is on the stage.
    void import('../plugin-main/rtk-plugin-main.js');
    return html`<rtk-plugin-main part="plugin" .plugin=${plugin} .size=${this.size}></rtk-plugin-main>`;
  }

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
            <div part="stage-bar">
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
              <rtk-spotlight-indicator
                part="spotlight-indicator"
                .size=${this.size}
              ></rtk-spotlight-indicator>
            </div>
            ${
              shown.type === 'plugin'
                ? this.renderPlugin(shown.plugin)
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
