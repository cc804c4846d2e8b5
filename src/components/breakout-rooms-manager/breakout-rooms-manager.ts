import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { ActionController } from '../../controllers/action-controller.js';
import { EffectController } from '../../controllers/effect-controller.js';
import { nextNotificationId } from '../../controllers/action-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { breakoutStrings } from '../../i18n/en/breakout.js';
import { errorStrings } from '../../i18n/en/error.js';
import {
  clock,
  connectedOf,
  drafts,
  liveRooms,
  mainRoomIds,
  parentIdOf,
  selfIdOf,
  shuffleEvenly,
  startTimer,
  stopTimer,
  timers,
  track,
  type RoomPlan,
} from '../../internal/breakout.js';
import type { Meeting } from '../../meeting/meeting.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import '../breakout-room-manager/rtk-breakout-room-manager.js';
import '../breakout-room-participants/rtk-breakout-room-participants.js';
import styles from './breakout-rooms-manager.styles.js';

/** Timer choices, in minutes (0: no limit). */
const TIMER_CHOICES = [0, 1, 5, 10, 15, 30];

/** Most rooms one plan may have. */
const MAX_ROOMS = 20;

/**
 * Breakout rooms for the whole meeting (`meeting.connectedMeetings`).
 *
 * A host (`self.permissions.connectedMeetings.canAlterConnectedMeetings`) plans the rooms: how
 * many, their names, who goes where (select people with their checkboxes and press a room's
 * "Move here", or drag them onto it; "Shuffle evenly" shares everyone out), and an optional time
 * limit; "Start breakout rooms" creates them and moves everyone. The plan is kept while the
 * dialog is closed. While rooms run the host moves people between rooms (and the main room),
 * renames, adds or deletes rooms, joins any room, broadcasts a message to every room
 * (`rtk-broadcast-message-modal`), and closes them all, which brings everyone back. With a time
 * limit every room is warned a minute before the rooms close by themselves.
 *
 * Others see the rooms and join one where they may (`canSwitchConnectedMeetings`), or go back to
 * the main room (`canSwitchToParentMeeting`). A refused call becomes a notification; the plan and
 * what was typed stay. Without the module it says there are no rooms.
 *
 * `rtk-dialog-manager` shows it in a dialog for `states.activeBreakoutRoomsManager`
 * (`rtk-breakout-rooms-toggle` sets it).
 *
 * @csspart menu - The manager.
 *
 * @fires rtkStateUpdate - `{ activeBreakoutRoomsManager: { active: false } }` when the user is
 * moved to another room (`changingMeeting`); `{ activeBroadcastMessageModal: true }` for
 * "Broadcast message".
 * @fires rtkNotification - When a call fails, or the rooms did not close.
 */
