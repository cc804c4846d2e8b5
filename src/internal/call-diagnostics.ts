import type { Meeting } from '../meeting/meeting.js';
import type { MediaScoreUpdate } from '../meeting/media.js';
import { qualityOf, type NetworkQuality } from './call-quality.js';

// What the call diagnostics (`rtk-debugger` and its tabs) share: the readings of the last minute
// per person and stream, the plain-language verdict a reading earns, the sparkline drawn from the
// readings, and the report. Loaded with the diagnostics panel, never with the meeting.

/** The streams a person's figures are about (a tab each). */
export type DiagnosticStream = 'audio' | 'video' | 'screenshare';

/** How long the charts look back, in milliseconds. */
export const WINDOW_MS = 60_000;

/**
 * One `mediaScoreUpdate`, as figures. `bitrate` is in bits per second (the SDK reports bytes per
 * second), `jitter` in milliseconds (the SDK: seconds), `packetLoss` in percent.
 */
export interface Reading {
  /** `Date.now()` when it arrived. */
  at: number;
  score: number;
  bitrate?: number;
  packetLoss?: number;
  jitter?: number;
  width?: number;
  height?: number;
  fps?: number;
  cpuLimited?: boolean;
  bandwidthLimited?: boolean;
}

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** The stream a score payload is about, or `undefined` for one that is not ours to show. */
export function streamOf(
  payload: Partial<MediaScoreUpdate> | undefined,
): DiagnosticStream | undefined {
  if (!payload || typeof payload.score !== 'number') return undefined;
  if (payload.isScreenshare) return payload.kind === 'video' ? 'screenshare' : undefined;
  return payload.kind === 'audio' || payload.kind === 'video' ? payload.kind : undefined;
}

/** The figures of a score payload (missing or malformed figures stay unset). */
export function readingOf(payload: Partial<MediaScoreUpdate>, at = Date.now()): Reading {
  const stats = (payload.scoreStats ?? {}) as Record<string, unknown>;
  const bytes = finite(stats.bitrate);
  const jitter = finite(stats.jitter);
  const reading: Reading = {
    at,
    score: Math.max(0, Math.min(10, Number(payload.score) || 0)),
    bitrate: bytes === undefined ? undefined : bytes * 8,
    packetLoss: finite(stats.packetsLostPercentage),
    jitter: jitter === undefined ? undefined : jitter * 1000,
    width: finite(stats.frameWidth),
    height: finite(stats.frameHeight),
    fps: finite(stats.framesPerSecond),
  };
  if (typeof stats.cpuLimitations === 'boolean') reading.cpuLimited = stats.cpuLimitations;
  if (typeof stats.bandwidthLimitations === 'boolean')
    reading.bandwidthLimited = stats.bandwidthLimitations;
  return reading;
}

/** The readings of one meeting, per person (`self.id` or a peer id) and stream. */
export class ReadingHistory {
  private readonly series = new Map<string, Reading[]>();
  /** Payloads already added: the panel and its tab both hear each event, it counts once. */
  private readonly seen = new WeakMap<object, { stream: DiagnosticStream; reading: Reading }>();

  /** Adds a score payload of `peerId`; returns its stream and reading, or nothing if not shown. */
  add(
    peerId: string,
    payload: Partial<MediaScoreUpdate> | undefined,
    at = Date.now(),
  ): { stream: DiagnosticStream; reading: Reading } | undefined {
    const stream = streamOf(payload);
    if (!stream || !payload) return undefined;
    const known = this.seen.get(payload);
    if (known) return known;
    const reading = readingOf(payload, at);
    this.seen.set(payload, { stream, reading });
    const key = `${peerId}|${stream}`;
    const list = this.series.get(key) ?? [];
    list.push(reading);
    while (list.length && list[0].at < at - WINDOW_MS) list.shift();
    this.series.set(key, list);
    return { stream, reading };
  }

  /** The readings of the last minute, oldest first. */
  of(peerId: string, stream: DiagnosticStream, now = Date.now()): Reading[] {
    return (this.series.get(`${peerId}|${stream}`) ?? []).filter((r) => r.at >= now - WINDOW_MS);
  }

  /** The latest reading, however old. */
  latest(peerId: string, stream: DiagnosticStream): Reading | undefined {
    const list = this.series.get(`${peerId}|${stream}`);
    return list?.[list.length - 1];
  }

  /** The people with any reading. */
  people(): string[] {
    return [...new Set([...this.series.keys()].map((key) => key.split('|')[0]))];
  }
}

// Per meeting (like the stores of meeting-stores.ts, but loaded only with the diagnostics): the
// readings outlive the panel, so closing and opening it again keeps the last minute.
const histories = new WeakMap<object, ReadingHistory>();

