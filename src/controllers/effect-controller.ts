import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Waits for the effect of a meeting call that already resolved. The real client's sends resolve
 * before the server answers, and a refusal brings no event at all (meeting-api §21): a call
 * (`participants.disableAllAudio()`, `participants.kickAll()`, …) has worked only once the meeting
 * shows its effect (the people muted, the room left).
 *
 * `wait(done)` checks `done()` now and at every update of the host, which re-renders on the
 * meeting events it lists (`MeetingController`), so the check needs no listener of its own. It
 * resolves `true` once `done()` holds, `false` after `EffectController.timeout` ms or when the
 * host leaves the page. `waiting` is true meanwhile, for the host's busy state.
 */
export class EffectController implements ReactiveController {
  /** How long an effect may take, in milliseconds. Tests lower it. @internal */
  static timeout = 10_000;

  private pending?: { done: () => boolean; settle: (ok: boolean) => void };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while an effect is awaited. */
  get waiting(): boolean {
    return this.pending !== undefined;
  }

  /** Resolves `true` once `done()` holds, `false` when it did not in time. */
  wait(done: () => boolean): Promise<boolean> {
    this.pending?.settle(false);
    if (done()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(false), EffectController.timeout);
      const settle = (ok: boolean) => {
        if (this.pending !== entry) return;
        clearTimeout(timer);
        this.pending = undefined;
        this.host.requestUpdate();
        resolve(ok);
      };
      const entry = { done, settle };
      this.pending = entry;
      this.host.requestUpdate();
    });
  }

  hostUpdate(): void {
    if (this.pending?.done()) this.pending.settle(true);
  }

  hostDisconnected(): void {
    this.pending?.settle(false);
  }
}
