import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './settings-toggle.styles.js';
import * as paths from '../../icons/paths.js';

/**
 * Opens the settings dialog (UI state `activeSettings: true`, as in the official kit; the dialog
 * manager shows it). Renders nothing without a meeting.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkStateUpdate - `{ activeSettings: true }`.
 */
export class RtkSettingsToggle extends RtkElement {
  static override strings = controlsStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Opens the settings, as a click would. */
  toggle(): void {
    this.updateStates({ activeSettings: !this.activeStates.activeSettings });
  }

  private handleClick = (): void => this.toggle();

  override render() {
    if (!this.activeMeeting) return nothing;
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize('controls.settings')}
      icon="settings"
      .iconPath=${paths.settings}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
