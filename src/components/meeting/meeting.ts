import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Size, UiStates } from '../../context/states.js';
import type { UiProviderController } from '../../context/provider-controller.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { NotificationsController } from '../../controllers/notifications-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { LeaveRoomState } from '../../meeting/media.js';
import type { Meeting } from '../../meeting/meeting.js';
import { DesignSystemController } from '../../controllers/design-system-controller.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import type { ThemeSetting } from '../../styles/theme.js';
import type { UiOverrides } from '../../context/overrides.js';
import styles from './meeting.styles.js';
import { errorStrings } from '../../i18n/en/error.js';
import { shellStrings } from '../../i18n/en/shell.js';
import { headerStrings } from '../../i18n/en/header.js';
import { controlbarStrings } from '../../i18n/en/controlbar.js';
import { MeetingNotificationsController } from '../../controllers/meeting-notifications-controller.js';
import type { TransportState } from '../../meeting/meta.js';

/** The screen `rtk-meeting` shows. */
export type MeetingScreen = NonNullable<UiStates['meeting']>;

/** The size class for a width in CSS pixels. */
export function sizeForWidth(width: number): Size {
  if (width < 600) return 'sm';
  if (width < 900) return 'md';
  if (width < 1200) return 'lg';
  return 'xl';
}

/** The in-call layout `rtk-meeting` uses, from `meeting.meta.viewType`. */
export type MeetingLayout =
  'group-call' | 'webinar' | 'audio-room' | 'livestream' | 'livestream-viewer' | 'chat';

/** What the connection banner says: nothing, reconnecting, lost, or media lost. */
export type ConnectionProblem = 'reconnecting' | 'lost' | 'media' | undefined;

const BROKEN_TRANSPORT: ReadonlySet<TransportState> = new Set([
  'failed',
  'disconnected',
  'reconnecting',
]);

/** `show-setup-screen="false"` must turn it off, as in the official kit. */
const booleanDefaultTrue = {
  fromAttribute: (value: string | null) => value === null || value !== 'false',
};

