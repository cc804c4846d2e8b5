/**
 * The kit's classes and helpers without registering any tag: for pages that define the elements
 * under their own names, or extend them. `import 'realtimekit-lit'` registers every tag instead.
 */
export { RtkCameraToggle } from './components/camera-toggle/camera-toggle.js';
export { RtkControlbar } from './components/controlbar/controlbar.js';
export { RtkControlbarButton } from './components/controlbar-button/controlbar-button.js';
export { RtkEndedScreen } from './components/ended-screen/ended-screen.js';
export { RtkGrid } from './components/grid/grid.js';
export { RtkIdleScreen } from './components/idle-screen/idle-screen.js';
export { RtkLeaveButton } from './components/leave-button/leave-button.js';
export { RtkMeeting } from './components/meeting/meeting.js';
export { RtkMicToggle } from './components/mic-toggle/mic-toggle.js';
export { RtkNotifications } from './components/notifications/notifications.js';
export { RtkParticipantTile } from './components/participant-tile/participant-tile.js';
export { RtkSetupScreen } from './components/setup-screen/setup-screen.js';

export { RtkElement } from './context/rtk-element.js';
export { UiProviderController } from './context/provider-controller.js';
export { configContext, iconPackContext, languageContext, meetingContext, statesContext } from './context/contexts.js';
export { initialStates, mergeStates, type SidebarSection, type Size, type UiStates } from './context/states.js';
export { defaultConfig, type UiConfig } from './context/config.js';
export { MeetingController, type MeetingControllerOptions, type Subscription } from './controllers/meeting-controller.js';

export { RtkStateUpdateEvent } from './events/rtk-state-update.js';
export { RtkStatesUpdateEvent } from './events/rtk-states-update.js';
export {
  RtkNotificationEvent,
  type RtkNotificationDetail,
  type RtkNotificationVariant,
} from './events/rtk-notification.js';
export { RtkNotificationDismissEvent } from './events/rtk-notification-dismiss.js';
export { TileLoadEvent, type TileDetail } from './events/tile-load.js';
export { TileUnloadEvent } from './events/tile-unload.js';

export { createT, defaultT, type TFunction, type TParams } from './i18n/t.js';
export { en, type Dictionary, type TranslationKey } from './i18n/en.js';
export { defaultIconPack, type IconName, type IconPack } from './icons/icon-pack.js';

export type * from './meeting/index.js';
export { describeError, isEmitter, mapItems, roomStateOf, usableMeeting, type ErrorInfo } from './meeting/index.js';
