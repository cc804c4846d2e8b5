import type { ReactiveControllerHost } from 'lit';
import { RtkApiErrorEvent } from '../events/rtk-api-error.js';
import { RtkNotificationEvent } from '../events/rtk-notification.js';
import type { TFunction } from '../i18n/t.js';
import { describeError, type ErrorInfo } from '../meeting/errors.js';

/** What `ActionController` needs of its host. */
export type ActionHost = ReactiveControllerHost & HTMLElement;

/** Options of one `run`. */
export interface RunOptions {
  /** What the action is called, translated: it leads the error notification ("Mute failed: …"). */
  action: string;
  /** Dispatch `rtkNotification` on failure (default true). Turn off when the host shows it inline. */
  notify?: boolean;
  /**
   * The meeting call, e.g. `self.enableScreenShare`. When given, a failure also dispatches
   * `rtkApiError` (the official kit's event, `detail: { trace, message }`) on the host.
   */
  trace?: string;
}

/** Outcome of one `run`. */
export type RunResult = { ok: true } | { ok: false; error: ErrorInfo };

let notificationCount = 0;

/** A unique id for a notification. */
export function nextNotificationId(): string {
  notificationCount += 1;
  return `rtk-notification-${notificationCount}`;
}

/**
 * Runs a meeting call (`meeting.self.enableAudio()`, `meeting.join()`, …) and tracks it: the host
 * re-renders when the call starts and when it settles, so it can show a pending state, and a
 * rejection becomes an `rtkNotification` (with a message built by `describeError`) instead of an
 * unhandled rejection (plus an `rtkApiError` when the run names its `trace`). The UI never assumes the call's outcome: the meeting's events say what
 * happened.
 */
export class ActionController {
  private readonly running = new Set<string>();

  /** The last failure of each action key, cleared when the action is run again. */
  readonly errors = new Map<string, ErrorInfo>();

  constructor(
    private readonly host: ActionHost,
    private readonly localize: () => TFunction,
  ) {}

  /** True while the action `key` (or, without a key, any action) is in flight. */
  isPending(key?: string): boolean {
    return key === undefined ? this.running.size > 0 : this.running.has(key);
  }

  /**
   * Runs `call` under `key` unless that action is already in flight. Never throws and never
   * rejects: a failure is reported (notification, `errors`) and returned.
   */
  async run(key: string, call: () => unknown, options: RunOptions): Promise<RunResult> {
    if (this.running.has(key)) return { ok: false, error: { message: '' } };
    this.running.add(key);
    this.errors.delete(key);
    this.host.requestUpdate();
    try {
      // A half-shaped meeting may lack the method: that throws synchronously, caught below.
      await call();
      return { ok: true };
    } catch (cause) {
      const error = describeError(cause);
      const t = this.localize();
      if (!error.message) error.message = t('error.generic');
      this.errors.set(key, error);
      if (options.trace) {
        // For the page's own handling and logs: the SDK's untranslated message, code included.
        const raw = (cause as { message?: unknown } | undefined)?.message;
        const message = typeof raw === 'string' && raw ? raw : error.message;
        this.host.dispatchEvent(new RtkApiErrorEvent({ trace: options.trace, message }));
      }
      if (options.notify !== false) {
        this.host.dispatchEvent(
          new RtkNotificationEvent({
            id: nextNotificationId(),
            message: t('error.action_failed', { action: options.action, message: error.message }),
            variant: 'error',
          }),
        );
      }
      return { ok: false, error };
    } finally {
      this.running.delete(key);
      this.host.requestUpdate();
    }
  }
}
