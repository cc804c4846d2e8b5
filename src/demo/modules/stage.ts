import type { StageStatus } from '../../meeting/media.js';
import type { Stage, StageEvents, StageRequest } from '../../meeting/stage.js';
import type { DemoContext, DemoModule, DemoPersonView } from '../context.js';
import { DemoEmitter } from '../emitter.js';
import { DemoClientError } from '../errors.js';

/** `director.stage`: remote people ask for the stage; a host lets self on or off it. */
export interface StageScript {
  /** A remote viewer asks to join the stage (`REQUESTED_TO_JOIN_STAGE`); hosts get `newStageRequest`. */
  request(id: string): void;
  /** They withdraw the request; hosts get `stageAccessRequestUpdate`. */
  cancelRequest(id: string): void;
  /**
   * Several people (peer or user ids) ask at once; hosts hear one `newStageRequest` and one
   * `stageAccessRequestUpdate`. Returns the peer ids of those who now wait.
   */
  requestMany(ids: readonly string[]): string[];
  /** A remote person goes on stage (a host let them in). */
  join(id: string): void;
  /** A remote person leaves the stage. */
  leave(id: string): void;
  /** A host approves self (after `requestAccess()`, or as an invitation): `stageRequestApproved`, then `ACCEPTED_TO_JOIN_STAGE`. */
  grantSelf(): void;
  /** A host turns self's request down: `stageRequestRejected`, then `OFF_STAGE`. */
  denySelf(): void;
  /** A host removes self from the stage: `OFF_STAGE` (media the preset does not allow off stage turns off). */
  kickSelf(): void;
}

/**
 * `meeting.stage`: self's stage status and, for hosts, the requests of others. Present in every
 * meeting, as in the SDK (a GROUP_CALL joins `ON_STAGE`); the methods reject `2003 Stage is
 * disabled` when the preset has no stage (`permissions.stageEnabled`).
 *
 * Events follow the SDK: `stageStatusUpdate(status)` for self; `stageRequestApproved` /
 * `stageRequestRejected` before the matching status; hosts (`acceptStageRequests`) get
 * `newStageRequest { count }` (when the count grows) then `stageAccessRequestUpdate(list)`.
 */
export class DemoStage extends DemoEmitter<StageEvents> implements Stage, DemoModule<StageScript> {
  readonly script: StageScript;
  /** Request count hosts were last told about (`newStageRequest` fires only when it grows). */
  private announced = 0;

  constructor(private readonly ctx: DemoContext) {
    super();
    this.script = this.createScript();
  }

  /** Self's stage status. */
  get status(): StageStatus {
    return this.ctx.self.stageStatus;
  }

  get peerId(): string {
    return this.ctx.self.id;
  }

  /** Pending requests of people in the room (synchronous). Throws 2003 / 2001. */
  getAccessRequests(): { stageRequests: StageRequest[] } {
    this.assertEnabled();
    if (!this.ctx.self.permissions.acceptStageRequests) {
      throw new DemoClientError('2001', 'You do not have permission to perform this action');
    }
    return { stageRequests: this.requests() };
  }

  /** Asks the hosts to join the stage; with `stageAccess: 'ALLOWED'` self is accepted at once. */
  async requestAccess(): Promise<void> {
    this.assertJoined();
    this.assertEnabled();
    if (this.status !== 'OFF_STAGE')
      throw new DemoClientError(
        '2006',
        `Unable to request access you are currently ${this.status}`,
      );
    if (this.ctx.self.permissions.stageAccess === 'NOT_ALLOWED')
      throw new DemoClientError('2001', 'The preset may not join the stage.');
    await this.ctx.latency();
    this.setSelf(
      this.ctx.self.permissions.stageAccess === 'ALLOWED'
        ? 'ACCEPTED_TO_JOIN_STAGE'
        : 'REQUESTED_TO_JOIN_STAGE',
    );
  }

