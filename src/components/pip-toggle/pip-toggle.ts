import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { errorStrings } from '../../i18n/en/error.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './pip-toggle.styles.js';
import * as paths from '../../icons/paths.js';

/**
 * Turns picture-in-picture on and off (`meeting.participants.pip`).
 *
 * Follows the meeting's `pipStarted` / `pipEnded` events. Hidden (the element sets its `hidden`
 * attribute) when the meeting has no `pip` or the browser does not support it
 * (`pip.isSupported()`).
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkNotification - When turning picture-in-picture on or off failed.
 * @fires rtkApiError - When turning picture-in-picture on or off failed (`detail: { trace,
 *   message }`). Our addition.
 */
export class RtkPipToggle extends RtkElement {
  static override strings = { ...controlsStrings, ...errorStrings };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.pip, 'pipStarted', 'pipEnded'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  private shown(): boolean {
    const pip = this.activeMeeting?.participants?.pip;
    if (!pip || typeof pip.isSupported !== 'function') return false;
    try {
      return pip.isSupported();
    } catch {
      return false;
    }
  }

  /** Turns picture-in-picture on or off, as a click would. */
  toggle(): void {
    const pip = this.activeMeeting?.participants?.pip;
    if (!pip || !this.shown()) return;
    const on = Boolean(pip.isActive);
    void this.action.run('toggle', () => (on ? pip.disable() : pip.enable()), {
      action: this.localize(on ? 'controls.pip_off' : 'controls.pip_on'),
      trace: on ? 'participants.pip.disable' : 'participants.pip.enable',
    });
  }

  private handleClick = (): void => this.toggle();

  protected override updated(): void {
    this.hidden = !this.shown();
  }

  override render() {
    if (!this.shown()) return nothing;
    const on = Boolean(this.activeMeeting?.participants?.pip?.isActive);
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize(on ? 'controls.pip_off' : 'controls.pip_on')}
      icon="pip"
      .iconPath=${paths.pip}
      .pressed=${on}
      .isLoading=${this.action.isPending('toggle')}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
