import { MediaToggleElement, type MediaToggleKind } from '../../internal/media-toggle-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './camera-toggle.styles.js';
import { cameraStrings } from '../../i18n/en/camera.js';
import { errorStrings } from '../../i18n/en/error.js';
import * as paths from '../../icons/paths.js';

const KIND: MediaToggleKind = {
  media: 'video',
  event: 'videoUpdate',
  isOn: (self) => self.videoEnabled,
  enable: { run: (self) => self.enableVideo(), trace: 'self.enableVideo' },
  disable: { run: (self) => self.disableVideo(), trace: 'self.disableVideo' },
  permission: (can) => can.canProduceVideo,
  iconOn: 'video_on',
  iconOff: 'video_off',
  pathOn: paths.video_on,
  pathOff: paths.video_off,
  texts: {
    on: 'camera.on',
    off: 'camera.off',
    labelOn: 'camera.label_on',
    labelOff: 'camera.label_off',
    notAllowed: 'camera.not_allowed',
    needsStage: 'camera.needs_stage',
    permissionDenied: 'camera.permission_denied',
  },
};

/**
 * Turns the local camera on and off. Off, it is filled with the danger colour and shows the
 * slashed icon (`aria-pressed="false"`), so it stands out in the bar.
 *
 * Shows what the meeting says (`meeting.self.videoEnabled`), never what it hopes: while the call
 * is in flight the button is busy, and if the call fails an `rtkNotification` (and an
 * `rtkApiError`) is fired and the button keeps showing the real state. Disabled, with the reason
 * as its description, when the preset does not allow producing video, or allows it only on the
 * stage and you are not on it. Renders nothing without a meeting.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkNotification - When turning the camera on or off failed.
 * @fires rtkApiError - When turning the camera on or off failed (`detail.trace`:
 *   `self.enableVideo` or `self.disableVideo`). Our addition.
 */
export class RtkCameraToggle extends MediaToggleElement {
  static override strings = { ...cameraStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly kind = KIND;
}
