import { selfName } from '../../internal/self-name.js';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { handUp, handViews } from '../../internal/hands-store.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { RtkSendNotificationEvent } from '../../events/rtk-send-notification.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { errorStrings } from '../../i18n/en/error.js';
import { peopleStrings } from '../../i18n/en/people.js';
import { tileStrings } from '../../i18n/en/tile.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import {
  participantActions,
  type ParticipantAction,
  type ParticipantActionKind,
} from '../../internal/participant-actions.js';
import type { Participant, Peer } from '../../meeting/participant.js';
import { participantMenuItems, type MenuItemDeclaration } from '../../internal/extension-items.js';
import {
  declaredIconPath,
  declaredLabel,
  selectDeclared,
} from '../../internal/extension-select.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participant.styles.js';

/** How the row's menu shows each action, and the meeting call it makes. */
const LOOKS: Record<
  ParticipantActionKind,
  { label: string; icon: string; path: string; trace: string }
> = {
  pin: { label: 'people.pin', icon: 'pin', path: paths.pin, trace: 'participant.pin' },
  unpin: {
    label: 'people.unpin',
    icon: 'pin_off',
    path: paths.pin_off,
    trace: 'participant.unpin',
  },
  hide: { label: 'tile.hide_self', icon: 'eye', path: paths.eye, trace: 'self.hide' },
  mute: {
    label: 'people.mute',
    icon: 'mic_off',
    path: paths.mic_off,
    trace: 'participant.disableAudio',
  },
  video: {
    label: 'people.disable_video',
    icon: 'video_off',
    path: paths.video_off,
    trace: 'participant.disableVideo',
  },
  stage: {
    label: 'people.remove_from_stage',
    icon: 'stage_leave',
    path: paths.stage_leave,
    trace: 'stage.kick',
  },
  kick: {
    label: 'people.kick',
    icon: 'person_remove',
    path: paths.person_remove,
    trace: 'participant.kick',
  },
};

/**
 * One person in the participant list: their avatar, name ("(you)" for the local user), a "Host"
 * badge, whether their microphone and camera are on (icons with text alternatives), a pin
 * marker, and a menu of what the local user may do to them.
 *
 * The menu offers what the local user may do to the person, the same as their tile's menu
 * (`participantActions`), each only with its permission (`meeting.self.permissions`): pin or
 * unpin (`pinParticipant`), mute (`canDisableParticipantAudio`, while their microphone is on),
 * turn off video (`canDisableParticipantVideo`, while their camera is on), remove from the stage
 * (in meetings with a stage, `acceptStageRequests`, while they are on it) and remove from the
 * meeting (`kickParticipant`); on the local user's own row, hide their tile. Each runs the
 * meeting's own call; the row shows what the meeting's events then say, and a refused call
 * becomes an error notification.
 *
 * The row listens to its own person only, so one person's change re-renders one row.
 *
 * Pages add their own items to this menu (after the built-in ones) as for the tile: elements in
 * the slot `participant-menu` of the row, of `rtk-meeting` or of any element around it, or
 * `addParticipantMenuItem()` (see `ParticipantMenuItemExtension`).
 *
 * @slot - `rtk-menu-item`s the page adds to the menu, after the built-in ones (the official kit's
 * slot): each runs its own click; the menu's keyboard reaches them.
 * @slot participant-menu - Items the page adds to the menu: each element (never shown itself) is
 * one item, named by its text or `aria-label`, with the icon `data-icon` (a name in the icon pack)
 * or `data-icon-path`; choosing it dispatches `rtkParticipantMenuSelect` (`detail.participant`) on
 * that element. Our addition.
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
 * @csspart hand-icon - The raised hand, while the person has a hand up (`rtk-raise-hand-toggle`).
 * @csspart menu - The `rtk-menu` of actions.
 * @csspart menu-button - The button that opens it.
 *
 * @fires rtkNotification - When the meeting refused an action (variant `error`).
 * @fires rtkSendNotification - The same failure under the official kit's name, for a page that
 * shows notifications itself: `detail: { trace, message }`, `trace` naming the meeting call
 * (`participant.disableAudio`, `participant.kick`, `stage.kick`, …), `message` the translated text.
 * @fires rtkApiError - The same failure for logs: `detail: { trace, message }` with the SDK's own
 * message. Our addition.
 */
