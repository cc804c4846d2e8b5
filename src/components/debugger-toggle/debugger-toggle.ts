import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { debuggerToggleStrings } from '../../i18n/en/debugger-toggle.js';
import * as paths from '../../icons/paths.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './debugger-toggle.styles.js';

/**
 * Opens the call diagnostics (UI state `activeDebugger: true`, as in the official kit; the dialog
 * manager shows `rtk-debugger` and loads it the first time). The control bar puts it in "More".
 * Renders nothing without a meeting.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkStateUpdate - `{ activeDebugger: true }` (or `false` when it was open).
 */
export class RtkDebuggerToggle extends RtkElement {
  static override strings = debuggerToggleStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Opens the call diagnostics, or closes them when they are open, as a click would. */
  toggle(): void {
    this.updateStates({ activeDebugger: !this.activeStates.activeDebugger });
  }

  private handleClick = (): void => this.toggle();

  override render() {
    if (!this.activeMeeting) return nothing;
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize('debugger_toggle.label')}
      icon="wifi"
      .iconPath=${paths.wifi}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