/**
 * A whole meeting in one tag: the setup screen, the waiting screen, the meeting itself, and the
 * ended screen, following `meeting.self.roomState`.
 *
 * In the meeting: `rtk-header` on top, `rtk-stage` (with `rtk-grid`) and `rtk-sidebar` beside it
 * (docked; a full-screen sheet at size `sm`), `rtk-controlbar` at the bottom, plus
 * `rtk-participants-audio`, `rtk-dialog-manager` and the notification stack. The layout follows
 * `meeting.meta.viewType`: `GROUP_CALL`, `WEBINAR` and `AUDIO_ROOM` show the grid; in `LIVESTREAM`
 * those not on the stage watch `rtk-livestream-player` instead; `CHAT` shows the chat as the main
 * area. `config.header === false` or `config.controlBar === false` (or the preset's
 * `self.config.header.isEnabled` / `controlBar.isEnabled` being false) hide those bars.
 *
 * On a phone (size `sm`) an open sidebar is a sheet over the whole meeting, and what it covers is
 * inert. Notifications never cover a control: they show at the bottom end of the stage (above
 * the control bar, beside a docked sidebar; full width on phones), or at the bottom of a sidebar
 * sheet, which make room for them.
 *
 * With `main`, the meeting is the page's main content: the current screen (in the call, the
 * stage) is the `main` landmark, the header a `banner`, the sidebar a `complementary` region and
 * the control bar a labelled `region`, and the meeting's title in the header is the page's
 * level-1 heading.
 *
 * While the connection to the meeting drops, a banner says "Reconnecting…" (or "Connection lost",
 * or that audio and video were lost); the UI states (open sidebar, dialogs) are kept, so after the
 * reconnect everything is as it was. Meeting events also become notifications: joins and leaves
 * (batched), chat messages while the chat is closed, new polls, stage requests and waiting-room
 * knocks for hosts, recording started and stopped.
 *
 * Provides the meeting, UI states, config, language and icons to everything inside it, keeps the
 * UI states (merging `rtkStateUpdate` and announcing `rtkStatesUpdate`), remembers why you left
 * (`states.roomLeftState`), sets `size` from its own width, and shows the `rtkNotification`s
 * raised inside it. A missing or half-built meeting shows the idle screen; nothing throws.
 *
 * Themes everything inside: the `theme` attribute, `config.designTokens`, or plain CSS on the
 * `--rtk-*` tokens below, set on this element or on any ancestor.
 *
 * Language: set `t` (a plain function as in the official kit, or a language pack through
 * `useLanguage`: `.t=${useLanguage(ar)}` with `import { ar } from 'realtimekit-lit/i18n/ar.js'`).
 * Without it, the language of an enclosing `rtk-ui-provider` is used, else English. The meeting
 * sets `lang` and `dir` on itself (never on the document) from that language, so an Arabic
 * meeting is laid out right to left.
 *
 * The page extends the meeting with its own elements: put them in the slot `controlbar-extra`
 * (buttons of the control bar), `sidebar-section` (sections of the sidebar) or
 * `participant-menu` (items of every person's menu); see those tags.
 *
 * @slot controlbar-extra - The page's own controls of the control bar (see `rtk-controlbar`).
 * @slot sidebar-section - The page's own sidebar sections (see `rtk-sidebar`).
 * @slot participant-menu - The page's own items of the tile and participant menus (see
 * `rtk-participant-tile`); never shown themselves.
 *
 * @csspart screen - The current screen.
 * @csspart header - The `rtk-header`.
 * @csspart banner - The connection banner.
 * @csspart body - The row holding the main area and the sidebar.
 * @csspart main - The main area (`rtk-stage`, or the chat in CHAT meetings).
 * @csspart stage - The `rtk-stage`.
 * @csspart captions - The live captions (`rtk-transcripts`) below the stage, while shown.
 * @csspart sidebar - The `rtk-sidebar`.
 * @csspart controlbar - The `rtk-controlbar`.
 * @csspart notifications - The notification stack.
 *
 * @cssprop --rtk-meeting-background - Background of the meeting.
 * @cssprop --rtk-color-brand-50 - Brand scale, step 50 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-100 - Brand scale, step 100 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-200 - Brand scale, step 200 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-300 - Brand scale, step 300 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-400 - Brand scale, step 400 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-500 - Brand colour (buttons, active speaker, links). Overriding it alone moves the whole brand scale. Default: `#2160fd`.
 * @cssprop --rtk-color-brand-600 - Brand scale, step 600 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-700 - Brand scale, step 700 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-800 - Brand scale, step 800 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-900 - Brand scale, step 900 (defaults to a mix of the brand colour).
 * @cssprop --rtk-color-brand-subtle - Brand tint for selected and highlighted backgrounds.
 * @cssprop --rtk-color-text-on-brand - Text and icons on brand fills. Default: `#ffffff`.
 * @cssprop --rtk-color-background-1000 - Page background of the meeting (darkest step in dark themes, white in light). Default: `#080808`.
 * @cssprop --rtk-color-background-900 - Raised surfaces: tiles, panels, tooltips, notifications. Default: `#1a1a1a`.
 * @cssprop --rtk-color-background-800 - Controls: buttons and inputs. Default: `#2c2c2c`.
 * @cssprop --rtk-color-background-700 - Controls on hover. Default: `#3d3d3d`.
 * @cssprop --rtk-color-background-600 - Controls when pressed; strong separators. Default: `#4d4d4d`.
 * @cssprop --rtk-color-background-500 - Strongest background step. Default: `#626262`.
 * @cssprop --rtk-color-border - Borders and dividers. Default: `#4d4d4d`.
 * @cssprop --rtk-color-overlay - Backdrop behind dialogs. Default: `rgb(0 0 0 / 0.6)`.
 * @cssprop --rtk-color-text - Main text colour. Default: `#ffffff`.
 * @cssprop --rtk-color-text-muted - Secondary text (still 4.5:1 on backgrounds 1000..800). Default: `#c4c4c4`.
 * @cssprop --rtk-color-danger - Danger: errors, leave, muted microphone. Default: `#ff2d2d`.
 * @cssprop --rtk-color-text-on-danger - Text on danger fills. Default: `#080808`.
 * @cssprop --rtk-color-warning - Warnings. Default: `#ffcd07`.
 * @cssprop --rtk-color-text-on-warning - Text on warning fills. Default: `#080808`.
 * @cssprop --rtk-color-success - Success. Default: `#62a504`.
 * @cssprop --rtk-color-text-on-success - Text on success fills. Default: `#080808`.
 * @cssprop --rtk-color-focus - Keyboard focus ring. Default: `#8cb2ff`.
 * @cssprop --rtk-color-video-overlay - Backdrop of text over video (name tags); dark in every theme. Default: `rgb(0 0 0 / 0.7)`.
 * @cssprop --rtk-color-text-on-video - Text over video. Default: `#ffffff`.
 * @cssprop --rtk-shadow-sm - Small shadow. Default: `0 1px 2px rgb(0 0 0 / 0.3)`.
 * @cssprop --rtk-shadow-md - Medium shadow (menus, notifications). Default: `0 4px 12px rgb(0 0 0 / 0.35)`.
 * @cssprop --rtk-shadow-lg - Large shadow (dialogs). Default: `0 12px 32px rgb(0 0 0 / 0.45)`.
 * @cssprop --rtk-space-base - Spacing unit; every gap and padding is a multiple of it. Default: `4px`.
 * @cssprop --rtk-radius-sm - Small corner radius. Default: `4px`.
 * @cssprop --rtk-radius - Corner radius. Default: `8px`.
 * @cssprop --rtk-radius-lg - Large corner radius. Default: `12px`.
 * @cssprop --rtk-radius-full - Pill and circle radius. Default: `9999px`.
 * @cssprop --rtk-font-family - Font stack. Default: `system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`.
 * @cssprop --rtk-font-size-xs - Font size, extra small. Default: `0.75rem`.
 * @cssprop --rtk-font-size-sm - Font size, small. Default: `0.875rem`.
 * @cssprop --rtk-font-size-md - Font size, body. Default: `1rem`.
 * @cssprop --rtk-font-size-lg - Font size, large. Default: `1.25rem`.
 * @cssprop --rtk-font-size-xl - Font size, extra large. Default: `1.5rem`.
 * @cssprop --rtk-motion-duration-fast - Short transitions (0 with prefers-reduced-motion). Default: `100ms`.
 * @cssprop --rtk-motion-duration - Transitions (0 with prefers-reduced-motion). Default: `150ms`.
 * @cssprop --rtk-motion-duration-slow - Long transitions (0 with prefers-reduced-motion). Default: `300ms`.
 * @cssprop --rtk-z-dropdown - Stacking layer of menus. Default: `100`.
 * @cssprop --rtk-z-tooltip - Stacking layer of tooltips. Default: `200`.
 * @cssprop --rtk-z-dialog - Stacking layer of dialogs. Default: `300`.
 * @cssprop --rtk-z-notification - Stacking layer of notifications. Default: `400`.
 *
 * @fires rtkStatesUpdate - After the UI states changed; `detail` is the whole new state.
 * @fires rtkNotification - When joining (with `showSetupScreen` off) failed, and for meeting events (joins, chat, polls, …).
 */
