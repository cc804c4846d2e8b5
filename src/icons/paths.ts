/**
 * The default icons as path data, one export per icon, so a component imports only the icons it
 * draws (`import * as paths from '../../icons/paths.js'`; bundlers keep just the ones used).
 * 24×24 outline icons drawn for this kit (MIT).
 */
export const mic_on =
  'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3Zm-7 9a7 7 0 0 0 14 0M12 19v3';
export const mic_off =
  'M3 3l18 18M9 9v3a3 3 0 0 0 5.1 2.1M15 10V6a3 3 0 0 0-5.7-1.3M5 12a7 7 0 0 0 11.9 5M19 12a7 7 0 0 1-.6 2.9M12 19v3';
export const video_on =
  'M3 7a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2ZM16 10l5-3v10l-5-3';
export const video_off =
  'M3 3l18 18M16 16v1a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2h1m4 0h4a2 2 0 0 1 2 2v3l5-3v10';
export const call_end =
  'M3 15.5c5-4.7 13-4.7 18 0l-2.2 2.4-3.3-1.4v-2.6a10 10 0 0 0-7 0v2.6l-3.3 1.4Z';
export const pin = 'M9 3h6l-1 5 4 4H6l4-4ZM12 12v9';
export const person = 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-8 9a8 8 0 0 1 16 0';
export const warning = 'M12 3 2 21h20ZM12 10v5M12 18v.01';
export const rejoin = 'M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4';
export const close = 'M6 6l12 12M18 6 6 18';
export const chat = 'M4 5h16v11H10l-6 4ZM8 9.5h8M8 12.5h5';
export const poll = 'M5 20V11M12 20V4M19 20v-6M3 20h18';
export const participants =
  'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-7 9a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 6.5M18 13.7a7 7 0 0 1 4 6.3';
export const plugins =
  'M10 4.5a2 2 0 0 1 4 0V6h4v4h-1.5a2 2 0 0 0 0 4H18v4h-4v-1.5a2 2 0 0 0-4 0V18H6v-4h1.5a2 2 0 0 0 0-4H6V6h4Z';
export const settings = 'M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1M15 4v4M9 10v4M17 16v4';
export const more_vertical =
  'M12 6a1 1 0 1 0 0-2 1 1 0 0 0 0 2ZM12 13a1 1 0 1 0 0-2 1 1 0 0 0 0 2ZM12 20a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z';
export const more_horizontal =
  'M6 13a1 1 0 1 0 0-2 1 1 0 0 0 0 2ZM13 12a1 1 0 1 0-2 0 1 1 0 0 0 2 0ZM19 13a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z';
export const share_screen_start = 'M3 5h18v12H3ZM8 21h8M12 17v4M12 14V8M9 11l3-3 3 3';
export const share_screen_stop = 'M3 5h18v12H3ZM8 21h8M12 17v4M9.5 8.5l5 5M14.5 8.5l-5 5';
export const record = 'M12 20a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z';
export const stop = 'M6 6h12v12H6Z';
export const stage_join =
  'M10 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 10a7 7 0 0 1 11-5.7M19 21v-7M16 17l3-3 3 3';
export const stage_leave =
  'M10 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 10a7 7 0 0 1 11-5.7M19 14v7M16 18l3 3 3-3';
export const hand_raise =
  'M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 10V4.5a1.5 1.5 0 0 1 3 0V11M14 10.5V6a1.5 1.5 0 0 1 3 0v8a7 7 0 0 1-7 7h-.5A6.5 6.5 0 0 1 4 17l-1.5-3.5a1.5 1.5 0 0 1 2.6-1.4L8 15';
export const livestream =
  'M12 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM7.8 7.8a6 6 0 0 0 0 8.4M16.2 7.8a6 6 0 0 1 0 8.4M4.9 4.9a10 10 0 0 0 0 14.2M19.1 4.9a10 10 0 0 1 0 14.2';
export const captions = 'M3 5h18v14H3ZM10.5 10a2.5 2.5 0 1 0 0 4M17 10a2.5 2.5 0 1 0 0 4';
export const transcript = 'M6 3h9l4 4v14H6ZM14 3v5h5M9 12h7M9 15.5h7M9 19h4';
export const send = 'M4 12 20 4l-4 16-4-7ZM12 13l8-9';
export const attach =
  'M20 11.5 12 19.5a5 5 0 0 1-7-7l8.5-8.5a3.5 3.5 0 0 1 5 5L10 17.5a2 2 0 0 1-3-3l7.5-7.5';
