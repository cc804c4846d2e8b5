import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { SidebarSection } from '../../context/states.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { sidebarStrings } from '../../i18n/en/sidebar.js';
import type { Meeting } from '../../meeting/meeting.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import type { SidebarTab, SidebarView } from '../../internal/shared-types.js';
import styles from './sidebar.styles.js';

/** The sections the kit knows, in tab order; each renders its tag (`rtk-chat`, …). */
type KnownSection = 'chat' | 'polls' | 'participants' | 'ai' | 'plugins';

/** The sections the local user may see in `meeting`: a module must exist and permissions allow it. */
export function allowedSections(meeting: Meeting | undefined): KnownSection[] {
  if (!meeting) return [];
  const permissions = meeting.self?.permissions;
  const sections: KnownSection[] = [];
  const chat = permissions?.chatPublic;
  const privateChat = permissions?.chatPrivate;
  if (meeting.chat && (chat?.canSend !== false || chat?.text !== false || privateChat?.canReceive))
    sections.push('chat');
  const polls = permissions?.polls;
  if (meeting.polls && (polls?.canView !== false || polls?.canCreate || polls?.canVote))
    sections.push('polls');
  if (meeting.participants && permissions?.showParticipantList !== false)
    sections.push('participants');
  // The meeting's transcript (rtk-ai), where the preset allows transcription.
  if (meeting.ai && permissions?.transcriptionEnabled) sections.push('ai');
  const plugins = meeting.plugins;
  if (plugins && (permissions?.plugins?.canStart || (plugins.active?.size ?? 0) > 0))
    sections.push('plugins');
  return sections;
}