export class RtkParticipant extends RtkElement {
  static override strings = {
    ...peopleStrings,
    ...errorStrings,
    'tile.hide_self': tileStrings['tile.hide_self'],
    'tile.self': tileStrings['tile.self'],
    'tile.hand': tileStrings['tile.hand'],
  };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [this.participant, 'audioUpdate', 'videoUpdate', 'pinned', 'unpinned', 'stageStatusUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
    [this.isSelf ? m.self : undefined, 'toggleTile'],
    // A row shown before the local user joins gets its menu on joining (no actions before).
    [m.self?.roomJoined ? undefined : m.self, 'roomJoined'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  /** The person this row shows: a remote participant or `meeting.self`. */
  @property({ attribute: false }) participant?: Peer | Participant;

  /** Where the row is shown (kept for compatibility with the official kit; `sidebar` by default). */
  @property() view = 'sidebar';

  override connectedCallback(): void {
    super.connectedCallback();
    handViews.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    handViews.delete(this);
  }

  private get isSelf(): boolean {
    const self = this.activeMeeting?.self;
    return Boolean(
      self && this.participant && (this.participant === self || this.participant.id === self.id),
    );
  }

  private isHost(p: Peer | Participant): boolean {
    if ('isHost' in p && typeof p.isHost === 'boolean') return p.isHost;
    const can = this.isSelf ? this.activeMeeting?.self.permissions : undefined;
    return Boolean(can?.acceptWaitingRequests || can?.acceptStageRequests);
  }

  override render() {
    const p = this.participant;
    if (!p) return nothing;
    const name = p.name?.trim() || '?';
    const shown = this.isSelf ? selfName(this.localize, p.name, 'people.you') : name;
    const audioOn = Boolean(p.audioEnabled);
    const videoOn = Boolean(p.videoEnabled);
    const micLabel = this.localize(audioOn ? 'people.mic_on' : 'people.mic_off');
    const videoLabel = this.localize(videoOn ? 'people.video_on' : 'people.video_off');
    return html`<div part="container">
      <rtk-avatar part="avatar" decorative size="sm" .participant=${p}></rtk-avatar>
      <div part="name-container">
        <span part="name" title=${shown}>${shown}</span>
        ${this.isHost(p) ? html`<span part="badge">${this.localize('people.host')}</span>` : nothing}
      </div>
      <span part="media">
        ${
          handUp(this.activeMeeting, p.id)
            ? html`<span part="hand-icon" role="img" aria-label=${this.localize('tile.hand')}>✋</span>`
            : nothing
        }
        ${
          p.isPinned
            ? html`<span part="pinned-icon" role="img" aria-label=${this.localize('people.pinned')}
              >${renderIcon('pin', this.icons, paths.pin)}</span
            >`
            : nothing
        }
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
    const actions = participantActions(this.activeMeeting, p);
    const extras = participantMenuItems(this, p);
    const own = [...this.children].some((el) => !el.slot);
    if (actions.length + extras.length === 0 && !own)
      return html`<span class="menu-spacer"></span>`;
    return html`<rtk-menu part="menu" placement="bottom-end">
      <button
        part="menu-button"
        slot="trigger"
        type="button"
        aria-label=${this.localize('people.options', { name })}
        aria-busy=${this.action.isPending() ? 'true' : 'false'}
        @focus=${() => this.requestUpdate()}
      >
        ${renderIcon('more_vertical', this.icons, paths.more_vertical)}
      </button>
      <rtk-menu-list
        >${actions.map((a) => this.renderItem(a))}${extras.map((item) => this.renderExtra(item, p))}<slot></slot></rtk-menu-list
      >
    </rtk-menu>`;
  }

  /** An item the page added (slot `participant-menu`): choosing it tells the element that declared it. */
  private renderExtra(item: MenuItemDeclaration, p: Peer) {
    const label = declaredLabel(item);
    const key = `extension:${item.dataset.id ?? label}`;
    return html`<rtk-menu-item
      data-action="extension"
      data-id=${item.dataset.id ?? nothing}
      ?disabled=${this.action.isPending(key)}
      @click=${() =>
        void this.action.run(key, () => selectDeclared(item, p), {
          action: label,
        })}
      ><span slot="start">${renderIcon(
        item.dataset.icon ?? '',
        this.icons,
        declaredIconPath(item, () => this.requestUpdate()),
      )}</span
      >${label}</rtk-menu-item
    >`;
  }

  /** Runs an action on the person; a failure is also sent as `rtkSendNotification`. */
  private async act({ kind, run }: ParticipantAction, label: string): Promise<void> {
    const { trace } = LOOKS[kind];
    const result = await this.action.run(kind, run, { action: label, trace });
    if (!result.ok && result.error.message) {
      const message = this.localize('error.action_failed', {
        action: label,
        message: result.error.message,
      });
      this.dispatchEvent(new RtkSendNotificationEvent({ trace, message }));
    }
  }

  private renderItem(action: ParticipantAction) {
    const { kind } = action;
    const look = LOOKS[kind];
    const label = this.localize(look.label);
    return html`<rtk-menu-item
      data-action=${kind}
      ?disabled=${this.action.isPending(kind)}
      @click=${() => void this.act(action, label)}
      ><span slot="start">${renderIcon(look.icon, this.icons, look.path)}</span>${label}</rtk-menu-item
    >`;
  }
}
