import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { reactionsToggleStrings } from '../../i18n/en/reactions-toggle.js';
import * as paths from '../../icons/paths.js';
import { ChannelToggle } from '../../internal/channel-toggle.js';
import { DEFAULT_REACTIONS } from '../../internal/reactions-protocol.js';
import { canBroadcast, channel, loadedChannel } from '../../internal/reactions-hook.js';
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
export class RtkReactionsToggle extends ChannelToggle {
  static override strings = reactionsToggleStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.participants, 'broadcastedMessage'],
      [m.self, 'roomJoined', 'roomLeft'],
    ],
    { onEvent: this.relay },
  );

  /** The reactions offered, in order: a few emoji. */
  @property({ type: Array }) emojis: string[] = [...DEFAULT_REACTIONS];

  /** Opens the picker, or closes it when it is open, as a click does. */
  override async toggle(): Promise<void> {
    const meeting = this.activeMeeting;
    if (!meeting || !canBroadcast(meeting) || !meeting.self?.roomJoined) return;
    const ch = await channel(meeting, this);
    if (ch.picker) ch.closePicker();
    else ch.openPicker(this, this.emojis);
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
