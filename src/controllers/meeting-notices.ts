import { playNotificationTone } from '../internal/notification-sound.js';
import type { UiConfig } from '../context/config.js';
import type { RtkNotificationVariant } from '../events/rtk-notification.js';
import { noticesStrings } from '../i18n/en/notices.js';
import { callWarningsStrings } from '../i18n/en/call-warnings.js';
import type { MutedSpeechWatcher } from './muted-speech.js';
import { withStrings, type Translator } from '../i18n/t.js';
import type { ChatUpdate } from '../meeting/chat.js';
import type { Poll } from '../meeting/polls.js';
import type { SocketConnectionState } from '../meeting/meta.js';
import type { RecordingState } from '../meeting/recording.js';
import { nextNotificationId } from './action-controller.js';
import {
  DEFAULT_SOUND_LIMIT,
  type MeetingNotificationsController,
} from './meeting-notifications-controller.js';

// What `MeetingNotificationsController` does with a meeting event, loaded with the first event
// that may become a notification (a join, a message, a poll, …): a meeting where nothing happens
// never loads it, nor the English texts of its notifications.

/** The tone of each sound, as a notification variant of `playNotificationTone`. */
const TONES: Record<'joined' | 'left', RtkNotificationVariant> = {
  joined: 'success',
  left: 'error',
};

type BatchKind = 'joined' | 'left' | 'stage' | 'waiting';

/**
 * The official kit's category of each kind of notification, as its config names them
 * (`notifications`, `notification_sounds`, `notification_duration`): stage requests are its
 * `webinar` category, knocks `participant_joined_waitlist`.
 */
const CATEGORIES = {
  joined: 'participant_joined',
  left: 'participant_left',
  waiting: 'participant_joined_waitlist',
  stage: 'webinar',
  chat: 'chat',
  poll: 'polls',
} as const;

type Kind = keyof typeof CATEGORIES;

/** A per-category option of the official config: on/off, or a duration. */
type PerCategory<T> = false | true | Partial<Record<string, T>> | undefined;

/** The official kit's notification options, read from `config.config` (its place) or `config`. */
interface OfficialNotificationOptions {
  notifications?: PerCategory<boolean>;
  notification_sounds?: PerCategory<boolean>;
  notification_duration?: PerCategory<number>;
  participant_joined_sound_notification_limit?: unknown;
}

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

/** Turns one controller's meeting events into notifications (see `MeetingNotificationsController`). */
/** How long a poor-connection or muted-speech warning waits before it may show again (ms). */
const WARNING_PAUSE = 30_000;

export class MeetingNotices {
  private readonly batches: Partial<Record<BatchKind, Batch>> = {};
  /** When each warning last showed (`Date.now()`). */
  private readonly warned: Partial<Record<'poor' | 'muted', number>> = {};
  /** Listens to the muted microphone while the user is muted (see `MutedSpeechWatcher`). */
  private muted?: MutedSpeechWatcher;

  constructor(private readonly c: MeetingNotificationsController) {}

  /** The host's translator, with the notices' English texts as fallbacks. */
  private get t(): Translator {
    return withStrings(withStrings(this.c.options.localize(), noticesStrings), callWarningsStrings);
  }

  /** The config in use: the option, else the host's own `config`. */
  private config(): Readonly<UiConfig> {
    return this.c.options.config?.() ?? (this.c.host as { config?: UiConfig }).config ?? {};
  }

