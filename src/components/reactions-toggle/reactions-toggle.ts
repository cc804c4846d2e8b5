import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { reactionsToggleStrings } from '../../i18n/en/reactions-toggle.js';
import * as paths from '../../icons/paths.js';
import { handViews } from '../../internal/hands-store.js';
import { DEFAULT_REACTIONS } from '../../internal/reactions-protocol.js';
import {
  askHands,
  canBroadcast,
  channel,
  detach,
  loadedChannel,
  route,
} from '../../internal/reactions-hook.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './reactions-toggle.styles.js';

/**
 * Opens a small picker of reactions (`emojis`); the one chosen floats over the sender's tile for
 * everyone (at the edge of the stage for a person off screen) and is read out politely. Bursts
 * are coalesced: a few reactions on screen at most, more of the same one add to a count. Without
 * motion when the page prefers reduced motion.
 *
 * Carried by `participants.broadcastMessage` (hidden when the meeting has none), within its rate
 * limit: a reaction beyond it is not sent and a notice says so; a refused one is reported.
 *
 * `toggle()` opens or closes the picker, as a click does (for keyboard shortcuts). Our addition.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 *
 * @fires rtkNotification - When a reaction was not sent (too many at once, or refused).
 */
export class RtkReactionsToggle extends RtkElement {
  static override strings = reactionsToggleStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.participants, 'broadcastedMessage'],
      [m.self, 'roomJoined', 'roomLeft'],
    ],
    {
      onEvent: (event, args) => {
        const meeting = this.activeMeeting;
        if (meeting) route(meeting, this, event, args[0]);
        return event === 'roomJoined' || event === 'roomLeft';
      },
    },
  );

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** The reactions offered, in order: a few emoji. */
  @property({ type: Array }) emojis: string[] = [...DEFAULT_REACTIONS];

  override connectedCallback(): void {
    super.connectedCallback();
    handViews.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    handViews.delete(this);
    detach(this);
  }

  /** The translator the channel's notices use. */
  channelT() {
    return this.localize;
  }

  /** Puts the overlay of reactions (and the picker) on the page. */
  showOverlay(): void {
    const meeting = this.activeMeeting;
    if (meeting)
      void import('../reactions-overlay/rtk-reactions-overlay.js').then((m) =>
        m.mountReactionsOverlay(meeting, this.localize),
      );
  }

  /** Opens the picker, or closes it when it is open, as a click does. */
  async toggle(): Promise<void> {
    const meeting = this.activeMeeting;
    if (!meeting || !canBroadcast(meeting) || !meeting.self?.roomJoined) return;
    const ch = await channel(meeting, this);
    if (ch.picker) ch.closePicker();
    else ch.openPicker(this, this.emojis);
  }

  protected override updated(): void {
    const meeting = this.activeMeeting;
    this.hidden = !canBroadcast(meeting);
    // Joined: ask once who has a hand up (a toggle shown after joining hears no roomJoined).
    if (meeting && !this.hidden) askHands(meeting);
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!canBroadcast(meeting)) return nothing;
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize('reactions_toggle.label')}
      icon="emoji"
      .iconPath=${paths.emoji}
      .haspopup=${'dialog'}
      .expanded=${Boolean(meeting && loadedChannel(meeting)?.picker)}
      .variant=${this.variant}
      .size=${this.size}
      @click=${() => void this.toggle()}
    ></rtk-controlbar-button>`;
  }
}