  /** Withdraws self's request: `OFF_STAGE`. */
  async cancelRequestAccess(): Promise<void> {
    this.assertJoined();
    this.assertEnabled();
    await this.ctx.latency();
    if (this.status === 'REQUESTED_TO_JOIN_STAGE') this.setSelf('OFF_STAGE');
  }

  /** Host: lets people (user ids) on stage; they join it right away. */
  async grantAccess(userIds: string[]): Promise<void> {
    this.assertHost('Can`t grant for participant without joining room');
    await this.ctx.latency();
    const self = this.ctx.self;
    for (const userId of userIds ?? []) {
      if (userId === self.userId) {
        this.approveSelf();
        continue;
      }
      const person = this.ctx.personByUserId(userId);
      if (!person || person.stageStatus === 'ON_STAGE') continue;
      this.ctx.setStageStatus(person.id, 'ACCEPTED_TO_JOIN_STAGE');
      this.ctx.setStageStatus(person.id, 'ON_STAGE');
    }
    this.announce();
  }

  /** Host: turns requests (user ids) down. */
  async denyAccess(userIds: string[]): Promise<void> {
    this.assertHost('Can`t rejectRequestToJoinStage for participant without joining room');
    await this.ctx.latency();
    for (const userId of userIds ?? []) {
      if (userId === this.ctx.self.userId) {
        this.rejectSelf();
        continue;
      }
      const person = this.ctx.personByUserId(userId);
      if (person?.stageStatus === 'REQUESTED_TO_JOIN_STAGE')
        this.ctx.setStageStatus(person.id, 'OFF_STAGE');
    }
    this.announce();
  }

  /** Joins the stage after being accepted: `ON_STAGE`. Throws 2006 in any other status. */
  async join(): Promise<void> {
    this.assertJoined();
    if (this.status === 'ON_STAGE') throw new DemoClientError('2006', 'You are already on stage.');
    if (
      this.status !== 'ACCEPTED_TO_JOIN_STAGE' ||
      this.ctx.self.permissions.stageAccess === 'NOT_ALLOWED'
    ) {
      throw new DemoClientError('2006', `Unable to join stage you are currently ${this.status}`);
    }
    await this.ctx.latency();
    this.setSelf('ON_STAGE');
  }

  /** Leaves the stage (or gives up an accepted request): `OFF_STAGE`. */
  async leave(): Promise<void> {
    this.assertJoined();
    this.assertEnabled();
    if (this.status !== 'ON_STAGE' && this.status !== 'ACCEPTED_TO_JOIN_STAGE') {
      throw new DemoClientError('2006', `Unable to leave stage you are currently ${this.status}`);
    }
    await this.ctx.latency();
    this.setSelf('OFF_STAGE');
  }

  /** Host: takes people (user ids) off the stage. */
  async kick(userIds: string[]): Promise<{ id: string; payload: Uint8Array }> {
    this.assertHost('Can`t kick participant without joining room');
    await this.ctx.latency();
    for (const userId of userIds ?? []) {
      if (userId === this.ctx.self.userId) {
        if (this.status !== 'OFF_STAGE') this.setSelf('OFF_STAGE');
        continue;
      }
      const person = this.ctx.personByUserId(userId);
      if (person && person.stageStatus !== 'OFF_STAGE')
        this.ctx.setStageStatus(person.id, 'OFF_STAGE');
    }
    this.announce();
    return { id: `kick-${this.ctx.now()}`, payload: new Uint8Array() };
  }

  // ---- DemoModule ----

  /** Self starts on stage when the preset allows it outright (GROUP_CALL, hosts), otherwise off. */
  roomJoined(): void {
    const status: StageStatus =
      this.ctx.self.permissions.stageAccess === 'ALLOWED' ? 'ON_STAGE' : 'OFF_STAGE';
    if (status !== this.status) this.setSelf(status);
    this.announced = 0;
    if (this.isHost && this.requests().length > 0) this.announce();
  }

  roomLeft(): void {
    if (this.status !== 'OFF_STAGE') this.setSelf('OFF_STAGE');
    this.announced = 0;
  }

