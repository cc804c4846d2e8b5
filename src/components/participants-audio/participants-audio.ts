import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import { participantsAudioStrings } from '../../i18n/en/participants-audio.js';
import { mapItems } from '../../meeting/guards.js';
import type { Participant } from '../../meeting/participant.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './participants-audio.styles.js';
import type * as PromptModule from './prompt.js';

/** One remote audio source, keyed `<peer id>:audio` or `<peer id>:screenshare`. */
interface AudioEntry {
  peerId: string;
  kind: 'audio' | 'screenshare';
  /** The track to play, or none while it is muted (the element stays, silent). */
  track?: MediaStreamTrack;
}

/** Elements added to the list in one go; more wait for the page's next idle moment. */
const AT_ONCE = 8;

/** `HTMLMediaElement.setSinkId`, where the browser has it. */
type SinkableAudio = HTMLAudioElement & {
  sinkId?: string;
  setSinkId?: (id: string) => Promise<void>;
};

/** Runs `fn` when the page is idle (within `ms`), or after a frame where there is no such call. */
const idle = (fn: () => void, ms: number) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(fn, { timeout: ms })
    : requestAnimationFrame(() => setTimeout(fn));

/** The track of `kind` to play for `p`: none while it is off. */
function trackFor(p: Participant, kind: AudioEntry['kind']): MediaStreamTrack | undefined {
  if (kind === 'audio') return p.audioEnabled ? p.audioTrack : undefined;
  return p.screenShareEnabled ? p.screenShareTracks?.audio : undefined;
}

/** The track of a media element's stream, if any. */
function trackOf(el: HTMLMediaElement): MediaStreamTrack | undefined {
  return el.srcObject instanceof MediaStream ? el.srcObject.getAudioTracks()[0] : undefined;
}

/**
 * Plays the meeting's remote audio: every remote person's microphone and the sound of their screen
 * shares, with hidden `<audio>` elements keyed by person and kind: one for each remote person's
 * microphone (silent while it is off) and one for each screen share with sound. When someone
 * mutes, unmutes or switches tracks their element is re-wired in place (its `srcObject`): nothing
 * in the DOM changes and nothing re-renders. Your own microphone is never played back.
 *
 * Listens only to `meeting.participants.joined` (`audioUpdate`, `screenShareUpdate`,
 * `participantJoined`, `participantLeft`) and to `meeting.self` `deviceUpdate`: the audio follows
 * the speaker chosen in the meeting (`self.getCurrentDevices().speaker`) through `setSinkId()`
 * where the browser supports it, and plays on the default output elsewhere.
 *
 * When the browser blocks playback until the user interacts with the page (autoplay policy), a
 * "Click to enable audio" prompt appears; choosing it resumes every track.
 *
 * Place one in the joined meeting (`rtk-meeting` does).
 *
 * @csspart prompt - The bar shown while the browser blocks audio.
 * @csspart enable-button - The `rtk-button` that resumes audio.
 * @csspart audio - Each hidden `<audio>` element.
 *
 * @fires dialogClose - When the prompt closes because the user enabled audio (official name).
 */
