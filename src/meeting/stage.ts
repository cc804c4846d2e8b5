import type { Emitter } from './emitter.js';
import type { StageStatus } from './media.js';

/** A request to join the stage, as hosts see it. */
export interface StageRequest {
  displayName: string;
  userId: string;
  peerId: string;
}

/** Events of `meeting.stage`. */
export type StageEvents = {
  /** Self's new stage status. */
  stageStatusUpdate: (status: StageStatus) => void;
  /** Hosts: the full current list of requests. */
  stageAccessRequestUpdate: (requests?: StageRequest[]) => void;
  /** Hosts: a request arrived. */
  newStageRequest: (payload: { count: number }) => void;
  /** Requester: accepted. */
  stageRequestApproved: () => void;
  /** Requester: denied. */
  stageRequestRejected: () => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** The stage of a webinar or livestream (`meeting.stage`). */
export interface Stage extends Emitter<StageEvents> {
  readonly status: StageStatus;
  readonly peerId?: string;
  /** Synchronous. */
  getAccessRequests(): { stageRequests: StageRequest[] };
  requestAccess(): Promise<void>;
  cancelRequestAccess(): Promise<void>;
  /** Host: takes user ids, not peer ids. */
  grantAccess(userIds: string[]): Promise<void>;
  denyAccess(userIds: string[]): Promise<void>;
  join(): Promise<void>;
  leave(): Promise<void>;
  kick(userIds: string[]): Promise<unknown>;
}
