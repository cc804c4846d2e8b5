import type { MediaScoreUpdate } from '../meeting/media.js';
import type { RandomSource } from './random.js';

/**
 * The demo's network: how good each person's connection is, and the SDK's `scoreStats` a score
 * of that quality comes with (figures in the SDK's units: bitrate in bytes per second, jitter in
 * seconds, packet loss in percent; video with its frame size, frame rate and, for what self sends,
 * the CPU and bandwidth limitation flags). The director sets the quality (`setNetworkQuality`);
 * the readings follow it, every few seconds in lively mode.
 */

/** What a score of each kind of stream looks like on a good, a weak and a poor network. */
const PROFILES = {
  audio: {
    good: { bitrate: 5200, loss: 0.2, jitter: 0.006 },
    weak: { bitrate: 3000, loss: 6, jitter: 0.035 },
    poor: { bitrate: 1300, loss: 18, jitter: 0.09 },
  },
  video: {
    good: { bitrate: 190_000, loss: 0.3, jitter: 0.008, width: 1280, height: 720, fps: 30 },
    weak: { bitrate: 60_000, loss: 6, jitter: 0.04, width: 640, height: 360, fps: 15 },
    poor: { bitrate: 16_000, loss: 17, jitter: 0.1, width: 320, height: 180, fps: 6 },
  },
  screenshare: {
    good: { bitrate: 120_000, loss: 0.2, jitter: 0.008, width: 1920, height: 1080, fps: 15 },
    weak: { bitrate: 45_000, loss: 6, jitter: 0.04, width: 1280, height: 720, fps: 5 },
    poor: { bitrate: 12_000, loss: 16, jitter: 0.1, width: 960, height: 540, fps: 2 },
  },
} as const;

/** A score's band (as the kit reads it: 7–10 good, 4–6 weak, 0–3 poor). */
function bandOf(score: number): 'good' | 'weak' | 'poor' {
  return score >= 7 ? 'good' : score >= 4 ? 'weak' : 'poor';
}

/** The SDK's `scoreStats` for a stream scored `score`, with a little seeded noise. */
export function demoScoreStats(
  kind: 'audio' | 'video',
  isScreenshare: boolean,
  score: number,
  producer: boolean,
  random: RandomSource,
): Record<string, number | boolean> {
  const band = bandOf(score);
  const profile = PROFILES[isScreenshare ? 'screenshare' : kind][band];
  const wobble = (value: number, spread = 0.12) => value * (1 - spread + random() * 2 * spread);
  const stats: Record<string, number | boolean> = {
    score,
    bitrate: Math.round(wobble(profile.bitrate)),
    packetsLostPercentage: Math.round(wobble(profile.loss, 0.3) * 10) / 10,
    jitter: Math.round(wobble(profile.jitter, 0.3) * 1000) / 1000,
    isScreenShare: isScreenshare,
  };
  if ('width' in profile) {
    stats.frameWidth = profile.width;
    stats.frameHeight = profile.height;
    stats.framesPerSecond = Math.max(1, Math.round(wobble(profile.fps, 0.1)));
    if (producer) {
      stats.cpuLimitations = false;
      stats.bandwidthLimitations = band !== 'good';
    }
  }
  return stats;
}

/** Each person's connection score now (peer id or self's id); 9 when never set. */
export class DemoNetwork {
  private readonly scores = new Map<string, number>();

  constructor(private readonly random: RandomSource) {}

  /** Sets the score of `id` (0–10). */
  set(id: string, score: number): void {
    this.scores.set(id, score);
  }

  /** The score of `id` now, with a point of noise within its band. */
  score(id: string): number {
    const base = this.scores.get(id) ?? 9;
    const noisy = base + (this.random() < 0.5 ? 0 : this.random() < 0.5 ? -1 : 1);
    const clamped = Math.max(0, Math.min(10, noisy));
    return bandOf(clamped) === bandOf(base) ? clamped : base;
  }

  /** The whole `mediaScoreUpdate` payload of one stream. */
  payload(
    participantId: string,
    kind: 'audio' | 'video',
    isScreenshare: boolean,
    score: number,
    producer: boolean,
  ): MediaScoreUpdate {
    return {
      kind,
      isScreenshare,
      score,
      participantId,
      scoreStats: demoScoreStats(kind, isScreenshare, score, producer, this.random),
    };
  }
}
