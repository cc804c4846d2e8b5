import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { peopleStrings } from '../../i18n/en/people.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { Participant, Peer } from '../../meeting/participant.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participant.styles.js';

/** One action of the row's menu. */
interface RowAction {
  key: 'pin' | 'unpin' | 'mute' | 'video' | 'stage' | 'kick';
  label: string;
  icon: string;
  path: string;
  run: () => unknown;
}

/** True in meetings where only the people on the stage speak (webinars, livestreams). */
export function isStagedMeeting(meeting: Meeting | undefined): boolean {
  const viewType = meeting?.meta?.viewType ?? meeting?.self?.config?.viewType;
  return viewType === 'WEBINAR' || viewType === 'LIVESTREAM';
}

/**
 * One person in the participant list: their avatar, name ("(you)" for the local user), a "Host"
 * badge, whether their microphone and camera are on (icons with text alternatives), a pin
 * marker, and a menu of what the local user may do to them.
 *
 * The menu offers, each only with its permission (`meeting.self.permissions`): pin or unpin
 * (`pinParticipant`), mute (`canDisableParticipantAudio`, while their microphone is on), turn off
 * video (`canDisableParticipantVideo`, while their camera is on), remove from the stage (in
 * webinars and livestreams, `acceptStageRequests`, while they are on it) and remove from the
 * meeting (`kickParticipant`). Each runs the meeting's own call; the row shows what the meeting's
 * events then say, and a refused call becomes an error notification.
 *
 * The row listens to its own person only, so one person's change re-renders one row.
 *
 * @csspart container - The row.
 * @csspart avatar - The `rtk-avatar`.
 * @csspart name-container - The name and the badge.
 * @csspart name - The name.
 * @csspart badge - The role badge ("Host").
 * @csspart media - The microphone and camera icons.
 * @csspart mic-icon - The microphone icon (`mic-icon off` while muted).
 * @csspart video-icon - The camera icon (`video-icon off` while off).
 * @csspart pinned-icon - The pin marker.
 * @csspart menu - The `rtk-menu` of actions.
 * @csspart menu-button - The button that opens it.
 *
 * @fires rtkNotification - When the meeting refused an action (variant `error`).
 */
