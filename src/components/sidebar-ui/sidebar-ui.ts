import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
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
 * `currentTab`). Escape anywhere inside, or the close button, fires `sidebarClose`.
 *
 * @slot - The content of the current tab.
 *
 * @csspart base - The labelled region around header and panel.
 * @csspart header - The bar with the tabs and the close button.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab (`tab selected` for the current one).
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

  protected override firstUpdated(_changed: PropertyValues<this>): void {
    if (this.focusCloseButton) void this.focusInside();
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

  private choose(id: string): void {
    if (id !== this.current) this.dispatchEvent(new SidebarTabChangeEvent(id));
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
    this.choose(ids[next]);
    void this.updateComplete.then(() => this.selectedTab?.focus());
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
          ? html`<div part="tabs" role="tablist" aria-label=${this.localize('sidebar.tabs')} @keydown=${this.handleTabKeydown}>
            ${this.tabs.map((tab) => {
              const selected = tab.id === current;
              return html`<button
                part=${selected ? 'tab selected' : 'tab'}
                id=${`tab-${tab.id}`}
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
          </div>`
          : html`<h2 part="title">${title}</h2>`
      }
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
}
