/** Synthetic media devices of the local user: two microphones, two cameras, two speakers. */

/** The short device kinds the SDK uses in `getDeviceById` and `getCurrentDevices`. */
export type DeviceSlot = 'audio' | 'video' | 'speaker';

const KINDS: Record<DeviceSlot, MediaDeviceKind> = {
  audio: 'audioinput',
  video: 'videoinput',
  speaker: 'audiooutput',
};

const NOUNS: Record<DeviceSlot, string> = {
  audio: 'Microphone',
  video: 'Camera',
  speaker: 'Speakers',
};

/** The slot of a `MediaDeviceKind`, or of a slot name itself. */
export function slotOf(kind: string): DeviceSlot | undefined {
  if (kind === 'audio' || kind === 'audioinput') return 'audio';
  if (kind === 'video' || kind === 'videoinput') return 'video';
  if (kind === 'speaker' || kind === 'audiooutput') return 'speaker';
  return undefined;
}

function device(
  slot: DeviceSlot,
  n: number,
  label: string,
  groupId: string,
  id?: string,
): MediaDeviceInfo {
  const info = { deviceId: id ?? `demo-${KINDS[slot]}-${n}`, groupId, kind: KINDS[slot], label };
  return { ...info, toJSON: () => ({ ...info }) } as MediaDeviceInfo;
}

/** The device list and the current device of each kind. */
export class DemoDevices {
  private list: MediaDeviceInfo[] = [
    device('audio', 1, 'Built-in Microphone', 'demo-group-builtin'),
    device('audio', 2, 'Studio USB Microphone', 'demo-group-usb'),
    device('video', 1, 'Built-in HD Camera', 'demo-group-builtin-cam'),
    device('video', 2, 'Studio Webcam', 'demo-group-usb'),
    device('speaker', 1, 'Built-in Speakers', 'demo-group-builtin'),
    device('speaker', 2, 'Wireless Headphones', 'demo-group-bt'),
  ];
  private current: Partial<Record<DeviceSlot, MediaDeviceInfo>> = {
    audio: this.list[0],
    video: this.list[2],
    speaker: this.list[4],
  };
  private plugged = 0;
  /**
   * Like a browser before the user granted a permission: labels (and group ids) come back empty.
   * The device ids stay, as the SDK needs them to switch; components must not rely on either.
   */
  labelsHidden = false;

  all(): MediaDeviceInfo[] {
    return this.list.map((d) => this.shown(d));
  }

  of(slot: DeviceSlot): MediaDeviceInfo[] {
    return this.list.filter((d) => d.kind === KINDS[slot]).map((d) => this.shown(d));
  }

  find(deviceId: string, kind?: string): MediaDeviceInfo | undefined {
    return this.list.find((d) => d.deviceId === deviceId && (!kind || d.kind === kind));
  }

  currentOf(slot: DeviceSlot): MediaDeviceInfo | undefined {
    return this.current[slot];
  }

  currentAll(): { audio?: MediaDeviceInfo; video?: MediaDeviceInfo; speaker?: MediaDeviceInfo } {
    const shown = (d: MediaDeviceInfo | undefined) => (d ? this.shown(d) : undefined);
    return {
      audio: shown(this.current.audio),
      video: shown(this.current.video),
      speaker: shown(this.current.speaker),
    };
  }

  /** The device as the page sees it now (label hidden before permission). */
  private shown(d: MediaDeviceInfo): MediaDeviceInfo {
    return this.labelsHidden ? device(slotOf(d.kind) as DeviceSlot, 0, '', '', d.deviceId) : d;
  }

  /** Makes `device` current; false when it already was. */
  select(device: MediaDeviceInfo): boolean {
    const slot = slotOf(device.kind) as DeviceSlot;
    if (this.current[slot]?.deviceId === device.deviceId) return false;
    this.current[slot] = device;
    return true;
  }

  /** Adds a new device of a kind. */
  plug(slot: DeviceSlot, label?: string): MediaDeviceInfo {
    this.plugged++;
    const n = this.of(slot).length + this.plugged + 1;
    const added = device(
      slot,
      n,
      label ?? `External ${NOUNS[slot]} ${this.plugged}`,
      `demo-group-ext-${this.plugged}`,
    );
    this.list.push(added);
    this.current[slot] ??= added;
    return added;
  }

  /**
   * Removes a device. When it was current, the first remaining device of the kind becomes current
   * and is returned as `replacement` (`undefined` when none is left).
   */
  unplug(
    deviceId: string,
  ): { removed: MediaDeviceInfo; wasCurrent: boolean; replacement?: MediaDeviceInfo } | undefined {
    const removed = this.list.find((d) => d.deviceId === deviceId);
    if (!removed) return undefined;
    this.list = this.list.filter((d) => d !== removed);
    const slot = slotOf(removed.kind) as DeviceSlot;
    const wasCurrent = this.current[slot]?.deviceId === deviceId;
    if (!wasCurrent) return { removed, wasCurrent };
    const replacement = this.of(slot)[0];
    if (replacement) this.current[slot] = replacement;
    else delete this.current[slot];
    return { removed, wasCurrent, replacement };
  }
}
