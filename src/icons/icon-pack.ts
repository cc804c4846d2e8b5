/**
 * The default icon pack: 24×24 outline icons drawn for this kit, stored as SVG path data so they
 * render through Lit's `svg` templates (no `innerHTML`, safe under Trusted Types).
 */
export const defaultIconPack = {
  mic_on:
    'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3Zm-7 9a7 7 0 0 0 14 0M12 19v3',
  mic_off:
    'M3 3l18 18M9 9v3a3 3 0 0 0 5.1 2.1M15 10V6a3 3 0 0 0-5.7-1.3M5 12a7 7 0 0 0 11.9 5M19 12a7 7 0 0 1-.6 2.9M12 19v3',
  video_on: 'M3 7a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2ZM16 10l5-3v10l-5-3',
  video_off:
    'M3 3l18 18M16 16v1a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2h1m4 0h4a2 2 0 0 1 2 2v3l5-3v10',
  call_end:
    'M3 15.5c5-4.7 13-4.7 18 0l-2.2 2.4-3.3-1.4v-2.6a10 10 0 0 0-7 0v2.6l-3.3 1.4Z',
  pin: 'M9 3h6l-1 5 4 4H6l4-4ZM12 12v9',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-8 9a8 8 0 0 1 16 0',
  warning: 'M12 3 2 21h20ZM12 10v5M12 18v.01',
  rejoin: 'M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4',
  close: 'M6 6l12 12M18 6 6 18',
} as const;

export type IconName = keyof typeof defaultIconPack;

/** An icon pack: path data per icon name. A partial pack falls back to the default for the rest. */
export type IconPack = { [K in IconName]?: string } & Record<string, string>;
