import { html, nothing } from 'lit';
import { RtkElement } from '../../internal/rtk-element.js';
import { dialogsStrings } from '../../i18n/en/dialogs.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './dialog-manager.styles.js';

/**
 * Shows the dialogs the UI states ask for, each in a modal `rtk-dialog` (focus trapped inside,
 * Escape closes, focus returns to where it was):
 *
 * - `activeLeaveConfirmation`: "Leave meeting?" with `rtk-leave-meeting`;
 * - `activeSettings`: "Settings" with `rtk-settings` (defined by its own module: load
 *   `rtk-settings` to fill it);
 * - `activeConfirmationModal`: `rtk-confirmation-modal`;
 * - `activeOverlayModal`: `rtk-overlay-modal`;
 * - `activeMuteAllConfirmation`: `rtk-mute-all-confirmation` (its own dialog, loaded when asked for).
 *
 * Closing a dialog, however it is closed, asks the provider to update the states
 * (`rtkStateUpdate`, e.g. `{ activeSettings: false }`). `rtk-meeting` renders one.
 *
 * The dialog tags are imported the first time a dialog is asked for, so a meeting where nobody
 * opens one does not load them (`RtkDialogManager.load()` preloads them).
 *
 * @csspart leave-dialog - The leave confirmation's `rtk-dialog`.
 * @csspart settings-dialog - The settings' `rtk-dialog`.
 *
 * @fires rtkStateUpdate - When a dialog closes.
 */
export class RtkDialogManager extends RtkElement {
  static override strings = dialogsStrings;

  static override styles = [tokens, hostStyles, styles];

  private static loading?: Promise<unknown>;

  /** Loads the dialog tags (once). Called by itself when the states first ask for a dialog. */
  static load(): Promise<unknown> {
    RtkDialogManager.loading ??= import('./dialogs.js');
    return RtkDialogManager.loading;
  }

  protected override willUpdate(): void {
    const s = this.activeStates as Record<string, unknown>;
    const wanted = (v: unknown) =>
      v === true ||
      (typeof v === 'object' && v !== null && (v as { active?: unknown }).active === true);
    if (
      !RtkDialogManager.loading &&
      [
        s.activeLeaveConfirmation,
        s.activeSettings,
        s.activeConfirmationModal,
        s.activeOverlayModal,
      ].some(wanted)
    ) {
      void RtkDialogManager.load();
    }
    // These bring their own dialog and load on their own, the first time they are asked for.
    if (s.activeMuteAllConfirmation)
      void import('../mute-all-confirmation/rtk-mute-all-confirmation.js');
  }

  private closeLeave = (): void => this.updateStates({ activeLeaveConfirmation: false });

  private closeSettings = (): void => this.updateStates({ activeSettings: false });

  override render() {
    const states = this.activeStates;
    return html`${
      states.activeLeaveConfirmation
        ? html`<rtk-dialog
            part="leave-dialog"
            open
            .label=${this.localize('dialogs.leave_title')}
            @rtkDialogClose=${this.closeLeave}
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
            .label=${this.localize('dialogs.settings')}
            @rtkDialogClose=${this.closeSettings}
          >
            <rtk-settings
              .size=${this.size}
            ></rtk-settings>
          </rtk-dialog>`
          : nothing
      }
      ${
        states.activeMuteAllConfirmation
          ? html`<rtk-mute-all-confirmation
            .size=${this.size}
          ></rtk-mute-all-confirmation>`
          : nothing
      }
      <rtk-confirmation-modal></rtk-confirmation-modal>
      <rtk-overlay-modal></rtk-overlay-modal>`;
  }
}
