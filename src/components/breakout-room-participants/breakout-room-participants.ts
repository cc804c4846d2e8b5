import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { breakoutStrings } from '../../i18n/en/breakout.js';
import { peopleOf, selfIdOf } from '../../internal/breakout.js';
import { AllParticipantsToggleUpdateEvent } from '../../events/all-participants-toggle-update.js';
import { ParticipantsDraggingEvent } from '../../events/participants-dragging.js';
import { SelectedParticipantsUpdateEvent } from '../../events/selected-participants-update.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import { renderIcon } from '../../icons/render-icon.js';
import * as paths from '../../icons/paths.js';
import styles from './breakout-room-participants.styles.js';

/** The drag data type of people dragged between breakout lists (their user ids, JSON). */
export const PEOPLE_DRAG_TYPE = 'application/x-rtk-participants';

/**
 * The people still to be put in a breakout room (or in the main room while rooms run), each with
 * a checkbox: select several (Space on each, or "Select everyone"), then move them into a room
 * with its "Move here" button, or drag them onto a room. A search field filters the list by name.
 *
 * `participantIds` are user ids (as connected meetings name people); names come from the
 * meeting's connected meetings, the people joined and self. The selection is the parent's:
 * changes are announced with `selectedParticipantsUpdate` and come back as
 * `selectedParticipantIds`.
 *
 * @slot shuffle-button - A control shown beside "Select everyone" (the manager's "Shuffle evenly").
 *
 * @csspart container - The whole list.
 * @csspart search - The search row.
 * @csspart search-icon - The magnifier.
 * @csspart search-input - The search field.
 * @csspart participants - The list of people.
 *
 * @fires selectedParticipantsUpdate - The user ids selected now (`detail`), after a checkbox or "Select everyone".
 * @fires allParticipantsToggleUpdate - `detail: true|false` when "Select everyone" is turned on or off.
 * @fires participantsDragging - `detail: true` when people start being dragged, `false` when the drag ends.
 */
export class RtkBreakoutRoomParticipants extends RtkElement {
  static override strings = breakoutStrings;

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.joined, 'participantJoined', 'participantLeft'],
    [m.connectedMeetings, 'stateUpdate'],
  ]);

  /** User ids of the people listed. */
  @property({ attribute: false }) participantIds: string[] = [];

  /** User ids of the people selected. */
  @property({ attribute: false }) selectedParticipantIds: string[] = [];

  @state() private query = '';

  private select(ids: string[]): void {
    this.selectedParticipantIds = ids;
    this.dispatchEvent(new SelectedParticipantsUpdateEvent(ids));
  }

  private toggleOne(id: string, on: boolean): void {
    const rest = this.selectedParticipantIds.filter((s) => s !== id);
    this.select(on ? [...rest, id] : rest);
  }

  private toggleAll(on: boolean, visible: string[]): void {
    this.dispatchEvent(new AllParticipantsToggleUpdateEvent(on));
    const others = this.selectedParticipantIds.filter((id) => !visible.includes(id));
    this.select(on ? [...others, ...visible] : others);
  }

  private handleDragStart(event: DragEvent, id: string): void {
    const selected = this.selectedParticipantIds.filter((s) => this.participantIds.includes(s));
    const ids = selected.includes(id) ? selected : [id];
    event.dataTransfer?.setData(PEOPLE_DRAG_TYPE, JSON.stringify(ids));
    event.dataTransfer?.setData('text/plain', ids.join(','));
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    this.dispatchEvent(new ParticipantsDraggingEvent(true));
  }

  private handleDragEnd = (): void => {
    this.dispatchEvent(new ParticipantsDraggingEvent(false));
  };

  override render() {
    const meeting = this.activeMeeting;
    const t = this.localize;
    const people = peopleOf(meeting);
    const self = selfIdOf(meeting);
    const query = this.query.trim().toLocaleLowerCase();
    const nameOf = (id: string) => {
      const name = people.get(id)?.name || id;
      return id === self ? t('breakout.you', { name }) : name;
    };
    const shown = this.participantIds.filter(
      (id) => !query || nameOf(id).toLocaleLowerCase().includes(query),
    );
    const selected = new Set(this.selectedParticipantIds);
    const chosen = shown.filter((id) => selected.has(id)).length;
    return html`<div part="container">
      <label part="search">
        <span part="search-icon" aria-hidden="true">${renderIcon('search', this.icons, paths.search)}</span>
        <span class="visually-hidden">${t('breakout.search')}</span>
        <input
          part="search-input"
          type="search"
          .value=${this.query}
          placeholder=${t('breakout.search_placeholder')}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        />
      </label>
      <div class="bar">
        <label class="all">
          <input
            type="checkbox"
            .checked=${shown.length > 0 && chosen === shown.length}
            .indeterminate=${chosen > 0 && chosen < shown.length}
            ?disabled=${shown.length === 0}
            @change=${(e: Event) => this.toggleAll((e.target as HTMLInputElement).checked, shown)}
          />
          <span>${t('breakout.select_all')}</span>
        </label>
        <span class="count" aria-live="polite"
          >${t('breakout.selected_count', { count: selected.size })}</span
        >
        <slot name="shuffle-button"></slot>
      </div>
      ${
        shown.length === 0
          ? html`<p class="empty">
            ${query ? t('breakout.no_match', { query: this.query.trim() }) : t('breakout.no_one')}
          </p>`
          : html`<ul part="participants" aria-label=${t('breakout.unassigned')}>
            ${repeat(
              shown,
              (id) => id,
              (id) => html`<li
                draggable="true"
                @dragstart=${(e: DragEvent) => this.handleDragStart(e, id)}
                @dragend=${this.handleDragEnd}
              >
                <label>
                  <input
                    type="checkbox"
                    .checked=${selected.has(id)}
                    @change=${(e: Event) =>
                      this.toggleOne(id, (e.target as HTMLInputElement).checked)}
                  />
                  <span class="name">${nameOf(id)}</span>
                </label>
              </li>`,
            )}
          </ul>`
      }
    </div>`;
  }
}
