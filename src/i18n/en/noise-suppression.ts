/** English strings of the `noise.*` keys (noise suppression in the audio settings). */
export const noiseStrings = {
  'noise.switch': 'Noise suppression',
  'noise.hint': 'Removes steady background noise (fans, traffic, typing) from your microphone.',
  'noise.action': 'Noise suppression',
  'noise.test_clip': 'Play a noisy test clip',
  'noise.test_playing': 'Playing…',
  'noise.unsupported':
    'Noise suppression needs AudioWorklet and WebAssembly, which this browser does not offer.',
} as const;