/** The reading history of `meeting`. */
export function historyOf(meeting: object): ReadingHistory {
  let history = histories.get(meeting);
  if (!history) histories.set(meeting, (history = new ReadingHistory()));
  return history;
}

/** Packet loss above this many percent is named as a reason. */
export const LOSS_LIMIT = 5;
/** Jitter above this many milliseconds is named as a reason. */
export const JITTER_LIMIT = 30;

/** What a reading says in words: its quality, the sentence's key, the reasons' keys. */
export interface Verdict {
  quality: NetworkQuality;
  key: string;
  reasons: string[];
}

/**
 * The verdict on a reading of `stream`, for you (`self`: what you send) or someone else (`peer`:
 * what you receive from them). The quality follows the score as on the tile's network indicator;
 * the reasons follow the figures.
 */
export function verdictOf(
  reading: Reading,
  stream: DiagnosticStream,
  who: 'self' | 'peer',
): Verdict {
  const quality = qualityOf(reading.score);
  const reasons: string[] = [];
  if ((reading.packetLoss ?? 0) > LOSS_LIMIT) reasons.push('debugger.reason_loss');
  if ((reading.jitter ?? 0) > JITTER_LIMIT) reasons.push('debugger.reason_jitter');
  if (who === 'self' && reading.cpuLimited) reasons.push('debugger.reason_cpu');
  if (who === 'self' && reading.bandwidthLimited) reasons.push('debugger.reason_bandwidth');
  return { quality, key: `debugger.${who}_${stream}_${quality}`, reasons };
}

/** Whether two verdicts read the same (no need to render again). */
export function sameVerdict(a: Verdict | undefined, b: Verdict | undefined): boolean {
  return a?.key === b?.key && a?.reasons.join() === b?.reasons.join();
}

/**
 * Draws `values` (by time, over the last minute up to `now`) as a line on `canvas`, scaled to
 * `max` (or the largest value), in the canvas's CSS `color`. Draws directly from the data: no
 * element is rendered for it.
 */
export function drawSparkline(
  canvas: HTMLCanvasElement,
  points: ReadonlyArray<{ at: number; value: number }>,
  now: number,
  max?: number,
): void {
  const ratio = globalThis.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.clearRect(0, 0, width, height);
  if (!points.length) return;
  const top = max ?? Math.max(1, ...points.map((p) => p.value));
  const pad = 2 * ratio;
  const x = (at: number) => ((at - (now - WINDOW_MS)) / WINDOW_MS) * (width - 2 * pad) + pad;
  const y = (value: number) => height - pad - (Math.min(value, top) / top) * (height - 2 * pad);
  context.strokeStyle = getComputedStyle(canvas).color;
  context.fillStyle = context.strokeStyle;
  context.lineWidth = 1.5 * ratio;
  context.lineJoin = 'round';
  context.beginPath();
  points.forEach((point, i) =>
    i ? context.lineTo(x(point.at), y(point.value)) : context.moveTo(x(point.at), y(point.value)),
  );
  context.stroke();
  const last = points[points.length - 1];
  context.beginPath();
  context.arc(x(last.at), y(last.value), 2.5 * ratio, 0, 2 * Math.PI);
  context.fill();
}

/** A reading as plain figures for the report (seconds before the report, rounded). */
function reportReading(reading: Reading, now: number) {
  const round = (value: number | undefined, digits = 1) =>
    value === undefined ? undefined : Math.round(value * 10 ** digits) / 10 ** digits;
  return {
    secondsAgo: Math.round((now - reading.at) / 1000),
    score: reading.score,
    bitrateKbps: round(reading.bitrate === undefined ? undefined : reading.bitrate / 1000),
    packetLossPercent: round(reading.packetLoss),
    jitterMs: round(reading.jitter),
    resolution: reading.width && reading.height ? `${reading.width}×${reading.height}` : undefined,
    framesPerSecond: round(reading.fps),
    cpuLimited: reading.cpuLimited,
    bandwidthLimited: reading.bandwidthLimited,
  };
}

/** Everything the system tab shows, read from the meeting now (missing parts stay unset). */
export interface SystemFacts {
  browser?: string;
  os?: string;
  mobile?: boolean;
  devices: { microphone?: string; camera?: string; speaker?: string };
  permissions: { microphone?: string; camera?: string; screenshare?: string };
  connection: { signalling?: string; mediaSend?: string; mediaReceive?: string };
}

