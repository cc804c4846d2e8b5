import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { ActiveTab, Meta } from '../../meeting/meta.js';
import {
  followedTabs,
  reportTab,
  storedTab,
  tabKey,
  TAB_SOURCE_MEETING,
  TAB_SOURCE_USER,
} from '../../internal/stage-tabs.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './spotlight-indicator.styles.js';
import { tabBarStrings } from '../../i18n/en/tab-bar.js';
import { errorStrings } from '../../i18n/en/error.js';

/** The `{ type, id }` of a `type:id` key. */
function fromKey(key: string): ActiveTab | undefined {
  const at = key.indexOf(':');
  return storedTab({ type: key.slice(0, at), id: key.slice(at + 1) });
}

/**
 * The host's "Sync" toggle, as in the official kit: while it is on, everyone in the meeting sees
 * the stage tab (screen share or plugin) the host shows, and follows each tab the host picks
 * (`meta.setBroadcastTabChanges()`; the SDK then broadcasts the host's `setSelfActiveTab`). Shown
 * to people whose preset may do it (`permissions.canSpotlight`), as a button with a pressed state.
 *
 * Everyone else sees "Following the host's view" (a polite status) while their stage shows the tab
 * a syncing host chose (`meta.activeTabUpdate`, followed by `rtk-mixed-grid`), and, once they
 * picked another tab themselves, a "Back to the host's view" button. Otherwise it shows nothing.
 * `rtk-mixed-grid` shows it above the stage.
 *
 * @csspart button - The Sync toggle (`aria-pressed`).
 * @csspart icon - The icon of the toggle.
 * @csspart label - The text of the toggle.
 * @csspart status - The "Following the host's view" status (a polite live region, empty otherwise).
 * @csspart follow - The "Back to the host's view" button.
 *
 * @cssprop --rtk-spotlight-indicator-background - Background of the Sync toggle.
 * @cssprop --rtk-spotlight-indicator-active-background - Background of the Sync toggle while on.
 *
 * @fires rtkNotification - When turning sync on or off failed.
 * @fires rtkApiError - When turning sync on or off failed (`detail: { trace, message }`). Our addition.
 * @fires rtkStateUpdate - With `{ activeTab }` when the user goes back to the host's view. Our addition.
 */
export class RtkSpotlightIndicator extends RtkElement {
  static override strings = { ...tabBarStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate'],
    [m.meta, 'broadcastTabChangesUpdate', 'activeTabUpdate', 'selfTabUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  private get meta(): Meta | undefined {
    return this.activeMeeting?.meta;
  }

  /** Whether self may sync everyone's view. */
  private get mayLead(): boolean {
    return Boolean(this.activeMeeting?.self?.permissions?.canSpotlight && this.meta);
  }

  /** Whether self syncs everyone's view now. */
  get syncing(): boolean {
    return Boolean(this.meta?.broadcastTabChanges);
  }

  /** The key of the tab self's stage shows now. */
  private get current(): string | undefined {
    return (
      tabKey(storedTab(this.meta?.selfActiveTab)) ?? tabKey(storedTab(this.activeStates.activeTab))
    );
  }

  /** Turns syncing on or off, as a click would. Turning it on shows everyone self's tab at once. */
  toggle(): void {
    const meta = this.meta;
    if (!meta || !this.mayLead) return;
    const on = !this.syncing;
    void this.action.run(
      'sync',
      () => {
        meta.setBroadcastTabChanges(on);
        const key = this.current;
        const tab = key ? fromKey(key) : undefined;
        if (on && tab) reportTab(meta, tab, TAB_SOURCE_USER);
      },
      { action: this.localize('tab_bar.sync'), trace: 'meta.setBroadcastTabChanges' },
    );
  }

  private handleToggle = (): void => this.toggle();

  private handleFollow = (): void => {
    const meta = this.meta;
    const key = meta && followedTabs.get(meta);
    const tab = key ? fromKey(key) : undefined;
    if (!meta || !tab) return;
    this.updateStates({ activeTab: tab });
    reportTab(meta, tab, TAB_SOURCE_MEETING);
  };

  protected override willUpdate(): void {
    this.hidden = !this.meta;
  }

  override render() {
    const meta = this.meta;
    if (!meta) return nothing;
    const followed = this.syncing ? undefined : followedTabs.get(meta);
    const following = Boolean(followed && followed === this.current);
    const hint = this.localize(this.syncing ? 'tab_bar.sync_on_hint' : 'tab_bar.sync_off_hint');
    return html`${
      this.mayLead
        ? html`<button
          part="button"
          type="button"
          aria-pressed=${this.syncing ? 'true' : 'false'}
          aria-describedby="hint"
          @click=${this.handleToggle}
        >
          <span part="icon" aria-hidden="true">${renderIcon('spotlight', this.icons, paths.spotlight)}</span>
          <span part="label">${this.localize('tab_bar.sync')}</span>
        </button>
        <span id="hint" class="visually-hidden">${hint}</span>`
        : nothing
    }<span part="status" role="status"
      >${following ? this.localize('tab_bar.following') : nothing}</span
    >${
      followed && !following
        ? html`<button part="follow" type="button" @click=${this.handleFollow}>
          ${this.localize('tab_bar.follow_again')}
        </button>`
        : nothing
    }`;
  }
}
