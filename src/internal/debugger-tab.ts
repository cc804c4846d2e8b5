import { html, nothing, type PropertyValues } from 'lit';
import { MeetingController } from '../controllers/meeting-controller.js';
import { debuggerStrings } from '../i18n/en/debugger.js';
import type { Meeting } from '../meeting/meeting.js';
import type { MediaScoreUpdate } from '../meeting/media.js';
import type { Peer } from '../meeting/participant.js';
import { diagnosticsStyles } from '../styles/diagnostics.styles.js';
import { hostStyles, tokens } from '../styles/shared.styles.js';
import {
  drawSparkline,
  historyOf,
  sameVerdict,
  verdictOf,
  type DiagnosticStream,
  type Reading,
  type Verdict,
} from './call-diagnostics.js';
import { RtkElement } from './rtk-element.js';

type Who = 'self' | 'peer';

/** The figures each stream shows, in order. */
const FIGURES: Record<DiagnosticStream, readonly string[]> = {
  audio: ['score', 'bitrate', 'packet_loss', 'jitter'],
  video: ['score', 'bitrate', 'packet_loss', 'jitter', 'resolution', 'frame_rate'],
  screenshare: ['score', 'bitrate', 'packet_loss', 'jitter', 'resolution', 'frame_rate'],
};

/** The UI state naming the person the diagnostics compare you with (a peer id). */
export const DEBUGGER_PEER_STATE = 'debuggerParticipant';

/** The person the diagnostics show beside you: the one chosen in the UI states, else the first. */
export function chosenPeer(meeting: Partial<Meeting>, chosen: unknown): Peer | undefined {
  const joined = meeting.participants?.joined;
  const picked = typeof chosen === 'string' ? joined?.get?.(chosen) : undefined;
  return picked ?? joined?.toArray?.()[0];
}

/**
 * What the audio, video and screen share tabs of the call diagnostics share: two cards, you (what
 * you send) and the chosen participant (what you receive from them, UI state
 * `debuggerParticipant`), each with a verdict in words, the latest figures and two sparklines of
 * the last minute.
 *
 * Readings (`mediaScoreUpdate`) arrive every few seconds per stream. The figures and the charts
 * are written and drawn straight from the data; the element renders again only when a verdict
 * changes, media turns on or off, or people come and go.
 */
export abstract class DebuggerTabElement extends RtkElement {
  static override strings = debuggerStrings;

  static override styles = [tokens, hostStyles, diagnosticsStyles];

  /** The stream this tab is about. */
  protected abstract readonly stream: DiagnosticStream;

  protected readonly events = new MeetingController(
    this,
    (m) => [
      [m.self, 'mediaScoreUpdate', 'audioUpdate', 'videoUpdate', 'screenShareUpdate', 'roomJoined'],
      [this.peerOf(m), 'mediaScoreUpdate', 'audioUpdate', 'videoUpdate', 'screenShareUpdate'],
      [m.participants?.joined, 'participantJoined', 'participantLeft'],
    ],
    { onEvent: (event, args) => this.handle(event, args) },
  );

  /** The verdicts on screen, per card. */
  private shown: Partial<Record<Who, Verdict>> = {};

  private peerOf(meeting: Partial<Meeting>): Peer | undefined {
    return chosenPeer(meeting, this.activeStates[DEBUGGER_PEER_STATE]);
  }

  private idOf(who: Who): string | undefined {
    const meeting = this.activeMeeting;
    if (!meeting) return undefined;
    return who === 'self' ? meeting.self?.id : this.peerOf(meeting)?.id;
  }

  private handle(event: string, args: unknown[]): boolean {
    if (event !== 'mediaScoreUpdate') return true;
    const meeting = this.activeMeeting;
    const payload = args[args.length - 1] as Partial<MediaScoreUpdate> | undefined;
    if (!meeting || !payload) return false;
    const who: Who = payload.participantId === meeting.self?.id ? 'self' : 'peer';
    const id = this.idOf(who);
    if (!id) return false;
    const added = historyOf(meeting).add(id, payload);
    if (!added || added.stream !== this.stream) return false;
    // A verdict that reads differently is worth a render; anything else is drawn in place.
    if (!sameVerdict(this.shown[who], verdictOf(added.reading, this.stream, who))) return true;
    this.paint();
    return false;
  }

  /** Whether `who` has this stream on now. */
  private mediaOn(who: Who): boolean {
    const meeting = this.activeMeeting;
    const person = who === 'self' ? meeting?.self : meeting && this.peerOf(meeting);
    if (!person) return false;
    if (this.stream === 'audio') return Boolean(person.audioEnabled);
    if (this.stream === 'video') return Boolean(person.videoEnabled);
    return Boolean(person.screenShareEnabled);
  }

  private latest(who: Who): Reading | undefined {
    const meeting = this.activeMeeting;
    const id = this.idOf(who);
    if (!meeting || !id) return undefined;
    const readings = historyOf(meeting).of(id, this.stream);
    return readings[readings.length - 1];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.paint();
  }

