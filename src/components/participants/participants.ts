import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { foldedNameOf, foldForSearch } from '../../internal/search-fold.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { peopleStrings } from '../../i18n/en/people.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { isStaged as staged, mapItems } from '../../meeting/guards.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { Peer } from '../../meeting/participant.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participants.styles.js';

/** The sections of the panel. */
export type ParticipantsTabId = 'participants' | 'waitlisted' | 'requests' | 'viewers';

interface Section {
  id: ParticipantsTabId;
  label: string;
  count: number;
}

/**
 * The people panel: who is in the meeting, and for hosts who is waiting. Sections, shown as tabs
 * with counts when there is more than one:
 *
 * - **Participants** (in webinars and livestreams: **On stage**): you first, then everyone else,
 *   one `rtk-participant` row each (media state, role, the actions your permissions allow), in a
 *   virtualized list so thousands of people stay smooth;
 * - **Waiting** (`acceptWaitingRequests`): `rtk-participants-waiting-list`, accept, reject, accept all;
 * - **Requests** (webinars and livestreams, `acceptStageRequests`): `rtk-stage-requests`, the
 *   queue of requests to join the stage;
 * - **Viewers** (webinars and livestreams): `rtk-participants-viewer-list`.
 *
 * People allowed to mute others (`self.permissions.canDisableParticipantAudio`) get a Mute all
 * button above the participants: it asks first (`activeMuteAllConfirmation`, the confirmation
 * `rtk-dialog-manager` shows, or the panel itself when it is used alone).
 *
 * A search field filters the participants and viewers by name (case and accents ignored). The
 * panel re-renders on joins, leaves and stage changes only; each row follows its own person.
 *
 * Tabs: one tab stop, arrow keys (mirrored right to left), Home and End move and select.
 *
 * @slot start - Above the list, below the search (the official kit's slot), e.g. an invite link.
 * @slot end - Below the list (the official kit's slot).
 *
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab (`tab selected` for the selected one).
 * @csspart tab-count - The count in each tab.
 * @csspart search - The search box.
 * @csspart search-icon - The magnifier icon.
 * @csspart search-input - The search field.
 * @csspart container - The selected section.
 * @csspart participants - The `rtk-virtualized-participant-list` of participants.
 * @csspart empty - The text shown when no one is listed.
 * @csspart mute-all - The row of the Mute all button.
 * @csspart mute-all-button - The Mute all `rtk-button`.
 *
 * @cssprop --rtk-participants-background - Background of the panel, its lists and rows (default: raised surface).
 *
 * @fires rtkStateUpdate - `{ activeMuteAllConfirmation: true }` from Mute all.
 */
export class RtkParticipants extends RtkElement {
  static override strings = peopleStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [
      m.participants?.joined,
      'participantJoined',
      'participantLeft',
      'participantsCleared',
      'stageStatusUpdate',
    ],
    [m.participants?.waitlisted, 'participantJoined', 'participantLeft', 'participantsCleared'],
    [m.stage, 'stageAccessRequestUpdate', 'stageStatusUpdate'],
    [m.self, 'roomJoined'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  /** The section shown first (`participants`, `waitlisted`, `requests` or `viewers`). */
  @property({ attribute: 'default-participants-tab-id' })
  defaultParticipantsTabId: ParticipantsTabId = 'participants';

  /** The selected section; falls back to the first available one. */
  @state() private tab?: ParticipantsTabId;

  /** The search text. */
  @state() private query = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultParticipantsTabId')) this.tab = this.defaultParticipantsTabId;
  }

  private sections(meeting: Meeting): Section[] {
    const can = meeting.self.permissions ?? {};
    const isStaged = staged(meeting);
    const people = this.people(meeting);
    const list: Section[] = [
      {
        id: 'participants',
        label: this.localize(isStaged ? 'people.tab_on_stage' : 'people.tab_participants'),
        count: people.filter((p) => !isStaged || p.stageStatus === 'ON_STAGE').length,
      },
    ];
    if (can.acceptWaitingRequests && meeting.participants?.waitlisted) {
      list.push({
        id: 'waitlisted',
        label: this.localize('people.tab_waiting'),
        count: meeting.participants.waitlisted.size ?? 0,
      });
    }
    if (
      isStaged &&
      can.acceptStageRequests &&
      typeof meeting.stage?.getAccessRequests === 'function'
    ) {
      let count = 0;
      try {
        count = meeting.stage.getAccessRequests()?.stageRequests?.length ?? 0;
      } catch {
        // 2003: the stage is disabled; no requests.
      }
      list.push({ id: 'requests', label: this.localize('people.tab_requests'), count });
    }
    if (isStaged) {
      list.push({
        id: 'viewers',
        label: this.localize('people.tab_viewers'),
        count: people.filter((p) => p.stageStatus !== 'ON_STAGE').length,
      });
    }
    return list;
  }

  /** You, then everyone else in the meeting. */
  private people(meeting: Meeting): Peer[] {
    return [meeting.self as Peer, ...(mapItems(meeting.participants?.joined) as Peer[])];
  }

