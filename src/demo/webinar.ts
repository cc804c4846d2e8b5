import type { Director } from './director.js';
import type { DemoParticipant } from './participant.js';
import { pick } from './random.js';
import type { DemoRoom } from './room.js';

/** Options of `director.webinar()`. */
export interface WebinarOptions {
  /** Viewers who join off stage (default 2,000). People already in the room stay. */
  viewers?: number;
  /** Stage requests per minute from random viewers (default 6; 0 for none). */
  requestsPerMinute?: number;
  /** People knocking at the waiting room per minute (default 3; 0 for none). */
  knocksPerMinute?: number;
  /** Share of requests withdrawn before a host answers, 0..1 (default 0.15). */
  cancelShare?: number;
}

/** A running webinar script. */
export interface WebinarRun {
  /** The viewers it added. */
  readonly viewers: readonly DemoParticipant[];
  /** Stops the streams of requests and knocks (the people stay). */
  stop(): void;
}

/**
 * A large webinar: `viewers` people join off stage (webinar viewers), then, until `stop()`, random
 * viewers ask for the stage (some withdraw after a while) and new people knock at the waiting
 * room, at the given rates, with seeded jitter. Best used in a WEBINAR meeting with a
 * `webinar-host` self (who hears every request) or a `webinar-viewer` self (who sees the stage
 * fill up). Timers stop with `meeting.destroy()` as well.
 */
export function startWebinar(
  director: Director,
  room: DemoRoom,
  options: WebinarOptions = {},
): WebinarRun {
  const count = Math.max(0, Math.floor(options.viewers ?? 2000));
  const requestsPerMinute = Math.max(0, options.requestsPerMinute ?? 6);
  const knocksPerMinute = Math.max(0, options.knocksPerMinute ?? 3);
  const cancelShare = Math.min(1, Math.max(0, options.cancelShare ?? 0.15));
  const viewers = director.addPeople(count, {
    presetName: 'webinar-viewer',
    audio: false,
    video: false,
  });
  let running = true;

  /** Runs `step` about `perMinute` times a minute (±50 %), while running. */
  const every = (perMinute: number, step: () => void) => {
    if (perMinute <= 0) return;
    const mean = 60_000 / perMinute;
    const next = () =>
      room.later(
        () => {
          if (!running) return;
          step();
          next();
        },
        mean * (0.5 + room.random()),
      );
    next();
  };

  every(requestsPerMinute, () => {
    const offStage = viewers.filter((p) => p.stageStatus === 'OFF_STAGE' && room.roster.has(p.id));
    if (offStage.length === 0) return;
    const person = pick(room.random, offStage);
    director.stage.request(person.id);
    if (room.random() < cancelShare) {
      room.later(
        () => {
          if (running) director.stage.cancelRequest(person.id);
        },
        5_000 + room.random() * 40_000,
      );
    }
  });
  every(knocksPerMinute, () => void director.knock());

  return {
    viewers,
    stop: () => {
      running = false;
    },
  };
}
