import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { DeviceSelectorController } from '../../controllers/device-selector-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { settingsStrings } from '../../i18n/en/settings.js';
import * as paths from '../../icons/paths.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './microphone-selector.styles.js';

/**
 * Chooses the microphone the meeting uses: a labelled native list of the microphones (`self.getAudioDevices()`), the one in use
 * (`self.getCurrentDevices().audio`) selected. Choosing another calls `self.setDevice(device)`;
 * the list is busy meanwhile and, if the call fails, fires an error `rtkNotification` and keeps
 * showing the device still in use. It follows `deviceUpdate`, and hot-plug (`deviceListUpdate`):
 * when the device in use is unplugged it fires an info `rtkNotification` naming the one the meeting
 * moved to. Before the user granted a media permission devices have no label: they are listed as
 * "Microphone 1", "Microphone 2", …; with none at all it says so. Renders nothing without a meeting.
 *
 * @slot indicator - Beside the list of microphones (the official kit's slot), e.g. a level meter.
 *
 * @csspart microphone-selection - The wrapper of the label and the list.
 * @csspart label - The label (icon and text).
 * @csspart select - The native `<select>`.
 * @csspart status - The line shown while loading or when there is no device.
 *
 * @fires rtkNotification - When switching failed, or the device in use was unplugged.
 */
export class RtkMicrophoneSelector extends RtkElement {
  static override strings = { ...settingsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  private readonly selector = new DeviceSelectorController(this, 'audio', () => this.localize);

  /** `full`: label above the list; `inline`: icon beside it (the label is kept for screen readers). */
  @property({ reflect: true }) variant: 'full' | 'inline' = 'full';

  override render() {
    if (!this.activeMeeting) return nothing;
    return html`${this.selector.render({
      variant: this.variant,
      part: 'microphone-selection',
      icon: { name: 'mic_on', path: paths.mic_on },
      localize: this.localize,
      icons: this.icons,
      beside: html`<slot name="indicator"></slot>`,
    })}`;
  }
}
