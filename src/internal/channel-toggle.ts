import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { MeetingController } from '../controllers/meeting-controller.js';
import { handViews } from './hands-store.js';
import { askHands, canBroadcast, detach, route } from './reactions-hook.js';
import { RtkElement } from './rtk-element.js';

/**
 * What the reactions and raise-hand toggles share: both host the meeting's reactions channel
 * (`reactions-hook.ts`), hand it the events they hear, open its overlay, and hide themselves when
 * the meeting cannot broadcast. A subclass says which events it hears (passing `relay` as the
 * controller's `onEvent`), what a click does (`toggle()`) and what it draws.
 */
export abstract class ChannelToggle extends RtkElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  protected abstract readonly events: MeetingController;

  /** `button`: icon above the label; `horizontal`: icon beside the label. */
  @property({ reflect: true }) variant: 'button' | 'horizontal' = 'button';

  /** Hands a meeting event to the channel; joining and leaving re-render the toggle. */
  protected readonly relay = (event: string, args: unknown[]): boolean => {
    const meeting = this.activeMeeting;
    if (meeting) route(meeting, this, event, args[0]);
    return event === 'roomJoined' || event === 'roomLeft';
  };

  /** What a click does (for keyboard shortcuts too). */
  abstract toggle(): Promise<void>;

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

  /** Puts the overlay of reactions, hands and the picker on the page. */
  showOverlay(): void {
    const meeting = this.activeMeeting;
    if (meeting)
      void import('../components/reactions-overlay/rtk-reactions-overlay.js').then((m) =>
        m.mountReactionsOverlay(meeting, this.localize),
      );
  }

  protected override updated(): void {
    const meeting = this.activeMeeting;
    this.hidden = !canBroadcast(meeting);
    // Joined: ask once who has a hand up (a toggle shown after joining hears no roomJoined).
    if (meeting && !this.hidden) askHands(meeting);
  }
}