  private handleSearch = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private select(id: ParticipantsTabId, focus = false): void {
    this.tab = id;
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`[role="tab"][data-id="${id}"]`)?.focus(),
      );
    }
  }

  private handleTabKey = (event: KeyboardEvent, sections: Section[]): void => {
    const index = sections.findIndex((s) => s.id === this.current(sections));
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
    let next: number | undefined;
    if (event.key in step) next = (index + step[event.key] + sections.length) % sections.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = sections.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.select(sections[next].id, true);
  };

  private current(sections: Section[]): ParticipantsTabId {
    const wanted = this.tab ?? this.defaultParticipantsTabId;
    return sections.some((s) => s.id === wanted) ? wanted : sections[0].id;
  }

  private handleMuteAll = (): void => this.updateStates({ activeMuteAllConfirmation: true });

  private renderRow = (p: Peer) => html`<rtk-participant .participant=${p}></rtk-participant>`;

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting) return nothing;
    const sections = this.sections(meeting);
    const current = this.current(sections);
    const searchable = current === 'participants' || current === 'viewers';
    return html`${sections.length > 1 ? this.renderTabs(sections, current) : nothing}
      ${searchable ? this.renderSearch() : nothing}
      ${current === 'participants' ? this.renderMuteAll(meeting) : nothing}
      <slot name="start"></slot>
      <div
        part="container"
        id="panel"
        role=${sections.length > 1 ? 'tabpanel' : nothing}
        aria-labelledby=${sections.length > 1 ? `tab-${current}` : nothing}
      >
        ${this.renderSection(meeting, current)}
      </div>
      <slot name="end"></slot>`;
  }

  private renderTabs(sections: Section[], current: ParticipantsTabId) {
    return html`<div part="tabs" role="tablist" aria-label=${this.localize('people.sections')}>
      ${sections.map((s) => {
        const selected = s.id === current;
        return html`<button
          part=${selected ? 'tab selected' : 'tab'}
          role="tab"
          type="button"
          id="tab-${s.id}"
          data-id=${s.id}
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${selected ? '0' : '-1'}
          @click=${() => this.select(s.id)}
          @keydown=${(e: KeyboardEvent) => this.handleTabKey(e, sections)}
        >
          <span part="tab-label">${s.label}</span><span part="tab-count">${this.localize('people.tab_count', { count: this.localize.formatNumber(s.count) })}</span>
        </button>`;
      })}
    </div>`;
  }

  /** Mute all, for those allowed; used alone, the panel shows the confirmation itself. */
  private renderMuteAll(meeting: Meeting) {
    if (!meeting.self.permissions?.canDisableParticipantAudio || !meeting.self.roomJoined)
      return nothing;
    const alone = this.flow.store && this.activeStates.activeMuteAllConfirmation;
    if (alone) void import('../mute-all-confirmation/rtk-mute-all-confirmation.js');
    return html`<div part="mute-all">
      <rtk-button part="mute-all-button" variant="secondary" @click=${this.handleMuteAll}
        ><span slot="start">${renderIcon('mic_off', this.icons, paths.mic_off)}</span
        >${this.localize('people.mute_all')}</rtk-button
      >${alone ? html`<rtk-mute-all-confirmation></rtk-mute-all-confirmation>` : nothing}
    </div>`;
  }

  private renderSearch() {
    return html`<label part="search">
      <span part="search-icon">${renderIcon('search', this.icons, paths.search)}</span>
      <input
        part="search-input"
        type="search"
        autocomplete="off"
        spellcheck="false"
        .value=${this.query}
        placeholder=${this.localize('people.search_placeholder')}
        aria-label=${this.localize('people.search')}
        @input=${this.handleSearch}
      />
    </label>`;
  }

  private renderSection(meeting: Meeting, id: ParticipantsTabId) {
    switch (id) {
      case 'waitlisted':
        return html`<rtk-participants-waiting-list show-empty></rtk-participants-waiting-list>`;
      case 'requests':
        return html`<rtk-stage-requests></rtk-stage-requests>`;
      case 'viewers':
        return html`<rtk-participants-viewer-list hide-header .search=${this.query}></rtk-participants-viewer-list>`;
      default:
        return this.renderParticipants(meeting);
    }
  }

  private renderParticipants(meeting: Meeting) {
    const isStaged = staged(meeting);
    const query = foldForSearch(this.query.trim());
    const people = this.people(meeting).filter(
      (p) =>
        (!isStaged || p.stageStatus === 'ON_STAGE') && (!query || foldedNameOf(p).includes(query)),
    );
    if (people.length === 0) {
      return html`<p part="empty">
        ${query ? this.localize('people.no_results', { query: this.query.trim() }) : this.localize('people.empty')}
      </p>`;
    }
    return html`<rtk-virtualized-participant-list
      part="participants"
      .items=${people}
      .renderItem=${this.renderRow}
      .label=${this.localize('people.list')}
      item-height="48"
    ></rtk-virtualized-participant-list>`;
  }
}
