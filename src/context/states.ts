import type { LeaveRoomState } from '../meeting/media.js';

/** Which sidebar panel is shown. */
export type SidebarSection = 'chat' | 'polls' | 'participants' | 'plugins' | (string & {});

/** The size class of a component, set from its width by `rtk-meeting`. */
export type Size = 'sm' | 'md' | 'lg' | 'xl';

/**
 * UI-only state shared by the components of one meeting: which panel or dialog is open, user
 * preferences. Meeting data never goes here; it is read from the meeting itself.
 *
 * Components change it by dispatching `rtkStateUpdate` with a partial state; the provider
 * (`rtk-meeting`, `rtk-ui-provider`) merges it and provides the new, frozen object.
 */
export interface UiStates {
  /** The screen `rtk-meeting` shows; follows `self.roomState`. */
  meeting?: 'idle' | 'setup' | 'waiting' | 'joined' | 'ended';
  /** Why the user left, kept for the ended screen. */
  roomLeftState?: LeaveRoomState;
  /** Whether the sidebar is open, and which section it shows. */
  activeSidebar?: boolean;
  sidebar?: SidebarSection;
  /** Whether the overflow menu of the control bar is open. */
  activeMoreMenu?: boolean;
  /** Whether the settings dialog is open. */
  activeSettings?: boolean;
  /** Whether the call diagnostics (`rtk-debugger`) are open (set by `rtk-debugger-toggle`). */
  activeDebugger?: boolean;
  /** Whose figures the call diagnostics show beside yours (a peer id). */
  debuggerParticipant?: string;
  /** Whether the leave confirmation dialog is open. */
  activeLeaveConfirmation?: boolean;
  /** Whether the meeting is shown full screen (set by `rtk-fullscreen-toggle`). */
  activeFullscreen?: boolean;
  /** Whether live captions show below the stage (set by `rtk-caption-toggle`). */
  activeCaptions?: boolean;
  /**
   * The language the person chose (`ja`, `pt-BR`; see `languages` in `i18n/languages.js`): its pack
   * is downloaded and used unless the page gives `t`. Language pickers set it.
   */
  language?: string;
  /** User preferences. */
  prefs?: {
    mirrorVideo?: boolean;
    muteNotificationSounds?: boolean;
  };
  /** Anything else a custom component wants to share through the store. */
  [key: string]: unknown;
}

/** The states a fresh provider starts with. */
export const initialStates: Readonly<UiStates> = Object.freeze({
  meeting: 'idle',
  activeSidebar: false,
  activeMoreMenu: false,
  activeSettings: false,
  activeLeaveConfirmation: false,
  prefs: Object.freeze({ mirrorVideo: true, muteNotificationSounds: false }),
});

/** Merges a partial update into states (one level deep for `prefs`) and freezes the result. */
export function mergeStates(
  current: Readonly<UiStates>,
  patch: Partial<UiStates>,
): Readonly<UiStates> {
  const next: UiStates = { ...current, ...patch };
  if (patch.prefs) next.prefs = Object.freeze({ ...current.prefs, ...patch.prefs });
  return Object.freeze(next);
}
