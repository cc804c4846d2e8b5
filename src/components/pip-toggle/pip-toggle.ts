import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { controlsStrings } from '../../i18n/en/controls.js';
import { errorStrings } from '../../i18n/en/error.js';
import { withStrings } from '../../i18n/t.js';
import type { Participant } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './pip-toggle.styles.js';
import * as paths from '../../icons/paths.js';
import type * as PipSessionModule from './pip-session.js';

/** The picture-in-picture session module, loaded on first use (hover, focus or click). */
let session: typeof PipSessionModule | undefined;
let loading: Promise<typeof PipSessionModule> | undefined;
function loadSession(): Promise<typeof PipSessionModule> {
  loading ??= import('./pip-session.js').then(
    (module) => (session = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

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

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.participants?.pip, 'pipStarted', 'pipEnded'],
      // Who is shown is followed only while picture in picture is on.
      ...(this.following()
        ? ([
            [m.participants, 'activeSpeaker'],
            [m.participants?.joined, 'participantLeft', 'videoUpdate'],
          ] as const)
        : []),
    ],
    { onEvent: (event, args) => this.followEvent(event, args) },
  );

  private readonly action = new ActionController(this, () => this.localize);

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  private get pip() {
    return this.activeMeeting?.participants?.pip;
  }

  private supported(): boolean {
    const pip = this.pip;
    if (!pip || typeof pip.isSupported !== 'function') return false;
    try {
      return pip.isSupported();
    } catch {
      return false;
    }
  }

  private following(): boolean {
    return Boolean(session && this.pip?.isActive);
  }

  private followEvent(event: string, args: unknown[]): boolean {
    const meeting = this.activeMeeting;
    const current = meeting && session?.sessionFor(meeting);
    if (event === 'pipEnded') current?.ended();
    if (!current) return true;
    if (event === 'activeSpeaker') current.spoke((args[0] as { peerId?: string })?.peerId ?? '');
    else if (event === 'participantLeft') current.left(args[0] as Participant);
    else if (event === 'videoUpdate') current.videoChanged(args[0] as Participant);
    else return true;
    return false;
  }

  /** Turns picture in picture on or off, as a click would. */
  toggle(): void {
    const meeting = this.activeMeeting;
    const pip = this.pip;
    if (!meeting || !pip || !this.supported()) return;
    const on = Boolean(pip.isActive);
    void this.action.run(
      'toggle',
      async () => {
        const current = (await loadSession()).sessionFor(meeting)!;
        await (on ? current.stop() : current.start(this.icons));
      },
      {
        action: this.localize(on ? 'controls.pip_off' : 'controls.pip_on'),
        trace: on ? 'participants.pip.disable' : 'participants.pip.enable',
      },
    );
  }

  private handleClick = (): void => this.toggle();

  /** The session module loads as soon as the user reaches for the button. */
  private handleReach = (): void => void loadSession().catch(() => undefined);

  protected override updated(): void {
    this.hidden = !this.pip;
  }

  override render() {
    if (!this.pip) return nothing;
    const supported = this.supported();
    if (!supported && !session)
      void loadSession().then(
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
      .description=${
        !supported && session
          ? withStrings(this.localize, session.pipStrings)('pip.unsupported')
          : undefined
      }
      .isLoading=${this.action.isPending('toggle')}
      .variant=${this.variant}
      .size=${this.size}
      @click=${this.handleClick}
      @pointerenter=${this.handleReach}
      @focusin=${this.handleReach}
    ></rtk-controlbar-button>`;
  }
}
