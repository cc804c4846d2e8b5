import { render } from 'lit';
import { MeetingController, type MeetingHost } from '../../controllers/meeting-controller.js';
import type { IconPack } from '../../icons/icon-pack.js';
import { pipStrings } from '../../i18n/en/pip.js';
import { withStrings, type Translator } from '../../i18n/t.js';
import { mapItems } from '../../meeting/guards.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { Participant } from '../../meeting/participant.js';
import type { Pip } from '../../meeting/participants.js';

// Picture in picture, loaded the first time someone reaches for it: what `rtk-pip-toggle` does with
// the SDK's `participants.pip` (init once, icons, one source per person shown, follow who speaks).

/** Why the toggle is disabled, in the page's language. */
export function unsupported(localize: Translator): string {
  return withStrings(localize, pipStrings)('pip.unsupported');
}

/** What a click on the toggle does: turns picture in picture on (`on` false) or off. */
export async function run(
  host: MeetingHost,
  meeting: Meeting,
  on: boolean,
  icons: IconPack,
): Promise<void> {
  follow(host);
  const session = sessionFor(meeting)!;
  await (on ? session.stop() : session.start(icons));
}

/** The most people picture in picture shows at once. */
export const MAX_SOURCES = 4;

/** The pack's icon names for the SDK's overridable icons. */
const ICONS = [
  ['pin', 'pin'],
  ['handRaise', 'hand_raise'],
] as const;

/**
 * An icon of the pack as SVG markup for picture in picture: path data drawn as the kit draws it,
 * or the pack's SVG markup reduced to inert shapes by the kit's own icon sanitiser (`markupIcon`),
 * serialised again. `undefined` when nothing is left to draw.
 */