  /**
   * The official option `key` for the category of `kind`, from `config.config` (where the
   * official kit keeps it), else from `config` itself: `false` or `true` for the whole option, or
   * the category's value.
   */
  private official<K extends 'notifications' | 'notification_sounds' | 'notification_duration'>(
    key: K,
    kind: Kind,
  ): unknown {
    const config = this.config();
    for (const options of [config.config as OfficialNotificationOptions | undefined, config]) {
      const option = (options as OfficialNotificationOptions | undefined)?.[key];
      if (typeof option === 'boolean') return option;
      const value = option && typeof option === 'object' ? option[CATEGORIES[kind]] : undefined;
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** Whether the category of `kind` shows notifications (`notifications.<category>: false`). */
  private shows(kind: Kind): boolean {
    return this.official('notifications', kind) !== false;
  }

  /**
   * What a notification of `kind` says about its sound and how long it stays: `sound: false`
   * when `notification_sounds` turns its category off, `duration` from `notification_duration`.
   */
  private options(kind: Kind): { sound?: false; duration?: number } {
    const options: { sound?: false; duration?: number } = {};
    if (this.official('notification_sounds', kind) === false) options.sound = false;
    const duration = this.official('notification_duration', kind);
    if (typeof duration === 'number' && duration >= 0) options.duration = duration;
    return options;
  }

  /** Whether a join or leave tone may play now. */
  private soundAllowed(kind: 'joined' | 'left'): boolean {
    if (this.c.options.states().prefs?.muteNotificationSounds) return false;
    const config = this.config();
    const ours = config.notificationSounds;
    if (ours === false || (typeof ours === 'object' && ours[CATEGORIES[kind]] === false))
      return false;
    if (this.official('notification_sounds', kind) === false) return false;
    const official = config.config as OfficialNotificationOptions | undefined;
    const limitValue = official?.participant_joined_sound_notification_limit;
    const limit =
      typeof limitValue === 'number' && limitValue >= 0 ? limitValue : DEFAULT_SOUND_LIMIT;
    const people = (this.c.meeting?.participants?.joined?.size ?? 0) + 1;
    return people <= limit;
  }

  private playSound(kind: 'joined' | 'left'): void {
    try {
      const play =
        this.c.options.playSound ?? ((k: 'joined' | 'left') => playNotificationTone(TONES[k]));
      play(kind);
    } catch {
      // A custom player failed; the notification is what matters.
    }
  }

  handle(event: string, args: unknown[]): void {
    const meeting = this.c.meeting;
    if (!meeting) return;
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
      case 'poorConnection':
        this.poorConnection();
        break;
      case 'audioUpdate':
        this.audioChanged(args[0] as { audioEnabled?: boolean } | undefined);
        break;
      case 'socketConnectionUpdate': {
        const state = args[0] as SocketConnectionState | undefined;
        if (state?.state === 'connected' && state.reconnected)
          this.c.notify(this.t('shell.reconnected'), { variant: 'success' });
        break;
      }
    }
  }

  /** Whether the warning `kind` may show now (then notes that it did). */
  private mayWarn(kind: 'poor' | 'muted'): boolean {
    const now = Date.now();
    if (now - (this.warned[kind] ?? -Infinity) < WARNING_PAUSE) return false;
    this.warned[kind] = now;
    return true;
  }

  /** Your connection is poor (`meta.poorConnection`): a notice that does not block the call. */
  private poorConnection(): void {
    if (!this.mayWarn('poor')) return;
    this.c.notify(this.t('call_warnings.poor_connection'), {
      id: 'rtk-poor-connection',
      variant: 'error',
      sound: false,
      actions: [
        {
          label: this.t('call_warnings.open_diagnostics'),
          handler: () => this.c.options.updateStates({ activeDebugger: true }),
        },
      ],
    });
  }

  /**
   * The microphone was muted or unmuted: while muted, listen to it for speech (a clone of the
   * muted track; nothing when the client released the microphone).
   */
  private audioChanged(payload: { audioEnabled?: boolean } | undefined): void {
    const meeting = this.c.meeting!;
    const self = meeting.self;
    if (payload?.audioEnabled || self.audioEnabled) {
      this.muted?.stop();
      this.muted = undefined;
      return;
    }
    const track = self.rawAudioTrack as MediaStreamTrack | undefined;
    if (this.muted?.active || track?.readyState !== 'live') return;
    const wanted = () =>
      this.c.host.isConnected &&
      this.c.meeting === meeting &&
      self.roomState === 'joined' &&
      !self.audioEnabled;
    void import('./muted-speech.js').then(
      ({ MutedSpeechWatcher }) => {
        if (!wanted() || this.muted?.active) return;
        try {
          this.muted = new MutedSpeechWatcher(track, wanted, () => this.mutedSpeaking());
        } catch {
          // No Web Audio in this browser: no hint.
        }
      },
      () => undefined,
    );
  }

  /** "You are muted" with Unmute, when the muted microphone hears speech. */
  private mutedSpeaking(): void {
    if (!this.mayWarn('muted')) return;
    const self = this.c.meeting!.self;
    this.c.notify(this.t('call_warnings.muted_speaking'), {
      id: 'rtk-muted-speaking',
      sound: false,
      actions: [
        {
          label: this.t('call_warnings.unmute'),
          handler: () =>
            self
              .enableAudio()
              .catch(() =>
                this.c.notify(this.t('call_warnings.unmute_failed'), { variant: 'error' }),
              ),
        },
      ],
    });
  }

  private person(event: string, args: unknown[]): void {
    const meeting = this.c.meeting!;
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
    if (!this.shows(kind)) {
      // No notification for this category; a join or leave may still sound.
      if ((kind === 'joined' || kind === 'left') && this.soundAllowed(kind)) this.playSound(kind);
      return;
    }
    const window = this.c.options.batchWindow ?? 3000;
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
    const options = this.options(kind);
    this.c.notify(message, { ...options, id: batch.id, sound: sound ?? options.sound });
  }

  private chat(update: ChatUpdate | undefined): void {
    const meeting = this.c.meeting!;
    const message = update?.message;
    if (update?.action !== 'add' || !message || message.userId === meeting.self.userId) return;
    const states = this.c.options.states();
    const inView =
      (states.activeSidebar && states.sidebar === 'chat') || meeting.meta?.viewType === 'CHAT';
    if (inView || !this.shows('chat')) return;
    const name = message.displayName;
    if (message.type !== 'text') {
      this.notifyChat(this.t('notices.chat_file', { name }));
      return;
    }
    // The preview drops the Markdown marks; the converter loads with the first chat toast.
    void import('../internal/plain-text.js').then(({ markdownToPlainText }) => {
      if (this.c.meeting !== meeting) return;
      this.notifyChat(
        this.t('notices.chat', {
          name,
          message: markdownToPlainText((message as { message: string }).message),
        }),
      );
    });
  }

  private notifyChat(text: string): void {
    this.c.notify(text, {
      ...this.options('chat'),
      actions: [
        {
          label: this.t('notices.open_chat'),
          handler: () => this.c.options.updateStates({ activeSidebar: true, sidebar: 'chat' }),
        },
      ],
    });
  }

  private poll(update: { polls?: Poll[]; newPoll?: boolean } | undefined): void {
    if (!update?.newPoll) return;
    const poll = update.polls?.[update.polls.length - 1];
    if (!poll || poll.createdByUserId === this.c.meeting!.self.userId || !this.shows('poll'))
      return;
    this.c.notify(
      this.t('notices.poll', { name: poll.createdBy, question: poll.question }),
      this.options('poll'),
    );
  }

  private stageRequest(): void {
    const meeting = this.c.meeting!;
    if (!meeting.self.permissions?.acceptStageRequests) return;
    const requests = meeting.stage?.getAccessRequests?.()?.stageRequests ?? [];
    const newest = requests[requests.length - 1];
    if (newest?.displayName) this.batched('stage', newest.displayName);
  }

  private recordingChanged(next: RecordingState): void {
    const previous = this.c.recording;
    this.c.recording = next;
    const wasOn = previous === 'RECORDING' || previous === 'PAUSED';
    if (next === 'RECORDING' && !wasOn) this.c.notify(this.t('notices.recording_started'));
    else if (next === 'IDLE' && (wasOn || previous === 'STOPPING'))
      this.c.notify(this.t('notices.recording_stopped'));
  }
}
