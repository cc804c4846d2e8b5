import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { stageStrings } from '../../i18n/en/stage.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import { participantActions, type ParticipantAction } from '../../internal/participant-actions.js';
import { mapItems } from '../../meeting/guards.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { Participant } from '../../meeting/participant.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participants-stage-list.styles.js';

/** One person on the stage, as this list reads them (self or a remote participant). */
interface OnStage {
  id: string;
  userId: string;
  name: string;
  picture?: string;
  isHost?: boolean;
  self: boolean;
  /** The remote participant (absent for self). */
  participant?: Participant;
}

/**
 * Who is on the stage of a webinar or livestream: you (while `stage.status` is `ON_STAGE`) and
 * every joined participant whose `stageStatus` is `ON_STAGE`, live as people join, leave or move
 * on and off the stage. Filtered by `search` (case-insensitive, on the name).
 *
 * People whose preset answers stage requests (`acceptStageRequests`) get a "Remove from the
 * stage" button on everyone else (`stage.kick([userId])`, offered by the same rule as the
 * participant tile's and row's menus: `participantActions`); it is busy while the call runs, and
 * a rejection becomes an `rtkNotification` (the person stays listed, as the meeting says).
 *
 * Hidden (the element sets its `hidden` attribute) without a stage module or when the preset has
 * no stage (`stageEnabled: false`, e.g. group calls, where everyone is on stage).
 *
 * @csspart header - The heading row.
 * @csspart heading-count - The heading with the number of people on stage.
 * @csspart participants - The `<ul>` of people.
 * @csspart participant - Each `<li>`.
 * @csspart avatar - The `rtk-avatar` of each row.
 * @csspart name - The name of each row.
 * @csspart badge - The "Host" badge.
 * @csspart remove-button - Remove from the stage.
 * @csspart empty - The text shown when no one is on stage or no one matches `search`.
 *
 * @cssprop --rtk-participants-stage-list-background - Background.
 *
 * @fires rtkNotification - When removing someone from the stage failed.
 */
export class RtkParticipantsStageList extends RtkElement {
  static override strings = { ...stageStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [
      m.participants?.joined,
      'participantJoined',
      'participantLeft',
      'participantsCleared',
      'stageStatusUpdate',
    ],
    [m.stage, 'stageStatusUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** Shows only people whose name contains this text (case-insensitive). */
  @property() search = '';

  /** Hides the heading (when a parent shows its own). */
  @property({ type: Boolean, attribute: 'hide-header' }) hideHeader = false;

  /** Where the list is shown (`sidebar` or `full`), as in the official kit. */
  @property() view?: string;

  private shown(meeting: Meeting | undefined): boolean {
    return Boolean(meeting?.stage) && Boolean(meeting?.self?.permissions?.stageEnabled);
  }

  /** How the local user may take `participant` off the stage, if they may. */
  private removal(
    meeting: Meeting | undefined,
    participant: Participant | undefined,
  ): ParticipantAction | undefined {
    return participantActions(meeting, participant).find((a) => a.kind === 'stage');
  }

  /** The people on stage now, self first. */
  get onStage(): OnStage[] {
    const meeting = this.activeMeeting;
    if (!this.shown(meeting)) return [];
    const self = meeting!.self;
    const people: OnStage[] = [];
    if ((meeting!.stage?.status ?? self.stageStatus) === 'ON_STAGE') {
      people.push({
        id: self.id,
        userId: self.userId,
        name: self.name,
        picture: self.picture,
        self: true,
      });
    }
    for (const p of mapItems(meeting!.participants?.joined)) {
      if (p?.stageStatus !== 'ON_STAGE' || p.id === self.id) continue;
      people.push({
        id: p.id,
        userId: p.userId,
        name: p.name,
        picture: p.picture,
        isHost: p.isHost,
        self: false,
        participant: p,
      });
    }
    return people;
  }

  /** Takes a person off the stage. Resolves when the call settled (a failure is notified). */
  async removeFromStage(person: { userId: string; name: string }): Promise<void> {
    const meeting = this.activeMeeting;
    if (!this.shown(meeting)) return;
    const participant = mapItems(meeting!.participants?.joined).find(
      (p) => p?.userId === person.userId,
    );
    const removal = this.removal(meeting, participant);
    if (!removal) return;
    await this.action.run(`remove:${person.userId}`, removal.run, {
      action: this.localize('stage.remove', { name: person.name }),
    });
  }

  protected override updated(): void {
    this.hidden = !this.shown(this.activeMeeting);
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!this.shown(meeting)) return nothing;
    const everyone = this.onStage;
    const query = this.search.trim().toLocaleLowerCase();
    const people = query
      ? everyone.filter((p) => p.name.toLocaleLowerCase().includes(query))
      : everyone;
    return html`${
      this.hideHeader
        ? nothing
        : html`<div part="header">
            <h3 part="heading-count">
              ${this.localize('stage.on_stage_title')}
              <span class="count">${this.localize('stage.on_stage_count', { count: everyone.length })}</span>
            </h3>
          </div>`
    }
      ${
        people.length === 0
          ? html`<p part="empty">
            ${query ? this.localize('stage.no_match', { search: this.search.trim() }) : this.localize('stage.on_stage_empty')}
          </p>`
          : html`<ul part="participants" aria-label=${this.localize('stage.on_stage_label')}>
            ${repeat(
              people,
              (p) => p.id,
              (p) => this.renderPerson(p, Boolean(this.removal(meeting, p.participant))),
            )}
          </ul>`
      }`;
  }

  private renderPerson(p: OnStage, canRemove: boolean) {
    const name = p.self ? this.localize('stage.you', { name: p.name }) : p.name;
    return html`<li part="participant">
      <rtk-avatar part="avatar" decorative .participant=${p}></rtk-avatar>
      <span part="name">${name}</span>
      ${p.isHost ? html`<span part="badge">${this.localize('stage.host')}</span>` : nothing}
      ${
        canRemove
          ? html`<rtk-button
            part="remove-button"
            kind="icon"
            variant="ghost"
            .size=${this.size}
            label=${this.localize('stage.remove', { name: p.name })}
            ?loading=${this.action.isPending(`remove:${p.userId}`)}
            @click=${() => void this.removeFromStage(p)}
            >${renderIcon('stage_leave', this.icons, paths.stage_leave)}</rtk-button
          >`
          : nothing
      }
    </li>`;
  }
}
