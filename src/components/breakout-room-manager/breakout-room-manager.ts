import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { breakoutStrings } from '../../i18n/en/breakout.js';
import { peopleOf, selfIdOf, type RoomPlan } from '../../internal/breakout.js';
import { BreakoutRoomDeleteEvent } from '../../events/breakout-room-delete.js';
import { BreakoutRoomUpdateEvent } from '../../events/breakout-room-update.js';
import { ParticipantDeleteEvent } from '../../events/participant-delete.js';
import { ParticipantsAddEvent } from '../../events/participants-add.js';
import { ParticipantsDraggingEvent } from '../../events/participants-dragging.js';
import { RoomJoinEvent } from '../../events/room-join.js';
import { SelectedParticipantsUpdateEvent } from '../../events/selected-participants-update.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import { renderIcon } from '../../icons/render-icon.js';
import * as paths from '../../icons/paths.js';
import { PEOPLE_DRAG_TYPE } from '../breakout-room-participants/breakout-room-participants.js';
import styles from './breakout-room-manager.styles.js';

export { type RoomPlan };

/**
 * One breakout room in the manager: its name (rename it in place), how many people are in it and
 * who (expand it), "Move here" for the people selected elsewhere, a drop target for people
 * dragged onto it, "Join", and "Delete". It changes nothing itself: it fires the official kit's
 * events and its parent (`rtk-breakout-rooms-manager`) calls the meeting.
 *
 * `room` is `{ id, title, participantIds }` (user ids). `mode`: `create` for a room of a plan not
 * started yet (rename, take people out, delete); `edit` for a running room (rename, move people,
 * join); `view` for people who may only join it.
 *
 * @csspart room - The card.
 * @csspart header - Its name row.
 * @csspart title - The room's name.
 * @csspart participants - The people in it.
 *
 * @fires update - `{ id, title }` when renamed.
 * @fires delete - `{ id }` when "Delete" is chosen (`allowDelete`).
 * @fires participantsAdd - `{ roomId, participantIds }`: people dropped on it, or "Move here"
 * (then `participantIds` is empty: the people selected in the parent).
 * @fires participantDelete - `{ roomId, participantId }`: someone taken out of it.
 * @fires roomJoin - `{ roomId }`: "Join".
 * @fires participantsDragging - `true`/`false` while someone in it is dragged out.
 * @fires selectedParticipantsUpdate - The user ids selected now, after one of its checkboxes (with `selectedParticipantIds`).
 */
