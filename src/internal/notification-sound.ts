import type { RtkNotificationVariant } from '../events/rtk-notification.js';

export type AudioContextClass = typeof AudioContext;

/**
 * Plays a short, quiet two-note tone made with WebAudio (no audio file, no network): rising for
 * success, falling for errors. Does nothing before the person has interacted with the page
 * (browsers would block it anyway) or without WebAudio, and never throws. Returns whether it
 * plays. The code that makes the tone loads the first time one plays.
 */
export function playNotificationTone(variant: RtkNotificationVariant = 'info'): boolean {
  const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } })
    .userActivation;
  const g = globalThis as {
    AudioContext?: AudioContextClass;
    webkitAudioContext?: AudioContextClass;
  };
  const Ctor = g.AudioContext ?? g.webkitAudioContext;
  if ((activation && !activation.hasBeenActive) || !Ctor) return false;
  void import('./notification-tone.js').then(
    (m) => m.playTone(variant, Ctor),
    () => undefined,
  );
  return true;
}
