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
import type * as PipSessionModule from './pip-session.js';

/** The picture-in-picture session module, loaded on first use (or to say why it cannot work). */
let session: typeof PipSessionModule | undefined;
let loading: Promise<typeof PipSessionModule> | undefined;
const load = (): Promise<typeof PipSessionModule> =>
  (loading ??= import('./pip-session.js').then(
    (module) => (session = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));

/**
 * Turns picture in picture on and off through the SDK (`meeting.participants.pip`): on first use
 * it calls `pip.init()`, hands it the app's own `pin` and `hand_raise` icons from `iconPack`
 * (`pip.overrideIcon`), adds up to four people as sources (the pinned, the latest speakers, then
 * whoever is on screen; each a `<video>` their participant feeds), then `pip.enable()`. While it is
 * on, a new speaker (`activeSpeaker`) takes the place of the one who spoke longest ago, and people
 * who leave or turn their camera off are followed. The button is pressed while `pip.isActive`
 * (`pipStarted` / `pipEnded`) and shows a spinner while a call runs; a failed call becomes a
 * notification. Where the browser cannot do it (`pip.isSupported()` is false) the button is
 * disabled and says why; without `pip` at all the element is hidden.
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

  private get pip() {
    return this.activeMeeting?.participants?.pip;
  }

  private supported(): boolean {
    try {
      // A pip without `isSupported()` throws here: not supported.
      return this.pip!.isSupported();
    } catch {
      return false;
    }
  }

  /** Turns picture in picture on or off, as a click would. */
  toggle(): void {
    const meeting = this.activeMeeting;
    const pip = this.pip;
    if (!meeting || !pip || !this.supported()) return;
    const on = Boolean(pip.isActive);
    void this.action.run('toggle', async () => (await load()).run(this, meeting, on, this.icons), {
      action: this.localize(on ? 'controls.pip_off' : 'controls.pip_on'),
      trace: on ? 'participants.pip.disable' : 'participants.pip.enable',
    });
  }

  private handleClick = (): void => this.toggle();

  protected override updated(): void {
    this.hidden = !this.pip;
  }

  override render() {
    if (!this.pip) return nothing;
    const supported = this.supported();
    // Once loaded, the session follows who speaks through this element while picture in picture is on.
    if (session) session.follow(this);
    else if (!supported)
      void load().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    const on = supported && Boolean(this.pip.isActive);
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize(on ? 'controls.pip_off' : 'controls.pip_on')}
      icon="pip"
      .iconPath=${paths.pip}
      .pressed=${on}
      .disabled=${!supported}
      .description=${supported ? undefined : session?.unsupported(this.localize)}
      .isLoading=${this.action.isPending('toggle')}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
    ></rtk-controlbar-button>`;
  }
}
