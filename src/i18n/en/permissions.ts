/** English strings of the `permissions.*` keys (`rtk-permissions-message`). */
export const permissionsStrings = {
  'permissions.label': 'Camera and microphone access',
  'permissions.video_blocked': 'Camera access is blocked',
  'permissions.audio_blocked': 'Microphone access is blocked',
  'permissions.screenshare_blocked': 'Screen sharing is blocked',
  'permissions.video_in_use': 'Your camera could not start',
  'permissions.audio_in_use': 'Your microphone could not start',
  'permissions.screenshare_in_use': 'Screen sharing could not start',
  'permissions.video_missing': 'No camera found',
  'permissions.audio_missing': 'No microphone found',
  'permissions.screenshare_missing': 'Nothing to share was found',
  'permissions.in_use_hint': 'Another app may be using it. Close that app, then try again.',
  'permissions.missing_hint': 'Connect one, then try again.',
  'permissions.system_hint':
    'Your operating system blocks this browser. Allow it in your system privacy settings (on macOS: System Settings › Privacy & Security), then try again.',
  'permissions.steps_chrome':
    'Select the site settings icon at the left of the address bar, allow the camera and microphone, then try again.',
  'permissions.steps_edge':
    'Select the lock icon at the left of the address bar, open Permissions for this site, allow the camera and microphone, then try again.',
  'permissions.steps_firefox':
    'Select the crossed-out camera or microphone icon in the address bar, clear "Blocked temporarily", then try again.',
  'permissions.steps_safari':
    'In the Safari menu, open Settings for This Website, set Camera and Microphone to Allow, then try again.',
  'permissions.steps_other':
    'Allow the camera and microphone for this site in your browser settings, then try again.',
  'permissions.retry': 'Try again',
  'permissions.still_blocked': 'Still blocked. Follow the steps above, then try again.',
  'permissions.dismiss': 'Continue without',
} as const;
