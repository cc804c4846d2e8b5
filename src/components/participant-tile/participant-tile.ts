import { selfName } from '../../internal/self-name.js';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import type { ActionController } from '../../controllers/action-controller.js';
import type { AudioLevelController } from '../../controllers/audio-level-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { participantActions } from '../../internal/participant-actions.js';
import { handUp, handViews } from '../../internal/hands-store.js';
import { TileLoadEvent } from '../../events/tile-load.js';
import { TileUnloadEvent } from '../../events/tile-unload.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { Participant, Peer } from '../../meeting/participant.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participant-tile.styles.js';
import { tileStrings } from '../../i18n/en/tile.js';
import { errorStrings } from '../../i18n/en/error.js';
import type { tileMenuEntries } from './tile-actions.js';

import type { NameTagPosition } from '../../internal/shared-types.js';

export type { NameTagPosition };

type Menu = HTMLElement & {
  open: boolean;
  show(): Promise<void>;
  updateComplete: Promise<unknown>;
};

/**
 * One person's tile: their video, or their avatar when the camera is off, a name tag, a
 * connection indicator and a menu of actions.
 *
 * Listens only to its own participant (`audioUpdate`, `videoUpdate`, `pinned`, `unpinned`, and
 * `toggleTile` for the local user), so one person's change re-renders one tile. The video element
 * is registered with the participant (`registerVideoElement`), which keeps the right track on it,
 * while someone can see it: a tile out of view (scrolled away, on another page), in a hidden tab
 * or inside an inert part of the page (the stage under a full-screen sidebar on a phone)
 * deregisters it (`tileUnload`) and registers it again within a frame of showing (`tileLoad`);
 * the self view is mirrored unless the `prefs.mirrorVideo` UI state is false. The speaking outline
 * follows the audio level without re-rendering: see the `speaking` attribute and
 * `--rtk-audio-level` (the level meter loads the first time the tile shows someone with their
 * microphone on).
 *
 * The menu (shown on hover or focus, loaded when its button is first focused or clicked) offers what the local user may do to
 * the person, the same as their row in the participants list (`participantActions`): pin or
 * unpin, and with the matching permissions mute, turn off video, remove from the stage and remove
 * from the meeting; on the local user's tile, hide it (`self.hide()`; while hidden the tile is not
 * shown). A refused call shows an error notification (`rtkNotification`). Once the menu has been
 * loaded the tile also follows `permissionsUpdate` (only then: a grid of many tiles would
 * otherwise put one listener each on the permissions).
 *
 * Pages add their own items to this menu (after the built-in ones) by declaring them in the slot
 * `participant-menu` of the tile, of `rtk-meeting` or of any element around it, or with
 * `addParticipantMenuItem()`: see `ParticipantMenuItemExtension`. For a person the local user has
 * no action for (a webinar viewer), the tile shows its menu button when the document holds such an
 * item (one inside another shadow root shows in the menus of people that have actions only).
 *
 * @slot - Content shown over the video (e.g. a name tag of your own): a layer covering the tile,
 * above the video, the name tag and the indicators, under the tile's menu; what you put in it
 * places itself (e.g. `position: absolute`) and takes pointer events where it has content.
 * @slot participant-menu - Items the page adds to the menu: each element (never shown itself) is
 * one item, named by its text or `aria-label`, with the icon `data-icon` (a name in the icon pack)
 * or `data-icon-path`; choosing it dispatches `rtkParticipantMenuSelect` (`detail.participant`) on
 * that element. Our addition.
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
 * @cssprop --rtk-audio-level - Set by the tile itself on its `container` part: the current audio
 *   level, 0–1 (use it in `::part(container)` rules).
 *
 * The attribute `hand-raised` is set while the person has a hand up (`rtk-raise-hand-toggle`): the
 * tile then shows a hand and says so in its name.
 *
 * @fires tileLoad - When the video element was registered with the participant.
 * @fires tileUnload - When the video element was deregistered.
 * @fires rtkNotification - When a menu action was refused by the meeting.
 */
