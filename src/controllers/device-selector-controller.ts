import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translator } from '../i18n/t.js';
import type { IconPack } from '../icons/icon-pack.js';
import { renderIcon } from '../icons/render-icon.js';
import type { Meeting } from '../meeting/meeting.js';
import { RtkNotificationEvent } from '../events/rtk-notification.js';
import { ActionController, type ActionHost } from './action-controller.js';
import { MeetingController, type MeetingHost } from './meeting-controller.js';

/** The device kinds of the SDK's `getCurrentDevices()`. */
export type DeviceKind = 'audio' | 'video' | 'speaker';

/** What the controller needs of its host: a kit element. */
export type DeviceSelectorHost = MeetingHost & ActionHost;

const GETTERS = {
  audio: 'getAudioDevices',
  video: 'getVideoDevices',
  speaker: 'getSpeakerDevices',
} as const;

/** The `settings.*` keys of each kind. */
const KEYS = {
  audio: {
    label: 'settings.microphone',
    numbered: 'settings.microphone_n',
    empty: 'settings.no_microphone',
  },
  video: { label: 'settings.camera', numbered: 'settings.camera_n', empty: 'settings.no_camera' },
  speaker: {
    label: 'settings.speaker',
    numbered: 'settings.speaker_n',
    empty: 'settings.no_speaker',
  },
} as const;

type SelfDevices = {
  getAudioDevices?: () => Promise<MediaDeviceInfo[]>;
  getVideoDevices?: () => Promise<MediaDeviceInfo[]>;
  getSpeakerDevices?: () => Promise<MediaDeviceInfo[]>;
  getCurrentDevices?: () => Partial<Record<DeviceKind, MediaDeviceInfo>>;
  setDevice?: (device: MediaDeviceInfo) => Promise<void>;
};

let uid = 0;

/** Whether the browser can route audio to a chosen output (`HTMLMediaElement.setSinkId`). */
export function canChooseSpeaker(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
}

/** How `render` draws the selector. */
export interface DeviceSelectRender {
  /** `full`: a visible label above the list; `inline`: the icon beside the list, label for screen readers. */
  variant: 'full' | 'inline';
  /** The `part` of the wrapper (`microphone-selection`, …, as in the official kit). */
  part: string;
  icon: { name: string; path: string };
  localize: Translator;
  icons: IconPack;
  /** Shown beside the list, in a `row` with it (e.g. a slot of the host). */
  beside?: unknown;
}

/**
 * The device list of one kind (microphones, cameras or speakers) for a selector: loads it from
 * `self.getAudioDevices()` / `getVideoDevices()` / `getSpeakerDevices()` (async) when the meeting
 * arrives and again on `deviceListUpdate` (hot-plug) and `mediaPermissionUpdate` (labels appear
 * once a permission is granted); reads the current device from `self.getCurrentDevices()` at render
 * (`deviceUpdate` re-renders); switches with `self.setDevice()` through an `ActionController`
 * (pending state, `rtkNotification` on rejection, the list keeps showing the device in use).
 *
 * When the device in use is unplugged it fires an info `rtkNotification` (one id per device, so
 * several selectors of the same kind show it once) naming the device the meeting moved to.
 *
 * Devices without a label (before the user granted a permission) are named "Microphone 1", … and
 * are told apart by position, since their ids may be empty too.
 */
export class DeviceSelectorController implements ReactiveController {
  /** The devices of the kind, as the meeting listed them last. */
  devices: MediaDeviceInfo[] = [];
  /** False until the first list arrived. */
  loaded = false;
  private meeting?: Meeting;
  private request = 0;
  private inUse?: MediaDeviceInfo;
  private readonly action: ActionController;
  private readonly id = `rtk-device-select-${++uid}`;

  constructor(
    private readonly host: DeviceSelectorHost,
    readonly kind: DeviceKind,
    private readonly localize: () => Translator,
  ) {
    host.addController(this);
    this.action = new ActionController(host, localize);
    new MeetingController(
      host,
      (m) => [[m.self, 'deviceListUpdate', 'deviceUpdate', 'mediaPermissionUpdate']],
      {
        onEvent: (event, args) => {
          if (event === 'deviceListUpdate')
            this.listChanged(args[0] as { removed?: MediaDeviceInfo[] } | undefined);
          if (event !== 'deviceUpdate') this.load();
        },
      },
    );
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
    if (this.loaded) this.inUse = this.current;
  }

  hostDisconnected(): void {
    this.meeting = undefined;
    this.request++;
  }

  /** True while a switch is in flight. */
  get pending(): boolean {
    return this.action.isPending('switch');
  }