export class RtkBreakoutRoomManager extends RtkElement {
  static override strings = breakoutStrings;

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.connectedMeetings, 'stateUpdate'],
  ]);

  /** The room: `{ id, title, participantIds }` (user ids). */
  @property({ attribute: false }) room?: RoomPlan;

  /** `create` (a plan not started), `edit` (a running room), or `view` (join only). */
  @property({ reflect: true }) mode: 'create' | 'edit' | 'view' = 'create';

  /** People are selected elsewhere: offer "Move here". */
  @property({ type: Boolean, attribute: 'assigning-participants' }) assigningParticipants = false;

  /** People are being dragged: show the room as a place to drop them. */
  @property({ type: Boolean, attribute: 'is-drag-mode' }) isDragMode = false;

  /** Offer "Delete". */
  @property({ type: Boolean, attribute: 'allow-delete' }) allowDelete = false;

  /** Show its people at first. */
  @property({ type: Boolean, attribute: 'default-expanded' }) defaultExpanded = false;

  /** Offer "Join" (a running room the user is not in). Our addition. */
  @property({ type: Boolean, attribute: 'allow-join' }) allowJoin = false;

  /**
   * User ids selected in the whole manager: its people get a checkbox (not in `view` mode), so
   * people can be picked here and moved with another room's "Move here". Our addition.
   */
  @property({ attribute: false }) selectedParticipantIds?: string[];

  @state() private expanded = false;

  @state() private renaming = false;

  @state() private nameError = false;

  @state() private over = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultExpanded') && this.defaultExpanded) this.expanded = true;
  }

  private get roomName(): string {
    return this.room?.title || this.localize('breakout.title');
  }

  private startRename = async (): Promise<void> => {
    this.renaming = true;
    this.nameError = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input.rename')?.select();
  };

  private saveRename(input: HTMLInputElement | null): void {
    const title = input?.value.trim() ?? '';
    if (!title) {
      this.nameError = true;
      input?.focus();
      return;
    }
    this.renaming = false;
    if (this.room && title !== this.room.title)
      this.dispatchEvent(new BreakoutRoomUpdateEvent({ id: this.room.id, title }));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('button.rename-start')?.focus(),
    );
  }

  private cancelRename(): void {
    this.renaming = false;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('button.rename-start')?.focus(),
    );
  }

  private handleRenameKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.saveRename(event.target as HTMLInputElement);
    } else if (event.key === 'Escape') {
      // The room's name only: the dialog around it stays open.
      event.preventDefault();
      event.stopPropagation();
      this.cancelRename();
    }
  };

  private handleDragOver = (event: DragEvent): void => {
    if (this.mode === 'view' || !event.dataTransfer?.types.includes(PEOPLE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    this.over = true;
  };

  private handleDrop = (event: DragEvent): void => {
    this.over = false;
    const raw = event.dataTransfer?.getData(PEOPLE_DRAG_TYPE);
    if (!raw || !this.room) return;
    event.preventDefault();
    let ids: unknown;
    try {
      ids = JSON.parse(raw);
    } catch {
      return;
    }
    if (!Array.isArray(ids)) return;
    const moving = ids.filter(
      (id): id is string => typeof id === 'string' && !this.room!.participantIds.includes(id),
    );
    if (moving.length)
      this.dispatchEvent(
        new ParticipantsAddEvent({ roomId: this.room.id, participantIds: moving }),
      );
  };

  private pick(id: string, on: boolean): void {
    const rest = (this.selectedParticipantIds ?? []).filter((s) => s !== id);
    this.dispatchEvent(new SelectedParticipantsUpdateEvent(on ? [...rest, id] : rest));
  }

  private addSelected = (): void => {
    if (this.room)
      this.dispatchEvent(new ParticipantsAddEvent({ roomId: this.room.id, participantIds: [] }));
  };

  override render() {
    const room = this.room;
    if (!room) return nothing;
    const t = this.localize;
    const title = this.roomName;
    const ids = room.participantIds ?? [];
    const editable = this.mode !== 'view';
    return html`<section
      part="room"
      class=${this.over || (this.isDragMode && editable) ? 'drop' : ''}
      aria-label=${title}
      @dragover=${this.handleDragOver}
      @dragleave=${() => (this.over = false)}
      @drop=${this.handleDrop}
    >
      <div part="header">
        ${this.renaming ? this.renderRename() : this.renderTitle(title, ids.length)}
        <div class="actions">
          ${
            editable && !this.renaming
              ? html`<button
                class="icon rename-start"
                aria-label=${t('breakout.rename', { room: title })}
                title=${t('breakout.rename', { room: title })}
                @click=${this.startRename}
              >
                ${renderIcon('edit', this.icons, paths.edit)}
              </button>`
              : nothing
          }
          ${
            this.allowJoin
              ? html`<button
                class="join"
                aria-label=${t('breakout.join_room', { room: title })}
                @click=${() => this.dispatchEvent(new RoomJoinEvent({ roomId: room.id }))}
              >
                ${t('breakout.join')}
              </button>`
              : nothing
          }
          ${
            this.allowDelete && editable
              ? html`<button
                class="icon"
                aria-label=${t('breakout.delete_room', { room: title })}
                title=${t('breakout.delete_room', { room: title })}
                @click=${() => this.dispatchEvent(new BreakoutRoomDeleteEvent({ id: room.id }))}
              >
                ${renderIcon('close', this.icons, paths.close)}
              </button>`
              : nothing
          }
        </div>
      </div>
      ${
        this.assigningParticipants && editable
          ? html`<button
            class="move-here"
            aria-label=${t('breakout.move_here_label', { room: title })}
            @click=${this.addSelected}
          >
            ${renderIcon('plus', this.icons, paths.plus)}
            <span>${t('breakout.move_here')}</span>
          </button>`
          : nothing
      }
      ${this.expanded ? this.renderPeople(ids, title, editable) : nothing}
      ${
        this.isDragMode && editable
          ? html`<p class="hint" aria-hidden="true">${t('breakout.drop_here')}</p>`
          : nothing
      }
    </section>`;
  }

  private renderTitle(title: string, count: number) {
    const t = this.localize;
    return html`<button
      class="expand"
      aria-expanded=${this.expanded ? 'true' : 'false'}
      @click=${() => (this.expanded = !this.expanded)}
    >
      ${renderIcon(
        this.expanded ? 'chevron_up' : 'chevron_down',
        this.icons,
        this.expanded ? paths.chevron_up : paths.chevron_down,
      )}
      <span part="title">${title}</span>
      <span class="count">${t('breakout.people_count', { count })}</span>
    </button>`;
  }

  private renderRename() {
    const t = this.localize;
    return html`<div class="rename-row">
      <input
        class="rename"
        aria-label=${t('breakout.room_name')}
        aria-invalid=${this.nameError ? 'true' : 'false'}
        aria-describedby=${this.nameError ? 'name-error' : nothing}
        maxlength="80"
        .value=${this.room?.title ?? ''}
        @keydown=${this.handleRenameKey}
        @input=${() => (this.nameError = false)}
      />
      <button
        @click=${(e: Event) =>
          this.saveRename(
            (e.currentTarget as HTMLElement).parentElement!.querySelector('input.rename'),
          )}
      >
        ${t('breakout.save')}
      </button>
      <button @click=${() => this.cancelRename()}>${t('breakout.cancel')}</button>
      ${
        this.nameError
          ? html`<p id="name-error" class="error" role="alert">${t('breakout.empty_name')}</p>`
          : nothing
      }
    </div>`;
  }

  private renderPeople(ids: string[], title: string, editable: boolean) {
    const t = this.localize;
    const meeting = this.activeMeeting;
    const people = peopleOf(meeting);
    const self = selfIdOf(meeting);
    if (!ids.length) return html`<p class="empty">${t('breakout.no_one')}</p>`;
    return html`<ul part="participants" aria-label=${t('breakout.people')}>
      ${repeat(
        ids,
        (id) => id,
        (id) => {
          const raw = people.get(id)?.name || id;
          const name = id === self ? t('breakout.you', { name: raw }) : raw;
          return html`<li
            draggable=${editable ? 'true' : 'false'}
            @dragstart=${(e: DragEvent) => {
              e.dataTransfer?.setData(PEOPLE_DRAG_TYPE, JSON.stringify([id]));
              e.dataTransfer?.setData('text/plain', id);
              this.dispatchEvent(new ParticipantsDraggingEvent(true));
            }}
            @dragend=${() => this.dispatchEvent(new ParticipantsDraggingEvent(false))}
          >
            ${
              editable && this.selectedParticipantIds
                ? html`<label class="pick">
                  <input
                    type="checkbox"
                    .checked=${this.selectedParticipantIds.includes(id)}
                    @change=${(e: Event) => this.pick(id, (e.target as HTMLInputElement).checked)}
                  />
                  <span class="name">${name}</span>
                </label>`
                : html`<span class="name">${name}</span>`
            }
            ${
              editable
                ? html`<button
                  class="icon"
                  aria-label=${t('breakout.remove_person', { name: raw, room: title })}
                  title=${t('breakout.remove_person', { name: raw, room: title })}
                  @click=${() =>
                    this.dispatchEvent(
                      new ParticipantDeleteEvent({ roomId: this.room!.id, participantId: id }),
                    )}
                >
                  ${renderIcon('close', this.icons, paths.close)}
                </button>`
                : nothing
            }
          </li>`;
        },
      )}
    </ul>`;
  }
}
