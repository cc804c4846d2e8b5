import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { StageTabChangeEvent, type StageTab } from '../../events/stage-tab-change.js';
import { tabBarStrings } from '../../i18n/en/tab-bar.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { mapItems } from '../../meeting/guards.js';
import type { ActiveTab } from '../../meeting/meta.js';
import type { Participant } from '../../meeting/participant.js';
import type { Plugin } from '../../meeting/plugins.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './tab-bar.styles.js';
import {
  pickTab,
  reportTab,
  storedTab,
  tabKey as keyOf,
  TAB_SOURCE_USER,
  toActiveTab,
} from '../../internal/stage-tabs.js';

export type { StageTab };

/**
 * Switches what the stage shows between the active screen shares and the active plugins.
 *
 * A tablist: one tab per screen share (yours first, then each remote sharer) and per active
 * plugin (`meeting.plugins.active`). It follows the meeting: tabs appear and disappear as people
 * start and stop sharing and as plugins open and close. The selected tab is kept in the UI states
 * (`activeTab`, the SDK's `{ type, id }` shape, through `rtkStateUpdate`) so the stage can show
 * it; when it goes away (the share stops, the plugin closes), the tab that followed it is selected
 * (or the one before it, when it was the last). Renders nothing while there is nothing to switch
 * between. `rtk-mixed-grid` shows it above the stage whenever there are two tabs or more. A tab
 * the user picks is also told to the meeting (`meta.setSelfActiveTab`), so a host who syncs their
 * view shows it to everyone (when `activeTab` is set, the app that controls the selection does).
 *
 * Keyboard: one tab stop; arrow keys move between tabs and select them (Left/Right, or Up/Down
 * with `layout="column"`, mirrored in right-to-left text), Home and End go to the first and last.
 *
 * @csspart tablist - The tab list.
 * @csspart tab - Each tab (`tab selected` for the selected one).
 * @csspart label - The text of each tab.
 *
 * @cssprop --rtk-tab-bar-tab-background - Background of a tab.
 * @cssprop --rtk-tab-bar-active-background - Background of the selected tab.
 * @cssprop --rtk-tab-bar-active-color - Border and icon colour of the selected tab.
 *
 * @fires tabChange - When the user selects a tab; `detail` is the tab (`{ type, id, participant }` or `{ type, id, plugin }`).
 * @fires rtkStateUpdate - With `{ activeTab: { type, id } }` whenever the selected tab changes.
 */
