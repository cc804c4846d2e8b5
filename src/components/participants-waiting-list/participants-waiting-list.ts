import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { peopleStrings } from '../../i18n/en/people.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { mapItems } from '../../meeting/guards.js';
import type { Participant } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participants-waiting-list.styles.js';

/**
 * The waiting room, for hosts: who is knocking, with Accept and Reject for each and "Accept all"
 * (`participants.acceptWaitingRoomRequest`, `rejectWaitingRoomRequest`,
 * `acceptAllWaitingRoomRequest`). It follows `participants.waitlisted` live: people appear as
 * they knock and go when they are let in, turned away or give up. A person stays listed until the
 * meeting says they left the waiting room; a refused call becomes an error notification.
 *
 * Renders nothing for people who cannot admit others (`acceptWaitingRequests`), and nothing while
 * the waiting room is empty unless `showEmpty` is set. It does not announce knocks itself:
 * `rtk-meeting` already turns each knock into a notification (with its sound) for hosts.
 *
 * @csspart header - The row with the count and "Accept all".
 * @csspart waitlisted-heading-count - The count ("3 people waiting").
 * @csspart accept-all - The "Accept all" button.
 * @csspart waitlisted-participants - The list.
 * @csspart participant - Each row.
 * @csspart name - Each name.
 * @csspart actions - The buttons of a row.
 * @csspart accept - Each Accept button.
 * @csspart reject - Each Reject button.
 * @csspart empty - The text shown when no one is waiting (with `showEmpty`).
 *
 * @fires rtkNotification - When the meeting refused to admit or reject someone.
 */
export class RtkParticipantsWaitingList extends RtkElement {
  static override strings = { ...peopleStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.participants?.waitlisted, 'participantJoined', 'participantLeft', 'participantsCleared'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** Where the list is shown (kept for compatibility with the official kit). */
  @property() view = 'sidebar';

  /** Show a short text while no one is waiting, instead of nothing. Our addition. */
  @property({ type: Boolean, attribute: 'show-empty' }) showEmpty = false;

  private canAdmit(): boolean {
    return Boolean(
      this.activeMeeting?.self.permissions?.acceptWaitingRequests &&
      this.activeMeeting.participants,
    );
  }

  private accept(p: Participant): void {
    const ps = this.activeMeeting?.participants;
    if (!ps) return;
    void this.action.run(`accept:${p.id}`, () => ps.acceptWaitingRoomRequest(p.id), {
      action: this.localize('people.accept_person', { name: p.name }),
    });
  }

  private reject(p: Participant): void {
    const ps = this.activeMeeting?.participants;
    if (!ps) return;
    void this.action.run(`reject:${p.id}`, () => ps.rejectWaitingRoomRequest(p.id), {
      action: this.localize('people.reject_person', { name: p.name }),
    });
  }

  private acceptAll = (): void => {
    const ps = this.activeMeeting?.participants;
    if (!ps) return;
    const ids = mapItems(ps.waitlisted).map((p) => p.id);
    if (ids.length === 0) return;
    void this.action.run('accept-all', () => ps.acceptAllWaitingRoomRequest(ids), {
      action: this.localize('people.accept_all'),
    });
  };

  override render() {
    if (!this.canAdmit()) return nothing;
    const waiting = mapItems(this.activeMeeting!.participants.waitlisted) as Participant[];
    if (waiting.length === 0) {
      return this.showEmpty
        ? html`<p part="empty">${this.localize('people.waiting_empty')}</p>`
        : nothing;
    }
    const all = this.action.isPending('accept-all');
    return html`<div part="header">
        <h3 part="waitlisted-heading-count" id="heading">${this.localize('people.waiting_count', { count: waiting.length })}</h3>
        ${
          waiting.length > 1
            ? html`<rtk-button part="accept-all" variant="primary" size="sm" ?loading=${all} @click=${this.acceptAll}
              >${this.localize('people.accept_all')}</rtk-button
            >`
            : nothing
        }
      </div>
      <ul part="waitlisted-participants" aria-labelledby="heading">
        ${repeat(
          waiting,
          (p) => p.id,
          (p) => this.renderPerson(p, all),
        )}
      </ul>`;
  }

  private renderPerson(p: Participant, allPending: boolean) {
    const name = p.name?.trim() || '?';
    const accepting = allPending || this.action.isPending(`accept:${p.id}`);
    const rejecting = this.action.isPending(`reject:${p.id}`);
    return html`<li part="participant" data-id=${p.id}>
      <rtk-avatar decorative size="sm" .participant=${p}></rtk-avatar>
      <span part="name" title=${name}>${name}</span>
      <span part="actions">
        <rtk-button
          part="reject"
          kind="icon"
          variant="secondary"
          label=${this.localize('people.reject_person', { name })}
          ?loading=${rejecting}
          ?disabled=${accepting}
          @click=${() => this.reject(p)}
          >${renderIcon('close', this.icons, paths.close)}</rtk-button
        >
        <rtk-button
          part="accept"
          kind="icon"
          variant="primary"
          label=${this.localize('people.accept_person', { name })}
          ?loading=${accepting}
          ?disabled=${rejecting}
          @click=${() => this.accept(p)}
          >${renderIcon('check', this.icons, paths.check)}</rtk-button
        >
      </span>
    </li>`;
  }
}
