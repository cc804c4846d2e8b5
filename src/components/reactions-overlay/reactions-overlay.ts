import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { reactionsOverlayStrings } from '../../i18n/en/reactions-overlay.js';
import type { TFunction } from '../../i18n/t.js';
import type { Meeting } from '../../meeting/meeting.js';
import { handViews } from '../../internal/hands-store.js';
import {
  canManageHands,
  channelOf,
  type FloatingReaction,
  type ReactionsChannel,
} from '../../internal/reactions-channel.js';
import { canBroadcast, channel, detach, route } from '../../internal/reactions-hook.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { styleProps } from '../../internal/style-props.js';
import { focusRing, hostStyles, tokens, visuallyHidden } from '../../styles/shared.styles.js';
import styles from './reactions-overlay.styles.js';

type Tile = HTMLElement & { participant?: { id?: string } };

/** Where a reaction floats: over the sender's tile, or at the edge of the stage with a name. */
interface Spot {
  x: number;
  y: number;
  offscreen: boolean;
}

const mounted = new WeakMap<object, RtkReactionsOverlay>();

/**
 * Puts the meeting's overlay on the page (once; `rtk-raise-hand-toggle` and `rtk-reactions-toggle`
 * call it with their language when there is something to show).
 */
export function mountReactionsOverlay(meeting: Meeting, t: TFunction): RtkReactionsOverlay {
  let overlay = mounted.get(meeting);
  if (!overlay) {
    overlay = document.createElement('rtk-reactions-overlay') as RtkReactionsOverlay;
    overlay.meeting = meeting;
    overlay.setAttribute('data-mounted', '');
    mounted.set(meeting, overlay);
  }
  overlay.t = t;
  overlay.dir = 'dir' in t && t.dir ? t.dir : document.dir || 'ltr';
  if (!overlay.isConnected) (document.fullscreenElement ?? document.body).append(overlay);
  return overlay;
}

/**
 * A layer over the page (fixed, it takes no clicks itself) that draws the meeting's reactions over
 * the tiles of their senders (at the edge of the stage, with the sender's name, for people off
 * screen), reads them out in a polite live region, and holds the reactions picker and, for hosts,
 * the queue of raised hands (`rtk-hand-raise-queue`). Follows full screen.
 *
 * The control-bar toggles put it on the page when it has something to show; on its own, given a
 * `meeting`, it hears reactions itself. Our addition.
 *
 * @csspart reaction - A floating reaction.
 * @csspart picker - The reactions picker (a non-modal dialog).
 * @csspart queue - The hosts' queue of raised hands.
 * @csspart live - The live region (visually hidden).
 *
 * @fires rtkNotification - When a reaction was not sent.
 */
export class RtkReactionsOverlay extends RtkElement {
  static override strings = reactionsOverlayStrings;

  static override styles = [tokens, hostStyles, focusRing, visuallyHidden, styles];

  protected readonly events = new MeetingController(
    this,
    // Put on the page by a toggle, it draws what the channel holds; alone, it hears the meeting.
    (m) => [
      [this.hasAttribute('data-mounted') ? undefined : m.participants, 'broadcastedMessage'],
      [this.hasAttribute('data-mounted') ? undefined : m.self, 'roomLeft'],
    ],
    {
      onEvent: (event, args) => {
        const meeting = this.activeMeeting;
        if (meeting && !this.hasAttribute('data-mounted')) route(meeting, this, event, args[0]);
        return true;
      },
    },
  );

  /** Whether the queue was loaded. */
  @state() private queueLoaded = false;

  private pickerWasOpen = false;

  override connectedCallback(): void {
    super.connectedCallback();
    handViews.add(this);
    document.addEventListener('fullscreenchange', this.followFullscreen);
    window.addEventListener('resize', this.handleResize);
    const meeting = this.activeMeeting;
    const ch = this.channel;
    if (ch) ch.overlay = this;
    if (meeting && ch && !this.hasAttribute('data-mounted')) void channel(meeting, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    handViews.delete(this);
    document.removeEventListener('fullscreenchange', this.followFullscreen);
    window.removeEventListener('resize', this.handleResize);
    detach(this);
  }

  /** The translator the channel's notices use (when the overlay stands alone). */
  channelT() {
    return this.localize;
  }

  /** Already on the page. */
  showOverlay(): void {}

  /** Moves focus into the hosts' queue (after "Show raised hands"). */
  focusQueue(): void {
    this.renderRoot.querySelector<HTMLElement>('rtk-hand-raise-queue')?.focus();
  }

  private get channel(): ReactionsChannel | undefined {
    const meeting = this.activeMeeting;
    return meeting && canBroadcast(meeting) ? channelOf(meeting) : undefined;
  }

  private followFullscreen = (): void => {
    const place = document.fullscreenElement ?? document.body;
    if (this.hasAttribute('data-mounted') && this.parentElement !== place) place.append(this);
  };

  private handleResize = (): void => this.requestUpdate();

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const open = Boolean(this.channel?.picker);
    if (open && !this.pickerWasOpen) {
      this.renderRoot.querySelector<HTMLElement>('[part="picker"] button')?.focus();
    }
    this.pickerWasOpen = open;
  }

