import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { ActionController } from '../../controllers/action-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import * as paths from '../../icons/paths.js';
import { renderIcon } from '../../icons/render-icon.js';
import type { MediaPermissionKind } from '../../meeting/media.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { PreJoinPeer } from '../../meeting/participants.js';
import type { Self } from '../../meeting/self.js';
import { focusRing, hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './setup-screen.styles.js';
import { setupStrings } from '../../i18n/en/setup.js';
import { idleStrings } from '../../i18n/en/idle.js';
import { errorStrings } from '../../i18n/en/error.js';
import { precallStrings } from '../../i18n/en/precall.js';

/** The longest display name accepted, in characters. */
export const MAX_NAME_LENGTH = 50;

/** Where the name typed on the setup screen is kept for this tab (sessionStorage). */
export const NAME_STORAGE_KEY = 'rtk-setup-screen-name';

/** People listed by name before joining; the rest are counted. */
const LISTED_PEOPLE = 4;

/** From this width (CSS pixels) the preview and the form sit side by side. */
const TWO_COLUMNS = 640;

/** From this height the device pickers start open in two columns (the preview shrinks for them). */
const ROOM_FOR_DEVICES = 480;

let pickersRequested = false;

/** Loads the device pickers the first time the screen shows them: a joined meeting does not carry them. */
function loadPickers(): void {
  if (pickersRequested) return;
  pickersRequested = true;
  const ignore = () => undefined;
  import('../microphone-selector/rtk-microphone-selector.js').catch(ignore);
  import('../camera-selector/rtk-camera-selector.js').catch(ignore);
  import('../speaker-selector/rtk-speaker-selector.js').catch(ignore);
  import('../background-effects/rtk-background-effects.js').catch(ignore);
}

/** `items` as a list in `locale` ("a, b and c"), or joined with commas without `Intl.ListFormat`. */
function listOf(locale: string, items: string[]): string {
  try {
    return new Intl.ListFormat(locale, { type: 'unit' }).format(items);
  } catch {
    return items.join(', ');
  }
}

let languagePickerRequested = false;

/** Loads the language picker the first time the screen shows: a joined meeting does not carry it. */
function loadLanguagePicker(): void {
  if (languagePickerRequested) return;
  languagePickerRequested = true;
  import('../language-picker/rtk-language-picker.js').catch(() => undefined);
}

function storedName(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(NAME_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined; // storage blocked (privacy mode, sandboxed frame)
  }
}

function storeName(name: string): void {
  try {
    globalThis.sessionStorage?.setItem(NAME_STORAGE_KEY, name);
  } catch {
    // storage blocked: the name is simply not remembered
  }
}

/** Whether `self` may publish this kind now (the preset, and the stage for `CAN_REQUEST`). */
function canProduce(self: Self, kind: MediaPermissionKind): boolean {
  const key =
    kind === 'audio'
      ? 'canProduceAudio'
      : kind === 'video'
        ? 'canProduceVideo'
        : 'canProduceScreenshare';
  const value = self.permissions?.[key];
  if (value === undefined || value === 'ALLOWED') return true;
  return (
    value === 'CAN_REQUEST' &&
    (self.stageStatus === 'ON_STAGE' || self.stageStatus === 'ACCEPTED_TO_JOIN_STAGE')
  );
}

/**
 * The screen before joining: your camera preview with a live microphone level, microphone and
 * camera toggles, device pickers, the meeting title and who is already there, your name, and
 * the join button.
 *
 * The name starts as what you typed last time in this tab (sessionStorage), else
 * `meeting.self.name`; it is trimmed, required and at most 50 characters; the validation message
 * is announced. On join it calls `self.setName` (when the preset allows editing the name) and
 * `meeting.join()`. While joining the button says so; if joining fails the reason (and the SDK's
 * error code) is shown and the button works again.
 *
 * When the camera or microphone is blocked, `rtk-permissions-message` explains how to fix it.
 * People who cannot publish (webinar and livestream viewers) see no media controls, only that
 * they will join as a viewer. Who is already in the room comes from
 * `participants.getParticipantsInMeetingPreJoin()` when the SDK offers it.
 *
 * The screen fits its box without scrolling: the preview keeps the camera's 16:9 shape and
 * shrinks to leave room for the rest, so the join button stays in view (on a 390×664 phone too).
 * Narrower than 640 px the form goes below the preview. The device pickers
 * (`rtk-microphone-selector`, `rtk-camera-selector`, `rtk-speaker-selector`, imported when the
 * screen first renders them) sit behind a "Devices" button next to the microphone and camera
 * toggles: open at first in two columns when the box is at least 480 px tall, closed on a phone.
 * With them, `rtk-background-effects` (blur or a picture behind you, seen live in your tile).
 * The meeting title is the page's level-1 heading.
 *
 * @csspart container - The two columns (one on narrow screens).
 * @csspart preview - Your tile and media toggles.
 * @csspart media-controls - The microphone and camera toggles, and the devices button.
 * @csspart devices-toggle - The button that shows or hides the device pickers.
 * @csspart devices - The device pickers.
 * @csspart background - The background effects (`rtk-background-effects`) among the pickers.
 * @csspart permissions - The `rtk-permissions-message`.
 * @csspart viewer - The "you will join as a viewer" note.
 * @csspart form - The name field and the join button.
 * @csspart title - The meeting title (an `h1`).
 * @csspart people - Who is already in the room.
 * @csspart name-input - The name field.
 * @csspart name-error - The validation message.
 * @csspart join-button - The join button.
 * @csspart error - Why joining failed.
 * @csspart error-code - The SDK error code of the failure.
 * @csspart precall - The pre-call check: the connection line and the one-line summary above the
 *   join button ("Ready to join: microphone on, camera off.").
 * @csspart language - The language picker (`rtk-language-picker`), at the end of the form.
 *
 * @cssprop --rtk-setup-screen-max-width - Widest the content gets.
 *
 * @fires rtkStateUpdate - Inherited: the permissions message may ask to hide itself.
 */
export class RtkSetupScreen extends RtkElement {
  static override strings = { ...setupStrings, ...idleStrings, ...errorStrings, ...precallStrings };

  static override styles = [tokens, hostStyles, focusRing, styles];

  protected readonly events = new MeetingController(this, (m) => [
    [m.self, 'audioUpdate', 'videoUpdate', 'roomJoined', 'roomLeft', 'mediaPermissionUpdate'],
    [m.self?.permissions, 'permissionsUpdate'],
    [m.stage, 'stageStatusUpdate'],
    [m.meta, 'socketConnectionUpdate'],
  ]);

  private readonly action = new ActionController(this, () => this.localize);

  @state() private displayName = '';

  @state() private touched = false;

  /** Whether the device pickers show; undefined until the person chooses (then the size decides). */
  @state() private devicesOpen?: boolean;

  /**
   * Re-renders when the layout changes: one or two columns, room for the pickers or not. In the
   * next frame: the screen's own height may follow what it renders (a page that gives it none).
   */
  private readonly box = new ResizeController(this, () => {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => {
      if (this.layoutKey() !== this.renderedLayout) this.requestUpdate();
    });
  });

  private resizeFrame = 0;

  private renderedLayout = '';

  /** Who is in the room before joining, when the SDK told us. */
  @state() private peers?: PreJoinPeer[];

  @query('input') private input?: HTMLInputElement;

  private nameSource?: Self;

  private peersSource?: Meeting;

  protected override willUpdate(): void {
    const meeting = this.activeMeeting;
    const self = meeting?.self;
    if (self && self !== this.nameSource) {
      this.nameSource = self;
      const own = typeof self.name === 'string' ? self.name : '';
      this.displayName = (self.permissions?.canEditDisplayName !== false && storedName()) || own;
      this.touched = false;
    }
    if (meeting && meeting !== this.peersSource) {
      this.peersSource = meeting;
      this.peers = undefined;
      void this.loadPeers(meeting);
    }
  }

  private async loadPeers(meeting: Meeting): Promise<void> {
    const participants = meeting.participants;
    if (typeof participants?.getParticipantsInMeetingPreJoin !== 'function') return;
    try {
      const { peers } = await participants.getParticipantsInMeetingPreJoin();
      if (this.peersSource === meeting && Array.isArray(peers))
        this.peers = peers.filter((p) => !p.waitlisted);
    } catch {
      // Not available (old SDK, server refused): the screen just does not list anyone.
    }
  }

  private get twoColumns(): boolean {
    return this.box.width >= TWO_COLUMNS;
  }

  /** The pickers start open in two columns with the height for them (or a height set by content). */
  private get devicesShown(): boolean {
    if (this.devicesOpen !== undefined) return this.devicesOpen;
    return this.twoColumns && (this.box.height === 0 || this.box.height >= ROOM_FOR_DEVICES);
  }

  private layoutKey(): string {
    return `${this.twoColumns} ${this.devicesShown}`;
  }

  private toggleDevices = (): void => {
    this.devicesOpen = !this.devicesShown;
  };

  private get canEditName(): boolean {
    return this.activeMeeting?.self.permissions?.canEditDisplayName !== false;
  }

  /** The validation message for the current name, or `undefined` when it is fine. */
  private validate(): string | undefined {
    const name = this.displayName.trim();
    if (!name) return this.localize('setup.name_required');
    if ([...name].length > MAX_NAME_LENGTH) {
      return this.localize('setup.name_too_long', { max: MAX_NAME_LENGTH });
    }
    return undefined;
  }

  private handleInput = (event: Event): void => {
    this.displayName = (event.target as HTMLInputElement).value;
    this.touched = true;
    if (!this.validate()) storeName(this.displayName.trim());
  };

  private handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const meeting = this.activeMeeting;
    if (!meeting || this.action.isPending('join')) return;
    const editable = this.canEditName;
    if (editable && this.validate()) {
      this.touched = true;
      this.input?.focus();
      return;
    }
    const name = this.displayName.trim();
    if (editable) storeName(name);
    void this.action.run(
      'join',
      async () => {
        if (editable && name !== meeting.self.name) meeting.self.setName(name);
        await meeting.join();
      },
      { action: this.localize('setup.join'), notify: false },
    );
  };

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting)
      return html`<p part="error" role="status">${this.localize('idle.no_meeting')}</p>`;
    const self = meeting.self;
    const pending = this.action.isPending('join');
    const joinError = this.action.errors.get('join');
    const editable = this.canEditName;
    const invalid = editable && this.touched ? this.validate() : undefined;
    const title = meeting.meta?.meetingTitle;
    const audio = canProduce(self, 'audio');
    const video = canProduce(self, 'video');
    const viewer = !audio && !video;
    this.renderedLayout = this.layoutKey();
    loadLanguagePicker();
    return html`<div part="container" class=${this.twoColumns ? 'columns' : 'stacked'}>
      <div part="preview">
        <div class="preview-box">
          <rtk-participant-setup
            .participant=${self}
          ></rtk-participant-setup>
        </div>
        ${viewer ? this.renderViewer() : this.renderMedia(audio, video)}
      </div>
      <form part="form" novalidate @submit=${this.handleSubmit}>
        <h1 part="title">${title || this.localize('setup.title')}</h1>
        ${title ? html`<p class="subtitle">${this.localize('setup.title')}</p>` : nothing}
        ${this.renderPeople()}
        <label for="name">${this.localize('setup.name_label')}</label>
        <input
          id="name"
          part="name-input"
          type="text"
          autocomplete="name"
          required
          placeholder=${this.localize('setup.name_placeholder')}
          .value=${this.displayName}
          ?disabled=${!editable}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="name-error"
          @input=${this.handleInput}
        />
        <p id="name-error" part="name-error" aria-live="polite">${invalid ?? ''}</p>
        ${this.renderPrecall(meeting, audio, video)}
        <button
          part="join-button"
          type="submit"
          aria-disabled=${pending ? 'true' : 'false'}
          aria-busy=${pending ? 'true' : 'false'}
        >
          ${this.localize(pending ? 'setup.joining' : 'setup.join')}
        </button>
        ${
          joinError
            ? html`<p part="error" role="alert">
                ${this.localize('setup.join_failed', { message: joinError.message })}
              </p>
              ${
                joinError.code
                  ? html`<p part="error-code">${this.localize('setup.error_code', { code: joinError.code })}</p>`
                  : nothing
              }`
            : nothing
        }
        <rtk-language-picker part="language"></rtk-language-picker>
      </form>
    </div>`;
  }

  /**
   * The pre-call check: the connection to the meeting server as the SDK reports it
   * (`meta.socketState`, once it has one) and one line that sums up the microphone, the camera and
   * the connection.
   */
  private renderPrecall(meeting: Meeting, audio: boolean, video: boolean) {
    const self = meeting.self;
    const socket = meeting.meta?.socketState?.state;
    const blocked = (kind: 'audio' | 'video') => {
      const permission = self.mediaPermissions?.[kind];
      return (
        permission !== undefined && permission !== 'ACCEPTED' && permission !== 'NOT_REQUESTED'
      );
    };
    const items: string[] = [];
    let trouble = socket === 'disconnected' || socket === 'failed';
    if (trouble) items.push(this.localize('precall.offline'));
    for (const [kind, on, show] of [
      ['mic', self.audioEnabled, audio],
      ['camera', self.videoEnabled, video],
    ] as const) {
      if (!show) continue;
      const isBlocked = blocked(kind === 'mic' ? 'audio' : 'video');
      trouble ||= isBlocked;
      items.push(this.localize(`precall.${kind}_${isBlocked ? 'blocked' : on ? 'on' : 'off'}`));
    }
    return html`<div part="precall" class="precall" role="group" aria-label=${this.localize('precall.label')}>
      ${socket && socket !== 'connected' ? html`<p class="line">${this.localize(`precall.connection_${socket}`)}</p>` : socket ? html`<p class="line">${this.localize('precall.connection_connected')}</p>` : nothing}
      ${
        items.length
          ? html`<p class="summary ${trouble ? 'trouble' : 'ready'}" role="status">
            ${this.localize(trouble ? 'precall.check' : 'precall.ready', { items: listOf(this.localize.locale, items) })}
          </p>`
          : nothing
      }
    </div>`;
  }

  private renderMedia(audio: boolean, video: boolean) {
    loadPickers();
    const open = this.devicesShown;
    return html`<div part="media-controls" class="media-controls">
        ${audio ? html`<rtk-mic-toggle></rtk-mic-toggle>` : nothing}
        ${video ? html`<rtk-camera-toggle></rtk-camera-toggle>` : nothing}
        <button
          part="devices-toggle"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="devices"
          @click=${this.toggleDevices}
        >
          <span class="graphic">${renderIcon('settings', this.icons, paths.settings)}</span>
          <span class="label"
            >${this.localize('setup.devices')}${renderIcon(
              open ? 'chevron_up' : 'chevron_down',
              this.icons,
              open ? paths.chevron_up : paths.chevron_down,
            )}</span
          >
        </button>
      </div>
      <rtk-permissions-message
        part="permissions"
      ></rtk-permissions-message>
      <div
        part="devices"
        id="devices"
        role="group"
        aria-label=${this.localize('setup.devices')}
        ?hidden=${!open}
      >
        ${audio ? html`<rtk-microphone-selector></rtk-microphone-selector>` : nothing}
        ${video ? html`<rtk-camera-selector></rtk-camera-selector>` : nothing}
        <rtk-speaker-selector></rtk-speaker-selector>
        ${video ? html`<rtk-background-effects part="background"></rtk-background-effects>` : nothing}
      </div>`;
  }

  private renderViewer() {
    return html`<div part="viewer" role="note">
      <p class="viewer-title">${this.localize('setup.viewer')}</p>
      <p class="viewer-hint">${this.localize('setup.viewer_hint')}</p>
    </div>`;
  }

  private renderPeople() {
    const peers = this.peers;
    if (!peers) return nothing;
    const listed = peers.slice(0, LISTED_PEOPLE);
    const more = peers.length - listed.length;
    return html`<div part="people">
      <p class="count">${this.localize('setup.in_meeting', { count: peers.length })}</p>
      ${
        listed.length
          ? html`<ul aria-label=${this.localize('setup.already_here')}>
            ${listed.map((p) => html`<li>${p.displayName}</li>`)}
            ${more > 0 ? html`<li class="more">${this.localize('setup.and_more', { count: more })}</li>` : nothing}
          </ul>`
          : nothing
      }
    </div>`;
  }
}
