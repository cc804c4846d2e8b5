import type { TranscriptionData } from '../meeting/ai.js';
import { foldForSearch } from './search-fold.js';

// What the captions (`rtk-transcripts`) and the transcript panel (`rtk-ai-transcriptions`) share:
// how partial results become lines, grouping, search, and the .txt / WebVTT exports. Loaded with
// them, never with the control bar.

/** A line of the transcript and the key it keeps while its partial results are replaced. */
export interface TranscriptLine {
  key: string;
  data: TranscriptionData;
}

let keys = 0;

/**
 * The lines of a transcript, oldest first, built from results as they come: a result with the id
 * of a line, or from a speaker whose last line is still partial, replaces that line (which keeps
 * its key and place); anything else is a new line at the end. Each result costs the same however
 * long the transcript is.
 */
export class TranscriptBook {
  readonly lines: TranscriptLine[] = [];
  private readonly byId = new Map<string, TranscriptLine>();
  private readonly partialOf = new Map<string, TranscriptLine>();
  /** Counts changes, so that views can tell when to group again. */
  version = 0;

  /** Adds a result; returns the line it changed or added (`undefined` for a half-shaped one). */
  add(data: unknown): TranscriptLine | undefined {
    if (!isTranscript(data)) return undefined;
    this.version++;
    let line = this.byId.get(data.id) ?? this.partialOf.get(data.peerId);
    if (line) {
      if (line.data.id !== data.id) this.byId.delete(line.data.id);
      line.data = data;
    } else {
      line = { key: `t${++keys}`, data };
      this.lines.push(line);
    }
    this.byId.set(data.id, line);
    if (data.isPartialTranscript) this.partialOf.set(data.peerId, line);
    else if (this.partialOf.get(data.peerId) === line) this.partialOf.delete(data.peerId);
    return line;
  }
}

/** Adds `data` to `lines` (a short list, such as the captions'), as `TranscriptBook` does. */
export function mergeTranscript(lines: TranscriptLine[], data: TranscriptionData): TranscriptLine {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (
      line.data.id === data.id ||
      (line.data.peerId === data.peerId && line.data.isPartialTranscript)
    ) {
      line.data = data;
      return line;
    }
  }
  const line = { key: `t${++keys}`, data };
  lines.push(line);
  return line;
}

/** Whether `value` has the shape of a transcript line (a half-shaped one is skipped). */
export function isTranscript(value: unknown): value is TranscriptionData {
  const data = value as Partial<TranscriptionData> | undefined;
  return typeof data?.transcript === 'string' && typeof data.peerId === 'string';
}

/** The time of a line, as a number (0 when unknown). */
export function timeOf(data: TranscriptionData): number {
  const time = new Date(data.date as unknown as string).getTime();
  return Number.isFinite(time) ? time : 0;
}

/** Consecutive lines of one speaker, within a few minutes of each other. */
export interface TranscriptGroup {
  key: string;
  name: string;
  peerId: string;
  time: number;
  lines: TranscriptLine[];
}

/** How far apart two lines of one speaker may be and still share a group. */
const GROUP_GAP_MS = 2 * 60_000;

/** Groups `lines` by speaker and time, oldest first. */
export function groupLines(lines: readonly TranscriptLine[]): TranscriptGroup[] {
  const groups: TranscriptGroup[] = [];
  let last: TranscriptGroup | undefined;
  let lastTime = 0;
  for (const line of lines) {
    const time = timeOf(line.data);
    if (!last || last.peerId !== line.data.peerId || time - lastTime > GROUP_GAP_MS) {
      last = { key: line.key, name: line.data.name, peerId: line.data.peerId, time, lines: [] };
      groups.push(last);
    }
    last.lines.push(line);
    lastTime = time;
  }
  return groups;
}

/** Where `query` occurs in `text`: [start, end) ranges, ignoring case and accents. */
export function matchRanges(text: string, query: string): Array<[number, number]> {
  const needle = foldForSearch(query.trim());
  if (!needle) return [];
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const f = foldForSearch(char);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += char.length;
  }
  origin.push(text.length);
  const ranges: Array<[number, number]> = [];
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    const end = origin[at + needle.length]!;
    ranges.push([origin[at]!, end > origin[at]! ? end : origin[at]! + 1]);
  }
  return ranges;
}

/** Two-digit time parts. */
const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/** The transcript as plain text: one line per result, `[time] Name: words`. */
export function toText(
  lines: readonly TranscriptLine[],
  formatTime: (time: number) => string,
): string {
  return lines
    .map((l) => `[${formatTime(timeOf(l.data))}] ${l.data.name}: ${l.data.transcript}`)
    .join('\n')
    .concat(lines.length ? '\n' : '');
}

function vttTime(ms: number): string {
  const t = Math.max(0, Math.round(ms));
  return `${pad(Math.floor(t / 3_600_000))}:${pad(Math.floor(t / 60_000) % 60)}:${pad(Math.floor(t / 1000) % 60)}.${pad(t % 1000, 3)}`;
}

/** Text safe inside a WebVTT cue (no markup, no cue-ending blank line, no arrow). */
function vttText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * The transcript as WebVTT: one cue per line, timed from the first line, ending when the next
 * line starts (at most a few seconds per word), the speaker as a voice span (`<v Name>`).
 */
export function toVtt(lines: readonly TranscriptLine[]): string {
  const finals = lines.filter((l) => !l.data.isPartialTranscript);
  const start = finals.length ? timeOf(finals[0]!.data) : 0;
  const cues = finals.map((line, i) => {
    const from = timeOf(line.data) - start;
    const words = line.data.transcript.split(/\s+/).length;
    const spoken = Math.max(1500, words * 450);
    const next = finals[i + 1] ? timeOf(finals[i + 1]!.data) - start : Infinity;
    const to = Math.max(from + 500, Math.min(from + spoken, next));
    const name = vttText(line.data.name).replace(/\s+/g, ' ');
    return `${i + 1}\n${vttTime(from)} --> ${vttTime(to)}\n<v ${name}>${vttText(line.data.transcript)}</v>`;
  });
  return ['WEBVTT', ...cues].join('\n\n') + '\n';
}

/** Offers `text` as a file download named `name`. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** What a person chose for captions, remembered in this browser. */
export interface CaptionPrefs {
  /** Text size of captions. */
  size: 'sm' | 'md' | 'lg' | 'xl';
  /** Read each finished caption to screen readers (politely). */
  announce: boolean;
}

const PREFS_KEY = 'rtk-caption-prefs';
/** The latest choice, for pages whose storage is blocked. */
let chosen: CaptionPrefs | undefined;
const SIZES = new Set(['sm', 'md', 'lg', 'xl']);

/** The caption settings saved in this browser (defaults: medium, not announced). */
export function captionPrefs(): CaptionPrefs {
  if (chosen) return chosen;
  let saved: Partial<CaptionPrefs> = {};
  try {
    saved = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as Partial<CaptionPrefs>;
  } catch {
    // Storage blocked or a broken value: the defaults.
  }
  return {
    size: saved && SIZES.has(saved.size as string) ? saved.size! : 'md',
    announce: saved?.announce === true,
  };
}

/** Saves the caption settings (kept for the page when storage is blocked). */
export function saveCaptionPrefs(prefs: CaptionPrefs): void {
  chosen = prefs;
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Storage blocked: the setting lasts as long as the page.
  }
}
