import { MediaToggleElement, type MediaToggleKind } from '../../internal/media-toggle-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './mic-toggle.styles.js';
import { micStrings } from '../../i18n/en/mic.js';
import { errorStrings } from '../../i18n/en/error.js';
import * as paths from '../../icons/paths.js';

const KIND: MediaToggleKind = {
  media: 'audio',
  event: 'audioUpdate',
  isOn: (self) => self.audioEnabled,
  enable: { run: (self) => self.enableAudio(), trace: 'self.enableAudio' },
  disable: { run: (self) => self.disableAudio(), trace: 'self.disableAudio' },
  permission: (can) => can.canProduceAudio,
  iconOn: 'mic_on',
  iconOff: 'mic_off',
  pathOn: paths.mic_on,
  pathOff: paths.mic_off,
  texts: {
    on: 'mic.on',
    off: 'mic.off',
    labelOn: 'mic.label_on',
    labelOff: 'mic.label_off',
    notAllowed: 'mic.not_allowed',
    needsStage: 'mic.needs_stage',
    permissionDenied: 'mic.permission_denied',
  },
};

/**
 * Turns the local microphone on and off. Off, it is filled with the danger colour and shows the
 * slashed icon (`aria-pressed="false"`), so it stands out in the bar.
 *
 * Shows what the meeting says (`meeting.self.audioEnabled`), never what it hopes: while the call
 * is in flight the button is busy, and if the call fails an `rtkNotification` (and an
 * `rtkApiError`) is fired and the button keeps showing the real state. Disabled, with the reason
 * as its description, when the preset does not allow producing audio, or allows it only on the
 * stage and you are not on it. Renders nothing without a meeting.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkNotification - When turning the microphone on or off failed.
 * @fires rtkApiError - When turning the microphone on or off failed (`detail.trace`:
 *   `self.enableAudio` or `self.disableAudio`). Our addition.
 */
export class RtkMicToggle extends MediaToggleElement {
  static override strings = { ...micStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly kind = KIND;
}