export class RtkTabBar extends RtkElement {
  static override strings = tabBarStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, 'screenShareUpdate'],
    [m.participants?.joined, 'screenShareUpdate', 'participantLeft'],
    [m.plugins?.active, 'pluginAdded', 'pluginDeleted'],
  ]);

  /** The tabs to show. By default they come from the meeting's screen shares and active plugins. */
  @property({ attribute: false }) tabs?: StageTab[];

  /**
   * The selected tab. When set, the app controls the selection (listen to `tabChange`); by default
   * it comes from the UI states.
   */
  @property({ attribute: false }) activeTab?: { type: 'screenshare' | 'plugin'; id: string };

  /** `row`: tabs side by side; `column`: stacked. */
  @property({ reflect: true }) layout: 'row' | 'column' = 'row';

  /** The user's last choice (or the states' value, whichever changed last). */
  @state() private selected?: ActiveTab;

  private lastStored?: string;
  private announced?: string;
  /** The keys of the tabs shown last time, to select the next one when the selected one goes. */
  private lastKeys: string[] = [];
  /** The id of the tab scrolled into view last. */
  private revealed?: string;

  /** The tabs shown now. */
  get currentTabs(): StageTab[] {
    if (this.tabs) return this.tabs;
    const meeting = this.activeMeeting;
    if (!meeting) return [];
    const tabs: StageTab[] = [];
    const self = meeting.self;
    if (self.screenShareEnabled) tabs.push({ type: 'screenshare', id: self.id, participant: self });
    for (const p of mapItems<Participant>(meeting.participants?.joined)) {
      if (p.screenShareEnabled) tabs.push({ type: 'screenshare', id: p.id, participant: p });
    }
    for (const plugin of mapItems<Plugin>(meeting.plugins?.active)) {
      tabs.push({ type: 'plugin', id: plugin.id, plugin });
    }
    return tabs;
  }

  protected override willUpdate(): void {
    const stored = storedTab(this.activeStates.activeTab);
    const key = keyOf(stored);
    if (key !== this.lastStored) {
      this.lastStored = key;
      if (stored) this.selected = stored;
    }
    // The selection moves on its own when there is none yet or the selected tab went away.
    const tabs = this.currentTabs;
    const current = this.resolve(tabs);
    this.lastKeys = tabs.map((t) => keyOf(t)!);
    if (!this.activeTab && current && keyOf(current) !== keyOf(this.selected))
      this.selected = toActiveTab(current);
  }

  protected override updated(): void {
    this.revealSelected();
    if (this.activeTab) return;
    // Tell the stage when the selection moved on its own (first tab, or the selected one ended).
    const key = keyOf(this.selected);
    if (!this.selected || key === this.lastStored || key === this.announced) return;
    if (!this.currentTabs.some((t) => keyOf(t) === key)) return;
    this.announced = key;
    this.updateStates({ activeTab: { type: this.selected.type, id: this.selected.id } });
  }

  /** Scrolls the tab list (only it) so a newly selected tab is in view, e.g. one a host synced. */
  private revealSelected(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('[part="tablist"]');
    const tab = list?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!list || !tab || tab.dataset.id === this.revealed) return;
    this.revealed = tab.dataset.id;
    const box = list.getBoundingClientRect();
    const own = tab.getBoundingClientRect();
    if (own.left < box.left) list.scrollLeft -= box.left - own.left;
    else if (own.right > box.right) list.scrollLeft += own.right - box.right;
  }

  /** The selected tab among `tabs`: the `activeTab` property, the last choice, or a neighbour. */
  private resolve(tabs: StageTab[]): StageTab | undefined {
    return pickTab(tabs, keyOf(this.activeTab) ?? keyOf(this.selected), this.lastKeys);
  }

  private select(tab: StageTab): void {
    const key = keyOf(tab);
    if (key === keyOf(this.resolve(this.currentTabs))) return;
    if (!this.activeTab) {
      this.selected = toActiveTab(tab);
      this.announced = key;
      this.updateStates({ activeTab: toActiveTab(tab) });
      // The user's choice, told to the meeting: a host syncing their view shows it to everyone.
      reportTab(this.activeMeeting?.meta, tab, TAB_SOURCE_USER);
    }
    this.dispatchEvent(new StageTabChangeEvent(tab));
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    const tabs = this.currentTabs;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0 || tabs.length !== buttons.length) return;
    const rtl = this.matches(':dir(rtl)');
    const column = this.layout === 'column';
    const next = column ? 'ArrowDown' : rtl ? 'ArrowLeft' : 'ArrowRight';
    const previous = column ? 'ArrowUp' : rtl ? 'ArrowRight' : 'ArrowLeft';
    let target: number;
    if (event.key === next) target = (index + 1) % tabs.length;
    else if (event.key === previous) target = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = tabs.length - 1;
    else return;
    event.preventDefault();
    this.select(tabs[target]);
    buttons[target].focus();
  };

  private label(tab: StageTab): string {
    if (tab.type === 'plugin') return tab.plugin.name;
    const self = this.activeMeeting?.self;
    return self && tab.id === self.id
      ? this.localize('tab_bar.screenshare_self')
      : this.localize('tab_bar.screenshare', { name: tab.participant.name });
  }

  override render() {
    const tabs = this.currentTabs;
    if (tabs.length === 0) return nothing;
    const active = keyOf(this.resolve(tabs));
    return html`<div
      part="tablist"
      role="tablist"
      aria-label=${this.localize('tab_bar.label')}
      aria-orientation=${this.layout === 'column' ? 'vertical' : 'horizontal'}
      @keydown=${this.handleKeydown}
    >
      ${repeat(
        tabs,
        (tab) => keyOf(tab),
        (tab) => {
          const selected = keyOf(tab) === active;
          return html`<button
            part=${selected ? 'tab selected' : 'tab'}
            role="tab"
            type="button"
            aria-selected=${selected ? 'true' : 'false'}
            tabindex=${selected ? 0 : -1}
            data-type=${tab.type}
            data-id=${tab.id}
            @click=${() => this.select(tab)}
          >
            ${
              tab.type === 'plugin'
                ? renderIcon('plugins', this.icons, paths.plugins)
                : renderIcon('share_screen_start', this.icons, paths.share_screen_start)
            }
            <span part="label">${this.label(tab)}</span>
          </button>`;
        },
      )}
    </div>`;
  }
}
