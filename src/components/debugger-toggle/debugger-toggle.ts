import { debuggerToggleStrings } from '../../i18n/en/debugger-toggle.js';
import * as paths from '../../icons/paths.js';
import { DialogToggle } from '../../internal/dialog-toggle.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './debugger-toggle.styles.js';

/**
 * Opens the call diagnostics (UI state `activeDebugger: true`, as in the official kit; the dialog
 * manager shows `rtk-debugger` and loads it the first time). The control bar puts it in "More".
 * Renders nothing without a meeting. `toggle()` opens or closes them, as a click does.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkStateUpdate - `{ activeDebugger: true }` (or `false` when it was open).
 */
export class RtkDebuggerToggle extends DialogToggle {
  static override strings = debuggerToggleStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly state = 'activeDebugger';
  protected readonly labelKey = 'debugger_toggle.label';
  protected readonly icon = ['wifi', paths.wifi] as const;
}