export class RtkBreakoutRoomsManager extends RtkElement {
  static override strings = { ...errorStrings, ...breakoutStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.connectedMeetings, 'stateUpdate', 'changingMeeting'],
      [m.participants?.joined, 'participantJoined', 'participantLeft'],
      [m.self?.permissions, 'permissionsUpdate'],
      [m.self, 'roomJoined', 'roomLeft'],
    ],
    {
      // The user is on the way to another room: the manager closes (the meeting's UI is rebuilt).
      onEvent: (event) => {
        if (event === 'changingMeeting')
          this.updateStates({ activeBreakoutRoomsManager: { active: false } });
      },
    },
  );

  private readonly actions = new ActionController(this, () => this.localize);

  private readonly effect = new EffectController(this);

  @state() private roomCount = 2;

  @state() private selected: string[] = [];

  @state() private dragging = false;

  @state() private minutes = 0;

  private tick?: ReturnType<typeof setInterval>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.tick);
    this.tick = undefined;
  }

  protected override willUpdate(): void {
    track(this.activeMeeting);
  }

  protected override updated(): void {
    // The countdown of a room timer ticks while shown.
    const running = timers.has(parentIdOf(this.activeMeeting) ?? '');
    if (running && !this.tick) this.tick = setInterval(() => this.requestUpdate(), 1000);
    else if (!running && this.tick) {
      clearInterval(this.tick);
      this.tick = undefined;
    }
  }

  // ---- The plan (before the rooms start) ----

  private get key(): string {
    return parentIdOf(this.activeMeeting) ?? '';
  }

  private get draft(): RoomPlan[] | undefined {
    return drafts.get(this.key);
  }

  private setDraft(rooms: RoomPlan[] | undefined): void {
    if (rooms) drafts.set(this.key, rooms);
    else drafts.delete(this.key);
    this.requestUpdate();
  }

  private roomTitle(n: number): string {
    return this.localize('breakout.room_default', { n: this.localize.formatNumber(n) });
  }

  private createDraft = (): void => {
    const count = Math.max(1, Math.min(MAX_ROOMS, Math.floor(this.roomCount) || 1));
    this.setDraft(
      Array.from({ length: count }, (_, i) => ({
        id: `draft-${i + 1}`,
        title: this.roomTitle(i + 1),
        participantIds: [],
      })),
    );
  };

  /** Everyone the plan can place: the people here now (self stays, to visit rooms). */
  private planPeople(): string[] {
    return mainRoomIds(this.activeMeeting);
  }

  private unassigned(rooms: RoomPlan[]): string[] {
    const placed = new Set(rooms.flatMap((r) => r.participantIds));
    return this.planPeople().filter((id) => !placed.has(id));
  }

  private placeInDraft(ids: string[], roomId: string | undefined): void {
    const rooms = (this.draft ?? []).map((r) => ({
      ...r,
      participantIds: r.participantIds.filter((id) => !ids.includes(id)),
    }));
    const target = rooms.find((r) => r.id === roomId);
    if (target) target.participantIds.push(...ids);
    this.setDraft(rooms);
  }

  private shuffleDraft = (): void => {
    const rooms = this.draft ?? [];
    const shares = shuffleEvenly(this.planPeople(), rooms.length);
    this.setDraft(rooms.map((r, i) => ({ ...r, participantIds: shares[i] })));
    this.selected = [];
  };

  private addDraftRoom = (): void => {
    const rooms = this.draft ?? [];
    if (rooms.length >= MAX_ROOMS) return;
    const n = Math.max(0, ...rooms.map((r) => Number(r.id.slice(6)) || 0)) + 1;
    this.setDraft([...rooms, { id: `draft-${n}`, title: this.roomTitle(n), participantIds: [] }]);
  };

  private start = async (): Promise<void> => {
    const meeting = this.activeMeeting;
    const cm = connectedOf(meeting);
    const rooms = this.draft;
    const parent = parentIdOf(meeting);
    if (!cm?.createMeetings || !rooms?.length || !parent) return;
    const minutes = this.minutes;
    const result = await this.actions.run(
      'start',
      async () => {
        const made = await cm.createMeetings!(rooms.map((r) => ({ title: r.title })));
        // The plan is spent once the rooms exist, even if a move below is refused.
        this.setDraft(undefined);
        for (const [i, room] of rooms.entries()) {
          const id = made[i]?.id;
          if (id && room.participantIds.length) await this.move(parent, id, room.participantIds);
        }
      },
      { action: this.localize('breakout.action_start'), trace: 'connectedMeetings.createMeetings' },
    );
    if (result.ok && minutes > 0 && meeting) {
      startTimer(meeting, minutes);
      this.requestUpdate();
    }
  };

  // ---- Running rooms ----

  /** One move; a `{ success: false }` answer is a failure too. */
  private async move(from: string, to: string, ids: string[]): Promise<void> {
    const cm = connectedOf(this.activeMeeting);
    if (!cm?.moveParticipants) throw new Error(this.localize('breakout.move_refused'));
    const answer = await cm.moveParticipants(from, to, ids);
    if (answer && answer.success === false) throw new Error(this.localize('breakout.move_refused'));
  }

  /** Where each person is now: the room id, or the main meeting's. */
  private whereIs(): Map<string, string> {
    const meeting = this.activeMeeting;
    const where = new Map<string, string>();
    const parent = parentIdOf(meeting) ?? '';
    for (const id of mainRoomIds(meeting)) where.set(id, parent);
    for (const room of liveRooms(meeting))
      for (const id of room.participantIds) where.set(id, room.id);
    return where;
  }

  /** Moves people (from wherever they are) into `to`. */
  private async moveLive(ids: string[], to: string): Promise<void> {
    const where = this.whereIs();
    const bySource = new Map<string, string[]>();
    for (const id of ids) {
      const from = where.get(id);
      if (!from || from === to) continue;
      bySource.set(from, [...(bySource.get(from) ?? []), id]);
    }
    await this.actions.run(
      'move',
      async () => {
        for (const [from, moving] of bySource) await this.move(from, to, moving);
      },
      {
        action: this.localize('breakout.action_move'),
        trace: 'connectedMeetings.moveParticipants',
      },
    );
  }

  private shuffleLive = async (): Promise<void> => {
    const meeting = this.activeMeeting;
    const rooms = liveRooms(meeting);
    const parent = parentIdOf(meeting);
    if (!rooms.length || !parent) return;
    const shares = shuffleEvenly(
      mainRoomIds(meeting),
      rooms.length,
      rooms.map((r) => r.participantIds.length),
    );
    this.selected = [];
    await this.actions.run(
      'move',
      async () => {
        for (const [i, room] of rooms.entries())
          if (shares[i].length) await this.move(parent, room.id, shares[i]);
      },
      {
        action: this.localize('breakout.action_move'),
        trace: 'connectedMeetings.moveParticipants',
      },
    );
  };

  private addLiveRoom = async (): Promise<void> => {
    const meeting = this.activeMeeting;
    const cm = connectedOf(meeting);
    if (!cm?.createMeetings) return;
    const n = liveRooms(meeting).length + 1;
    await this.actions.run('add', () => cm.createMeetings!([{ title: this.roomTitle(n) }]), {
      action: this.localize('breakout.action_start'),
      trace: 'connectedMeetings.createMeetings',
    });
  };

  private rename(id: string, title: string): void {
    const cm = connectedOf(this.activeMeeting);
    if (!cm?.updateMeetings) return;
    void this.actions.run(`rename-${id}`, () => cm.updateMeetings!([{ id, title }]), {
      action: this.localize('breakout.action_rename'),
      trace: 'connectedMeetings.updateMeetings',
    });
  }

  private async closeRooms(ids: string[]): Promise<void> {
    const cm = connectedOf(this.activeMeeting);
    if (!cm?.deleteMeetings || !ids.length) return;
    const all = ids.length === liveRooms(this.activeMeeting).length;
    const result = await this.actions.run('close', () => cm.deleteMeetings!(ids), {
      action: this.localize('breakout.action_close'),
      trace: 'connectedMeetings.deleteMeetings',
    });
    if (!result.ok) return;
    if (all) stopTimer(this.key);
    // A resolved call is not done: the rooms are closed when the meeting says so.
    const closed = await this.effect.wait(() => {
      const live = liveRooms(this.activeMeeting).map((r) => r.id);
      return !ids.some((id) => live.includes(id));
    });
    if (!closed)
      this.dispatchEvent(
        new RtkNotificationEvent({
          id: nextNotificationId(),
          message: this.localize('breakout.close_failed'),
          variant: 'error',
        }),
      );
  }

  private closeAll = (): void => {
    void this.closeRooms(liveRooms(this.activeMeeting).map((r) => r.id));
  };

  /** Self goes to `to` (a room, or the main meeting). */
  private async go(to: string, action: string): Promise<void> {
    const meeting = this.activeMeeting;
    const self = selfIdOf(meeting);
    const here = meeting?.meta?.meetingId;
    if (!self || !here) return;
    await this.actions.run('go', () => this.move(here, to, [self]), {
      action,
      trace: 'connectedMeetings.moveParticipants',
    });
  }

  private join(roomId: string): void {
    void this.go(roomId, this.localize('breakout.action_join'));
  }

  private returnToMain = (): void => {
    const parent = parentIdOf(this.activeMeeting);
    if (parent) void this.go(parent, this.localize('breakout.action_return'));
  };

  private openBroadcast = (): void => {
    void import('../broadcast-message-modal/rtk-broadcast-message-modal.js');
    this.updateStates({ activeBroadcastMessageModal: true });
  };

  // ---- Events of the rooms and the people list ----

  private onAdd(event: CustomEvent<{ roomId: string; participantIds: string[] }>, live: boolean) {
    const ids = event.detail.participantIds.length ? event.detail.participantIds : this.selected;
    if (!ids.length) return;
    this.selected = this.selected.filter((id) => !ids.includes(id));
    this.dragging = false;
    if (live) void this.moveLive(ids, event.detail.roomId);
    else this.placeInDraft(ids, event.detail.roomId);
  }

  private onRemove(event: CustomEvent<{ roomId: string; participantId: string }>, live: boolean) {
    const { roomId, participantId } = event.detail;
    if (!live) return this.placeInDraft([participantId], undefined);
    const parent = parentIdOf(this.activeMeeting);
    if (!parent) return;
    void this.actions.run('move', () => this.move(roomId, parent, [participantId]), {
      action: this.localize('breakout.action_move'),
      trace: 'connectedMeetings.moveParticipants',
    });
  }

  private onUpdate(event: CustomEvent<{ id: string; title: string }>, live: boolean) {
    const { id, title } = event.detail;
    if (live) return this.rename(id, title);
    this.setDraft((this.draft ?? []).map((r) => (r.id === id ? { ...r, title } : r)));
  }

  private onDelete(event: CustomEvent<{ id: string }>, live: boolean) {
    const { id } = event.detail;
    if (live) return void this.closeRooms([id]);
    this.setDraft((this.draft ?? []).filter((r) => r.id !== id));
  }

  override render() {
    const meeting = this.activeMeeting;
    const t = this.localize;
    if (!meeting) return nothing;
    const cm = connectedOf(meeting);
    const may = meeting.self?.permissions?.connectedMeetings;
    let body;
    if (!cm) body = html`<p class="note">${t('breakout.none_yet')}</p>`;
    else if (may?.canAlterConnectedMeetings)
      body = cm.isActive ? this.renderLive(meeting) : this.renderPlan();
    else body = this.renderGuest(meeting);
    return html`<div part="menu" aria-busy=${this.actions.isPending() ? 'true' : 'false'}>
      ${body}
    </div>`;
  }

  private renderWhere(meeting: Meeting) {
    const parent = parentIdOf(meeting);
    const here = meeting.meta?.meetingId;
    if (!parent || parent === here) return nothing;
    const title = liveRooms(meeting).find((r) => r.id === here)?.title;
    return html`<p class="where">
      ${this.localize('breakout.you_are_in', { room: title || meeting.meta?.meetingTitle || '' })}
    </p>`;
  }

  private renderGuest(meeting: Meeting) {
    const t = this.localize;
    const may = meeting.self?.permissions?.connectedMeetings;
    const rooms = liveRooms(meeting);
    const here = meeting.meta?.meetingId;
    const inRoom = parentIdOf(meeting) !== here;
    const list = may?.canSwitchConnectedMeetings ? rooms : [];
    return html`${this.renderWhere(meeting)}
      ${
        list.length
          ? html`<div class="rooms">
            ${repeat(
              list,
              (r) => r.id,
              (room) => html`<rtk-breakout-room-manager
                .room=${room}
                mode="view"
                .allowJoin=${room.id !== here}
                @roomJoin=${() => this.join(room.id)}
              ></rtk-breakout-room-manager>`,
            )}
          </div>`
          : html`<p class="note">
            ${t(may?.canSwitchConnectedMeetings ? 'breakout.none_yet' : 'breakout.no_permission')}
          </p>`
      }
      ${
        inRoom && may?.canSwitchToParentMeeting
          ? html`<div class="footer">
            <button class="primary" ?disabled=${this.actions.isPending('go')} @click=${this.returnToMain}>
              ${t('breakout.return_main')}
            </button>
          </div>`
          : nothing
      }`;
  }

  private renderPlan() {
    const t = this.localize;
    const rooms = this.draft;
    if (!rooms) {
      return html`<div class="setup">
        <label class="field">
          <span>${t('breakout.room_count')}</span>
          <input
            type="number"
            min="1"
            max=${MAX_ROOMS}
            .value=${String(this.roomCount)}
            @input=${(e: Event) => (this.roomCount = Number((e.target as HTMLInputElement).value))}
            @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.createDraft()}
          />
        </label>
        <button class="primary" @click=${this.createDraft}>${t('breakout.create')}</button>
      </div>`;
    }
    const starting = this.actions.isPending('start');
    return html`<div class="columns">
        ${this.renderPeopleList(this.unassigned(rooms), this.shuffleDraft, t('breakout.unassigned'))}
        <div class="rooms">
          ${repeat(
            rooms,
            (r) => r.id,
            (room) => this.renderRoom(room, 'create', false),
          )}
          ${
            rooms.length < MAX_ROOMS
              ? html`<button class="add" @click=${this.addDraftRoom}>${t('breakout.add_room')}</button>`
              : nothing
          }
        </div>
      </div>
      <div class="footer">
        <label class="field inline">
          <span>${t('breakout.timer')}</span>
          <select @change=${(e: Event) => (this.minutes = Number((e.target as HTMLSelectElement).value))}>
            ${TIMER_CHOICES.map(
              (m) => html`<option value=${m} ?selected=${m === this.minutes}>
                ${m === 0 ? t('breakout.timer_off') : t('breakout.minutes', { count: m })}
              </option>`,
            )}
          </select>
        </label>
        <span class="grow"></span>
        <button @click=${() => this.setDraft(undefined)} ?disabled=${starting}>
          ${t('breakout.discard')}
        </button>
        <button class="primary" @click=${this.start} ?disabled=${starting || rooms.length === 0}>
          ${starting ? t('breakout.starting') : t('breakout.start')}
        </button>
      </div>`;
  }

  private renderLive(meeting: Meeting) {
    const t = this.localize;
    const rooms = liveRooms(meeting);
    const here = meeting.meta?.meetingId;
    const inRoom = parentIdOf(meeting) !== here;
    const timer = timers.get(this.key);
    const closing = this.actions.isPending('close') || this.effect.waiting;
    return html`${this.renderWhere(meeting)}
      ${
        timer
          ? html`<p class="timer" role="timer">
            ${t('breakout.closes_in', { time: clock(timer.endsAt - Date.now()) })}
          </p>`
          : nothing
      }
      <div class="columns">
        ${this.renderPeopleList(mainRoomIds(meeting), this.shuffleLive, t('breakout.main_room'))}
        <div class="rooms">
          ${repeat(
            rooms,
            (r) => r.id,
            (room) => this.renderRoom(room, 'edit', room.id !== here),
          )}
          <button class="add" @click=${this.addLiveRoom} ?disabled=${this.actions.isPending('add')}>
            ${t('breakout.add_room')}
          </button>
        </div>
      </div>
      <div class="footer">
        ${
          inRoom
            ? html`<button ?disabled=${this.actions.isPending('go')} @click=${this.returnToMain}>
              ${t('breakout.return_main')}
            </button>`
            : nothing
        }
        <span class="grow"></span>
        <button @click=${this.openBroadcast}>${t('breakout.broadcast')}</button>
        <button class="danger" ?disabled=${closing} @click=${this.closeAll}>
          ${closing ? t('breakout.closing') : t('breakout.close_all')}
        </button>
      </div>
      <rtk-broadcast-message-modal></rtk-broadcast-message-modal>`;
  }

  private renderPeopleList(ids: string[], shuffle: () => void, title: string) {
    return html`<section class="people" aria-label=${title}>
      <h3>${title}</h3>
      <rtk-breakout-room-participants
        .participantIds=${ids}
        .selectedParticipantIds=${this.selected}
        @selectedParticipantsUpdate=${(e: CustomEvent<string[]>) => (this.selected = e.detail)}
        @participantsDragging=${(e: CustomEvent<boolean>) => (this.dragging = e.detail)}
      >
        <button slot="shuffle-button" @click=${shuffle} ?disabled=${this.actions.isPending('move')}>
          ${this.localize('breakout.shuffle')}
        </button>
      </rtk-breakout-room-participants>
    </section>`;
  }

  private renderRoom(room: RoomPlan, mode: 'create' | 'edit', allowJoin: boolean) {
    const live = mode === 'edit';
    return html`<rtk-breakout-room-manager
      .room=${room}
      .mode=${mode}
      .allowJoin=${allowJoin}
      .allowDelete=${true}
      .defaultExpanded=${true}
      .assigningParticipants=${this.selected.length > 0}
      .isDragMode=${this.dragging}
      .selectedParticipantIds=${this.selected}
      @selectedParticipantsUpdate=${(e: CustomEvent<string[]>) => (this.selected = e.detail)}
      @participantsDragging=${(e: CustomEvent<boolean>) => (this.dragging = e.detail)}
      @participantsAdd=${(e: CustomEvent<{ roomId: string; participantIds: string[] }>) =>
        this.onAdd(e, live)}
      @participantDelete=${(e: CustomEvent<{ roomId: string; participantId: string }>) =>
        this.onRemove(e, live)}
      @update=${(e: CustomEvent<{ id: string; title: string }>) => this.onUpdate(e, live)}
      @delete=${(e: CustomEvent<{ id: string }>) => this.onDelete(e, live)}
      @roomJoin=${() => this.join(room.id)}
    ></rtk-breakout-room-manager>`;
  }
}
