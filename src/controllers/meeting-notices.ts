import { playNotificationTone } from '../internal/notification-sound.js';
import type { UiConfig } from '../context/config.js';
import type { RtkNotificationVariant } from '../events/rtk-notification.js';
import { noticesStrings } from '../i18n/en/notices.js';
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

/** The official kit's name of each category in `notification_sounds`. */
const CATEGORIES = { joined: 'participant_joined', left: 'participant_left' } as const;

/** `config.notificationSounds` (ours) or `config.config.notification_sounds` (official kit). */
type SoundsConfig = false | true | Partial<Record<string, boolean>> | undefined;

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

/** Turns one controller's meeting events into notifications (see `MeetingNotificationsController`). */
export class MeetingNotices {
  private readonly batches: Partial<Record<BatchKind, Batch>> = {};

  constructor(private readonly c: MeetingNotificationsController) {}

  /** The host's translator, with the notices' English texts as fallbacks. */
  private get t(): Translator {
    return withStrings(this.c.options.localize(), noticesStrings);
  }

  /** The config in use: the option, else the host's own `config`. */
  private config(): Readonly<UiConfig> {
    return this.c.options.config?.() ?? (this.c.host as { config?: UiConfig }).config ?? {};
  }

  /** Whether a join or leave tone may play now. */
  private soundAllowed(kind: 'joined' | 'left'): boolean {
    if (this.c.options.states().prefs?.muteNotificationSounds) return false;
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
      case 'socketConnectionUpdate': {
        const state = args[0] as SocketConnectionState | undefined;
        if (state?.state === 'connected' && state.reconnected)
          this.c.notify(this.t('shell.reconnected'), { variant: 'success' });
        break;
      }
    }
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
    this.c.notify(message, { id: batch.id, sound });
  }

  private chat(update: ChatUpdate | undefined): void {
    const meeting = this.c.meeting!;
    const message = update?.message;
    if (update?.action !== 'add' || !message || message.userId === meeting.self.userId) return;
    const states = this.c.options.states();
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
    if (!poll || poll.createdByUserId === this.c.meeting!.self.userId) return;
    this.c.notify(this.t('notices.poll', { name: poll.createdBy, question: poll.question }));
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
