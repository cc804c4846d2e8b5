import { idleStrings } from './en/idle.js';
import { setupStrings } from './en/setup.js';
import { tileStrings } from './en/tile.js';
import { gridStrings } from './en/grid.js';
import { gridsStrings } from './en/grids.js';
import { controlbarStrings } from './en/controlbar.js';
import { controlsStrings } from './en/controls.js';
import { micStrings } from './en/mic.js';
import { cameraStrings } from './en/camera.js';
import { leaveStrings } from './en/leave.js';
import { endedStrings } from './en/ended.js';
import { waitingStrings } from './en/waiting.js';
import { permissionsStrings } from './en/permissions.js';
import { errorStrings } from './en/error.js';
import { notificationsStrings } from './en/notifications.js';
import { dialogStrings } from './en/dialog.js';
import { paginatedListStrings } from './en/paginated-list.js';
import { notificationStrings } from './en/notification.js';
import { counterStrings } from './en/counter.js';
import { avatarStrings } from './en/avatar.js';
import { informationTooltipStrings } from './en/information-tooltip.js';
import { headerStrings } from './en/header.js';
import { dialogsStrings } from './en/dialogs.js';
import { leaveMeetingStrings } from './en/leave-meeting.js';
import { shellStrings } from './en/shell.js';
import { noticesStrings } from './en/notices.js';
import { sidebarStrings } from './en/sidebar.js';
import { playerStrings } from './en/player.js';
import { screenshareStrings } from './en/screenshare.js';
import { tabBarStrings } from './en/tab-bar.js';
import { participantsAudioStrings } from './en/participants-audio.js';
import { pipStrings } from './en/pip.js';
import { pollsStrings } from './en/polls.js';
import { stageStrings } from './en/stage.js';
import { settingsStrings } from './en/settings.js';
import { speakerSelectorStrings } from './en/speaker-selector.js';
import { peopleStrings } from './en/people.js';
import { chatMessagesStrings } from './en/chat-messages.js';
import { chatStrings } from './en/chat.js';
import { debuggerStrings } from './en/debugger.js';
import { debuggerToggleStrings } from './en/debugger-toggle.js';
import { aiStrings } from './en/ai.js';
import { aiToggleStrings } from './en/ai-toggle.js';
import { pluginsStrings } from './en/plugins.js';
import { captionToggleStrings } from './en/caption-toggle.js';
import { pluginMainStrings } from './en/plugin-main.js';
import { whiteboardStrings } from './en/whiteboard.js';
import { pluginsToggleStrings } from './en/plugins-toggle.js';
import { transcriptsStrings } from './en/transcripts.js';
import { callWarningsStrings } from './en/call-warnings.js';
import { precallStrings } from './en/precall.js';
import { qnaStrings } from './en/qna.js';
import { qnaToggleStrings } from './en/qna-toggle.js';
import { keyboardShortcutsStrings } from './en/keyboard-shortcuts.js';
import { breakoutStrings } from './en/breakout.js';
import { languagePickerStrings } from './en/language-picker.js';
import { raiseHandToggleStrings } from './en/raise-hand-toggle.js';
import { reactionsToggleStrings } from './en/reactions-toggle.js';
import { handRaiseQueueStrings } from './en/hand-raise-queue.js';
import { reactionsOverlayStrings } from './en/reactions-overlay.js';
import { backgroundEffectsStrings } from './en/background-effects.js';
import { noiseStrings } from './en/noise-suppression.js';

/**
 * Every English string of the kit: the reference for language packs and tests. Components do not
 * import it: each declares the areas it uses (`static strings`), so a single tag ships only its own
 * strings. New strings go into an area module in `./en/` and are merged here.
 */
export const en = {
  ...idleStrings,
  ...setupStrings,
  ...tileStrings,
  ...gridStrings,
  ...gridsStrings,
  ...controlbarStrings,
  ...controlsStrings,
  ...micStrings,
  ...cameraStrings,
  ...leaveStrings,
  ...endedStrings,
  ...waitingStrings,
  ...permissionsStrings,
  ...errorStrings,
  ...notificationsStrings,
  ...dialogStrings,
  ...paginatedListStrings,
  ...notificationStrings,
  ...counterStrings,
  ...avatarStrings,
  ...informationTooltipStrings,
  ...headerStrings,
  ...dialogsStrings,
  ...leaveMeetingStrings,
  ...shellStrings,
  ...noticesStrings,
  ...sidebarStrings,
  ...playerStrings,
  ...screenshareStrings,
  ...tabBarStrings,
  ...participantsAudioStrings,
  ...pollsStrings,
  ...pipStrings,
  ...stageStrings,
  ...settingsStrings,
  ...speakerSelectorStrings,
  ...peopleStrings,
  ...chatMessagesStrings,
  ...chatStrings,
  ...debuggerStrings,
  ...debuggerToggleStrings,
  ...aiStrings,
  ...aiToggleStrings,
  ...pluginsStrings,
  ...captionToggleStrings,
  ...pluginMainStrings,
  ...whiteboardStrings,
  ...pluginsToggleStrings,
  ...transcriptsStrings,
  ...callWarningsStrings,
  ...precallStrings,
  ...qnaStrings,
  ...qnaToggleStrings,
  ...keyboardShortcutsStrings,
  ...breakoutStrings,
  ...languagePickerStrings,
  ...raiseHandToggleStrings,
  ...reactionsToggleStrings,
  ...handRaiseQueueStrings,
  ...reactionsOverlayStrings,
  ...backgroundEffectsStrings,
  ...noiseStrings,
} as const;

export type TranslationKey = keyof typeof en;
export type Dictionary = Partial<Record<TranslationKey, string>> & Record<string, string>;