  // ---- Internals ----

  private get isHost(): boolean {
    const { permissions } = this.ctx.self;
    return permissions.stageEnabled && permissions.acceptStageRequests;
  }

  private requests(): StageRequest[] {
    return this.ctx
      .people()
      .filter((p) => p.stageStatus === 'REQUESTED_TO_JOIN_STAGE')
      .map((p) => ({ displayName: p.name, userId: p.userId, peerId: p.id }));
  }

  private assertJoined(): void {
    if (this.ctx.self.roomState !== 'joined') {
      throw new DemoClientError('2005', 'Join the room before using the stage.');
    }
  }

  private assertEnabled(): void {
    if (!this.ctx.self.permissions.stageEnabled)
      throw new DemoClientError('2003', 'This preset has no stage.');
  }

  private assertHost(notJoined: string): void {
    if (this.ctx.self.roomState !== 'joined') throw new DemoClientError('2005', notJoined);
    this.assertEnabled();
    if (!this.ctx.self.permissions.acceptStageRequests) {
      throw new DemoClientError('2001', 'You do not have permission to perform this action');
    }
  }

  private setSelf(status: StageStatus): void {
    this.ctx.setStageStatus('self', status);
    this.emit('stageStatusUpdate', status);
  }

  private approveSelf(): void {
    if (this.status === 'ON_STAGE' || this.status === 'ACCEPTED_TO_JOIN_STAGE') return;
    if (this.ctx.self.permissions.stageAccess === 'ALLOWED') return;
    this.emit('stageRequestApproved');
    this.setSelf('ACCEPTED_TO_JOIN_STAGE');
  }

  private rejectSelf(): void {
    if (this.status !== 'REQUESTED_TO_JOIN_STAGE') return;
    this.emit('stageRequestRejected');
    this.setSelf('OFF_STAGE');
  }

  /** Hosts hear about the current request list (`newStageRequest` only when it grew). */
  private announce(): void {
    if (!this.isHost || this.ctx.self.roomState !== 'joined') return;
    const list = this.requests();
    if (list.length > this.announced && list.length > 0)
      this.emit('newStageRequest', { count: list.length });
    this.announced = list.length;
    this.emit('stageAccessRequestUpdate', list);
  }

  private person(id: string): DemoPersonView | undefined {
    return this.ctx.personByPeerId(id) ?? this.ctx.personByUserId(id);
  }

  private createScript(): StageScript {
    const move = (id: string, from: StageStatus[] | 'any', to: StageStatus) => {
      const person = this.person(id);
      if (!person || person.stageStatus === to) return;
      if (from !== 'any' && !from.includes(person.stageStatus)) return;
      this.ctx.setStageStatus(person.id, to);
      this.announce();
    };
    return {
      request: (id) => move(id, ['OFF_STAGE'], 'REQUESTED_TO_JOIN_STAGE'),
      requestMany: (ids) => {
        const moved: string[] = [];
        for (const id of ids) {
          const person = this.person(id);
          if (person?.stageStatus !== 'OFF_STAGE') continue;
          this.ctx.setStageStatus(person.id, 'REQUESTED_TO_JOIN_STAGE');
          moved.push(person.id);
        }
        if (moved.length > 0) this.announce();
        return moved;
      },
      cancelRequest: (id) => move(id, ['REQUESTED_TO_JOIN_STAGE'], 'OFF_STAGE'),
      join: (id) => move(id, 'any', 'ON_STAGE'),
      leave: (id) => move(id, 'any', 'OFF_STAGE'),
      grantSelf: () => {
        if (this.ctx.self.roomState === 'joined') this.approveSelf();
      },
      denySelf: () => {
        if (this.ctx.self.roomState === 'joined') this.rejectSelf();
      },
      kickSelf: () => {
        if (this.ctx.self.roomState === 'joined' && this.status !== 'OFF_STAGE')
          this.setSelf('OFF_STAGE');
      },
    };
  }
}