  /** Writes the figures and draws the charts of both cards from the readings. */
  private paint(): void {
    const meeting = this.activeMeeting;
    if (!meeting) return;
    const now = Date.now();
    for (const who of ['self', 'peer'] as const) {
      const card = this.renderRoot.querySelector<HTMLElement>(`[data-who="${who}"]`);
      const id = this.idOf(who);
      if (!card || !id) continue;
      const readings = historyOf(meeting).of(id, this.stream, now);
      const latest = readings[readings.length - 1];
      for (const dd of card.querySelectorAll<HTMLElement>('[data-figure]')) {
        const text = this.figure(dd.dataset.figure!, latest);
        if (dd.textContent !== text) dd.textContent = text;
      }
      for (const canvas of card.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
        const score = canvas.dataset.chart === 'score';
        const points = readings
          .map((r) => ({ at: r.at, value: score ? r.score : (r.bitrate ?? NaN) / 1000 }))
          .filter((p) => Number.isFinite(p.value));
        drawSparkline(canvas, points, now, score ? 10 : undefined);
        canvas.setAttribute('aria-label', this.chartLabel(canvas, points));
      }
    }
  }

  private chartLabel(canvas: HTMLCanvasElement, points: ReadonlyArray<{ value: number }>): string {
    const score = canvas.dataset.chart === 'score';
    const title = this.localize(score ? 'debugger.chart_score' : 'debugger.chart_bitrate');
    if (!points.length) return `${title}: ${this.localize('debugger.chart_empty')}`;
    const format = (value: number) =>
      score
        ? this.localize('debugger.score_value', { score: value })
        : this.localize('debugger.bitrate_value', {
            value: this.localize.formatNumber(value, { maximumFractionDigits: 0 }),
          });
    return `${title}: ${this.localize('debugger.chart_summary', {
      count: points.length,
      latest: format(points[points.length - 1].value),
      lowest: format(Math.min(...points.map((p) => p.value))),
    })}`;
  }

  private figure(name: string, reading: Reading | undefined): string {
    const none = this.localize('debugger.unknown');
    if (!reading) return none;
    const number = (value: number | undefined, digits = 0) =>
      value === undefined
        ? undefined
        : this.localize.formatNumber(value, { maximumFractionDigits: digits });
    let text: string | undefined;
    switch (name) {
      case 'score':
        text = this.localize('debugger.score_value', { score: number(reading.score) ?? '' });
        break;
      case 'bitrate': {
        const value = number(reading.bitrate === undefined ? undefined : reading.bitrate / 1000);
        text = value && this.localize('debugger.bitrate_value', { value });
        break;
      }
      case 'packet_loss':
        text =
          reading.packetLoss === undefined
            ? undefined
            : this.localize.formatNumber(reading.packetLoss / 100, {
                style: 'percent',
                maximumFractionDigits: 1,
              });
        break;
      case 'jitter': {
        const value = number(reading.jitter);
        text = value && this.localize('debugger.jitter_value', { value });
        break;
      }
      case 'resolution':
        text =
          reading.width && reading.height
            ? `${number(reading.width)} × ${number(reading.height)}`
            : undefined;
        break;
      case 'frame_rate': {
        const value = number(reading.fps);
        text = value && this.localize('debugger.frame_rate_value', { value });
        break;
      }
    }
    return text ?? none;
  }

  override render() {
    const meeting = this.activeMeeting;
    if (!meeting?.self) return nothing;
    const peer = this.peerOf(meeting);
    return html`${this.renderCard('self', this.localize('debugger.you_upload'), '')}
    ${
      peer
        ? this.renderCard(
            'peer',
            this.localize('debugger.peer_download', { name: peer.name }),
            peer.name,
          )
        : html`<section class="card" part="card">
          <p class="empty">${this.localize('debugger.nobody_else')}</p>
        </section>`
    }`;
  }

  private renderCard(who: Who, title: string, name: string) {
    const latest = this.latest(who);
    const on = this.mediaOn(who);
    const verdict = latest && on ? verdictOf(latest, this.stream, who) : undefined;
    this.shown[who] = verdict;
    const off = {
      audio: `debugger.${who}_mic_off`,
      video: `debugger.${who}_camera_off`,
      screenshare: `debugger.${who === 'self' ? 'self' : 'peer'}_not_sharing`,
    }[this.stream];
    const heading = `${who}-heading`;
    return html`<section class="card" part="card" data-who=${who} aria-labelledby=${heading}>
      <h3 id=${heading}>${title}</h3>
      ${
        !on
          ? html`<p class="verdict">${this.localize(off, { name })}</p>`
          : verdict
            ? html`<p class="verdict ${verdict.quality}" part="verdict">
              ${this.localize(verdict.key, { name })}
              ${verdict.reasons.map((key) => html` ${this.localize(key)}`)}
            </p>`
            : html`<p class="verdict">${this.localize('debugger.waiting')}</p>`
      }
      ${
        on
          ? html`<dl>
              ${FIGURES[this.stream].map(
                (figure) =>
                  html`<div><dt>${this.localize(`debugger.${figure}`)}</dt><dd data-figure=${figure}></dd></div>`,
              )}
            </dl>
            <div class="charts">
              <figure>
                <figcaption>${this.localize('debugger.chart_score')}</figcaption>
                <canvas
                  data-chart="score"
                  role="img"
                  aria-label=${this.localize('debugger.chart_score')}
                ></canvas>
              </figure>
              <figure>
                <figcaption>${this.localize('debugger.chart_bitrate')}</figcaption>
                <canvas
                  data-chart="bitrate"
                  role="img"
                  aria-label=${this.localize('debugger.chart_bitrate')}
                ></canvas>
              </figure>
            </div>`
          : nothing
      }
    </section>`;
  }
}