export const image = 'M4 4h16v16H4ZM9 10a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM20 15l-5-5L5 20';
export const file = 'M6 3h8l5 5v13H6ZM14 3v5h5';
export const download = 'M12 4v11M7 10l5 5 5-5M5 20h14';
export const emoji =
  'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM8 14a4.5 4.5 0 0 0 8 0M9 9.5v.01M15 9.5v.01';
export const search = 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14ZM21 21l-5-5';
export const copy = 'M9 9h11v11H9ZM5 15H4V4h11v1';
export const edit = 'M4 20h4L19 9l-4-4L4 16ZM13.5 6.5l4 4';
const deleteIcon = 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3';
export const reply = 'M10 9V5l-7 7 7 7v-4c5 0 8.5 1.5 11 5-1-5-4-10-11-11Z';
export const link =
  'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1';
export const chevron_up = 'M6 15l6-6 6 6';
export const chevron_down = 'M6 9l6 6 6-6';
export const chevron_left = 'M15 6l-6 6 6 6';
export const chevron_right = 'M9 6l6 6-6 6';
export const arrow_left = 'M20 12H4M10 6l-6 6 6 6';
export const arrow_right = 'M4 12h16M14 6l6 6-6 6';
export const check = 'M5 12.5 10 17.5 19 7';
export const plus = 'M12 5v14M5 12h14';
export const minus = 'M5 12h14';
export const info = 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM12 11v5M12 8v.01';
export const clock = 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM12 7v5l3 3';
export const eye =
  'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z';
export const spinner = 'M12 3a9 9 0 1 0 9 9';
export const fullscreen_enter = 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5';
export const fullscreen_exit = 'M9 4v5H4M20 9h-5V4M15 20v-5h5M4 15h5v5';
export const fit_screen = 'M4 8V4h4M16 4h4v4M20 16v4h-4M8 20H4v-4M9 9h6v6H9Z';
export const fill_screen = 'M3 3h18v18H3ZM8 8 5 5M16 8l3-3M16 16l3 3M8 16l-3 3';
export const pip = 'M3 5h18v14H3ZM12 12h6v5h-6Z';
export const spotlight = 'M3 4h18v11H3ZM3 19h4M10 19h4M17 19h4';
export const grid = 'M4 4h7v7H4ZM13 4h7v7h-7ZM4 13h7v7H4ZM13 13h7v7h-7Z';
export const pin_off = 'M3 3l18 18M9 3h6l-1 5 2 2M8.5 9.5 6 12h6M12 12v9';
export const speaker = 'M4 9h4l5-4v14l-5-4H4ZM17 9a4 4 0 0 1 0 6M19.5 6.5a8 8 0 0 1 0 11';
export const speaker_off = 'M4 9h4l5-4v14l-5-4H4ZM17 9.5l5 5M22 9.5l-5 5';
export const person_remove =
  'M10 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 10a7 7 0 0 1 12-4.9M16 15l5 5M21 15l-5 5';
export const person_add =
  'M10 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 10a7 7 0 0 1 12-4.9M19 14v6M16 17h6';
export const crown = 'M3 7l4.5 5L12 5l4.5 7L21 7l-2 11H5Z';
export const wifi =
  'M2 8.5a15 15 0 0 1 20 0M5 12a10 10 0 0 1 14 0M8.5 15.5a5 5 0 0 1 7 0M12 19v.01';
export const wifi_weak = 'M8.5 15.5a5 5 0 0 1 7 0M12 19v.01';
export const wifi_off =
  'M3 3l18 18M8.5 15.5a5 5 0 0 1 7 0M12 19v.01M5 12a10 10 0 0 1 4-2.3M2 8.5a15 15 0 0 1 5-3M14.5 9.3A10 10 0 0 1 19 12M11 5.1A15 15 0 0 1 22 8.5';
export const language =
  'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM3.5 9h17M3.5 15h17M12 3c-2.3 2.5-3.5 5.5-3.5 9s1.2 6.5 3.5 9M12 3c2.3 2.5 3.5 5.5 3.5 9s-1.2 6.5-3.5 9';
export { deleteIcon as delete };
