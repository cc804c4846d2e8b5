import type { RtkNotificationVariant } from '../events/rtk-notification.js';
import type { AudioContextClass } from './notification-sound.js';

let context: AudioContext | undefined;

/** Two short notes per variant, in Hz: rising for success, falling for errors. */
const NOTES: Record<RtkNotificationVariant, readonly [number, number]> = {
  info: [660, 880],
  success: [660, 990],
  error: [520, 390],
};

/**
 * Plays the two notes of `variant` with `Ctor` (loaded by `playNotificationTone` the first time a
 * tone may play). Never throws: a blocked or failing AudioContext is ignored.
 */
export function playTone(variant: RtkNotificationVariant, Ctor: AudioContextClass): void {
  try {
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
  } catch {
    // No sound: the notification itself is what matters.
  }
}