  /** The device in use, per `self.getCurrentDevices()`. */
  get current(): MediaDeviceInfo | undefined {
    const self = this.self;
    try {
      return typeof self?.getCurrentDevices === 'function'
        ? self.getCurrentDevices()?.[this.kind]
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** Index of the device in use in `devices` (-1 when it is not listed). */
  get currentIndex(): number {
    const current = this.current;
    if (!current) return -1;
    return this.devices.findIndex((d) => d.deviceId === current.deviceId);
  }

  /** What a person calls a device: its label, else "Microphone 2". */
  nameOf(device: MediaDeviceInfo | undefined, index: number): string {
    if (device?.label) return device.label;
    return this.localize()(KEYS[this.kind].numbered, { n: index + 1 });
  }

  /** Switches to `device` (rejection: notification, the list shows the device still in use). */
  select(device: MediaDeviceInfo): Promise<unknown> {
    const self = this.self;
    if (!self || (device.deviceId && this.current?.deviceId === device.deviceId))
      return Promise.resolve();
    return this.action.run('switch', () => self.setDevice!(device), {
      action: this.localize()('settings.switch_device'),
    });
  }

  /** Reloads the list. */
  load(): void {
    const self = this.self;
    const seq = ++this.request;
    const getter = self?.[GETTERS[this.kind]];
    const done = (list: unknown) => {
      if (seq !== this.request) return;
      this.devices = Array.isArray(list) ? (list as MediaDeviceInfo[]) : [];
      this.loaded = true;
      this.inUse = this.current;
      this.host.requestUpdate();
    };
    if (typeof getter !== 'function') {
      done([]);
      return;
    }
    Promise.resolve()
      .then(() => getter.call(self))
      .then(done, () => done([]));
  }

  /** The label, and the list (or a status line while loading or when there is none). */
  render(options: DeviceSelectRender): TemplateResult {
    const t = options.localize;
    const keys = KEYS[this.kind];
    const selectId = `${this.id}-select`;
    const index = this.currentIndex;
    const inline = options.variant === 'inline';
    const labelContent = html`${renderIcon(options.icon.name, options.icons, options.icon.path)}<span
        class=${inline ? 'visually-hidden' : 'text'}
        >${t(keys.label)}</span
      >`;
    if (!this.loaded || this.devices.length === 0) {
      return html`<div part=${options.part} class="field">
        <span part="label">${labelContent}</span>
        <p part="status" role="status">${t(this.loaded ? keys.empty : 'settings.loading')}</p>
      </div>`;
    }
    const select = html`<select id=${selectId} part="select" aria-busy=${this.pending ? 'true' : nothing} @change=${this.handleChange}>
        ${this.devices.map(
          (d, i) =>
            html`<option value=${String(i)} .selected=${live(i === index)}>${this.nameOf(d, i)}</option>`,
        )}
      </select>`;
    return html`<div part=${options.part} class="field">
      <label part="label" for=${selectId}>${labelContent}</label>
      ${options.beside ? html`<div class="row">${select}${options.beside}</div>` : select}
    </div>`;
  }

  private handleChange = (event: Event): void => {
    const device = this.devices[Number((event.target as HTMLSelectElement).value)];
    if (!device) return;
    void this.select(device).then(() => this.host.requestUpdate());
  };

  private get self(): SelfDevices | undefined {
    return this.host.activeMeeting?.self as SelfDevices | undefined;
  }

  private sync(): void {
    const meeting = this.host.activeMeeting;
    if (meeting === this.meeting) return;
    this.meeting = meeting;
    this.loaded = false;
    this.devices = [];
    this.load();
  }

  /** After hot-plug: tell the person when the device in use went away, and what replaced it. */
  private listChanged(update: { removed?: MediaDeviceInfo[] } | undefined): void {
    const was = this.inUse;
    const removed =
      was && update?.removed?.find((d) => d.deviceId === was.deviceId && d.kind === was.kind);
    if (!removed) return;
    const t = this.localize();
    const before = this.devices.findIndex((d) => d.deviceId === was.deviceId);
    const name = removed.label || was.label || this.nameOf(undefined, Math.max(0, before));
    const now = this.current;
    const replacement = now && now.deviceId !== was.deviceId ? now : undefined;
    this.host.dispatchEvent(
      new RtkNotificationEvent({
        id: `rtk-device-removed-${removed.deviceId || this.kind}`,
        message: replacement
          ? t('settings.device_removed', {
              device: name,
              replacement: replacement.label || t(KEYS[this.kind].label),
            })
          : t('settings.device_removed_none', { device: name }),
        variant: 'info',
      }),
    );
  }
}
