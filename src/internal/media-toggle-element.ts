import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ActionController } from '../controllers/action-controller.js';
import { MeetingController } from '../controllers/meeting-controller.js';
import type { MediaProductionPermission } from '../meeting/media.js';
import type { Permissions } from '../meeting/permissions.js';
import type { Self } from '../meeting/self.js';
import { RtkElement } from './rtk-element.js';

const BLOCKED = new Set(['DENIED', 'SYSTEM_DENIED', 'COULD_NOT_START', 'NO_DEVICES_AVAILABLE']);

/** The translation keys of one media toggle (literal keys, so the strings check sees them). */
export interface MediaToggleTexts {
  /** The action when it is on (turning it off), leads the error notification. */
  on: string;
  /** The action when it is off (turning it on). */
  off: string;
  /** The button's label while on / off. */
  labelOn: string;
  labelOff: string;
  /** Why it is disabled: not allowed at all / only on the stage. */
  notAllowed: string;
  needsStage: string;
  /** The browser or system blocks the device. */
  permissionDenied: string;
}

/** One meeting call of a media toggle, written out so that a search for the call finds the toggle. */
export interface MediaToggleCall {
  /** Makes the call, e.g. `(self) => self.enableAudio()`. */
  run: (self: Self) => Promise<unknown>;
  /** Its name for `rtkApiError`'s `detail.trace`, e.g. `self.enableAudio`. */
  trace: string;
}

/** What differs between the microphone and the camera toggle. */
export interface MediaToggleKind {
  /** The device, as `self.mediaPermissions` names it: `audio` (microphone) or `video` (camera). */
  media: 'audio' | 'video';
  /** The event of `meeting.self` that reports it on or off. */
  event: 'audioUpdate' | 'videoUpdate';
  /** Whether it is on, e.g. `(self) => self.audioEnabled`. */
  isOn: (self: Self) => boolean;
  /** Turns it on, e.g. `self.enableAudio()`. */
  enable: MediaToggleCall;
  /** Turns it off, e.g. `self.disableAudio()`. */
  disable: MediaToggleCall;
  /** The preset's say on producing it, e.g. `(can) => can.canProduceAudio`. */
  permission: (can: Partial<Permissions>) => MediaProductionPermission | undefined;
  /** Icon names when on and when off, and their default path data (an `iconPack` entry wins). */
  iconOn: string;
  iconOff: string;
  pathOn: string;
  pathOff: string;
  texts: MediaToggleTexts;
}

/**
 * What the microphone and camera toggles share: show `self.audioEnabled` / `videoEnabled` as a
 * pressed button (off is filled with the danger colour and shows the slashed icon), turn it on
 * and off through the meeting with a pending state and a notification (and `rtkApiError`) on
 * failure, disable it with the reason when the preset forbids it or allows it only on the stage,
 * and show a warning when the browser blocks the device. Renders nothing without a meeting.
 *
 * @fires rtkNotification - When turning it on or off failed.
 * @fires rtkApiError - When turning it on or off failed (`detail.trace`: the meeting call).
 */
export abstract class MediaToggleElement extends RtkElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** Which media this toggle drives, and its icons and texts. */
  protected abstract readonly kind: MediaToggleKind;

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, this.kind.event, 'mediaPermissionUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
    [m.stage, 'stageStatusUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Turns it on or off, as a click would (the keyboard shortcut of `rtk-controlbar` calls this). */
  toggle(): void {
    this.handleClick();
  }

  private enabled(self: Self): boolean {
    return Boolean(this.kind.isOn(self));
  }

  private handleClick = (): void => {
    const self = this.activeMeeting?.self;
    if (!self || this.action.isPending('toggle') || this.reason()) return;
    const on = this.enabled(self);
    const call = on ? this.kind.disable : this.kind.enable;
    void this.action.run('toggle', () => call.run(self), {
      action: this.localize(on ? this.kind.texts.on : this.kind.texts.off),
      trace: call.trace,
    });
  };

  /** Why the device cannot be used, or `undefined` when it can. */
  private reason(): string | undefined {
    const self = this.activeMeeting?.self;
    const permission = this.kind.permission(self?.permissions ?? {});
    if (permission === 'NOT_ALLOWED') return this.localize(this.kind.texts.notAllowed);
    // CAN_REQUEST: allowed only on the stage (webinar and livestream viewers).
    const staged =
      self?.stageStatus === 'ON_STAGE' || self?.stageStatus === 'ACCEPTED_TO_JOIN_STAGE';
    if (permission === 'CAN_REQUEST' && !staged) return this.localize(this.kind.texts.needsStage);
    return undefined;
  }

  override render() {
    const self = this.activeMeeting?.self;
    if (!self) return nothing;
    const { texts, media } = this.kind;
    const on = this.enabled(self);
    const reason = this.reason();
    const blocked = BLOCKED.has(self.mediaPermissions?.[media] ?? '');
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize(on ? texts.labelOn : texts.labelOff)}
      .icon=${on ? this.kind.iconOn : this.kind.iconOff}
      .iconPath=${on ? this.kind.pathOn : this.kind.pathOff}
      .pressed=${on}
      .offAlert=${true}
      .disabled=${Boolean(reason)}
      .isLoading=${this.action.isPending('toggle')}
      .showWarning=${blocked}
      .description=${reason ?? (blocked ? this.localize(texts.permissionDenied) : undefined)}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