/** Reads the system facts of `meeting` (never throws on a half-shaped meeting). */
export function systemFactsOf(meeting: Partial<Meeting> | undefined): SystemFacts {
  const self = meeting?.self;
  const specs = meeting?.__internals__?.browserSpecs as Record<string, unknown> | undefined;
  const device = self?.device;
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const browserName = text(device?.browserName) ?? text(specs?.browserName) ?? text(specs?.name);
  const browserVersion = text(device?.browserVersion) ?? text(specs?.browserVersion);
  let current: { audio?: MediaDeviceInfo; video?: MediaDeviceInfo; speaker?: MediaDeviceInfo } = {};
  try {
    current = (self?.getCurrentDevices?.() as typeof current | undefined) ?? {};
  } catch {
    // A client without devices yet: nothing to show.
  }
  const permissions = (self?.mediaPermissions ?? {}) as Record<string, string | undefined>;
  return {
    browser: browserName ? [browserName, browserVersion].filter(Boolean).join(' ') : undefined,
    os: text(device?.osName) ?? text(specs?.osName),
    mobile: typeof device?.isMobile === 'boolean' ? device.isMobile : undefined,
    devices: {
      microphone: text(current.audio?.label),
      camera: text(current.video?.label),
      speaker: text(current.speaker?.label),
    },
    permissions: {
      microphone: text(permissions.audio),
      camera: text(permissions.video),
      screenshare: text(permissions.screenshare),
    },
    connection: {
      signalling: text(meeting?.meta?.socketState?.state),
      mediaSend: text(meeting?.meta?.mediaState?.send?.state),
      mediaReceive: text(meeting?.meta?.mediaState?.recv?.state),
    },
  };
}

const STREAMS: readonly DiagnosticStream[] = ['audio', 'video', 'screenshare'];

/**
 * The diagnostics report: the system facts and the last minute of figures for you and for everyone
 * with readings, with the verdicts in words. Names only as the meeting shows them; no ids, no
 * tokens, no addresses.
 */
export function buildReport(
  meeting: Partial<Meeting>,
  words: (key: string, values?: Record<string, string | number>) => string,
  now = Date.now(),
) {
  const history = historyOf(meeting);
  const self = meeting.self;
  const person = (peerId: string, who: 'self' | 'peer') => {
    const name =
      who === 'self'
        ? self?.name || words('debugger.you')
        : meeting.participants?.joined?.get?.(peerId)?.name || '';
    const streams: Record<string, unknown> = {};
    for (const stream of STREAMS) {
      const readings = history.of(peerId, stream, now);
      const latest = readings[readings.length - 1];
      if (!latest) continue;
      const verdict = verdictOf(latest, stream, who);
      streams[stream] = {
        quality: verdict.quality,
        verdict: [words(verdict.key, { name }), ...verdict.reasons.map((k) => words(k))].join(' '),
        lastMinute: readings.map((r) => reportReading(r, now)),
      };
    }
    return { name, role: who === 'self' ? 'you' : 'participant', streams };
  };
  const selfId = self?.id;
  const others = history
    .people()
    .filter((id) => id !== selfId && meeting.participants?.joined?.get?.(id));
  return {
    report: 'call-diagnostics',
    version: 1,
    createdAt: new Date(now).toISOString(),
    meeting: { title: meeting.meta?.meetingTitle || undefined, viewType: meeting.meta?.viewType },
    system: systemFactsOf(meeting),
    you: person(selfId ?? '', 'self'),
    participants: others.map((id) => person(id, 'peer')),
  };
}

/** The report as short plain text, for "Copy diagnostics". */
export function reportText(report: ReturnType<typeof buildReport>): string {
  const lines = [`Call diagnostics, ${report.createdAt}`];
  const s = report.system;
  lines.push(
    `Browser: ${s.browser ?? '?'}; OS: ${s.os ?? '?'}`,
    `Connection: signalling ${s.connection.signalling ?? '?'}, sending ${s.connection.mediaSend ?? '?'}, receiving ${s.connection.mediaReceive ?? '?'}`,
    `Permissions: microphone ${s.permissions.microphone ?? '?'}, camera ${s.permissions.camera ?? '?'}`,
  );
  for (const person of [report.you, ...report.participants]) {
    for (const [stream, value] of Object.entries(person.streams)) {
      const { verdict, lastMinute } = value as {
        verdict: string;
        lastMinute: ReturnType<typeof reportReading>[];
      };
      const latest = lastMinute[lastMinute.length - 1];
      const figures = [
        `score ${latest.score}/10`,
        latest.bitrateKbps !== undefined && `${latest.bitrateKbps} kbit/s`,
        latest.packetLossPercent !== undefined && `loss ${latest.packetLossPercent}%`,
        latest.jitterMs !== undefined && `jitter ${latest.jitterMs} ms`,
        latest.resolution,
        latest.framesPerSecond !== undefined && `${latest.framesPerSecond} fps`,
      ].filter(Boolean);
      lines.push(`${person.name} (${person.role}), ${stream}: ${figures.join(', ')}. ${verdict}`);
    }
  }
  return lines.join('\n');
}
