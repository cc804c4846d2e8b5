// What `rtk-meeting` says about breakout rooms, loaded with the first meeting change or broadcast:
// where the user was moved, a host's message to every room, the warning before rooms close.
import { nextNotificationId } from '../../controllers/action-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { breakoutStrings } from '../../i18n/en/breakout.js';
import { withStrings, type Translator } from '../../i18n/t.js';
import { BROADCAST_TYPE, CLOSING_TYPE } from '../../internal/breakout.js';
import type { Meeting } from '../../meeting/meeting.js';

/** A `broadcastedMessage` payload, as far as these notices read it. */
interface Broadcast {
  type?: unknown;
  payload?: { message?: unknown; seconds?: unknown };
}

/** Shows the notice for a `meetingChanged` (the new meeting) or a `broadcastedMessage`. */
export function notice(host: HTMLElement, t: Translator, event: string, arg: unknown): void {
  const localize = withStrings(t, breakoutStrings);
  const message =
    event === 'meetingChanged' ? movedTo(localize, arg as Partial<Meeting>) : said(localize, arg);
  if (!message) return;
  host.dispatchEvent(
    new RtkNotificationEvent({
      id: nextNotificationId(),
      message,
      variant: 'info',
      // A host's message stays until read (or dismissed); a move note goes by itself.
      duration: event === 'meetingChanged' ? undefined : 0,
    }),
  );
}

function movedTo(t: Translator, meeting: Partial<Meeting> | undefined): string | undefined {
  const id = meeting?.meta?.meetingId;
  if (!id) return undefined;
  const parent = meeting.connectedMeetings?.parentMeeting?.id;
  if (!parent || parent === id) return t('breakout.moved_main');
  return t('breakout.moved', { room: meeting.meta?.meetingTitle || t('breakout.title') });
}

function said(t: Translator, arg: unknown): string | undefined {
  const { type, payload } = (arg ?? {}) as Broadcast;
  if (type === BROADCAST_TYPE && typeof payload?.message === 'string' && payload.message.trim())
    return t('breakout.broadcast_received', { message: payload.message.trim() });
  if (type !== CLOSING_TYPE) return undefined;
  const seconds = Number(payload?.seconds);
  if (!(seconds > 0)) return undefined;
  return seconds >= 60
    ? t('breakout.closing_soon', { count: Math.round(seconds / 60) })
    : t('breakout.closing_seconds', { count: seconds });
}
