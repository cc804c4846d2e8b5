import type { RtkNotificationVariant } from '../events/rtk-notification.js';

type AudioContextClass = typeof AudioContext;

let context: AudioContext | undefined;

/** Two short notes per variant, in Hz: rising for success, falling for errors. */
const NOTES: Record<RtkNotificationVariant, readonly [number, number]> = {
  info: [660, 880],
  success: [660, 990],
  error: [520, 390],
};

/**
 * Plays a short, quiet two-note tone made with WebAudio (no audio file, no network). Does nothing
 * before the person has interacted with the page (browsers would block it anyway), and never
 * throws: a missing, blocked or failing AudioContext is ignored. Returns whether it played.
 */
export function playNotificationTone(variant: RtkNotificationVariant = 'info'): boolean {
  try {
    const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } })
      .userActivation;
    if (activation && !activation.hasBeenActive) return false;
    const Ctor =
      (globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass })
        .AudioContext ??
      (globalThis as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
    if (!Ctor) return false;
    context ??= new Ctor();
    const audio = context;
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    const start = audio.currentTime + 0.01;
    const gain = audio.createGain();
    gain.connect(audio.destination);
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.08, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
    NOTES[variant].forEach((frequency, index) => {
      const osc = audio.createOscillator();
      osc.type = 'sine';
      osc.frequency.setValueAtTime(frequency, start + index * 0.12);
      osc.connect(gain);
      osc.start(start + index * 0.12);
      osc.stop(start + index * 0.12 + 0.16);
      osc.onended = () => osc.disconnect();
    });
    setTimeout(() => gain.disconnect(), 500);
    return true;
  } catch {
    return false;
  }
}
