import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { RtkElement } from '../../context/rtk-element.js';
import type { ActionController } from '../../controllers/action-controller.js';
import { AudioLevelController } from '../../controllers/audio-level-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { TileLoadEvent } from '../../events/tile-load.js';
import { TileUnloadEvent } from '../../events/tile-unload.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Participant, Peer } from '../../meeting/participant.js';
import type { Self } from '../../meeting/self.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participant-tile.styles.js';
import { tileStrings } from '../../i18n/en/tile.js';
import { errorStrings } from '../../i18n/en/error.js';

/** Where the name tag sits in the tile. */
export type NameTagPosition =
  | 'bottom-left'
  | 'bottom-right'
  | 'bottom-center'
  | 'top-left'
  | 'top-right'
  | 'top-center';

/** One entry of the tile menu. */
interface TileAction {
  key: string;
  label: string;
  icon: string;
  /** The default path of the icon (named imports only, so unused icons are not bundled). */
  path: string;
  run: () => unknown;
}

type Menu = HTMLElement & { show(): Promise<void>; updateComplete: Promise<unknown> };

/**
 * One person's tile: their video, or their avatar when the camera is off, a name tag, a
 * connection indicator and a menu of actions.
 *
 * Listens only to its own participant (`audioUpdate`, `videoUpdate`, `pinned`, `unpinned`, and
 * `toggleTile` for the local user), so one person's change re-renders one tile. The video element
 * is registered with the participant (`registerVideoElement`), which keeps the right track on it;
 * the self view is mirrored unless the `prefs.mirrorVideo` UI state is false. The speaking outline
 * follows the audio level without re-rendering: see the `speaking` attribute and
 * `--rtk-audio-level`.
 *
 * The menu (shown on hover or focus, loaded on first open) offers pin or unpin, and with the
 * matching permissions mute, turn off video and remove from the meeting; on the local user's tile,
 * hide it (`self.hide()`; while hidden the tile is not shown). A refused call shows an error
 * notification (`rtkNotification`).
 *
 * @csspart container - The tile (a labelled group).
 * @csspart video - The `<video>`.
 * @csspart avatar - The `rtk-avatar` shown when the camera is off.
 * @csspart name-tag - The `rtk-name-tag`.
 * @csspart network-indicator - The `rtk-network-indicator`.
 * @csspart menu - The `rtk-menu` of actions.
 * @csspart menu-button - The button that opens it.
 *
 * @cssprop --rtk-tile-background - Background behind video and avatar.
 * @cssprop --rtk-tile-speaking-color - Outline colour while the person speaks.
 * @cssprop --rtk-audio-level - Set by the tile itself: the current audio level, 0–1.
 *
 * @fires tileLoad - When the video element was registered with the participant.
 * @fires tileUnload - When the video element was deregistered.
 * @fires rtkNotification - When a menu action was refused by the meeting.
 */
export class RtkParticipantTile extends RtkElement {
  static override strings = { ...tileStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, () => [
    this.isSelf && !this.isPreview
      ? [this.participant, 'audioUpdate', 'videoUpdate', 'pinned', 'unpinned', 'toggleTile']
      : [this.participant, 'audioUpdate', 'videoUpdate', 'pinned', 'unpinned'],
  ]);

  private readonly audioLevel = new AudioLevelController(this);

  /** Runs menu actions (pending state, error notification); loaded with the menu. */
  private action?: ActionController;

  /** The person shown: a remote participant or `meeting.self`. */
  @property({ attribute: false }) participant?: Peer;

  /** True for the self preview before joining (passed to `registerVideoElement`; no menu). */
  @property({ type: Boolean, attribute: 'is-preview' }) isPreview = false;

  /** Where the name tag sits. */
  @property({ reflect: true, attribute: 'name-tag-position' })
  nameTagPosition: NameTagPosition = 'bottom-left';

  /** `solid` background or a `gradient` under the name tag. */
  @property({ reflect: true }) variant: 'solid' | 'gradient' = 'solid';

  /** Whether the menu's code has been loaded (on first open). */
  @state() private menuLoaded = false;

  @query('video') private videoElement?: HTMLVideoElement;

