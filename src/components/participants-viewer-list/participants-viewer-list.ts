import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { foldedNameOf, foldForSearch } from '../../internal/search-fold.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { peopleStrings } from '../../i18n/en/people.js';
import { mapItems } from '../../meeting/guards.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { Peer } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participants-viewer-list.styles.js';

/** The viewers of a meeting: everyone not on the stage (self included when off it), filtered by `search`. */
export function viewersOf(meeting: Meeting | undefined, search = ''): Peer[] {
  if (!meeting) return [];
  const people: Peer[] = [
    meeting.self as Peer,
    ...(mapItems(meeting.participants?.joined) as Peer[]),
  ];
  const query = foldForSearch(search.trim());
  return people.filter(
    (p) => p.stageStatus !== 'ON_STAGE' && (!query || foldedNameOf(p).includes(query)),
  );
}

/**
 * The viewers of a webinar or livestream: the people who are not on the stage, in a virtualized
 * list of `rtk-participant` rows (so thousands stay smooth), with their count. It follows joins,
 * leaves and stage changes (`participants.joined`: participantJoined, participantLeft,
 * stageStatusUpdate; `stage`: stageStatusUpdate). Renders nothing without a meeting.
 *
 * @csspart heading-count - The count ("120 viewers").
 * @csspart participants - The `rtk-virtualized-participant-list`.
 * @csspart empty - The text shown when there are no viewers (or none match `search`).
 */
export class RtkParticipantsViewerList extends RtkElement {
  static override strings = peopleStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [
      m.participants?.joined,
      'participantJoined',
      'participantLeft',
      'participantsCleared',
      'stageStatusUpdate',
    ],
    [m.stage, 'stageStatusUpdate'],
    [m.self, 'roomJoined'],
  ]);

  /** Hide the count above the list. */
  @property({ type: Boolean, attribute: 'hide-header' }) hideHeader = false;

  /** Show only the people whose name contains this text (case and accents ignored). */
  @property() search = '';

  /** Where the list is shown (kept for compatibility with the official kit). */
  @property() view = 'sidebar';

  private renderRow = (p: Peer) => html`<rtk-participant .participant=${p}></rtk-participant>`;

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting) return nothing;
    const all = viewersOf(meeting);
    const shown = this.search.trim() ? viewersOf(meeting, this.search) : all;
    return html`${
      this.hideHeader
        ? nothing
        : html`<h3 part="heading-count">${this.localize('people.viewers_count', { count: all.length })}</h3>`
    }
      ${
        shown.length === 0
          ? html`<p part="empty">
            ${this.search.trim() ? this.localize('people.no_results', { query: this.search.trim() }) : this.localize('people.viewers_empty')}
          </p>`
          : html`<rtk-virtualized-participant-list
            part="participants"
            .items=${shown}
            .renderItem=${this.renderRow}
            .label=${this.localize('people.viewers_list')}
            item-height="48"
          ></rtk-virtualized-participant-list>`
      }`;
  }
}