export class RtkParticipantsAudio extends RtkElement {
  static override strings = participantsAudioStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [
        m.participants?.joined,
        'audioUpdate',
        'screenShareUpdate',
        'participantJoined',
        'participantLeft',
      ],
      [m.self, 'deviceUpdate'],
    ],
    { onEvent: (event, [peer]) => !this.rewire(event, peer as Participant | undefined) },
  );

  /**
   * An `<audio>` element the page started during a user gesture (the official kit's way to unlock
   * audio early). It is played again when the user enables audio from the prompt.
   */
  @property({ attribute: false }) preloadedAudioElem?: HTMLAudioElement;

  /** True while the browser refuses to play audio until the user interacts. */
  @state() private blocked = false;

  /**
   * How many elements the list has: none until the stage has rendered (idle time, within a second
   * however busy the page is), then `AT_ONCE` more in each idle moment until everyone has one (from
   * then on, joins at once). Each element starts a media pipeline: neither a large room's first
   * frame nor a later one waits for all of them.
   */
  @state() private shown = 0;

  /** Everyone's entry, shown or not yet. */
  private entries = new Map<string, AudioEntry>();

  /** The prompt's module, once loaded. */
  private prompt?: typeof PromptModule;

  /** The audio elements of the tracks being played. */
  get audioElements(): HTMLAudioElement[] {
    return this.allElements.filter((el) => el.srcObject);
  }

  /** Every `<audio>` element, the silent ones of muted people included. */
  private get allElements(): HTMLAudioElement[] {
    return [...this.renderRoot.querySelectorAll('audio')];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed element stops its media pipelines now rather than when it is collected.
    for (const el of this.allElements) el.srcObject = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved back into the page: play again, and go on building.
    if (!this.hasUpdated) return;
    this.wire();
    if (this.shown < Infinity) idle(this.grow, 200);
  }

  protected override firstUpdated(): void {
    // A hidden page has no frames (nor idle moments): everyone at once.
    if (document.hidden) this.shown = Infinity;
    else idle(this.grow, 1000);
  }

  private readonly grow = (): void => {
    if (!this.isConnected) return;
    const people = mapItems(this.activeMeeting?.participants?.joined).length;
    this.shown = this.shown + AT_ONCE >= people ? Infinity : this.shown + AT_ONCE;
  };

  protected override updated(changed: PropertyValues<this>): void {
    this.wire();
    if (changed.has('shown' as keyof RtkParticipantsAudio) && this.shown < Infinity)
      idle(this.grow, 200);
  }

  /** Plays each element's track (nothing while muted) on the chosen speaker. */
  private wire(): void {
    if (!this.isConnected) return;
    const speaker = this.speakerId();
    for (const el of this.allElements) {
      const track = this.entries.get(el.dataset.key!)?.track;
      if (trackOf(el) !== track) {
        el.srcObject = track ? new MediaStream([track]) : null;
        if (track) this.play(el);
      }
      this.applySink(el, speaker);
    }
  }

  /**
   * A mute, an unmute or a new track of someone whose element exists: re-wires it in place and
   * returns true (no render). False when the list must render (someone new, a screen share that
   * ended: it takes its element with it).
   */
  private rewire(event: string, peer?: Participant): boolean {
    const kind = event === 'audioUpdate' ? 'audio' : 'screenshare';
    const media = event === 'audioUpdate' || event === 'screenShareUpdate';
    const entry = media && peer ? this.entries.get(`${peer.id}:${kind}`) : undefined;
    if (!entry) return false;
    entry.track = trackFor(peer!, kind);
    if (!entry.track && kind === 'screenshare') return false;
    this.wire();
    return true;
  }

  /** Resumes every track after the browser blocked it; call it from a user gesture. */
  async resumeAudio(): Promise<void> {
    const { resume } = await import('./prompt.js');
    this.blocked = await resume(this, this.activeMeeting?.self, this.blocked);
  }

  private play(el: HTMLAudioElement): void {
    el.play().then(
      () => undefined,
      (error: { name?: string } | undefined) => {
        // AbortError: a newer srcObject replaced this one; only a policy refusal needs the user.
        if (error?.name === 'NotAllowedError' && el.isConnected) this.blocked = true;
      },
    );
  }

  /** The speaker chosen in the meeting, or `undefined` for the default output. */
  private speakerId(): string | undefined {
    try {
      // A half-shaped self (no getCurrentDevices, or one that throws): the default output.
      return this.activeMeeting?.self?.getCurrentDevices?.().speaker?.deviceId;
    } catch {
      return undefined;
    }
  }

  private applySink(el: SinkableAudio, speaker: string | undefined): void {
    if (speaker === undefined || typeof el.setSinkId !== 'function') return;
    if (el.sinkId === speaker || el.dataset.sink === speaker) return;
    // Remember the request, so a slow or refused switch is not retried on every update.
    el.dataset.sink = speaker;
    el.setSinkId(speaker).catch(() => {
      // An unknown or forbidden device: the element keeps playing on the current output.
    });
  }

  /** Everyone's microphone (silent while muted) and the screen shares with sound. */
  private collect(): Map<string, AudioEntry> {
    const entries = new Map<string, AudioEntry>();
    for (const p of mapItems<Participant>(this.activeMeeting?.participants?.joined))
      for (const kind of ['audio', 'screenshare'] as const) {
        const track = trackFor(p, kind);
        if (track || kind === 'audio')
          entries.set(`${p.id}:${kind}`, { peerId: p.id, kind, track });
      }
    return entries;
  }

  override render() {
    if (!this.shown) return;
    this.entries = this.collect();
    const audio = repeat(
      [...this.entries].slice(0, this.shown),
      ([key]) => key,
      ([key, e]) =>
        html`<audio part="audio" data-key=${key} data-peer=${e.peerId} data-kind=${e.kind}></audio>`,
    );
    if (!this.blocked || ![...this.entries.values()].some((e) => e.track)) return audio;
    // Rare (only where the browser blocks autoplay): the prompt's code loads when it is shown.
    if (!this.prompt)
      void import('./prompt.js').then((m) => {
        this.prompt = m;
        this.requestUpdate();
      });
    return html`${audio}${this.prompt?.renderPrompt(this, this.localize, this.icons)}`;
  }
}