export class RtkMeeting extends RtkElement {
  static override strings = {
    ...errorStrings,
    ...shellStrings,
    ...headerStrings,
    ...controlbarStrings,
  };

  static override styles = [tokens, hostStyles, styles];

  static override providesValues = true;

  /** The UI-states store of the meeting (the value flow makes this element their provider). */
  private get provider(): UiProviderController {
    return this.flow.store!;
  }

  private readonly designSystem = new DesignSystemController(this);

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.self, 'roomJoined', 'roomLeft', 'waitlisted'],
      [m.meta, 'socketConnectionUpdate', 'mediaConnectionUpdate'],
      [m.stage, 'stageStatusUpdate'],
      [m.connectedMeetings, 'meetingChanged'],
      [m.participants, 'broadcastedMessage'],
    ],
    {
      onEvent: (event, args) => {
        if (event === 'roomLeft') {
          const state = (args[0] as { state?: LeaveRoomState } | undefined)?.state;
          this.provider.updateStates({ roomLeftState: state ?? 'left' });
        } else if (event === 'roomJoined') {
          this.provider.updateStates({ roomLeftState: undefined });
        } else if (
          event === 'meetingChanged' ||
          (args[0] as { type?: string } | undefined)?.type?.startsWith?.('rtk-breakout')
        ) {
          // Breakout rooms: follow the new meeting object; the notices (of a move, and of a
          // host's `rtk-breakout-*` broadcasts, no other) load with the first one.
          if (event === 'meetingChanged') this.meeting = args[0] as Meeting;
          void import('./breakout-notices.js').then((m) =>
            m.notice(this, this.localize, event, args[0]),
          );
        }
      },
    },
  );

  private readonly notices = new NotificationsController(this);

  protected readonly meetingNotices = new MeetingNotificationsController(this, {
    localize: () => this.localize,
    states: () => this.provider.states,
    updateStates: (patch) => this.provider.updateStates(patch),
    config: () => this.activeConfig,
  });

  protected readonly box = new ResizeController(this, (width) => {
    if (width > 0) this.size = sizeForWidth(width);
  });

  /** Show the setup screen before joining (default); when off, the meeting is joined at once. */
  @property({ attribute: 'show-setup-screen', converter: booleanDefaultTrue })
  showSetupScreen = true;

  /** `fill`: fill the parent; `fixed`: cover the viewport. */
  @property({ reflect: true }) mode: 'fill' | 'fixed' = 'fill';

  /**
   * Theme of the meeting: `dark` (also by its official name `darkest`), `light`, `high-contrast`,
   * or `system` (follows `prefers-color-scheme`). Unset: `config.designTokens.theme`, else the
   * enclosing provider's theme, else dark.
   */
  @property({ reflect: true }) theme?: ThemeSetting;

  /**
   * The official kit's overrides (`disablePrivateChat`, `disableEmojiPicker`, …): features turned
   * off for this UI whatever the preset allows. They flow down inside the config as
   * `config.overrides`, on top of those `config` already carries.
   */
  @property({ attribute: false }) overrides?: UiOverrides;

  /**
   * Where people go beside a screen share or a pinned person: `row` (default) or `column`. Given
   * to `rtk-grid` as its `layout`.
   */
  @property({ attribute: 'grid-layout' }) gridLayout: 'row' | 'column' = 'row';

  /**
   * Take the preset's UI options (`meeting.self.config`: the header and control bar being on,
   * their elements) on top of `config` (default). `false`: only `config` counts; the flowing
   * config says so as `config.loadConfigFromPreset: false`.
   */
  @property({ attribute: 'load-config-from-preset', converter: booleanDefaultTrue })
  loadConfigFromPreset?: boolean;

  /**
   * Apply `config.designTokens` to the meeting (default). `false`: they are not applied, and the
   * page's own CSS on the `--rtk-*` tokens (or `theme`) alone sets the look.
   */
  @property({ attribute: 'apply-design-system', converter: booleanDefaultTrue })
  applyDesignSystem?: boolean;

  /**
   * The meeting is the page's main content: it marks its landmarks (`main`, `banner`, regions) and
   * makes the meeting title the level-1 heading. Leave it off inside a page's own `main`. Our
   * addition.
   */
  @property({ type: Boolean }) main = false;

  /** Leave the meeting when this element is removed from the page. */
  @property({ type: Boolean, attribute: 'leave-on-unmount' }) leaveOnUnmount = false;

  private readonly autoJoined = new WeakSet<object>();

  /** The screen shown now, from `meeting.self.roomState`. */
  get screen(): MeetingScreen {
    const meeting = this.activeMeeting;
    const state = meeting?.self.roomState;
    if (!meeting || !state) return 'idle';
    if (state === 'init') return 'setup';
    if (state === 'joined') return 'joined';
    if (state === 'waitlisted') return 'waiting';
    return state === 'connected-meeting' ? 'idle' : 'ended';
  }

  /** Also waits for the theme, when one is set (its code loads on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await Promise.all([this.designSystem.ready, this.sidebar]);
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') || changed.has('theme') || changed.has('applyDesignSystem'))
      this.designSystem.apply(
        this.theme,
        this.applyDesignSystem === false ? undefined : this.config?.designTokens,
      );
    // Here rather than in updated(): state changes made before rendering need no second update.
    const screen = this.screen;
    // Reading the states also takes page-set states (e.g. an open sidebar) into the store.
    if (this.activeStates.meeting !== screen) this.provider.updateStates({ meeting: screen });
    const meeting = this.activeMeeting;
    if (screen === 'setup' && !this.showSetupScreen && meeting && !this.autoJoined.has(meeting)) {
      this.autoJoined.add(meeting);
      void import('../../context/auto-join.js').then((m) =>
        m.autoJoin(this, meeting, this.localize),
      );
    }
  }

  /** The element the notifications are laid over, watched for changes of its size. */
  private lane?: Element;
  // In the next frame: placing them inside the observer's callback would resize what it observes.
  private readonly laneObserver = new ResizeObserver(() =>
    requestAnimationFrame(() => this.placeToasts()),
  );

  protected override updated(): void {
    this.placeToasts();
  }

  /**
   * Lays the notifications at the bottom (end) of the stage, of a sidebar sheet over it, or of the
   * chat that is the main area, and has that make room for them: they cover no control.
   */
  private placeToasts(): void {
    const root = this.renderRoot;
    const stack = root.querySelector<HTMLElement>('[part="notifications"]')!;
    const sheet = root.querySelector<HTMLElement & { view?: string }>('rtk-sidebar');
    const over =
      sheet?.view === 'full-screen' && !sheet.hidden ? sheet : root.querySelector('.main-chat');
    // A sheet that shows nothing after all (no section allowed) covers nothing.
    if (!over) for (const el of root.querySelectorAll<HTMLElement>('[inert]')) el.inert = false;
    const lane = over ?? root.querySelector('.main');
    stack.style.inset = '';
    if (lane && lane !== this.lane) {
      this.laneObserver.disconnect();
      this.laneObserver.observe(stack);
      this.laneObserver.observe((this.lane = lane));
    }
    const box = lane?.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    if (box)
      stack.style.inset = `auto ${host.right - box.right}px ${host.bottom - box.bottom}px ${box.left - host.left}px`;
    // The room: the end padding of .main or of the sidebar's panel.
    const room = box && this.notices.items.length ? stack.offsetHeight : 0;
    for (const el of root.querySelectorAll<HTMLElement>('.main, rtk-sidebar'))
      el.style.setProperty('--_toasts', `${el === lane ? room : 0}px`);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.laneObserver.disconnect();
    this.lane = undefined;
    const meeting = this.activeMeeting;
    if (!this.leaveOnUnmount || meeting?.self.roomState !== 'joined') return;
    // A move within the page disconnects and reconnects in the same task: only leave if gone.
    queueMicrotask(() => {
      if (!this.isConnected) void this.leaveQuietly(meeting);
    });
  }

  private async leaveQuietly(meeting: Meeting): Promise<void> {
    try {
      await meeting.leave();
    } catch {
      // Nobody is left on the page to tell.
    }
  }

  /** The in-call layout, from `meeting.meta.viewType` (and, in livestreams, the stage status). */
  get layout(): MeetingLayout {
    const meeting = this.activeMeeting;
    switch (meeting?.meta?.viewType) {
      case 'WEBINAR':
        return 'webinar';
      case 'AUDIO_ROOM':
        return 'audio-room';
      case 'CHAT':
        return 'chat';
      case 'LIVESTREAM': {
        const status = meeting.stage?.status ?? meeting.self.stageStatus;
        return status === 'ON_STAGE' || !meeting.livestream ? 'livestream' : 'livestream-viewer';
      }
      default:
        return 'group-call';
    }
  }

  /** What is wrong with the connection now, if anything (drives the banner). */
  get connectionProblem(): ConnectionProblem {
    const meta = this.activeMeeting?.meta;
    const socket = meta?.socketState?.state;
    if (socket === 'failed') return 'lost';
    if (socket === 'disconnected' || socket === 'reconnecting') return 'reconnecting';
    const media = meta?.mediaState;
    if (
      media &&
      (BROKEN_TRANSPORT.has(media.send?.state) || BROKEN_TRANSPORT.has(media.recv?.state))
    )
      return 'media';
    return undefined;
  }

  /** Whether a bar is shown: off when `config[key] === false` or the preset disables it. */
  private shows(key: 'header' | 'controlBar'): boolean {
    if (this.activeConfig[key] === false) return false;
    if (this.loadConfigFromPreset === false) return true;
    const preset = (
      this.activeMeeting?.self.config as
        { [k: string]: { isEnabled?: boolean } | undefined } | undefined
    )?.[key];
    return preset?.isEnabled !== false;
  }

  /** Loading while no meeting was given (or it switches rooms); otherwise the meeting is unusable. */
  private idleVariant(): 'loading' | 'no-meeting' {
    if (this.activeMeeting?.self.roomState === 'connected-meeting') return 'loading';
    return this.meeting ? 'no-meeting' : 'loading';
  }

  override render() {
    return html`<div part="screen" role=${this.main && this.screen !== 'joined' ? 'main' : nothing}>
        ${this.renderScreen()}
      </div>
      <rtk-notifications
        part="notifications"
        .notifications=${this.notices.items}
        .size=${this.size}
      ></rtk-notifications>`;
  }

  /** An attribute's value when the meeting is the page's main content. */
  private landmark(value: string) {
    return this.main ? value : nothing;
  }

  private renderScreen() {
    const size = this.size;
    switch (this.screen) {
      // The setup and ended screens are loaded when shown: a joined meeting does not carry them.
      case 'setup':
        if (this.showSetupScreen) void import('../setup-screen/rtk-setup-screen.js');
        return this.showSetupScreen
          ? html`<rtk-setup-screen .size=${size}></rtk-setup-screen>`
          : html`<rtk-idle-screen .size=${size}></rtk-idle-screen>`;
      case 'waiting':
        void import('../waiting-screen/rtk-waiting-screen.js');
        return html`<rtk-waiting-screen .size=${size}></rtk-waiting-screen>`;
      case 'joined':
        return this.renderInCall();
      case 'ended':
        void import('../ended-screen/rtk-ended-screen.js');
        return html`<rtk-ended-screen .size=${size}></rtk-ended-screen>`;
      default:
        return html`<rtk-idle-screen
          variant=${this.idleVariant()}
          .size=${size}
        ></rtk-idle-screen>`;
    }
  }

  private sidebar?: Promise<unknown>;

  /** The sidebar loads the first time it opens, and stays (closed) afterwards. */
  private sidebarWanted(): boolean {
    if (!this.sidebar && this.provider.states.activeSidebar) this.loadSidebar();
    return !!this.sidebar;
  }

  private loadSidebar(): void {
    this.sidebar ??= import('../sidebar/rtk-sidebar.js');
  }

  private renderInCall() {
    const size = this.size;
    const layout = this.layout;
    const label = (key: string) => this.landmark(this.localize(key));
    // On a phone the open sidebar covers the meeting: what it covers is out of reach.
    const covered = size === 'sm' && layout !== 'chat' && !!this.provider.states.activeSidebar;
    return html`<div class="in-call" data-layout=${layout}>
        ${
          this.shows('header')
            ? html`<rtk-header
              part="header"
              role=${this.landmark('banner')}
              aria-label=${label('header.label')}
              .headingLevel=${this.main ? 1 : undefined}
              ?inert=${covered}
              .size=${size}
            ></rtk-header>`
            : nothing
        }
        ${this.renderBanner()}
        <div part="body" class="body">
          <div part="main" class="main" role=${this.landmark('main')} ?inert=${covered}>
            ${this.renderMain(layout)}
          </div>
          ${
            this.sidebarWanted()
              ? html`<rtk-sidebar
                part="sidebar"
                role=${this.landmark('complementary')}
                aria-label=${label('shell.sidebar')}
                .size=${size}
                .view=${size === 'sm' ? 'full-screen' : 'sidebar'}
                ><slot name="sidebar-section" slot="sidebar-section"></slot
              ></rtk-sidebar>`
              : nothing
          }
        </div>
        ${
          this.shows('controlBar')
            ? html`<rtk-controlbar
              part="controlbar"
              role=${this.landmark('region')}
              aria-label=${label('controlbar.label')}
              ?inert=${covered}
              .size=${size}
              ><slot name="controlbar-extra" slot="controlbar-extra"></slot
            ></rtk-controlbar>`
            : nothing
        }
      </div>
      <rtk-participants-audio></rtk-participants-audio>
      <rtk-dialog-manager .size=${size}></rtk-dialog-manager>`;
  }

  private renderMain(layout: MeetingLayout) {
    const size = this.size;
    if (layout === 'chat') {
      this.loadSidebar();
      return html`<rtk-sidebar class="main-chat" persistent default-section="chat" .size=${size}></rtk-sidebar>`;
    }
    // The player (and hls.js behind it) is for livestream viewers only: load it when one renders.
    if (layout === 'livestream-viewer')
      void import('../livestream-player/rtk-livestream-player.js');
    return html`<rtk-stage part="stage" .size=${size}>
      ${
        layout === 'livestream-viewer'
          ? html`<rtk-livestream-player .size=${size}></rtk-livestream-player>`
          : html`<rtk-grid .size=${size} .layout=${this.gridLayout}></rtk-grid>`
      }
    </rtk-stage>${
      // Live captions (rtk-caption-toggle): below the stage, so they cover no name tag; loaded then.
      this.provider.states.activeCaptions
        ? (void import('../transcripts/rtk-transcripts.js'),
          html`<rtk-transcripts part="captions"></rtk-transcripts>`)
        : nothing
    }`;
  }

  private renderBanner() {
    const problem = this.connectionProblem;
    if (!problem) return nothing;
    const message =
      problem === 'lost'
        ? this.localize('shell.connection_lost')
        : problem === 'media'
          ? this.localize('shell.media_lost')
          : this.localize('shell.reconnecting');
    return html`<div part="banner" class="banner" data-problem=${problem} role=${problem === 'lost' ? 'alert' : 'status'}>
      ${problem === 'lost' ? nothing : html`<rtk-spinner aria-hidden="true"></rtk-spinner>`}
      <span>${message}</span>
    </div>`;
  }
}
