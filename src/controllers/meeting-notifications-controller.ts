import type { ReactiveControllerHost } from 'lit';
import { playNotificationTone } from '../internal/notification-sound.js';
import type { UiConfig } from '../context/config.js';
import type { UiStates } from '../context/states.js';
import {
  RtkNotificationEvent,
  type RtkNotificationAction,
  type RtkNotificationDetail,
  type RtkNotificationVariant,
} from '../events/rtk-notification.js';
import type { Translator } from '../i18n/t.js';
import type { ChatUpdate } from '../meeting/chat.js';
import type { Meeting } from '../meeting/meeting.js';
import type { SocketConnectionState } from '../meeting/meta.js';
import type { Poll } from '../meeting/polls.js';
import type { RecordingState } from '../meeting/recording.js';
import { MeetingController } from './meeting-controller.js';
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

/** The tone of each sound, as a notification variant of `playNotificationTone`. */
const TONES: Record<'joined' | 'left', RtkNotificationVariant> = {
  joined: 'success',
  left: 'error',
};

/** The official kit's name of each category in `notification_sounds`. */
const CATEGORIES = { joined: 'participant_joined', left: 'participant_left' } as const;

/** `config.notificationSounds` (ours) or `config.config.notification_sounds` (official kit). */
type SoundsConfig = false | true | Partial<Record<string, boolean>> | undefined;

/** A notification whose sound its sender already took care of (`rtk-notifications` skips it). */
type SoundedDetail = RtkNotificationDetail & { sound?: boolean };

type BatchKind = 'joined' | 'left' | 'stage' | 'waiting';

/** The message of a batch of one, and of a batch of more (`{name}` and `{count}` others). */
const BATCH_KEYS = {
  joined: ['notices.joined', 'notices.joined_many'],
  left: ['notices.left', 'notices.left_many'],
  stage: ['notices.stage_request', 'notices.stage_request_many'],
  waiting: ['notices.waiting', 'notices.waiting_many'],
} as const;

interface Batch {
  id: string;
  first: string;
  count: number;
  started: number;
}

/** A person-like payload of `participantJoined` / `participantLeft`. */
type Named = { name?: string; id?: string } | undefined;

/**
 * Turns meeting events into notifications on its host (`rtkNotification`, shown by the host's
 * notification stack): people joining and leaving (one notification per burst: "Ada and 4 others
 * joined"), chat messages while the chat is not in view, new polls, stage requests and
 * waiting-room knocks for those who can answer them, recording started and stopped, and the
 * connection coming back. Only while the local user is in the meeting; never re-renders its host.
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
 */
export class MeetingNotificationsController {
  private readonly batches: Partial<Record<BatchKind, Batch>> = {};

  private recording?: RecordingState;

  /** The meeting events this controller listens to (for tests: `listenerCount`). */
  readonly events: MeetingController;

