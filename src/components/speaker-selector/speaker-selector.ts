import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import {
  canChooseSpeaker,
  DeviceSelectorController,
} from '../../controllers/device-selector-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { settingsStrings } from '../../i18n/en/settings.js';
import * as paths from '../../icons/paths.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './speaker-selector.styles.js';
import type * as UnsupportedModule from './unsupported.js';

/**
 * Chooses the speaker the meeting uses: a labelled native list of the speakers (`self.getSpeakerDevices()`), the one in use
 * (`self.getCurrentDevices().speaker`) selected. Choosing another calls `self.setDevice(device)`;
 * the list is busy meanwhile and, if the call fails, fires an error `rtkNotification` and keeps
 * showing the device still in use. It follows `deviceUpdate`, and hot-plug (`deviceListUpdate`):
 * when the device in use is unplugged it fires an info `rtkNotification` naming the one the meeting
 * moved to. Before the user granted a media permission devices have no label: they are listed as
 * "Speaker 1", "Speaker 2", …; with none at all it says so. Where the browser cannot choose an
 * audio output (no `setSinkId`: Safari and other WebKit browsers) the list shows, disabled, the
 * system's sound output and says why (where to choose a speaker instead). Renders nothing without
 * a meeting.
 *
 * @csspart speaker-selection - The wrapper of the label and the list.
 * @csspart label - The label (icon and text).
 * @csspart select - The native `<select>`.
 * @csspart status - The line shown while loading or when there is no device.
 *
 * @fires rtkNotification - When switching failed, or the device in use was unplugged.
 */
export class RtkSpeakerSelector extends RtkElement {
  static override strings = { ...settingsStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  private readonly selector = new DeviceSelectorController(this, 'speaker', () => this.localize);

  /** `full`: label above the list; `inline`: icon beside it (the label is kept for screen readers). */
  @property({ reflect: true }) variant: 'full' | 'inline' = 'full';

  /** What it shows where the browser cannot choose an output, once loaded (only there). */
  private unsupported?: typeof UnsupportedModule;

  override render() {
    if (!this.activeMeeting) return nothing;
    if (!canChooseSpeaker()) {
      if (!this.unsupported)
        void import('./unsupported.js').then((m) => {
          this.unsupported = m;
          this.requestUpdate();
        });
      return (
        this.unsupported?.renderUnsupported(this.variant, this.localize, this.icons) ?? nothing
      );
    }
    return html`${this.selector.render({
      variant: this.variant,
      part: 'speaker-selection',
      icon: { name: 'speaker', path: paths.speaker },
      localize: this.localize,
      icons: this.icons,
    })}`;
  }
}
