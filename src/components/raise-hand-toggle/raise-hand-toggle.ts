import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { raiseHandToggleStrings } from '../../i18n/en/raise-hand-toggle.js';
import { reactionsOverlayStrings } from '../../i18n/en/reactions-overlay.js';
import * as paths from '../../icons/paths.js';
import { ChannelToggle } from '../../internal/channel-toggle.js';
import { handUp } from '../../internal/hands-store.js';
import { canBroadcast, channel, loadedChannel } from '../../internal/reactions-hook.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './raise-hand-toggle.styles.js';

/**
 * Raises and lowers the local user's hand. Everyone sees the hand on the person's tile and in the
 * participants list; hosts get a notice and a queue in the order hands went up
 * (`rtk-hand-raise-queue`), from which they lower one hand or all.
 *
 * Carried by `participants.broadcastMessage` (hidden when the meeting has none): the button is
 * pressed once the meeting echoes the change, shows a spinner until then, and a change that is
 * refused or never echoed becomes an error notice while the button stays as it was. A person who
 * joins late asks who has a hand up and each person answers for their own. The hand goes down by
 * itself when its person speaks or goes on stage (`auto-lower`).
 *
 * `toggle()` raises or lowers the hand, as a click does (for keyboard shortcuts). Our addition.
 *
 * @csspart controlbar-button - The inner `rtk-controlbar-button`.
 * @csspart queue-button - For hosts: the count of raised hands, a button that shows the queue.
 *
 * @fires rtkNotification - When a hand change was refused, a host lowered the local user's hand,
 * or (for hosts) someone raised a hand.
 */
export class RtkRaiseHandToggle extends ChannelToggle {
  static override strings = {
    ...raiseHandToggleStrings,
    'reactions_overlay.show_queue_count':
      reactionsOverlayStrings['reactions_overlay.show_queue_count'],
  };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => {
      const up = handUp(m, m.self?.id);
      return [
        [m.participants, 'broadcastedMessage'],
        [up ? m.participants : undefined, 'activeSpeaker'],
        [up ? m.stage : undefined, 'stageStatusUpdate'],
        [m.self, 'roomJoined', 'roomLeft'],
      ];
    },
    { onEvent: this.relay },
  );

  /**
   * When the raised hand goes down by itself, a list of: `speak` (its person starts speaking) and
   * `stage` (its person goes on stage); empty for never.
   */
  @property({ attribute: 'auto-lower' }) autoLower = 'speak stage';

  /** Raises or lowers the local user's hand, as a click does. */
  override async toggle(): Promise<void> {
    const meeting = this.activeMeeting;
    if (!meeting || !canBroadcast(meeting) || !meeting.self?.roomJoined) return;
    const ch = await channel(meeting, this);
    const words = this.autoLower.split(/\s+/);
    ch.options.lowerOnSpeak = words.includes('speak');
    ch.options.lowerOnStage = words.includes('stage');
    ch.toggleOwnHand();
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!canBroadcast(meeting)) return nothing;
    const up = handUp(meeting, meeting?.self?.id);
    const ch = meeting && loadedChannel(meeting);
    // Hosts: how many others have a hand up, as a badge that opens the queue (in the bar only).
    const others = ch?.managesHands && this.variant === 'button' ? ch.queue().length - +up : 0;
    return html`<rtk-controlbar-button
      part="controlbar-button"
      .label=${this.localize(up ? 'raise_hand_toggle.lower' : 'raise_hand_toggle.raise')}
      icon="hand_raise"
      .iconPath=${paths.hand_raise}
      .pressed=${up}
      .isLoading=${Boolean(meeting && loadedChannel(meeting)?.pendingOwn)}
      .variant=${this.variant}
      .size=${this.size}
      @click=${() => void this.toggle()}
    ></rtk-controlbar-button>
    ${
      ch && others > 0
        ? html`<button
          part="queue-button"
          type="button"
          aria-label=${ch.t('reactions_overlay.show_queue_count', { count: others })}
          @click=${() => ch.showQueue()}
        >
          ${ch.t.formatNumber(others)}
        </button>`
        : nothing
    }`;
  }
}