export async function iconMarkup(value: string): Promise<string | undefined> {
  const text = value.trim();
  if (!text) return undefined;
  if (text.startsWith('<')) {
    const { markupIcon } = await import('../../icons/svg-markup.js');
    const box = document.createElement('div');
    render(markupIcon(text), box);
    const svg = box.querySelector('svg');
    return svg?.childElementCount ? new XMLSerializer().serializeToString(svg) : undefined;
  }
  const d = text.replace(/[<>"&]/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${d}"/></svg>`;
}

interface Source {
  person: Participant;
  video: HTMLVideoElement;
}

const initialised = new WeakSet<object>();
const sessions = new WeakMap<object, PipSession>();
const followers = new WeakSet<object>();

/**
 * Makes `host` (the toggle) follow, while picture in picture is on, who speaks, who leaves and
 * whose camera turns off, for its meeting's session (once per host; the listeners go with it).
 */
export function follow(host: MeetingHost): void {
  if (followers.has(host)) return;
  followers.add(host);
  const current = () => (host.activeMeeting ? sessionFor(host.activeMeeting) : undefined);
  new MeetingController(
    host,
    (m) => {
      const on = m.participants?.pip?.isActive === true;
      return [
        [on ? m.participants : undefined, 'activeSpeaker'],
        [on ? m.participants?.joined : undefined, 'participantLeft', 'videoUpdate'],
        [on ? m.participants?.pip : undefined, 'pipEnded'],
      ];
    },
    {
      onEvent: (event, [value]) => {
        const session = current();
        if (event === 'activeSpeaker') session?.spoke((value as { peerId?: string })?.peerId ?? '');
        else if (event === 'participantLeft') session?.left(value as Participant);
        else if (event === 'videoUpdate') session?.videoChanged(value as Participant);
        else session?.ended();
        return event === 'pipEnded';
      },
    },
  );
}

/** The picture-in-picture session of a meeting (one per `pip` object). */
export function sessionFor(meeting: Meeting): PipSession | undefined {
  const pip = meeting.participants?.pip;
  if (!pip) return undefined;
  let session = sessions.get(pip);
  if (!session) sessions.set(pip, (session = new PipSession(meeting, pip)));
  return session;
}

/**
 * The people picture in picture shows: the pinned, then the latest speakers, then whoever else is
 * on screen, at most `MAX_SOURCES`; each a source with a `<video>` the participant feeds
 * (`registerVideoElement`). While on, a new speaker takes the place of the one who spoke longest
 * ago, and people who leave or turn their camera off are followed.
 */
export class PipSession {
  /** Source ids, most recent speaker first. */
  private order: string[] = [];
  private readonly sources = new Map<string, Source>();

  constructor(
    private readonly meeting: Meeting,
    private readonly pip: Pip,
  ) {}

  /** The ids of the people shown, most recent speaker first. */
  get ids(): readonly string[] {
    return this.order;
  }

  /** Inits picture in picture (once), hands it the pack's icons and the people, and turns it on. */
  async start(icons: IconPack): Promise<void> {
    const pip = this.pip;
    if (!initialised.has(pip)) {
      pip.init({ width: 640, height: 360 });
      initialised.add(pip);
    }
    for (const [name, ours] of ICONS) {
      const own = Object.prototype.hasOwnProperty.call(icons, ours) ? icons[ours] : undefined;
      const markup = typeof own === 'string' ? await iconMarkup(own) : undefined;
      // An icon the SDK refuses leaves its own: picture in picture works without it.
      if (markup) await Promise.resolve(pip.overrideIcon?.(name, markup)).catch(() => undefined);
    }
    this.clear();
    for (const person of this.candidates()) this.add(person);
    try {
      await pip.enable();
    } catch (error) {
      this.clear();
      throw error;
    }
  }

  /** Turns picture in picture off and lets go of the people. */
  async stop(): Promise<void> {
    try {
      await this.pip.disable();
    } finally {
      this.clear();
    }
  }

  /** Picture in picture ended (the window was closed): let go of the people. */
  ended(): void {
    this.clear();
  }

  /** `activeSpeaker`: the speaker moves to the front, joining the sources if new. */
  spoke(peerId: string): void {
    if (this.order[0] === peerId) return;
    const person = this.meeting.participants?.joined?.get(peerId);
    if (!person) return;
    if (this.sources.has(peerId)) {
      this.order = [peerId, ...this.order.filter((id) => id !== peerId)];
      return;
    }
    this.add(person, true);
    // The one who spoke longest ago goes (a pinned person stays).
    const out = [...this.order].reverse().find((id) => !this.sources.get(id)?.person.isPinned);
    if (this.order.length > MAX_SOURCES && out) this.remove(out);
  }

  /** `participantLeft`: their source goes, and someone else on screen takes the place. */
  left(person: { id: string } | undefined): void {
    if (!person || !this.sources.has(person.id)) return;
    this.remove(person.id);
    const next = this.candidates().find((p) => !this.sources.has(p.id));
    if (next) this.add(next);
  }

  /** `videoUpdate`: the source shows their video or, without it, their name. */
  videoChanged(person: Participant | undefined): void {
    if (!person || !this.sources.has(person.id)) return;
    if (person.videoEnabled) this.pip.enableSource?.(person.id);
    else this.pip.disableSource?.(person.id);
  }

  private candidates(): Participant[] {
    const participants = this.meeting.participants;
    const selfId = this.meeting.self?.id;
    const joined = participants?.joined;
    const speaker = participants?.lastActiveSpeaker
      ? joined?.get(participants.lastActiveSpeaker)
      : undefined;
    const seen = new Set<string>();
    return [
      ...mapItems<Participant>(participants?.pinned),
      ...(speaker ? [speaker] : []),
      ...mapItems<Participant>(participants?.active),
      ...mapItems<Participant>(joined),
    ]
      .filter((p) => {
        // Still in the meeting: `active` may lag behind a `participantLeft` on `joined`.
        if (!p || p.id === selfId || seen.has(p.id) || (joined && !joined.get(p.id))) return false;
        seen.add(p.id);
        return true;
      })
      .slice(0, MAX_SOURCES);
  }

  private add(person: Participant, first = false): void {
    if (!this.pip.addSource) return;
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.autoplay = true;
    person.registerVideoElement?.(video);
    this.sources.set(person.id, { person, video });
    this.order = first ? [person.id, ...this.order] : [...this.order, person.id];
    this.pip.addSource(
      person.id,
      video,
      Boolean(person.videoEnabled),
      Boolean(person.isPinned),
      person.name,
      person.picture,
    );
  }

  private remove(id: string): void {
    const source = this.sources.get(id);
    if (!source) return;
    this.sources.delete(id);
    this.order = this.order.filter((other) => other !== id);
    source.person.deregisterVideoElement?.(source.video);
    this.pip.removeSource?.(id);
  }

  private clear(): void {
    for (const id of [...this.order]) this.remove(id);
    this.pip.removeAllSources?.();
  }
}