function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * The meeting's side panel: chat, polls, participants and plugins, as tabs, and questions and
 * answers (`qna`, `rtk-qna`) once opened with `{ activeSidebar: true, sidebar: 'qna' }`. Only sections whose
 * module exists and that the local user's permissions allow are offered. Each section renders its
 * tag (`rtk-chat`, `rtk-polls`, `rtk-participants`, `rtk-plugins`); a tag not registered on the
 * page renders as an empty panel.
 *
 * Opened and closed through the UI states, as in the official kit: `activeSidebar` (open or not)
 * and `sidebar` (the section). Toggles such as `rtk-chat-toggle` set them; the close button and
 * Escape clear `activeSidebar`. Opening moves focus into the panel; closing returns it to what had
 * focus before it opened (the toggle). Docked beside the stage, or covering the meeting with
 * `view="full-screen"` (what `rtk-meeting` sets on phones).
 *
 * The page adds sections of its own, shown as tabs after the default ones (folded into "More"
 * like them when they do not fit): elements in the slot `sidebar-section` (also on `rtk-meeting`,
 * which passes it here), each with `data-id` (the section's id in the `sidebar` UI state) and
 * `data-label` (the tab's name; the panel is already a region of that name), or `addSidebarSection()`. The panel shows the current one and
 * sets `hidden` on the others. Open one with the UI states `{ activeSidebar: true, sidebar: id }`
 * (`openSidebarSection()`).
 *
 * @slot <section id> - Content for a custom section listed in `enabledSections`.
 * @slot sidebar-section - The page's own sections: each element is one, with `data-id` and
 * `data-label`. Our addition.
 *
 * @csspart sidebar-ui - The inner `rtk-sidebar-ui`.
 *
 * @cssprop --rtk-sidebar-z-index - Stacking of the full-screen sheet. Default: the dropdown layer.
 *
 * @fires rtkStateUpdate - Changes `activeSidebar` (close) and `sidebar` (tab chosen).
 */
export class RtkSidebar extends RtkElement {
  static override strings = { ...sidebarStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self?.permissions, 'permissionsUpdate', 'chatUpdate', 'pollsUpdate', 'pluginsUpdate'],
    [m.plugins?.active, 'pluginAdded', 'pluginDeleted'],
  ]);

  /** The section shown when the UI states name none. */
  @property({ attribute: 'default-section' }) defaultSection: SidebarSection = 'chat';

  /**
   * The sections to offer, as `{ id, name }` (official kit). Unset: every section the meeting and
   * permissions allow. Ids other than chat, polls, participants and plugins show the slot of that name.
   */
  @property({ attribute: false }) enabledSections?: SidebarTab[];

  /** `sidebar`: docked; `full-screen`: covers the meeting. */
  @property({ reflect: true }) view: SidebarView = 'sidebar';

  /** Always open, without a close button (our addition; `rtk-meeting` uses it for CHAT meetings). */
  @property({ type: Boolean, reflect: true }) persistent = false;

  private returnFocus?: HTMLElement;

  /** Q&A is offered once it was opened (its toggle or shortcut): it stays a tab from then on. */
  private qna = false;

  private wasOpen = false;

  /** Whether the panel is shown now. */
  get open(): boolean {
    return this.persistent || Boolean(this.activeStates.activeSidebar);
  }

  /** The page's own sections (slot `sidebar-section`), also through a slot that forwards them. */
  private get ownSections(): HTMLElement[] {
    return [...this.querySelectorAll(':scope>[slot=sidebar-section]')]
      .flatMap((el) =>
        el instanceof HTMLSlotElement ? el.assignedElements({ flatten: true }) : el,
      )
      .filter((el): el is HTMLElement => el instanceof HTMLElement && !!el.dataset.id);
  }

  /** The tabs offered now: the default (or `enabledSections`) ones, then the page's own. */
  get sections(): SidebarTab[] {
    const base = this.enabledSections ?? this.defaultSections();
    const own = this.ownSections
      .map((el) => ({ id: el.dataset.id!, name: el.dataset.label ?? el.dataset.id! }))
      .filter((tab) => !base.some((b) => b.id === tab.id));
    return [...base, ...own];
  }

  private defaultSections(): SidebarTab[] {
    const names: Record<KnownSection | 'qna', string> = {
      chat: this.localize('sidebar.chat'),
      polls: this.localize('sidebar.polls'),
      ai: this.localize('sidebar.ai'),
      participants: this.localize('sidebar.participants'),
      plugins: this.localize('sidebar.plugins'),
      qna: this.localize('sidebar.qna'),
    };
    const ids: (KnownSection | 'qna')[] = allowedSections(this.activeMeeting);
    this.qna ||=
      this.activeStates.sidebar === 'qna' && !!this.activeMeeting?.participants?.broadcastMessage;
    // Q&A goes after chat and polls.
    if (this.qna) ids.splice(ids.filter((id) => id === 'chat' || id === 'polls').length, 0, 'qna');
    return ids.map((id) => ({ id, name: names[id] }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const open = this.open && this.sections.length > 0;
    if (open && !this.wasOpen) {
      const active = deepActiveElement();
      this.returnFocus = active && !this.contains(active) ? active : undefined;
    }
    this.toggleAttribute('hidden', !open);
  }

  private restoreFocus(): void {
    const target = this.returnFocus;
    this.returnFocus = undefined;
    // After this task: a sheet's owner may still have to make what it covered reachable again.
    setTimeout(() => this.focusBack(target));
  }

  private focusBack(target?: HTMLElement): void {
    const active = deepActiveElement();
    // Only when focus was inside the panel (now gone) or nowhere: never steal it from elsewhere.
    if (
      target?.isConnected &&
      (!active || active === document.body || this.shadowRoot?.contains(active) || active === this)
    ) {
      target.focus();
    }
  }

  private get current(): string | undefined {
    const sections = this.sections;
    const wanted = this.persistent
      ? this.defaultSection
      : (this.activeStates.sidebar ?? this.defaultSection);
    return sections.some((s) => s.id === wanted) ? wanted : sections[0]?.id;
  }

  private handleTabChange = (event: Event): void => {
    event.stopPropagation();
    this.updateStates({ sidebar: (event as CustomEvent<string>).detail });
  };

  private handleClose = (event: Event): void => {
    event.stopPropagation();
    if (this.persistent) return;
    this.updateStates({ activeSidebar: false });
  };

  protected override updated(): void {
    const open = !this.hidden;
    if (this.wasOpen && !open) this.restoreFocus();
    this.wasOpen = open;
    // Of the page's own sections, the panel shows the current one.
    const current = this.current;
    for (const el of this.ownSections) el.hidden = el.dataset.id !== current;
  }

  override render() {
    if (this.hidden) return nothing;
    // The panel is loaded the first time it opens: a closed sidebar costs no bytes.
    void import('../sidebar-ui/rtk-sidebar-ui.js');
    const current = this.current;
    const sections = this.persistent
      ? this.sections.filter((s) => s.id === current)
      : this.sections;
    const own = this.ownSections.some((el) => el.dataset.id === current);
    return html`<rtk-sidebar-ui
      part="sidebar-ui"
      exportparts="header, tabs, tab, title, close, panel"
      .tabs=${sections}
      .currentTab=${current}
      .view=${this.view}
      .size=${this.size}
      ?hide-close-action=${this.persistent}
      ?focus-close-button=${!this.persistent}
      @tabChange=${this.handleTabChange}
      @sidebarClose=${this.handleClose}
    >
      ${this.renderSection(current)}
    </rtk-sidebar-ui>${own ? nothing : html`<div hidden>${this.ownSlot()}</div>`}`;
  }

  /** The slot of the page's own sections; re-renders when they change. */
  private ownSlot() {
    return html`<slot name="sidebar-section" @slotchange=${() => this.requestUpdate()}></slot>`;
  }

  private renderSection(id: string | undefined) {
    switch (id) {
      case 'chat':
        void import('../chat/rtk-chat.js');
        return html`<rtk-chat .size=${this.size}></rtk-chat>`;
      case 'polls':
        void import('../polls/rtk-polls.js');
        return html`<rtk-polls .size=${this.size}></rtk-polls>`;
      case 'qna':
        void import('../qna/rtk-qna.js');
        return html`<rtk-qna .size=${this.size}></rtk-qna>`;
      case 'ai':
        void import('../ai/rtk-ai.js');
        return html`<rtk-ai .size=${this.size}></rtk-ai>`;
      case 'participants':
        void import('../participants/rtk-participants.js');
        return html`<rtk-participants .size=${this.size}></rtk-participants>`;
      case 'plugins':
        void import('../plugins/rtk-plugins.js');
        return html`<rtk-plugins .size=${this.size}></rtk-plugins>`;
      case undefined:
        return nothing;
      default:
        return this.ownSections.some((el) => el.dataset.id === id)
          ? this.ownSlot()
          : html`<slot name=${id}></slot>`;
    }
  }
}