  /** The tile showing `peerId`, when one is on screen. */
  private spotOf(peerId: string): Spot {
    for (const view of handViews) {
      const tile = view as unknown as Tile;
      if (tile.localName !== 'rtk-participant-tile' || tile.participant?.id !== peerId) continue;
      if (!tile.isConnected) continue;
      const box = tile.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth)
        continue;
      return { x: box.left + box.width / 2, y: box.top + box.height * 0.7, offscreen: false };
    }
    const rtl = this.localize.dir === 'rtl';
    return { x: rtl ? 56 : innerWidth - 56, y: innerHeight - 150, offscreen: true };
  }

  private handlePickerKey = (event: KeyboardEvent): void => {
    const ch = this.channel;
    if (!ch) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      ch.closePicker();
      return;
    }
    const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const buttons = [
      ...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="picker"] button.emoji'),
    ];
    const at = buttons.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const rtl = this.localize.dir === 'rtl';
    const step = (event.key === 'ArrowRight') !== rtl ? 1 : -1;
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : (at + step + buttons.length) % buttons.length;
    buttons[next]?.focus();
  };

  private handlePickerFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    const picker = this.renderRoot.querySelector('[part="picker"]');
    const opener = this.channel?.picker?.opener;
    // Focus left the picker (Tab, a click elsewhere): it closes, focus stays where it went.
    if (to && picker && !picker.contains(to) && !(opener && opener.contains(to)))
      this.channel?.closePicker(false);
  };

  override render() {
    const ch = this.channel;
    if (!ch) return nothing;
    const meeting = this.activeMeeting;
    const showQueue = canManageHands(meeting) && !ch.queueHidden && ch.queue().length > 0;
    if (showQueue && !this.queueLoaded)
      void import('../hand-raise-queue/rtk-hand-raise-queue.js').then(
        () => (this.queueLoaded = true),
      );
    return html`<div part="live" class="visually-hidden" role="status">${ch.announcement && ch.announced_ ? this.localize(ch.announced_.key as never, ch.announced_.values) : ch.announcement}</div>
      ${repeat(
        ch.floating,
        (r) => r.key,
        (r) => this.renderReaction(ch, r),
      )}
      ${this.renderPicker(ch)}
      ${
        showQueue && this.queueLoaded
          ? html`<div part="queue">
            <rtk-hand-raise-queue .meeting=${meeting} .t=${this.t}></rtk-hand-raise-queue>
            <button
              class="fold"
              type="button"
              aria-label=${this.localize('reactions_overlay.hide_queue')}
              @click=${() => {
                ch.queueHidden = true;
                ch.changed();
              }}
            >
              ×
            </button>
          </div>`
          : nothing
      }`;
  }

  private renderReaction(ch: ReactionsChannel, r: FloatingReaction) {
    const spot = this.spotOf(r.from);
    return html`<div
      part="reaction"
      class=${r.still ? 'still' : 'float'}
      aria-hidden="true"
      ${styleProps({ left: `${Math.round(spot.x)}px`, top: `${Math.round(spot.y)}px` })}
    >
      <span class="emoji">${r.emoji}</span>
      ${r.count > 1 ? html`<span class="count">×${r.count}</span>` : nothing}
      ${spot.offscreen ? html`<span class="name">${ch.nameOf(r.from)}</span>` : nothing}
    </div>`;
  }

  private renderPicker(ch: ReactionsChannel) {
    const picker = ch.picker;
    if (!picker) return nothing;
    const box = picker.opener?.getBoundingClientRect();
    const anchored = box && box.width > 0 && box.height > 0;
    const x = anchored ? box.left + box.width / 2 : innerWidth / 2;
    const bottom = anchored ? innerHeight - box.top + 8 : 96;
    return html`<div
      part="picker"
      role="dialog"
      aria-label=${this.localize('reactions_overlay.picker')}
      ${styleProps({ left: `${Math.round(x)}px`, bottom: `${Math.round(bottom)}px` })}
      @keydown=${this.handlePickerKey}
      @focusout=${this.handlePickerFocusOut}
    >
      ${picker.emojis.map(
        (emoji) =>
          html`<button
            class="emoji"
            type="button"
            aria-label=${this.localize('reactions_overlay.send', { emoji })}
            @click=${() => ch.react(emoji)}
          >
            ${emoji}
          </button>`,
      )}
      <button
        class="close"
        type="button"
        aria-label=${this.localize('reactions_overlay.close')}
        @click=${() => ch.closePicker()}
      >
        ×
      </button>
    </div>`;
  }
}