  constructor(
    private readonly host: MeetingNotificationsHost,
    private readonly options: MeetingNotificationsOptions,
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
        [m.meta, 'socketConnectionUpdate'],
        [m.self, 'roomJoined'],
      ],
      {
        onEvent: (event, args) => {
          this.handle(event, args);
          return false;
        },
      },
    );
  }

  private get meeting(): Meeting | undefined {
    return this.host.activeMeeting;
  }

  private get t(): Translator {
    return this.options.localize();
  }

  private notify(
    message: string,
    options: {
      id?: string;
      actions?: RtkNotificationAction[];
      variant?: 'info' | 'success';
      sound?: boolean;
    } = {},
  ) {
    const detail: SoundedDetail = {
      id: options.id ?? nextNotificationId(),
      message,
      variant: options.variant ?? 'info',
      actions: options.actions,
    };
    if (options.sound !== undefined) detail.sound = options.sound;
    this.host.dispatchEvent(new RtkNotificationEvent(detail));
  }

  /** The config in use: the option, else the host's own `config`. */
  private config(): Readonly<UiConfig> {
    return this.options.config?.() ?? (this.host as { config?: UiConfig }).config ?? {};
  }

  /** Whether a join or leave tone may play now. */
  private soundAllowed(kind: 'joined' | 'left'): boolean {
    if (this.options.states().prefs?.muteNotificationSounds) return false;
    const config = this.config();
    const official = (config.config ?? undefined) as
      | {
          notification_sounds?: SoundsConfig;
          participant_joined_sound_notification_limit?: unknown;
        }
      | undefined;
    for (const sounds of [
      config.notificationSounds as SoundsConfig,
      official?.notification_sounds,
    ]) {
      if (sounds === false) return false;
      if (sounds && typeof sounds === 'object' && sounds[CATEGORIES[kind]] === false) return false;
    }
    const limitValue = official?.participant_joined_sound_notification_limit;
    const limit =
      typeof limitValue === 'number' && limitValue >= 0 ? limitValue : DEFAULT_SOUND_LIMIT;
    const people = (this.meeting?.participants?.joined?.size ?? 0) + 1;
    return people <= limit;
  }

  private playSound(kind: 'joined' | 'left'): void {
    try {
      const play =
        this.options.playSound ?? ((k: 'joined' | 'left') => playNotificationTone(TONES[k]));
      play(kind);
    } catch {
      // A custom player failed; the notification is what matters.
    }
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
    switch (event) {
      case 'participantJoined':
      case 'participantLeft':
        this.person(event, args);
        break;
      case 'chatUpdate':
        this.chat(args[0] as ChatUpdate | undefined);
        break;
      case 'pollsUpdate':
        this.poll(args[0] as { polls?: Poll[]; newPoll?: boolean } | undefined);
        break;
      case 'newStageRequest':
        this.stageRequest();
        break;
      case 'recordingUpdate':
        this.recordingChanged(args[0] as RecordingState);
        break;
      case 'socketConnectionUpdate': {
        const state = args[0] as SocketConnectionState | undefined;
        if (state?.state === 'connected' && state.reconnected)
          this.notify(this.t('shell.reconnected'), { variant: 'success' });
        break;
      }
    }
  }

  private person(event: string, args: unknown[]): void {
    const meeting = this.meeting!;
    const person = args[0] as Named;
    const name = person?.name || '';
    // The waitlisted map re-uses participantJoined: someone knocked.
    const knocking =
      person?.id !== undefined && meeting.participants?.waitlisted?.get?.(person.id) === person;
    if (knocking) {
      if (
        event === 'participantJoined' &&
        meeting.self.permissions?.acceptWaitingRequests &&
        name
      ) {
        this.batched('waiting', name);
      }
      return;
    }
    if (!name) return;
    this.batched(event === 'participantJoined' ? 'joined' : 'left', name);
  }

  /**
   * One notification per burst of the same kind: "Ada joined", then, within the batch window,
   * the same toast becomes "Ada and 3 others joined". A webinar with hundreds of people asking
   * for the stage or knocking shows one toast at a time, not one per person.
   */
  private batched(kind: BatchKind, name: string): void {
    const window = this.options.batchWindow ?? 3000;
    const now = Date.now();
    let batch = this.batches[kind];
    const first = !batch || now - batch.started > window;
    if (!batch || first) {
      batch = { id: nextNotificationId(), first: name, count: 0, started: now };
      this.batches[kind] = batch;
      // One tone per burst of joins or leaves, played here (see soundAllowed).
      if ((kind === 'joined' || kind === 'left') && this.soundAllowed(kind)) this.playSound(kind);
    } else {
      batch.count += 1;
    }
    const [one, many] = BATCH_KEYS[kind];
    const message =
      batch.count === 0
        ? this.t(one, { name: batch.first })
        : this.t(many, { name: batch.first, count: batch.count });
    // Joins and leaves have their own tone; requests and knocks sound once, with their first toast.
    const sound = kind === 'joined' || kind === 'left' ? false : first ? undefined : false;
    this.notify(message, { id: batch.id, sound });
  }

  private chat(update: ChatUpdate | undefined): void {
    const meeting = this.meeting!;
    const message = update?.message;
    if (update?.action !== 'add' || !message || message.userId === meeting.self.userId) return;
    const states = this.options.states();
    const inView =
      (states.activeSidebar && states.sidebar === 'chat') || meeting.meta?.viewType === 'CHAT';
    if (inView) return;
    const name = message.displayName;
    if (message.type !== 'text') {
      this.notifyChat(this.t('notices.chat_file', { name }));
      return;
    }
    // The preview drops the Markdown marks; the converter loads with the first chat toast.
    void import('../internal/plain-text.js').then(({ markdownToPlainText }) => {
      if (this.meeting !== meeting) return;
      this.notifyChat(
        this.t('notices.chat', {
          name,
          message: markdownToPlainText((message as { message: string }).message),
        }),
      );
    });
  }

  private notifyChat(text: string): void {
    this.notify(text, {
      actions: [
        {
          label: this.t('notices.open_chat'),
          handler: () => this.options.updateStates({ activeSidebar: true, sidebar: 'chat' }),
        },
      ],
    });
  }

  private poll(update: { polls?: Poll[]; newPoll?: boolean } | undefined): void {
    if (!update?.newPoll) return;
    const poll = update.polls?.[update.polls.length - 1];
    if (!poll || poll.createdByUserId === this.meeting!.self.userId) return;
    this.notify(this.t('notices.poll', { name: poll.createdBy, question: poll.question }));
  }

  private stageRequest(): void {
    const meeting = this.meeting!;
    if (!meeting.self.permissions?.acceptStageRequests) return;
    const requests = meeting.stage?.getAccessRequests?.()?.stageRequests ?? [];
    const newest = requests[requests.length - 1];
    if (newest?.displayName) this.batched('stage', newest.displayName);
  }

  private recordingChanged(next: RecordingState): void {
    const previous = this.recording;
    this.recording = next;
    const wasOn = previous === 'RECORDING' || previous === 'PAUSED';
    if (next === 'RECORDING' && !wasOn) this.notify(this.t('notices.recording_started'));
    else if (next === 'IDLE' && (wasOn || previous === 'STOPPING'))
      this.notify(this.t('notices.recording_stopped'));
  }
}
