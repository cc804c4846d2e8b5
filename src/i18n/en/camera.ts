/** English strings of the `camera.*` keys. */
export const cameraStrings = {
  'camera.on': 'Turn off camera',
  'camera.off': 'Turn on camera',
  'camera.label_on': 'Camera on',
  'camera.label_off': 'Camera off',
  'camera.not_allowed': 'You are not allowed to use the camera',
  'camera.needs_stage': 'Join the stage to use your camera',
  'camera.permission_denied': 'Camera access is blocked. Allow it in your browser settings.',
} as const;
