import { controlsStrings } from '../../i18n/en/controls.js';
import * as paths from '../../icons/paths.js';
import { DialogToggle } from '../../internal/dialog-toggle.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './settings-toggle.styles.js';

/**
 * Opens the settings dialog (UI state `activeSettings: true`, as in the official kit; the dialog
 * manager shows it). Renders nothing without a meeting. `toggle()` opens or closes it, as a click
 * does.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkStateUpdate - `{ activeSettings: true }`.
 */
export class RtkSettingsToggle extends DialogToggle {
  static override strings = controlsStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly state = 'activeSettings';
  protected readonly labelKey = 'controls.settings';
  protected readonly icon = ['settings', paths.settings] as const;
}
