import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { DeviceSelectorController } from '../../controllers/device-selector-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { settingsStrings } from '../../i18n/en/settings.js';
import * as paths from '../../icons/paths.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './camera-selector.styles.js';

/**
 * Chooses the camera the meeting uses: a labelled native list of the cameras (`self.getVideoDevices()`), the one in use
 * (`self.getCurrentDevices().video`) selected. Choosing another calls `self.setDevice(device)`;
 * the list is busy meanwhile and, if the call fails, fires an error `rtkNotification` and keeps
 * showing the device still in use. It follows `deviceUpdate`, and hot-plug (`deviceListUpdate`):
 * when the device in use is unplugged it fires an info `rtkNotification` naming the one the meeting
 * moved to. Before the user granted a media permission devices have no label: they are listed as
 * "Camera 1", "Camera 2", …; with none at all it says so. Renders nothing without a meeting.
 *
 * @csspart camera-selection - The wrapper of the label and the list.
 * @csspart label - The label (icon and text).
 * @csspart select - The native `<select>`.
 * @csspart status - The line shown while loading or when there is no device.
 *
 * @fires rtkNotification - When switching failed, or the device in use was unplugged.
 */
export class RtkCameraSelector extends RtkElement {
  static override strings = { ...settingsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  private readonly selector = new DeviceSelectorController(this, 'video', () => this.localize);

  /** `full`: label above the list; `inline`: icon beside it (the label is kept for screen readers). */
  @property({ reflect: true }) variant: 'full' | 'inline' = 'full';

  override render() {
    if (!this.activeMeeting) return nothing;
    return html`${this.selector.render({
      variant: this.variant,
      part: 'camera-selection',
      icon: { name: 'video_on', path: paths.video_on },
      localize: this.localize,
      icons: this.icons,
    })}`;
  }
}
