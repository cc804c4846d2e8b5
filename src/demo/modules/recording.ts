import type { Recording, RecordingEvents, RecordingState } from '../../meeting/recording.js';
import type { DemoContext, DemoModule } from '../context.js';
import { DemoEmitter } from '../emitter.js';
import { DemoClientError } from '../errors.js';
import { uuid } from '../random.js';

type RecordingEntry = Recording['recordings'][number];

/** `director.recording`: a remote host records the meeting. */
export interface RecordingScript {
  /** A remote host starts a recording: `recordingUpdate('RECORDING')`. Returns its id. */
  start(): string;
  /** Every recording stops: `recordingUpdate('IDLE')`. */
  stop(): void;
  /** Recordings pause / resume: `recordingUpdate('PAUSED')` / `('RECORDING')`. */
  pause(): void;
  resume(): void;
}

/** How long the demo's "recorder" takes to start or to finish (ms, on top of the latency). */
const RECORDER_DELAY = 600;

/**
 * `meeting.recording`. `recordingState` is derived from `recordings` as in the SDK (RECORDING >
 * PAUSED > STARTING > STOPPING > IDLE). `start()` emits `STARTING` before it resolves and
 * `RECORDING` when the recorder is up; `stop()` emits `STOPPING` at once and `IDLE` when the
 * recorder is done; `pause()` / `resume()` emit `PAUSED` / `RECORDING` before resolving. Without
 * `permissions.canRecord` every call rejects with `1001` before any event.
 */
export class DemoRecording
  extends DemoEmitter<RecordingEvents>
  implements Recording, DemoModule<RecordingScript>
{
  /** The recordings of the meeting. */
  recordings: RecordingEntry[] = [];
  /** Peer ids of recorder bots (none in the demo). */
  readonly recordingPeerIds: string[] = [];
  readonly script: RecordingScript;

  constructor(private readonly ctx: DemoContext) {
    super();
    this.script = this.createScript();
  }

  get recordingState(): RecordingState {
    const has = (state: RecordingState) => this.recordings.some((r) => r.state === state);
    if (has('RECORDING')) return 'RECORDING';
    if (has('PAUSED')) return 'PAUSED';
    if (has('STARTING')) return 'STARTING';
    if (has('STOPPING')) return 'STOPPING';
    return 'IDLE';
  }

  /** Starts a recording. Rejects 1001 without `canRecord`, 1005 while one runs (unless `allowMultiple`). */
  async start(options?: { allowMultiple: boolean }): Promise<void> {
    this.assertCanRecord('start');
    const state = this.recordingState;
    if (
      options?.allowMultiple !== true &&
      (state === 'STARTING' || state === 'RECORDING' || state === 'STOPPING')
    ) {
      throw new DemoClientError(
        '1005',
        'Cannot start recording: another recording is already in progress.',
      );
    }
    await this.ctx.latency();
    const id = uuid(this.ctx.random);
    this.update([...this.recordings, { id, state: 'STARTING', type: 'BROWSER' }]);
    this.ctx.later(() => this.setState(id, 'RECORDING'), this.recorderDelay());
  }

  /** Stops one recording (or all that are recording or paused): `STOPPING`, later `IDLE`. */
  async stop(id?: string): Promise<void> {
    const targets = this.targets('stop', ['RECORDING', 'PAUSED'], id);
    for (const recording of targets) {
      recording.state = 'STOPPING';
      this.emit('recordingUpdate', 'STOPPING');
    }
    await this.ctx.latency();
    const ids = new Set(targets.map((r) => r.id));
    if (ids.size === 0) return;
    this.ctx.later(
      () =>
        this.update(
          this.recordings.filter((r) => !ids.has(r.id)),
          this.joined,
        ),
      this.recorderDelay(),
    );
  }

  /** Pauses recordings that are recording: `PAUSED`. */
  async pause(id?: string): Promise<void> {
    const targets = this.targets('pause', ['RECORDING'], id);
    await this.ctx.latency();
    this.setStates(targets, 'PAUSED');
  }

  /** Resumes paused recordings: `RECORDING`. */
  async resume(id?: string): Promise<void> {
    const targets = this.targets('resume', ['PAUSED'], id);
    await this.ctx.latency();
    this.setStates(targets, 'RECORDING');
  }

  // ---- DemoModule ----

  /** Like the SDK's room state on join: running recordings are announced. */
  roomJoined(): void {
    if (this.recordings.length > 0) this.emit('recordingUpdate', this.recordingState);
  }

  // ---- Internals ----

  private recorderDelay(): number {
    return this.ctx.options.latency > 0 ? RECORDER_DELAY : 0;
  }

  private assertCanRecord(action: string): void {
    if (!this.ctx.self.permissions.canRecord) {
      throw new DemoClientError('1001', `User does not have permission to ${action} recording`);
    }
  }

  private targets(action: string, from: RecordingState[], id?: string): RecordingEntry[] {
    this.assertCanRecord(action);
    if (id === undefined) return this.recordings.filter((r) => from.includes(r.state));
    const recording = this.recordings.find((r) => r.id === id);
    if (!recording) throw new DemoClientError('1004', `No recording with id ${id}.`);
    if (!from.includes(recording.state)) {
      throw new DemoClientError('1005', `Can't ${action} a recording that is ${recording.state}.`);
    }
    return [recording];
  }

  private update(recordings: RecordingEntry[], emit = true): void {
    this.recordings = recordings;
    if (emit) this.emit('recordingUpdate', this.recordingState);
  }

  private setState(id: string, state: RecordingState): void {
    if (!this.recordings.some((r) => r.id === id)) return;
    this.update(
      this.recordings.map((r) => (r.id === id ? { ...r, state } : r)),
      this.joined,
    );
  }

  private setStates(targets: RecordingEntry[], state: RecordingState): void {
    if (targets.length === 0) return;
    const ids = new Set(targets.map((r) => r.id));
    this.update(
      this.recordings.map((r) => (ids.has(r.id) ? { ...r, state } : r)),
      this.joined,
    );
  }

  private get joined(): boolean {
    return this.ctx.self.roomState === 'joined';
  }

  private createScript(): RecordingScript {
    return {
      start: () => {
        const id = uuid(this.ctx.random);
        this.update(
          [...this.recordings, { id, state: 'RECORDING', type: 'COMPOSITE' }],
          this.joined,
        );
        return id;
      },
      stop: () => {
        if (this.recordings.length > 0) this.update([], this.joined);
      },
      pause: () =>
        this.setStates(
          this.recordings.filter((r) => r.state === 'RECORDING'),
          'PAUSED',
        ),
      resume: () =>
        this.setStates(
          this.recordings.filter((r) => r.state === 'PAUSED'),
          'RECORDING',
        ),
    };
  }
}
