import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './dialog-manager.styles.js';
import type * as DialogsModule from './dialogs.js';

type Dialogs = typeof DialogsModule;

/**
 * Shows the dialogs the UI states ask for, each in a modal `rtk-dialog` (focus trapped inside,
 * Escape closes, focus returns to where it was):
 *
 * - `activeLeaveConfirmation`: "Leave meeting?" with `rtk-leave-meeting` (set by
 *   `rtk-leave-button`);
 * - `activeSettings`: "Settings" with `rtk-settings`;
 * - `activeDebugger`: "Call diagnostics" with `rtk-debugger` (set by `rtk-debugger-toggle`);
 * - `activeBreakoutRoomsManager`: "Breakout rooms" with `rtk-breakout-rooms-manager` (set by
 *   `rtk-breakout-rooms-toggle`; its code loads when first opened);
 * - `activeConfirmationModal`: `rtk-confirmation-modal`;
 * - `activeOverlayModal`: `rtk-overlay-modal`;
 * - `activeMuteAllConfirmation`: `rtk-mute-all-confirmation` (its own dialog, loaded when asked
 *   for; set by `rtk-mute-all-button`, the control bar's More menu and the participants panel).
 *
 * Closing a dialog, however it is closed, asks the provider to update the states
 * (`rtkStateUpdate`, e.g. `{ activeSettings: false }`). `rtk-meeting` renders one.
 *
 * The dialogs (their tags, templates and strings) are imported the first time one is asked for,
 * so a meeting where nobody opens one does not load them (`RtkDialogManager.load()` preloads
 * them).
 *
 * @csspart leave-dialog - The leave confirmation's `rtk-dialog`.
 * @csspart settings-dialog - The settings' `rtk-dialog`.
 * @csspart breakout-dialog - The breakout rooms' `rtk-dialog`.
 * @csspart debugger-dialog - The call diagnostics' `rtk-dialog`.
 *
 * @fires rtkStateUpdate - When a dialog closes.
 */
export class RtkDialogManager extends RtkElement {
  static override styles = [tokens, hostStyles, styles];

  private static loading?: Promise<Dialogs>;

  /** Loads the dialogs (once). Called by itself when the states first ask for a dialog. */
  static load(): Promise<unknown> {
    return (RtkDialogManager.loading ??= import('./dialogs.js'));
  }

  /** The dialogs' module, once loaded. */
  @state() private dialogs?: Dialogs;

  protected override willUpdate(): void {
    const s = this.activeStates as Record<string, unknown>;
    const wanted = (v: unknown) =>
      v === true ||
      (typeof v === 'object' && v !== null && (v as { active?: unknown }).active === true);
    if (
      !this.dialogs &&
      [
        s.activeLeaveConfirmation,
        s.activeSettings,
        s.activeDebugger,
        s.activeBreakoutRoomsManager,
        s.activeConfirmationModal,
        s.activeOverlayModal,
      ].some(wanted)
    ) {
      void RtkDialogManager.load().then((m) => (this.dialogs = m as Dialogs));
    }
    // It brings its own dialog and loads on its own, the first time it is asked for.
    if (s.activeMuteAllConfirmation)
      void import('../mute-all-confirmation/rtk-mute-all-confirmation.js');
  }

  private close = (key: string): void => this.updateStates({ [key]: false });

  override render() {
    const states = this.activeStates;
    return html`${
      this.dialogs?.renderDialogs({
        states,
        t: this.localize,
        size: this.size,
        close: this.close,
      }) ?? nothing
    }
      ${
        states.activeMuteAllConfirmation
          ? html`<rtk-mute-all-confirmation .size=${this.size}></rtk-mute-all-confirmation>`
          : nothing
      }`;
  }
}