  private registered?: { participant: Peer; video: HTMLVideoElement; preview: boolean };

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-register the video when the tile is moved back into the page.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.syncVideo();
  }

  protected override willUpdate(): void {
    const self = this.activeMeeting?.self;
    this.toggleAttribute('self-hidden', !this.isPreview && this.isSelf && self?.hidden === true);
  }

  protected override updated(): void {
    this.syncVideo();
    const p = this.participant;
    this.audioLevel.setTrack(p?.audioEnabled ? p.audioTrack : undefined);
  }

  /** True when the tile shows the local user. */
  private get isSelf(): boolean {
    const self = this.activeMeeting?.self;
    return this.isPreview || (!!this.participant && !!self && this.participant.id === self.id);
  }

  private syncVideo(): void {
    const participant = this.isConnected ? this.participant : undefined;
    const video = this.videoElement;
    const current = this.registered;
    if (
      current &&
      (current.participant !== participant || current.video !== video || current.preview !== this.isPreview)
    ) {
      this.registered = undefined;
      try {
        current.participant.deregisterVideoElement(current.video, current.preview);
      } catch {
        // A half-shaped participant must not break the page.
      }
      this.dispatchEvent(new TileUnloadEvent({ participant: current.participant, videoElement: current.video }));
    }
    if (!this.registered && participant && video && typeof participant.registerVideoElement === 'function') {
      this.registered = { participant, video, preview: this.isPreview };
      try {
        participant.registerVideoElement(video, this.isPreview);
      } catch {
        return;
      }
      this.dispatchEvent(new TileLoadEvent({ participant, videoElement: video }));
    }
  }

  /** The actions the local user may take on this tile now. */
  private actions(p: Peer): TileAction[] {
    const meeting = this.activeMeeting;
    if (this.isPreview || !meeting?.self.roomJoined) return [];
    const can = meeting.self.permissions ?? {};
    const list: TileAction[] = [];
    if (can.pinParticipant && typeof p.pin === 'function') {
      list.push(
        p.isPinned
          ? { key: 'unpin', label: this.localize('tile.unpin'), icon: 'pin_off', path: paths.pin_off, run: () => p.unpin() }
          : { key: 'pin', label: this.localize('tile.pin'), icon: 'pin', path: paths.pin, run: () => p.pin() },
      );
    }
    if (this.isSelf) {
      const self = meeting.self as Self;
      if (typeof self.hide === 'function') {
        list.push({ key: 'hide', label: this.localize('tile.hide_self'), icon: 'eye', path: paths.eye, run: () => self.hide() });
      }
      return list;
    }
    const remote = p as Partial<Participant>;
    if (can.canDisableParticipantAudio && p.audioEnabled) {
      list.push({ key: 'mute', label: this.localize('tile.mute'), icon: 'mic_off', path: paths.mic_off, run: () => remote.disableAudio!() });
    }
    if (can.canDisableParticipantVideo && p.videoEnabled) {
      list.push({ key: 'video', label: this.localize('tile.disable_video'), icon: 'video_off', path: paths.video_off, run: () => remote.disableVideo!() });
    }
    if (can.kickParticipant) {
      list.push({ key: 'kick', label: this.localize('tile.kick'), icon: 'person_remove', path: paths.person_remove, run: () => remote.kick!() });
    }
    return list;
  }

  private handleMenuButton = async (): Promise<void> => {
    if (this.menuLoaded) return;
    // The menu is rare: its code (the menu, the action runner, Floating UI) loads on first use only.
    const [{ ActionController }] = await Promise.all([
      import('../../controllers/action-controller.js'),
      import('../menu/rtk-menu.js'),
      import('../menu-item/rtk-menu-item.js'),
    ]);
    this.action ??= new ActionController(this, () => this.localize);
    this.menuLoaded = true;
    await this.updateComplete;
    const menu = this.renderRoot.querySelector<Menu>('rtk-menu');
    await menu?.updateComplete;
    await menu?.show();
  };

  override render() {
    const p = this.participant;
    if (!p) return nothing;
    const name = p.name?.trim() || '?';
    const self = this.isSelf;
    const videoOn = Boolean(p.videoEnabled);
    const audioOn = Boolean(p.audioEnabled);
    const mirror = self && this.activeStates.prefs?.mirrorVideo !== false;
    const label = this.localize('tile.label', {
      name: self ? this.localize('tile.you', { name }) : name,
      audio: this.localize(audioOn ? 'tile.mic_on' : 'tile.muted'),
      video: this.localize(videoOn ? 'tile.video_on' : 'tile.video_off'),
    });
    return html`<div part="container" role="group" aria-label=${label}>
      <video
        part="video"
        class=${mirror ? 'mirror' : ''}
        ?hidden=${!videoOn}
        .muted=${true}
        muted
        playsinline
        autoplay
      ></video>
      ${videoOn
        ? nothing
        : html`<rtk-avatar
            part="avatar"
            decorative
            .participant=${p}
            .meeting=${this.meeting}
            .t=${this.t}
          ></rtk-avatar>`}
      <rtk-name-tag
        part="name-tag"
        .participant=${p}
        .meeting=${this.meeting}
        .t=${this.t}
        .iconPack=${this.iconPack}
        ?is-self=${self}
        variant=${this.variant}
      ></rtk-name-tag>
      ${this.isPreview
        ? nothing
        : html`<rtk-network-indicator
            part="network-indicator"
            .participant=${p}
            .meeting=${this.meeting}
            .t=${this.t}
            .iconPack=${this.iconPack}
          ></rtk-network-indicator>`}
      ${this.renderMenu(p, self ? this.localize('tile.you', { name }) : name)}
    </div>`;
  }

  private renderMenu(p: Peer, name: string) {
    const actions = this.actions(p);
    if (actions.length === 0) return nothing;
    return html`<rtk-menu part="menu" placement="bottom-end" .t=${this.t}>
      <button
        part="menu-button"
        slot="trigger"
        type="button"
        aria-haspopup="menu"
        aria-label=${this.localize('tile.options', { name })}
        @click=${this.handleMenuButton}
      >
        ${renderIcon('more_vertical', this.icons, paths.more_vertical)}
      </button>
      ${this.menuLoaded
        ? actions.map(
            (a) =>
              html`<rtk-menu-item
                data-action=${a.key}
                .t=${this.t}
                ?disabled=${this.action?.isPending(a.key) ?? false}
                @click=${() => void this.action?.run(a.key, a.run, { action: a.label })}
                ><span slot="start">${renderIcon(a.icon, this.icons, a.path)}</span>${a.label}</rtk-menu-item
              >`,
          )
        : nothing}
    </rtk-menu>`;
  }
}
