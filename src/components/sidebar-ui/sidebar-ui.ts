import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { SidebarCloseEvent } from '../../events/sidebar-close.js';
import { SidebarTabChangeEvent } from '../../events/sidebar-tab-change.js';
import { sidebarStrings } from '../../i18n/en/sidebar.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './sidebar-ui.styles.js';

import type { SidebarTab, SidebarView } from '../../internal/shared-types.js';

export type { SidebarTab, SidebarView };

/**
 * The look of the sidebar, without meeting logic: a header with one tab per section (or the only
 * section's title), a close button, and a panel showing the slotted content.
 *
 * Tabs follow the ARIA tabs pattern: arrow keys move between them (mirrored right to left), Home
 * and End go to the first and last, and choosing one fires `tabChange` (the owner then sets
 * `currentTab`). Escape anywhere inside, or the close button, fires `sidebarClose`. Tabs that do
 * not fit beside the close button (long names, a narrow panel) fold into a "More" menu at the end
 * of the row; the current tab is always shown.
 *
 * @slot - The content of the current tab.
 * @slot pinned-state - In the header, before the close button (the official kit's slot), e.g. a
 * pin toggle for the sidebar.
 *
 * @csspart base - The labelled region around header and panel.
 * @csspart header - The bar with the tabs and the close button.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab (`tab selected` for the current one).
 * @csspart more - The `rtk-menu` of the tabs that do not fit.
 * @csspart more-tabs - Its "More" button.
 * @csspart title - The title shown instead of tabs when there is only one.
 * @csspart close - The close button.
 * @csspart panel - The box around the content.
 *
 * @cssprop --rtk-sidebar-width - Width when docked. Default: `22rem`.
 * @cssprop --rtk-sidebar-background - Background. Default: the raised surface colour.
 *
 * @fires tabChange - A tab was chosen; `detail` is its id.
 * @fires sidebarClose - The close button was chosen or Escape was pressed.
 */
export class RtkSidebarUi extends RtkElement {
  static override strings = { ...sidebarStrings };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  /** The sections to show as tabs. */
  @property({ attribute: false }) tabs: SidebarTab[] = [];

  /** The id of the tab shown. */
  @property({ attribute: 'current-tab' }) currentTab?: string;

  /** `sidebar`: docked; `full-screen`: covers its container (phones). */
  @property({ reflect: true }) view: SidebarView = 'sidebar';

  /** Move focus to the close button when first shown (or to the current tab without one). */
  @property({ type: Boolean, attribute: 'focus-close-button' }) focusCloseButton = false;

  /** Hide the close button. */
  @property({ type: Boolean, attribute: 'hide-close-action' }) hideCloseAction = false;

  /** Hide the header (tabs and close button). */
  @property({ type: Boolean, attribute: 'hide-header' }) hideHeader = false;

  @query('[part="close"]') private closeButton?: HTMLElement;

  @query('[part~="tab"][aria-selected="true"]') private selectedTab?: HTMLElement;

  /** The ids of the tabs folded into the "More" menu. */
  @state() private folded: readonly string[] = [];

  /** Measured: each tab's width, the row's width, the gap between tabs, and the room "More" takes. */
  private room = { widths: new Map<string, number>(), space: 0, gap: 0, more: 0 };

  /** A tab chosen from the keyboard or the menu gets focus once it is current. */
  private focusTab = false;

