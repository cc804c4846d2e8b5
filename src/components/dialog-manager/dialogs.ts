// The dialogs `rtk-dialog-manager` shows, loaded the first time one is asked for: a joined
// meeting does not pay for them (their tags, their templates, their strings) until someone opens
// one.
import { html, nothing } from 'lit';
import '../dialog/rtk-dialog.js';
import '../leave-meeting/rtk-leave-meeting.js';
import '../confirmation-modal/rtk-confirmation-modal.js';
import '../overlay-modal/rtk-overlay-modal.js';
import '../settings/rtk-settings.js';
import type { Size, UiStates } from '../../context/states.js';
import { dialogsStrings } from '../../i18n/en/dialogs.js';
import { debuggerToggleStrings } from '../../i18n/en/debugger-toggle.js';
import { withStrings, type Translator } from '../../i18n/t.js';
import { breakoutStrings } from '../../i18n/en/breakout.js';

/** What the dialogs need of their manager. */
export interface DialogsView {
  states: Readonly<UiStates>;
  t: Translator;
  size?: Size;
  /** Closes the dialog of this UI state (`rtkStateUpdate` with it `false`). */
  close: (
    key:
      | 'activeLeaveConfirmation'
      | 'activeSettings'
      | 'activeDebugger'
      | 'activeBreakoutRoomsManager',
  ) => void;
}

/** The breakout rooms load the first time they are opened, not with the other dialogs. */
let breakoutLoading: Promise<unknown> | undefined;
function loadBreakout() {
  breakoutLoading ??= import('../breakout-rooms-manager/rtk-breakout-rooms-manager.js').catch(
    () => (breakoutLoading = undefined),
  );
  return nothing;
}

/** The call diagnostics load the first time they are opened, not with the other dialogs. */
let debuggerLoading: Promise<unknown> | undefined;
function loadDebugger() {
  debuggerLoading ??= import('../debugger/rtk-debugger.js').catch(
    () => (debuggerLoading = undefined),
  );
  return nothing;
}

/** The leave confirmation, the settings, the call diagnostics, the confirmation modal and the overlay modal. */
export function renderDialogs({ states, t, size, close }: DialogsView) {
  const localize = withStrings(t, dialogsStrings);
  return html`${
    states.activeLeaveConfirmation
      ? html`<rtk-dialog
          part="leave-dialog"
          open
          .label=${localize('dialogs.leave_title')}
          @rtkDialogClose=${() => close('activeLeaveConfirmation')}
        >
          <rtk-leave-meeting></rtk-leave-meeting>
        </rtk-dialog>`
      : nothing
  }
    ${
      states.activeSettings
        ? html`<rtk-dialog
          part="settings-dialog"
          open
          .label=${localize('dialogs.settings')}
          @rtkDialogClose=${() => close('activeSettings')}
        >
          <rtk-settings .size=${size}></rtk-settings>
        </rtk-dialog>`
        : nothing
    }
    ${
      states.activeDebugger
        ? html`<rtk-dialog
          part="debugger-dialog"
          open
          .label=${withStrings(t, debuggerToggleStrings)('debugger_toggle.label')}
          @rtkDialogClose=${() => close('activeDebugger')}
        >
          ${loadDebugger()}<rtk-debugger .size=${size}></rtk-debugger>
        </rtk-dialog>`
        : nothing
    }
    ${
      (states.activeBreakoutRoomsManager as { active?: boolean } | undefined)?.active
        ? html`<rtk-dialog
          part="breakout-dialog"
          open
          .label=${withStrings(t, breakoutStrings)('breakout.title')}
          @rtkDialogClose=${() => close('activeBreakoutRoomsManager')}
        >
          ${loadBreakout()}<rtk-breakout-rooms-manager .size=${size}></rtk-breakout-rooms-manager>
        </rtk-dialog>`
        : nothing
    }
    <rtk-confirmation-modal></rtk-confirmation-modal>
    <rtk-overlay-modal></rtk-overlay-modal>`;
}
