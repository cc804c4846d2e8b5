import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { isStaged, mapItems } from '../../meeting/guards.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { Peer } from '../../meeting/participant.js';
import type { Plugin } from '../../meeting/plugins.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './grid.styles.js';
import type * as SelfView from './self-view.js';
import { gridStrings } from '../../i18n/en/grid.js';
import { idleStrings } from '../../i18n/en/idle.js';

/**
 * `rtk-grid`'s `overrides`, as the official kit reads them (a deprecated prop there, typed `any`):
 * `videoUnsubscribed.preset` lists regular expressions matched against each person's
 * `presetName`; people whose preset matches are left out of the grid.
 */
export interface GridOverrides {
  videoUnsubscribed?: { preset?: readonly string[] };
  [key: string]: unknown;
}

/** The layouts `rtk-grid` chooses from. */
export type GridLayoutKind = 'simple' | 'spotlight' | 'mixed' | 'audio';

/** Lazy loaders of the layouts a plain call does not need, so they cost nothing until used. */
const loaders: Record<Exclude<GridLayoutKind, 'simple'>, () => Promise<unknown>> = {
  spotlight: () => import('../spotlight-grid/rtk-spotlight-grid.js'),
  mixed: () => import('../mixed-grid/rtk-mixed-grid.js'),
  audio: () => import('../audio-grid/rtk-audio-grid.js'),
};

/**
 * The stage: chooses the layout from the meeting and switches live.
 *
 * - `rtk-audio-grid` in audio rooms (`meta.viewType === 'AUDIO_ROOM'`);
 * - `rtk-mixed-grid` while someone shares a screen or a plugin is open (`plugins.active`): the
 *   share or plugin large, people beside it (`layout`), and an `rtk-tab-bar` to switch between
 *   several shares and plugins (the choice is kept in the UI states, `activeTab`);
 * - `rtk-spotlight-grid` while someone is pinned (`participants.pinned`, or self), or when
 *   `config.gridLayout` is `'spotlight'` (our addition): then the last active speaker is featured;
 * - `rtk-simple-grid` otherwise: you and everyone on screen now (`participants.active`).
 *
 * `overrides` (deprecated in the official kit, kept for compatibility) does what it does there:
 * with `{ videoUnsubscribed: { preset: ['^viewer'] } }` people whose `presetName` matches one of
 * the regular expressions are not shown in the grid (pinned people still are).
 *
 * It listens to membership, pin, screen-share, plugin and view-mode events only (and to `activeSpeaker`
 * only while it features the speaker), so one person's mic toggle re-renders only their tile.
 * Tiles keep `aspectRatio` and are as large as the space and `gap` allow. In the `PAGINATED` view
 * mode an `rtk-grid-pagination` sits below the tiles. The spotlight, mixed and audio layouts and
 * the pagination are loaded the first time they are needed.
 *
 * @csspart container - The box holding the chosen layout.
 * @csspart message - The text shown when there is nobody to show.
 *
 * @cssprop --rtk-grid-background - Background behind the tiles.
 * @cssprop --rtk-grid-min-height - Height of the grid when its parent gives it none (12rem).
 */
