/** English strings of the `background_effects.*` keys (background blur and pictures). */
export const backgroundEffectsStrings = {
  'background_effects.title': 'Background',
  'background_effects.off': 'No effect',
  'background_effects.blur_light': 'Light blur',
  'background_effects.blur_strong': 'Strong blur',
  'background_effects.image_dawn': 'Dawn',
  'background_effects.image_studio': 'Studio',
  'background_effects.image_forest': 'Forest',
  'background_effects.upload': 'Upload your own',
  'background_effects.your_picture': 'Your picture',
  'background_effects.loading': 'Loading the background effect…',
  'background_effects.apply': 'Background effect',
  'background_effects.not_image': 'That file is not a picture.',
  'background_effects.unsupported_webgl':
    'Background effects need WebGL 2, which this browser does not offer.',
  'background_effects.unsupported_wasm':
    'Background effects need WebAssembly, which this browser does not offer.',
  'background_effects.unsupported_canvas': 'This browser cannot process camera video.',
  'background_effects.camera_off': 'Turn your camera on to see the effect.',
} as const;
