import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { controlsStrings } from '../i18n/en/controls.js';
import type { SidebarSection } from '../context/states.js';
import { hostStyles, tokens } from '../styles/shared.styles.js';
import { unseenIdsOf } from './meeting-stores.js';
import { RtkElement } from './rtk-element.js';

const styles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  .badge {
    position: absolute;
    inset-block-start: calc(var(--_space) * -1);
    inset-inline-end: calc(var(--_space) * -1);
    min-inline-size: calc(var(--_space) * 5);
    padding: 0 var(--_space);
    border-radius: var(--_radius-full);
    background: var(--_brand);
    color: var(--_brand-text);
    font-size: var(--_font-size-xs);
    line-height: calc(var(--_space) * 5);
    text-align: center;
    pointer-events: none;
    /* A ring of the bar's colour sets it apart from the button under it. */
    box-shadow: 0 0 0 2px var(--rtk-controlbar-background, var(--_bg));
  }
  /* On an open toggle (filled with the brand colour) the badge inverts, ringed in brand. */
  .on {
    background: var(--_brand-text);
    color: var(--_brand);
    box-shadow: 0 0 0 2px var(--_brand);
  }
  /* A row of the "More" menu: at its end. */
  :host([variant='horizontal']) .badge {
    inset-block-start: 50%;
    inset-inline-end: calc(var(--_space) * 3);
    translate: 0 -50%;
  }
`;

/**
 * What the control-bar toggles of a sidebar section share (chat, polls, participants): open and
 * close the section through the UI states (`activeSidebar`, `sidebar`, as in the official kit),
 * hide themselves when the meeting or preset has no such section, and show a count badge
 * (`markUnseen` / `unseenCount` keep a count of new items that outlives the element).
 *
 * @fires rtkStateUpdate - Opens (`{ activeSidebar: true, sidebar }`) or closes the sidebar.
 */
export abstract class SidebarToggleElement extends RtkElement {
  static override strings = controlsStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** The sidebar section this toggle opens. */
  protected abstract readonly section: SidebarSection;

  /** Whether the meeting and preset have this section. */
  protected abstract shown(): boolean;

  /** Whether the sidebar shows this section now. */
  protected get open(): boolean {
    const states = this.activeStates;
    return Boolean(states.activeSidebar) && states.sidebar === this.section;
  }

  /** The ids of the items of this section others added since it was last open, in this meeting. */
  private unseen(create = false): Set<string> | undefined {
    const meeting = this.activeMeeting;
    if (!meeting) return undefined;
    const sections = unseenIdsOf(meeting);
    let ids = sections.get(this.section);
    if (!ids && create) sections.set(this.section, (ids = new Set()));
    return ids;
  }

  /** Counts item `id` as new (once, whichever toggle hears it first), unless the section is open. */
  protected markUnseen(id: string): void {
    if (this.open) return;
    this.unseen(true)?.add(id);
    this.requestUpdate();
  }

  /** How many items of this section are new. */
  protected get unseenCount(): number {
    return this.unseen()?.size ?? 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Open: everything in it has been seen.
    if (this.open) this.unseen()?.clear();
  }

  /** Opens the sidebar on this section, or closes it when it already shows it. */
  toggle(): void {
    if (!this.shown()) return;
    this.updateStates(
      this.open ? { activeSidebar: false } : { activeSidebar: true, sidebar: this.section },
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.hidden = !this.shown();
  }

  /**
   * The button (icon `icon`, drawn from `iconPath` unless the icon pack has it), with a badge of `count` (in part `badgePart`, shown as "99+" above 99) whose
   * meaning, `description`, is also the button's accessible description.
   */
  protected renderToggle(
    label: string,
    icon: string,
    iconPath: string,
    count: number,
    description: string,
    badgePart: string,
  ): TemplateResult {
    const shownCount =
      count > 99
        ? this.localize('controls.badge_overflow', { count: 99 })
        : this.localize('controls.badge', { count });
    return html`<rtk-controlbar-button
        part="controlbar-button"
        .label=${label}
        .icon=${icon}
        .iconPath=${iconPath}
        .pressed=${this.open}
        .description=${count ? description : undefined}
        .variant=${this.variant}
        .size=${this.size}
        @click=${this.toggle}
      ></rtk-controlbar-button>
      ${count ? html`<span part=${badgePart} class="badge ${this.open ? 'on' : ''}" aria-hidden="true">${shownCount}</span>` : nothing}`;
  }
}