export class RtkGrid extends RtkElement {
  static override strings = { ...gridStrings, ...idleStrings };

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [
        m.participants?.active,
        'participantJoined',
        'participantLeft',
        'participantsCleared',
        'participantsUpdate',
      ],
      [m.participants?.pinned, 'participantJoined', 'participantLeft', 'participantsCleared'],
      [m.participants?.joined, 'participantJoined', 'participantLeft', 'screenShareUpdate'],
      [m.participants, 'viewModeChanged', 'activeSpeaker'],
      [m.plugins?.active, 'pluginAdded', 'pluginDeleted'],
      [m.self, 'roomJoined', 'roomLeft', 'toggleTile', 'pinned', 'unpinned', 'screenShareUpdate'],
      [m.stage, 'stageStatusUpdate'],
    ],
    {
      onEvent: (event, args) =>
        event === 'activeSpeaker'
          ? this.speakerChanged(args[0])
          : event !== 'participantJoined' || this.onGrid(args[0]),
    },
  );

  /** Where the participants go next to a screen share or the spotlight: `row` or `column`. */
  @property({ reflect: true }) layout: 'row' | 'column' = 'row';

  /**
   * A fixed tile aspect ratio, `width:height` (default: `config.aspectRatio`, else each layout
   * shapes its tiles to fill the stage, from 3:4 to 16:9).
   */
  @property({ attribute: 'aspect-ratio' }) aspectRatio?: string;

  /** Space between tiles, in pixels. */
  @property({ type: Number }) gap = 8;

  /** The most tiles shown at once (default: everyone). Our reading of the official prop. */
  @property({ type: Number, attribute: 'grid-size' }) gridSize?: number;

  /**
   * Deprecated in the official kit, supported as there: `videoUnsubscribed.preset` is a list of
   * regular expressions; people whose `presetName` matches one are left out of the grid.
   */
  @property({ attribute: false }) overrides?: GridOverrides;

  /**
   * Where your floating tile sits on a phone (`top-start`, …, `bottom-end`).
   * @internal
   */
  corner = 'bottom-end';

  /**
   * The strings and icons, for the self-view module.
   * @internal
   */
  get text() {
    return { localize: this.localize, icons: this.icons };
  }

  /** The speaker featured by a config-asked spotlight. */
  private featured?: string;

  /** The layout in use now. */
  get chosenLayout(): GridLayoutKind {
    const meeting = this.activeMeeting;
    if (!meeting) return 'simple';
    if (meeting.meta?.viewType === 'AUDIO_ROOM') return 'audio';
    if (this.sharers(meeting).length > 0 || this.plugins(meeting).length > 0) return 'mixed';
    if (this.pinned(meeting).length > 0 || this.activeConfig.gridLayout === 'spotlight')
      return 'spotlight';
    return 'simple';
  }

  /** The people shown, in order: self first (or last, per `config.selfTilePosition`). */
  get peers(): Peer[] {
    const meeting = this.activeMeeting;
    if (!meeting) return [];
    const self = meeting.self;
    const others: Peer[] = mapItems(meeting.participants?.active).filter(
      (p) => p && p.id !== self.id,
    );
    const list =
      self.hidden || typeof self.id !== 'string' || !selfOnStage(meeting)
        ? others
        : this.activeConfig.selfTilePosition === 'last'
          ? [...others, self]
          : [self, ...others];
    const shown = this.withoutUnsubscribed(list);
    return this.gridSize && this.gridSize > 0 ? shown.slice(0, this.gridSize) : shown;
  }

  /**
   * How many other people could be on the grid but are not (the meeting shows only the active
   * ones, or `gridSize` cuts the list): the "+N" tile. None while the meeting pages through people.
   */
  private hiddenCount(meeting: Meeting, shown: Peer[]): number {
    if (meeting.participants?.viewMode === 'PAGINATED') return 0;
    const staged = isStaged(meeting);
    const eligible = this.withoutUnsubscribed(
      mapItems<Peer>(meeting.participants?.joined).filter(
        (p) => p && p.id !== meeting.self.id && (!staged || p.stageStatus === 'ON_STAGE'),
      ),
    ).length;
    const others = shown.filter((p) => p.id !== meeting.self.id).length;
    return Math.max(0, eligible - others);
  }

  /**
   * Whether a person who joined can be on the grid (in a webinar: is on the stage). A viewer
   * joining changes neither the tiles nor the "+N", so it re-renders nothing. Leaves always count:
   * someone leaving the stage has left it by the time the event comes.
   */
  private onGrid(person: unknown): boolean {
    const meeting = this.activeMeeting;
    return (
      !meeting ||
      !isStaged(meeting) ||
      (person as Partial<Peer> | undefined)?.stageStatus === 'ON_STAGE'
    );
  }

  /** `list` without the people `overrides.videoUnsubscribed.preset` leaves out. */
  private withoutUnsubscribed(list: Peer[]): Peer[] {
    const patterns = this.overrides?.videoUnsubscribed?.preset;
    if (!Array.isArray(patterns) || patterns.length === 0) return list;
    const regexes: RegExp[] = [];
    for (const pattern of patterns) {
      try {
        regexes.push(new RegExp(pattern));
      } catch {
        // An invalid pattern matches nobody.
      }
    }
    return list.filter(
      (p) => typeof p.presetName !== 'string' || !regexes.some((r) => r.test(p.presetName!)),
    );
  }

  private plugins(meeting: Meeting): Plugin[] {
    return mapItems<Plugin>(meeting.plugins?.active);
  }

  private pinned(meeting: Meeting): Peer[] {
    return meeting.self.isPinned ? [meeting.self] : mapItems<Peer>(meeting.participants?.pinned);
  }

  private sharers(meeting: Meeting): Peer[] {
    const people: Peer[] = mapItems<Peer>(meeting.participants?.joined).filter(
      (p) => p?.screenShareEnabled,
    );
    return meeting.self.screenShareEnabled ? [meeting.self, ...people] : people;
  }

  /** Re-render on `activeSpeaker` only when the featured speaker changes. */
  private speakerChanged(payload: unknown): boolean {
    const peerId = (payload as { peerId?: string } | undefined)?.peerId;
    if (this.activeConfig.gridLayout !== 'spotlight' || !peerId || peerId === this.featured)
      return false;
    return true;
  }

  /** Who a config-asked spotlight features: the last active speaker, else the first other person. */
  private spotlightOf(meeting: Meeting, peers: Peer[]): Peer[] {
    const pinned = this.pinned(meeting);
    if (pinned.length) return pinned;
    const id = meeting.participants?.lastActiveSpeaker;
    const speaker =
      peers.find((p) => p.id === id) ??
      (id === meeting.self.id ? meeting.self : meeting.participants?.joined?.get?.(id ?? '')) ??
      peers.find((p) => p.id !== meeting.self.id) ??
      peers[0];
    this.featured = speaker?.id;
    return speaker ? [speaker] : [];
  }

  protected override willUpdate(): void {
    const kind = this.chosenLayout;
    if (kind !== 'simple') void loaders[kind]().catch(() => undefined);
    if (this.activeMeeting?.participants?.viewMode === 'PAGINATED') {
      void import('../grid-pagination/rtk-grid-pagination.js').catch(() => undefined);
    }
  }

  override render() {
    const meeting = this.activeMeeting;
    const kind = this.chosenLayout;
    const peers = this.peers;
    if (!meeting || (kind !== 'audio' && peers.length === 0)) {
      return html`<p part="message">${this.localize(meeting ? 'grid.empty' : 'idle.no_meeting')}</p>
        ${meeting ? this.renderShowSelf(meeting) : nothing}`;
    }
    const paginated = meeting.participants?.viewMode === 'PAGINATED';
    // On a phone, from three people on, your own view floats in a corner over the others.
    const self = meeting.self;
    const floating = this.selfViewReady(
      kind === 'simple' && this.size === 'sm' && peers.length >= 3 && peers.includes(self),
    );
    return html`<div part="container">
      ${this.renderLayout(kind, meeting, floating ? peers.filter((p) => p !== self) : peers)}
      ${
        paginated && kind !== 'audio'
          ? html`<rtk-grid-pagination
            .size=${this.size}
          ></rtk-grid-pagination>`
          : nothing
      }
      ${floating ? this.selfView!.renderFloatingSelf(this, self) : nothing}
      ${this.renderShowSelf(meeting)}
    </div>`;
  }

  private renderLayout(kind: GridLayoutKind, meeting: Meeting, peers: Peer[]): TemplateResult {
    const gap = Number.isFinite(this.gap) && this.gap >= 0 ? this.gap : 8;
    switch (kind) {
      case 'audio':
        return html`<rtk-audio-grid
          .size=${this.size}
        ></rtk-audio-grid>`;
      case 'mixed':
        return html`<rtk-mixed-grid
          .participants=${peers}
          .pinnedParticipants=${this.pinned(meeting)}
          .screenShareParticipants=${this.sharers(meeting)}
          .plugins=${this.plugins(meeting)}
          layout=${this.layout}
          .aspectRatio=${this.aspectRatio}
          .gap=${gap}
          .size=${this.size}
        ></rtk-mixed-grid>`;
      case 'spotlight':
        return html`<rtk-spotlight-grid
          .participants=${peers}
          .pinnedParticipants=${this.spotlightOf(meeting, peers)}
          layout=${this.layout}
          .aspectRatio=${this.aspectRatio}
          .gap=${gap}
          .size=${this.size}
        ></rtk-spotlight-grid>`;
      default:
        return html`<rtk-simple-grid
          .participants=${peers}
          .aspectRatio=${this.aspectRatio}
          .hiddenCount=${this.hiddenCount(meeting, peers)}
          .gap=${gap}
          .size=${this.size}
        ></rtk-simple-grid>`;
    }
  }

  /** Your own view floating on a phone, and "Show my tile": loaded the first time either shows. */
  private selfView?: typeof SelfView;
  private selfViewLoading?: Promise<void>;

  /** Whether the self-view module is in; starts loading it (once) the first time it is `wanted`. */
  private selfViewReady(wanted: boolean): boolean {
    if (wanted)
      this.selfViewLoading ??= import('./self-view.js').then((m) => {
        this.selfView = m;
        this.requestUpdate();
      });
    return wanted && !!this.selfView;
  }

  /** While your own tile is hidden, a button in the corner brings it back. */
  private renderShowSelf(meeting: Meeting) {
    const hidden = meeting.self.hidden && typeof meeting.self.show === 'function';
    return this.selfViewReady(hidden) ? this.selfView!.renderShowSelf(this, meeting.self) : nothing;
  }
}

/** In webinars and livestreams only people on the stage are on the grid; elsewhere everyone is. */
function selfOnStage(meeting: Meeting): boolean {
  if (!isStaged(meeting)) return true;
  const status = meeting.stage?.status ?? meeting.self.stageStatus;
  return status === undefined || status === 'ON_STAGE';
}