  // The header and each tab: a new width re-folds, in the next frame (re-folding inside the
  // observer's callback would resize what it observes).
  private readonly resizes = new ResizeObserver(() =>
    requestAnimationFrame(() => this.measure() && this.requestUpdate()),
  );

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
  }

  protected override firstUpdated(_changed: PropertyValues<this>): void {
    if (this.focusCloseButton) void this.focusInside();
  }

  protected override willUpdate(): void {
    // Folds by the widths on screen now, so an update never needs a second one to fold; a width
    // that changes with this update (a new tab, a new language) comes back through the observer.
    if (this.hasUpdated) this.measure();
    this.folded = this.fold();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.focusTab && changed.has('currentTab')) {
      this.focusTab = false;
      this.selectedTab?.focus();
    }
    for (const el of this.shadowRoot!.querySelectorAll('[part="header"], [role="tab"]'))
      this.resizes.observe(el);
  }

  /** None when all tabs fit; else all but the current tab and, in order, those that fit. */
  private fold(): string[] {
    const { widths, space, gap, more } = this.room;
    const width = (id?: string) => (widths.get(id!) ?? 0) + gap;
    const current = this.current;
    let left = space + gap + 0.5;
    if (this.tabs.reduce((sum, t) => sum + width(t.id), 0) <= left) return [];
    left -= more + width(current);
    let full = false;
    return this.tabs
      .filter((t) => t.id !== current && (full ||= (left -= width(t.id)) < 0))
      .map((t) => t.id);
  }

  /**
   * Measures the tabs (folded ones keep their size, hidden) and the room; says whether anything
   * changed.
   */
  private measure(): boolean {
    const list = this.shadowRoot!.querySelector<HTMLElement>('[part="tabs"]');
    if (!list) return false;
    const gapOf = (el: Element) => parseFloat(getComputedStyle(el).columnGap) || 0;
    const more =
      this.shadowRoot!.querySelector('[part="more-tabs"]')?.getBoundingClientRect().width;
    // "More" takes its width and the row's gap; before it was first shown, a guess.
    const row = list.parentElement!;
    const moreRoom = more ? more + gapOf(row) : 0;
    const old = this.room;
    const room = {
      widths: new Map(
        // Its whole name, also when a tab alone is too wide and is cut to the row.
        [...list.querySelectorAll<HTMLElement>('[role="tab"]')].map((tab) => [
          tab.dataset.id!,
          Math.ceil(Math.max(tab.getBoundingClientRect().width, tab.scrollWidth)),
        ]),
      ),
      gap: gapOf(list),
      more: moreRoom || old.more || 72,
      space: row.clientWidth,
    };
    this.room = room;
    return (
      room.space !== old.space ||
      room.more !== old.more ||
      [...room.widths].some(([id, w]) => old.widths.get(id) !== w)
    );
  }

  /** Moves focus into the sidebar: the close button, else the current tab, else the panel. */
  async focusInside(): Promise<void> {
    const close = this.closeButton as
      (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined;
    // The close button renders its inner <button> in its own update.
    if (close?.updateComplete) await close.updateComplete;
    const target =
      close ?? this.selectedTab ?? this.shadowRoot?.querySelector<HTMLElement>('[part="panel"]');
    target?.focus();
  }

  private get current(): string | undefined {
    return this.tabs.some((t) => t.id === this.currentTab) ? this.currentTab : this.tabs[0]?.id;
  }

  private choose(id: string, focus = false): void {
    if (id === this.current) return;
    this.focusTab = focus;
    this.dispatchEvent(new SidebarTabChangeEvent(id));
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      event.stopPropagation();
      this.dispatchEvent(new SidebarCloseEvent());
    }
  };

  private handleTabKeydown = (event: KeyboardEvent): void => {
    const ids = this.tabs.map((t) => t.id);
    const index = ids.indexOf(this.current ?? '');
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
    let next: number | undefined;
    if (event.key in step) next = (index + step[event.key] + ids.length) % ids.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = ids.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.choose(ids[next], true);
  };

  private handleClose = (): void => {
    this.dispatchEvent(new SidebarCloseEvent());
  };

  override render() {
    const current = this.current;
    const title = this.tabs.find((t) => t.id === current)?.name ?? this.localize('sidebar.label');
    return html`<section
      part="base"
      aria-label=${title}
      @keydown=${this.handleKeydown}
    >
      ${this.hideHeader ? nothing : this.renderHeader(current, title)}
      <div
        part="panel"
        id="panel"
        role=${this.tabs.length > 1 ? 'tabpanel' : nothing}
        aria-labelledby=${this.tabs.length > 1 && current ? `tab-${current}` : nothing}
        tabindex="-1"
      >
        <slot></slot>
      </div>
    </section>`;
  }

  private renderHeader(current: string | undefined, title: string) {
    return html`<div part="header">
      ${
        this.tabs.length > 1
          ? html`<div class="row" ?data-measuring=${!this.room.space}><div part="tabs" role="tablist" aria-label=${this.localize('sidebar.tabs')} @keydown=${this.handleTabKeydown}>
            ${this.tabs.map((tab) => {
              const selected = tab.id === current;
              return html`<button
                part=${selected ? 'tab selected' : 'tab'}
                id=${`tab-${tab.id}`}
                data-id=${tab.id}
                ?data-folded=${this.folded.includes(tab.id)}
                role="tab"
                type="button"
                aria-selected=${selected ? 'true' : 'false'}
                aria-controls="panel"
                tabindex=${selected ? '0' : '-1'}
                @click=${() => this.choose(tab.id)}
              >
                ${tab.name}
              </button>`;
            })}
          </div>
          ${this.renderMore()}</div>`
          : html`<h2 part="title">${title}</h2>`
      }
      <slot name="pinned-state"></slot>
      ${
        this.hideCloseAction
          ? nothing
          : html`<rtk-button
            part="close"
            kind="icon"
            variant="ghost"
            label=${this.localize('sidebar.close')}
            @click=${this.handleClose}
            >${renderIcon('close', this.icons, paths.close)}</rtk-button
          >`
      }
    </div>`;
  }

  private renderMore() {
    const folded = this.tabs.filter((t) => this.folded.includes(t.id));
    if (!folded.length) return nothing;
    // Loaded the first time tabs fold: a sidebar whose tabs fit carries no menu.
    void import('../menu/rtk-menu.js');
    void import('../menu-item/rtk-menu-item.js');
    return html`<rtk-menu part="more" placement="bottom-end">
      <button
        slot="trigger"
        part="more-tabs"
        type="button"
        aria-label=${this.localize('sidebar.more_sections')}
      >
        ${this.localize('sidebar.more')}${renderIcon('chevron_down', this.icons, paths.chevron_down)}
      </button>
      ${folded.map(
        (tab) =>
          html`<rtk-menu-item @click=${() => this.choose(tab.id, true)}>${tab.name}</rtk-menu-item>`,
      )}
    </rtk-menu>`;
  }
}
