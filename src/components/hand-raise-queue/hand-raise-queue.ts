import { html, nothing } from 'lit';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { handRaiseQueueStrings } from '../../i18n/en/hand-raise-queue.js';
import { handViews } from '../../internal/hands-store.js';
import { canManageHands, channelOf } from '../../internal/reactions-channel.js';
import { askHands, canBroadcast, channel, detach, route } from '../../internal/reactions-hook.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './hand-raise-queue.styles.js';

/**
 * The raised hands of the meeting, in the order they went up, for hosts: each with a button that
 * lowers it, and "Lower all". People without the right to lower hands see the list only. A hand
 * leaves the list when the meeting echoes that it went down; a lowering that is refused or never
 * echoed becomes an error notice and the hand stays listed.
 *
 * Works alone given a `meeting` (it hears the hands itself); `rtk-raise-hand-toggle` also shows
 * it to hosts over the stage when someone raises a hand. Our addition.
 *
 * @csspart title - The heading.
 * @csspart list - The ordered list.
 * @csspart lower-all - The "Lower all" button.
 * @csspart empty - The text shown when no hand is up.
 *
 * @fires rtkNotification - When lowering a hand was refused.
 */
export class RtkHandRaiseQueue extends RtkElement {
  static override strings = handRaiseQueueStrings;

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.participants, 'broadcastedMessage'],
      [m.participants?.joined, 'participantLeft'],
      [m.self, 'roomJoined', 'roomLeft'],
    ],
    {
      onEvent: (event, args) => {
        const meeting = this.activeMeeting;
        if (meeting) route(meeting, this, event, args[0]);
        return event !== 'broadcastedMessage';
      },
    },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    handViews.add(this);
    const meeting = this.activeMeeting;
    if (meeting && canBroadcast(meeting)) void channel(meeting, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    handViews.delete(this);
    detach(this);
  }

  protected override updated(): void {
    const meeting = this.activeMeeting;
    if (meeting && canBroadcast(meeting)) askHands(meeting);
  }

  /** The translator the channel's notices use. */
  channelT() {
    return this.localize;
  }

  /** The queue shows hands itself; nothing else to put on the page. */
  showOverlay(): void {}

  /** Moves focus to the first button of the queue (its first "Lower"), else the heading. */
  override focus(options?: FocusOptions): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>('button') ??
      this.renderRoot.querySelector<HTMLElement>('[part="title"]');
    target?.focus(options);
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting || !canBroadcast(meeting)) return nothing;
    const ch = channelOf(meeting);
    const rows = ch.queue();
    const host = canManageHands(meeting);
    const t = this.localize;
    return html`<h2 part="title" id="title" tabindex="-1">
        ${t('hand_raise_queue.title')}
        <span class="count">${t('hand_raise_queue.count', { count: rows.length })}</span>
      </h2>
      ${
        rows.length
          ? html`<ol part="list" aria-labelledby="title">
            ${rows.map(
              (row) =>
                html`<li>
                  <span class="hand" aria-hidden="true">✋</span>
                  <span class="name">${row.self ? t('hand_raise_queue.you', { name: row.name }) : row.name}</span>
                  ${
                    host
                      ? html`<button
                        type="button"
                        aria-label=${t('hand_raise_queue.lower_name', { name: row.name })}
                        ?disabled=${ch.lowering.has(row.id) || ch.lowering.has('*')}
                        @click=${() => ch.lowerHand(row.id)}
                      >
                        ${t('hand_raise_queue.lower')}
                      </button>`
                      : nothing
                  }
                </li>`,
            )}
          </ol>`
          : html`<p part="empty">${t('hand_raise_queue.empty')}</p>`
      }
      ${
        host && rows.length > 1
          ? html`<button
            part="lower-all"
            type="button"
            ?disabled=${ch.lowering.has('*')}
            @click=${() => ch.lowerHand('*')}
          >
            ${t('hand_raise_queue.lower_all')}
          </button>`
          : nothing
      }`;
  }
}
