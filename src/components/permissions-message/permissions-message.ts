import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { permissionsStrings } from '../../i18n/en/permissions.js';
import { errorStrings } from '../../i18n/en/error.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { MediaPermissionKind, MediaPermissionState } from '../../meeting/media.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './permissions-message.styles.js';

/** The browser families whose permission settings differ. */
export type PermissionsBrowser = 'chrome' | 'edge' | 'firefox' | 'safari' | 'other';

/** The permission states that mean a device cannot be used. */
const BLOCKED: ReadonlySet<string> = new Set([
  'DENIED',
  'SYSTEM_DENIED',
  'COULD_NOT_START',
  'NO_DEVICES_AVAILABLE',
]);

/** The kinds explained, in the order shown. */
const KINDS: readonly MediaPermissionKind[] = ['video', 'audio', 'screenshare'];

/** The browser family of a user-agent string (Edge and Chrome both say "Chrome"; Chrome says "Safari"). */
export function browserOf(userAgent: string): PermissionsBrowser {
  if (/Edg(e|A|iOS)?\//.test(userAgent)) return 'edge';
  if (/Firefox\/|FxiOS\//.test(userAgent)) return 'firefox';
  if (/Chrome\/|Chromium\/|CriOS\//.test(userAgent)) return 'chrome';
  if (/Safari\//.test(userAgent) && /Version\//.test(userAgent)) return 'safari';
  return 'other';
}

/** What `states.activePermissionsMessage` may hold (as in the official kit). */
interface PermissionsMessageState {
  enabled?: boolean;
  kind?: MediaPermissionKind;
}

/**
 * Explains why the camera, microphone or screen share cannot be used, and how to fix it: the
 * browser's own steps when the site was denied access (Chrome, Edge, Firefox, Safari, told apart
 * by the user agent), the system settings when the operating system blocks the browser, another
 * app holding the device, or no device at all. "Try again" turns the device on again
 * (`self.enableVideo()` / `enableAudio()`); "Continue without" hides the message.
 *
 * It follows `meeting.self.mediaPermissions` (`mediaPermissionUpdate`, `mediaPermissionError`)
 * and renders nothing while every device is usable. `states.activePermissionsMessage`
 * (`{ enabled, kind }`, as set by the official kit) narrows it to one kind; `enabled: false` hides it.
 *
 * @slot - Shown at the end of the box, e.g. a link to the page's own help (the official kit's slot).
 *
 * @csspart container - The box (a labelled region).
 * @csspart item - One blocked device.
 * @csspart icon - The warning icon.
 * @csspart title - What is blocked.
 * @csspart steps - How to fix it.
 * @csspart status - "Still blocked" after a failed retry.
 * @csspart actions - The buttons.
 *
 * @fires rtkStateUpdate - `{ activePermissionsMessage: { enabled: false } }` when dismissed.
 */
export class RtkPermissionsMessage extends RtkElement {
  static override strings = { ...permissionsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, 'mediaPermissionUpdate', 'mediaPermissionError', 'audioUpdate', 'videoUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** The browser whose steps are shown; detected from `navigator.userAgent` when not set. Our addition. */
  @property({ reflect: true }) browser?: PermissionsBrowser;

  /** Show only this kind (`audio`, `video`, `screenshare`); all blocked kinds when not set. Our addition. */
  @property({ reflect: true }) kind?: MediaPermissionKind;

  /** Kinds dismissed, with the state they had: a new failure shows them again. */
  @state() private dismissed = new Map<MediaPermissionKind, string>();

  private get resolvedBrowser(): PermissionsBrowser {
    return this.browser ?? browserOf(globalThis.navigator?.userAgent ?? '');
  }

  /** The blocked kinds to explain now, with their state. */
  private blocked(): Array<[MediaPermissionKind, MediaPermissionState]> {
    const self = this.activeMeeting?.self;
    const fromStates = this.activeStates.activePermissionsMessage as
      PermissionsMessageState | undefined;
    if (!self || fromStates?.enabled === false) return [];
    const only = this.kind ?? (fromStates?.enabled ? fromStates.kind : undefined);
    const permissions = (self.mediaPermissions ?? {}) as Partial<
      Record<MediaPermissionKind, MediaPermissionState>
    >;
    return KINDS.filter((kind) => !only || kind === only)
      .map(
        (kind) =>
          [kind, permissions[kind]] as [MediaPermissionKind, MediaPermissionState | undefined],
      )
      .filter((entry): entry is [MediaPermissionKind, MediaPermissionState] => {
        const [kind, value] = entry;
        return value !== undefined && BLOCKED.has(value) && this.dismissed.get(kind) !== value;
      });
  }

  private retry(kind: MediaPermissionKind): void {
    const self = this.activeMeeting?.self;
    if (!self) return;
    const call =
      kind === 'audio'
        ? () => self.enableAudio()
        : kind === 'video'
          ? () => self.enableVideo()
          : () => self.enableScreenShare();
    void this.action.run(kind, call, { action: this.localize('permissions.retry'), notify: false });
  }

  private dismiss(kinds: Array<[MediaPermissionKind, MediaPermissionState]>): void {
    const next = new Map(this.dismissed);
    for (const [kind, value] of kinds) next.set(kind, value);
    this.dismissed = next;
    this.updateStates({ activePermissionsMessage: { enabled: false } });
  }

  private titleOf(kind: MediaPermissionKind, value: MediaPermissionState): string {
    if (value === 'COULD_NOT_START') return this.localize(`permissions.${kind}_in_use`);
    if (value === 'NO_DEVICES_AVAILABLE') return this.localize(`permissions.${kind}_missing`);
    return this.localize(`permissions.${kind}_blocked`);
  }

  private steps(value: MediaPermissionState): string {
    if (value === 'COULD_NOT_START') return this.localize('permissions.in_use_hint');
    if (value === 'NO_DEVICES_AVAILABLE') return this.localize('permissions.missing_hint');
    if (value === 'SYSTEM_DENIED') return this.localize('permissions.system_hint');
    return this.localize(`permissions.steps_${this.resolvedBrowser}`);
  }

  override render() {
    const blocked = this.blocked();
    if (blocked.length === 0) return nothing;
    return html`<section part="container" aria-label=${this.localize('permissions.label')}>
      ${blocked.map(([kind, value]) => this.renderItem(kind, value))}
      <div part="actions" class="dismiss">
        <rtk-button variant="ghost" @click=${() => this.dismiss(blocked)}>${this.localize('permissions.dismiss')}</rtk-button>
      </div>
      <slot></slot>
    </section>`;
  }

  private renderItem(kind: MediaPermissionKind, value: MediaPermissionState) {
    const pending = this.action.isPending(kind);
    const failed = this.action.errors.has(kind);
    const titleId = `title-${kind}`;
    return html`<div part="item" data-kind=${kind} data-state=${value} role="group" aria-labelledby=${titleId}>
      <span part="icon">${renderIcon('warning', this.icons, paths.warning)}</span>
      <div class="body">
        <h3 part="title" id=${titleId}>${this.titleOf(kind, value)}</h3>
        <p part="steps">${this.steps(value)}</p>
        ${failed && !pending ? html`<p part="status" role="status">${this.localize('permissions.still_blocked')}</p>` : nothing}
        <div part="actions">
          <rtk-button variant="secondary" ?loading=${pending} @click=${() => this.retry(kind)}>
            ${this.localize('permissions.retry')}
          </rtk-button>
        </div>
      </div>
    </div>`;
  }
}