export class RtkParticipantTile extends RtkElement {
  static override strings = { ...tileStrings, ...errorStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [this.participant, 'audioUpdate', 'videoUpdate', 'pinned', 'unpinned'],
    // The local user's tile hides itself; a remote person may move on or off the stage.
    [this.isSelf ? (this.isPreview ? undefined : m.self) : undefined, 'toggleTile'],
    [this.isSelf ? undefined : (this.participant as Participant | undefined), 'stageStatusUpdate'],
    [this.menuLoaded ? m.self?.permissions : undefined, 'permissionsUpdate'],
    // A tile shown before the local user joins gets its menu on joining (no actions before).
    [m.self?.roomJoined ? undefined : m.self, 'roomJoined'],
  ]);

  /** Draws the audio level; loaded when the tile first shows an open microphone. */
  private audioLevel?: AudioLevelController;
  private audioLevelLoading = false;

  /** Runs menu actions (pending state, error notification); loaded with the menu. */
  private action?: ActionController;

  /** Labels the menu's entries; loaded with the menu. */
  private menuEntries?: typeof tileMenuEntries;

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

  private get videoElement() {
    return this.find<HTMLVideoElement>('video');
  }

  private registered?: { participant: Peer; video: HTMLVideoElement; preview: boolean };

  /** Whether the tile is in view (IntersectionObserver), until it says otherwise. */
  private inView = true;

  /** Watches whether the tile is in view (made on connecting: no observer outside a browser). */
  private view?: IntersectionObserver;

  private readonly sync = () => this.syncVideo();

  override connectedCallback(): void {
    super.connectedCallback();
    handViews.add(this);
    this.view ??= new IntersectionObserver((entries) => {
      this.inView = entries[entries.length - 1]!.isIntersecting;
      this.syncVideo();
    });
    this.view.observe(this);
    document.addEventListener('visibilitychange', this.sync);
    // Re-register the video when the tile is moved back into the page.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    handViews.delete(this);
    this.view?.disconnect();
    document.removeEventListener('visibilitychange', this.sync);
    this.syncVideo();
  }

  protected override willUpdate(): void {
    const self = this.activeMeeting?.self;
    this.toggleAttribute('self-hidden', !this.isPreview && this.isSelf && self?.hidden === true);
    this.toggleAttribute('hand-raised', handUp(this.activeMeeting, this.participant?.id));
  }

  protected override updated(): void {
    this.syncVideo();
    this.syncAudioLevel();
    // A covering panel makes the stage inert in the parent's render, after this one.
    requestAnimationFrame(this.sync);
  }

  /** The track whose level the tile shows: the microphone while it is on. */
  private get levelTrack(): MediaStreamTrack | undefined {
    const p = this.participant;
    return p?.audioEnabled ? p.audioTrack : undefined;
  }

  private syncAudioLevel(): void {
    const track = this.levelTrack;
    if (this.audioLevel) {
      this.audioLevel.setTrack(track);
      return;
    }
    if (!track || this.audioLevelLoading) return;
    // Most tiles of a call need the meter, but a tile on its own (or muted people) need not
    // load it up front: it comes with the first open microphone.
    this.audioLevelLoading = true;
    void import('../../controllers/audio-level-controller.js')
      .then(({ AudioLevelController }) => {
        // The level goes on the container, inside this shadow root: a mic toggle or a louder voice
        // changes nothing in the grid around the tile.
        this.audioLevel ??= new AudioLevelController(this, () =>
          this.find<HTMLElement>('[part="container"]'),
        );
        this.audioLevel.setTrack(this.isConnected ? this.levelTrack : undefined);
      })
      .catch(() => undefined);
  }

  /** True when the tile shows the local user. */
  private get isSelf(): boolean {
    const self = this.activeMeeting?.self;
    return this.isPreview || (!!this.participant && !!self && this.participant.id === self.id);
  }

  /**
   * Keeps the video element registered while someone can see it: the tile on the page, in view,
   * the page not hidden and the tile not inside an inert (covered) part of the page. Otherwise
   * the element is detached from the track, so it does not decode or paint.
   */
  private syncVideo(): void {
    let seen = this.isConnected && this.inView && document.visibilityState !== 'hidden';
    for (let n = this.parentNode; seen && n; n = n.parentNode ?? (n as ShadowRoot).host)
      seen = !(n as HTMLElement).inert;
    const participant = seen ? this.participant : undefined;
    const video = this.videoElement;
    const current = this.registered;
    if (
      current &&
      (current.participant !== participant ||
        current.video !== video ||
        current.preview !== this.isPreview)
    ) {
      this.registered = undefined;
      try {
        current.participant.deregisterVideoElement(current.video, current.preview);
      } catch {
        // A half-shaped participant must not break the page.
      }
      this.dispatchEvent(
        new TileUnloadEvent({ participant: current.participant, videoElement: current.video }),
      );
    }
    if (
      !this.registered &&
      participant &&
      video &&
      typeof participant.registerVideoElement === 'function'
    ) {
      this.registered = { participant, video, preview: this.isPreview };
      try {
        participant.registerVideoElement(video, this.isPreview);
      } catch {
        return;
      }
      this.dispatchEvent(new TileLoadEvent({ participant, videoElement: video }));
    }
  }

  /**
   * Loads the menu's code and opens the menu, or (once loaded) lists the page's own items as they
   * are now. Focusing the button only loads it: once `rtk-menu` is on the page (another tile's
   * menu, the participants list), the keyboard opens the menu without a click, maybe before the
   * items are in; then they get focus when they arrive.
   */
  private handleMenuButton = async (event: Event): Promise<void> => {
    if (this.menuLoaded) return this.requestUpdate();
    // The menu is rare: its code (the menu, the action runner, Floating UI) loads on first use only.
    const [{ ActionController }, { tileMenuEntries }] = await Promise.all([
      import('../../controllers/action-controller.js'),
      import('./tile-actions.js'),
      import('../menu/rtk-menu.js'),
      import('../menu-item/rtk-menu-item.js'),
    ]);
    this.action ??= new ActionController(this, () => this.localize);
    this.menuEntries = tileMenuEntries;
    this.menuLoaded = true;
    await this.updateComplete;
    const menu = this.renderRoot.querySelector<Menu>('rtk-menu');
    await menu?.updateComplete;
    if (event.type === 'click' || menu?.open) await menu?.show();
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
      name: self ? selfName(this.localize, p.name) : name,
      audio: this.localize(audioOn ? 'tile.mic_on' : 'tile.muted'),
      video: this.localize(videoOn ? 'tile.video_on' : 'tile.video_off'),
    });
    const hand = this.hasAttribute('hand-raised') ? `, ${this.localize('tile.hand')}` : '';
    return html`<div part="container" role="group" aria-label=${label + hand}>
      <video
        part="video"
        class=${`${self ? 'self' : ''} ${mirror ? 'mirror' : ''}`}
        ?hidden=${!videoOn}
        .muted=${true}
        muted
        playsinline
        autoplay
      ></video>
      ${
        videoOn
          ? nothing
          : html`<rtk-avatar part="avatar" decorative .participant=${p}></rtk-avatar>`
      }
      <rtk-name-tag
        part="name-tag"
        .participant=${p}
        ?is-self=${self}
        variant=${this.variant}
      ></rtk-name-tag>
      ${
        this.isPreview
          ? nothing
          : html`<rtk-network-indicator part="network-indicator" .participant=${p}></rtk-network-indicator>`
      }
      <slot></slot>
      ${this.renderMenu(p, self ? selfName(this.localize, p.name) : name)}
    </div>`;
  }

  private renderMenu(p: Peer, name: string) {
    if (this.isPreview) return nothing;
    const allowed = participantActions(this.activeMeeting, p);
    // Without actions, a menu only when the page declared items of its own (tile-actions.ts picks
    // those for this person).
    if (!allowed.length && !document.querySelector('[slot=participant-menu]')) return nothing;
    const actions =
      this.menuLoaded && this.menuEntries ? this.menuEntries(allowed, this.localize, this, p) : [];
    return html`<rtk-menu part="menu" placement="bottom-end">
      <button
        part="menu-button"
        slot="trigger"
        type="button"
        aria-haspopup="menu"
        aria-label=${this.localize('tile.options', { name })}
        @click=${this.handleMenuButton}
        @focus=${this.handleMenuButton}
      >
        ${renderIcon('more_vertical', this.icons, paths.more_vertical)}
      </button>
      ${
        actions.length
          ? actions.map(
              (a) =>
                html`<rtk-menu-item
                data-action=${a.key}
                ?disabled=${this.action?.isPending(a.key) ?? false}
                @click=${() => void this.action?.run(a.key, a.run, { action: a.label })}
                ><span slot="start">${renderIcon(a.icon, this.icons, a.path)}</span>${a.label}</rtk-menu-item
              >`,
            )
          : nothing
      }
    </rtk-menu>`;
  }
}
