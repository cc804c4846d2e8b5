/**
 * Hears speech on a muted microphone, for the "You are muted" hint. Loaded the first time the
 * local user mutes a microphone that is still open.
 *
 * Where the sound comes from: muting in the client (`self.disableAudio()`) keeps the microphone
 * track and disables it (`enabled = false`), so nothing is sent; a disabled track gives silence.
 * The watcher listens to a clone of `self.rawAudioTrack` (a clone has its own `enabled` flag),
 * which hears the microphone again without sending anything and without asking for the
 * microphone a second time. When the client has released the microphone (no track, or an ended
 * one), there is nothing to listen to and the watcher does not start: the kit never opens the
 * microphone by itself while the user is muted. The audio never leaves the page: only its level
 * is read, ten times a second.
 */

/** Level (RMS, 0–1 after scaling) above which a sample counts as voice. */
const VOICE_LEVEL = 0.08;
/** Samples (100 ms each) of voice, within the recent ones, that count as speaking. */
const SPEAKING_SAMPLES = 6;

export class MutedSpeechWatcher {
  private readonly clone: MediaStreamTrack;
  private readonly context: AudioContext;
  private readonly source: MediaStreamAudioSourceNode;
  private readonly analyser: AnalyserNode;
  private readonly samples: Uint8Array<ArrayBuffer>;
  private readonly timer: ReturnType<typeof setInterval>;
  private voiced = 0;
  private stopped = false;

  /**
   * Starts listening to `track`; `wanted()` is asked at every sample (false: stop for good, e.g.
   * the user unmuted, left, or the element is gone), `onSpeech()` runs when speech is heard.
   * Throws when the browser has no Web Audio (the caller shows no hint then).
   */
  constructor(
    track: MediaStreamTrack,
    private readonly wanted: () => boolean,
    private readonly onSpeech: () => void,
  ) {
    this.clone = track.clone();
    this.clone.enabled = true;
    try {
      this.context = new AudioContext();
      this.source = this.context.createMediaStreamSource(new MediaStream([this.clone]));
      this.analyser = this.context.createAnalyser();
      this.analyser.fftSize = 512;
      this.source.connect(this.analyser);
      this.samples = new Uint8Array(this.analyser.fftSize);
    } catch (error) {
      this.clone.stop();
      throw error;
    }
    if (this.context.state === 'suspended') this.context.resume().catch(() => undefined);
    this.timer = setInterval(() => this.sample(), 100);
  }

  /** Whether it still listens. */
  get active(): boolean {
    return !this.stopped;
  }

  private sample(): void {
    if (!this.wanted() || this.clone.readyState === 'ended') return this.stop();
    this.analyser.getByteTimeDomainData(this.samples);
    let sum = 0;
    for (const sample of this.samples) {
      const centred = (sample - 128) / 128;
      sum += centred * centred;
    }
    const level = Math.min(1, Math.sqrt(sum / this.samples.length) * 4);
    this.voiced = level >= VOICE_LEVEL ? this.voiced + 1 : Math.max(0, this.voiced - 0.5);
    if (this.voiced >= SPEAKING_SAMPLES) {
      this.voiced = 0;
      this.onSpeech();
    }
  }

  /** Stops listening and lets go of the clone and the audio context. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    this.source.disconnect();
    this.clone.stop();
    this.context.close().catch(() => undefined);
  }
}
