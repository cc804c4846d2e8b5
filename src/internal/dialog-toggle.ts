import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from './rtk-element.js';

/**
 * A control-bar button that opens one of the meeting's dialogs by flipping a UI state flag (the
 * dialog manager shows the dialog and loads it the first time), as the official kit's toggles
 * do. A subclass names the flag, its label and its icon. Renders nothing without a meeting.
 */
export abstract class DialogToggle extends RtkElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The UI state flag that shows the dialog. */
  protected abstract readonly state: `active${string}`;
  /** The string key of the button's label. */
  protected abstract readonly labelKey: string;
  /** The icon's name (for an icon pack) and its path. */
  protected abstract readonly icon: readonly [name: string, path: string];

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Opens the dialog, or closes it when it is open, as a click would. */
  toggle(): void {
    this.updateStates({ [this.state]: !this.activeStates[this.state] });
  }

  private handleClick = (): void => this.toggle();

  override render() {
    if (!this.activeMeeting) return nothing;
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize(this.labelKey)}
      icon=${this.icon[0]}
      .iconPath=${this.icon[1]}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