export class RtkParticipant extends RtkElement {
  static override strings = { ...peopleStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [this.participant, 'audioUpdate', 'videoUpdate', 'pinned', 'unpinned', 'stageStatusUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** The person this row shows: a remote participant or `meeting.self`. */
  @property({ attribute: false }) participant?: Peer | Participant;

  /** Where the row is shown (kept for compatibility with the official kit; `sidebar` by default). */
  @property() view = 'sidebar';

  private get isSelf(): boolean {
    const self = this.activeMeeting?.self;
    return Boolean(self && this.participant && (this.participant === self || this.participant.id === self.id));
  }

  private isHost(p: Peer | Participant): boolean {
    if ('isHost' in p && typeof p.isHost === 'boolean') return p.isHost;
    const can = this.isSelf ? this.activeMeeting?.self.permissions : undefined;
    return Boolean(can?.acceptWaitingRequests || can?.acceptStageRequests);
  }

  /** What the local user may do to this person now. */
  private actions(p: Peer | Participant): RowAction[] {
    const meeting = this.activeMeeting;
    if (!meeting?.self.roomJoined) return [];
    const can = meeting.self.permissions ?? {};
    const list: RowAction[] = [];
    if (can.pinParticipant && typeof p.pin === 'function') {
      list.push(
        p.isPinned
          ? { key: 'unpin', label: this.localize('people.unpin'), icon: 'pin_off', path: paths.pin_off, run: () => p.unpin() }
          : { key: 'pin', label: this.localize('people.pin'), icon: 'pin', path: paths.pin, run: () => p.pin() },
      );
    }
    if (this.isSelf) return list;
    const remote = p as Partial<Participant>;
    if (can.canDisableParticipantAudio && p.audioEnabled && typeof remote.disableAudio === 'function') {
      list.push({ key: 'mute', label: this.localize('people.mute'), icon: 'mic_off', path: paths.mic_off, run: () => remote.disableAudio!() });
    }
    if (can.canDisableParticipantVideo && p.videoEnabled && typeof remote.disableVideo === 'function') {
      list.push({ key: 'video', label: this.localize('people.disable_video'), icon: 'video_off', path: paths.video_off, run: () => remote.disableVideo!() });
    }
    const stage = meeting.stage;
    if (isStagedMeeting(meeting) && can.acceptStageRequests && p.stageStatus === 'ON_STAGE' && typeof stage?.kick === 'function') {
      list.push({ key: 'stage', label: this.localize('people.remove_from_stage'), icon: 'stage_leave', path: paths.stage_leave, run: () => stage.kick([p.userId]) });
    }
    if (can.kickParticipant && typeof remote.kick === 'function') {
      list.push({ key: 'kick', label: this.localize('people.kick'), icon: 'person_remove', path: paths.person_remove, run: () => remote.kick!() });
    }
    return list;
  }

  override render() {
    const p = this.participant;
    if (!p) return nothing;
    const name = p.name?.trim() || '?';
    const shown = this.isSelf ? this.localize('people.you', { name }) : name;
    const audioOn = Boolean(p.audioEnabled);
    const videoOn = Boolean(p.videoEnabled);
    const micLabel = this.localize(audioOn ? 'people.mic_on' : 'people.mic_off');
    const videoLabel = this.localize(videoOn ? 'people.video_on' : 'people.video_off');
    return html`<div part="container">
      <rtk-avatar part="avatar" decorative size="sm" .participant=${p} .t=${this.t}></rtk-avatar>
      <div part="name-container">
        <span part="name" title=${shown}>${shown}</span>
        ${this.isHost(p) ? html`<span part="badge">${this.localize('people.host')}</span>` : nothing}
      </div>
      <span part="media">
        ${p.isPinned
          ? html`<span part="pinned-icon" role="img" aria-label=${this.localize('people.pinned')}
              >${renderIcon('pin', this.icons, paths.pin)}</span
            >`
          : nothing}
        <span part=${audioOn ? 'mic-icon' : 'mic-icon off'} class=${audioOn ? '' : 'off'} role="img" aria-label=${micLabel}
          >${audioOn ? renderIcon('mic_on', this.icons, paths.mic_on) : renderIcon('mic_off', this.icons, paths.mic_off)}</span
        >
        <span part=${videoOn ? 'video-icon' : 'video-icon off'} class=${videoOn ? '' : 'off'} role="img" aria-label=${videoLabel}
          >${videoOn ? renderIcon('video_on', this.icons, paths.video_on) : renderIcon('video_off', this.icons, paths.video_off)}</span
        >
      </span>
      ${this.renderMenu(p, shown)}
    </div>`;
  }

  private renderMenu(p: Peer | Participant, name: string) {
    const actions = this.actions(p);
    if (actions.length === 0) return html`<span class="menu-spacer"></span>`;
    return html`<rtk-menu part="menu" placement="bottom-end" .t=${this.t}>
      <button
        part="menu-button"
        slot="trigger"
        type="button"
        aria-label=${this.localize('people.options', { name })}
        aria-busy=${this.action.isPending() ? 'true' : 'false'}
      >
        ${renderIcon('more_vertical', this.icons, paths.more_vertical)}
      </button>
      <rtk-menu-list .t=${this.t}>
        ${actions.map(
          (a) =>
            html`<rtk-menu-item
              data-action=${a.key}
              .t=${this.t}
              ?disabled=${this.action.isPending(a.key)}
              @click=${() => void this.action.run(a.key, a.run, { action: a.label })}
              ><span slot="start">${renderIcon(a.icon, this.icons, a.path)}</span>${a.label}</rtk-menu-item
            >`,
        )}
      </rtk-menu-list>
    </rtk-menu>`;
  }
}
