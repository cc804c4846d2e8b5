import type { ReactiveControllerHost } from 'lit';
import type { UiConfig } from '../context/config.js';
import type { UiStates } from '../context/states.js';
import { RtkNotificationEvent, type RtkNotificationDetail } from '../events/rtk-notification.js';
import type { Translator } from '../i18n/t.js';
import type { Meeting } from '../meeting/meeting.js';
import type { RecordingState } from '../meeting/recording.js';
import { MeetingController } from './meeting-controller.js';
import type * as Notices from './meeting-notices.js';
import type { MeetingNotices } from './meeting-notices.js';
import { nextNotificationId } from './action-controller.js';

/** What `MeetingNotificationsController` needs of its host (an `RtkElement` such as `rtk-meeting`). */
export interface MeetingNotificationsHost extends ReactiveControllerHost, HTMLElement {
  readonly activeMeeting: Meeting | undefined;
}

/** Options of `MeetingNotificationsController`. */
export interface MeetingNotificationsOptions {
  /** The host's translate function now. */
  localize: () => Translator;
  /** The host's UI states now (to know whether the chat is already in view). */
  states: () => Readonly<UiStates>;
  /** Merges a patch into the UI states (the "Open chat" action). */
  updateStates: (patch: Partial<UiStates>) => void;
  /** Joins (or leaves) within this many ms of the first one are told as one notification. */
  batchWindow?: number;
  /**
   * The host's config now (for `notificationSounds`). Default: the host's own `config` property
   * (on `rtk-meeting`, the page's config).
   */
  config?: () => Readonly<UiConfig> | undefined;
  /**
   * Plays the join / leave tone. Default: the kit's short WebAudio tone (`playNotificationTone`,
   * rising for a join, falling for a leave).
   */
  playSound?: (kind: 'joined' | 'left') => unknown;
}

/** Join and leave tones play only while the room has at most this many people (you included). */
export const DEFAULT_SOUND_LIMIT = 10;

/** A notification whose sound its sender already took care of (`rtk-notifications` skips it). */
type SoundedDetail = RtkNotificationDetail & { sound?: boolean };

/**
 * Turns meeting events into notifications on its host (`rtkNotification`, shown by the host's
 * notification stack): people joining and leaving (one notification per burst: "Ada and 4 others
 * joined"), chat messages while the chat is not in view, new polls, stage requests and
 * waiting-room knocks for those who can answer them, recording started and stopped, the
 * connection coming back, your connection turning poor (`meta.poorConnection`, at most once in
 * 30 s, with "Details" opening the call diagnostics), and "You are muted" when your muted
 * microphone picks up speech (see `MutedSpeechWatcher`). Only while the local user is in the
 * meeting; never re-renders its host.
 *
 * Joins and leaves also play a short generated tone (no audio file), once per burst like their
 * notification, and only in small rooms: at most `participant_joined_sound_notification_limit`
 * people (you included; default 10, as in the official kit), since in a large room the tones
 * would never stop. Silent when `states.prefs.muteNotificationSounds` is set, or when the config
 * turns them off: `config.notificationSounds: false` (all), or per category
 * `config.notificationSounds: { participant_joined: false, participant_left: false }`; the
 * official kit's `config.config.notification_sounds` and
 * `config.config.participant_joined_sound_notification_limit` are read too. Those notifications
 * carry `sound: false` so that the notification stack does not play a second tone.
 *
 * The official kit's notification options are read from `config.config` (where it keeps them) or
 * from `config`, per category (`participant_joined`, `participant_left`,
 * `participant_joined_waitlist`, `chat`, `polls`, `webinar` for stage requests), or `false` /
 * `true` for all: `notifications.<category>: false` shows none of that category (joins and leaves
 * still sound), `notification_sounds.<category>: false` silences it, and
 * `notification_duration.<category>` (ms) sets how long its notifications stay.
 */
export class MeetingNotificationsController {
  /** @internal The recording state last seen (on join, it is not news). */
  recording?: RecordingState;

  /** What handles the events, once loaded; the events that came before it, in order. */
  private notices?: MeetingNotices;
  private waiting: [string, unknown[]][] = [];

  /** The meeting events this controller listens to (for tests: `listenerCount`). */
  readonly events: MeetingController;

  constructor(
    /** @internal */
    readonly host: MeetingNotificationsHost,
    /** @internal */
    readonly options: MeetingNotificationsOptions,
  ) {
    this.events = new MeetingController(
      host,
      (m) => [
        [m.participants?.joined, 'participantJoined', 'participantLeft'],
        [m.participants?.waitlisted, 'participantJoined'],
        [m.chat, 'chatUpdate'],
        [m.polls, 'pollsUpdate'],
        [m.stage, 'newStageRequest'],
        [m.recording, 'recordingUpdate'],
        [m.meta, 'socketConnectionUpdate', 'poorConnection'],
        [m.self, 'roomJoined', 'audioUpdate'],
      ],
      {
        onEvent: (event, args) => {
          this.handle(event, args);
          return false;
        },
      },
    );
  }

  /** @internal */
  get meeting(): Meeting | undefined {
    return this.host.activeMeeting;
  }

  /** @internal */
  notify(message: string, options: Partial<SoundedDetail> = {}) {
    this.host.dispatchEvent(
      new RtkNotificationEvent({
        variant: 'info',
        ...options,
        id: options.id ?? nextNotificationId(),
        message,
      } as SoundedDetail),
    );
  }

  /** Loads what turns events into notifications (once); `rtk-meeting` works without waiting. */
  static load(): Promise<typeof Notices> {
    // A failed load may be retried by the next event.
    return (loading ??= import('./meeting-notices.js').then(
      (m) => (loaded = m),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  }

  private handle(event: string, args: unknown[]): void {
    const meeting = this.meeting;
    if (!meeting) return;
    if (event === 'roomJoined') {
      // The recording state on (re)join is not news.
      this.recording = meeting.recording?.recordingState;
      return;
    }
    if (meeting.self?.roomState !== 'joined') return;
    if (this.notices) return this.notices.handle(event, args);
    if (loaded) {
      this.notices = new loaded.MeetingNotices(this);
      return this.notices.handle(event, args);
    }
    this.waiting.push([event, args]);
    void MeetingNotificationsController.load().then(
      (module) => {
        this.notices ??= new module.MeetingNotices(this);
        for (const [e, a] of this.waiting.splice(0)) this.notices.handle(e, a);
      },
      () => this.waiting.splice(0),
    );
  }
}

let loading: Promise<typeof Notices> | undefined;
let loaded: typeof Notices | undefined;
