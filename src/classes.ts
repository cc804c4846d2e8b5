/**
 * The kit's classes and helpers without registering any tag: for pages that define the elements
 * under their own names, or extend them. `import 'realtimekit-lit'` registers every tag instead.
 */
export { RtkAvatar, type AvatarPerson } from './components/avatar/avatar.js';
export { RtkButton } from './components/button/button.js';
export { RtkCameraToggle } from './components/camera-toggle/camera-toggle.js';
export { RtkControlbar } from './components/controlbar/controlbar.js';
export { RtkControlbarButton } from './components/controlbar-button/controlbar-button.js';
export { RtkCounter } from './components/counter/counter.js';
export { RtkDialog } from './components/dialog/dialog.js';
export { RtkEndedScreen } from './components/ended-screen/ended-screen.js';
export { RtkGrid } from './components/grid/grid.js';
export { RtkIcon } from './components/icon/icon.js';
export { RtkIdleScreen } from './components/idle-screen/idle-screen.js';
export { RtkInformationTooltip } from './components/information-tooltip/information-tooltip.js';
export { RtkLeaveButton } from './components/leave-button/leave-button.js';
export { RtkMeeting } from './components/meeting/meeting.js';
export { RtkMenu, type MenuPlacement } from './components/menu/menu.js';
export { RtkMenuItem } from './components/menu-item/menu-item.js';
export { RtkMenuList } from './components/menu-list/menu-list.js';
export { RtkMicToggle } from './components/mic-toggle/mic-toggle.js';
export { RtkNotification } from './components/notification/notification.js';
export { RtkNotifications } from './components/notifications/notifications.js';
export { RtkPaginatedList, type PaginatedFetch } from './components/paginated-list/paginated-list.js';
export { RtkParticipantTile } from './components/participant-tile/participant-tile.js';
export { RtkSetupScreen } from './components/setup-screen/setup-screen.js';
export { RtkSpinner } from './components/spinner/spinner.js';
export { RtkSwitch } from './components/switch/switch.js';
export { RtkTooltip, type TooltipPlacement } from './components/tooltip/tooltip.js';
export { RtkUiProvider } from './components/ui-provider/ui-provider.js';
export { playNotificationTone } from './components/notifications/notification-sound.js';

export { RtkElement } from './context/rtk-element.js';
export { UiProviderController } from './context/provider-controller.js';
export { configContext, iconPackContext, languageContext, meetingContext, statesContext } from './context/contexts.js';
export { initialStates, mergeStates, type SidebarSection, type Size, type UiStates } from './context/states.js';
export { defaultConfig, type UiConfig } from './context/config.js';
export { DesignSystemController } from './controllers/design-system-controller.js';
export { provideRtkDesignSystem, designTokenProperties, type BorderRadius, type DesignTokens } from './styles/design-system.js';
export { themes, themeStyles, publicTokens, type ThemeName, type ThemeSetting } from './styles/theme.js';
export { contrastRatio, deriveBrandShades, textOn, type BrandShade } from './styles/color.js';
export { MeetingController, type MeetingControllerOptions, type Subscription } from './controllers/meeting-controller.js';

export { RtkStateUpdateEvent } from './events/rtk-state-update.js';
export { RtkStatesUpdateEvent } from './events/rtk-states-update.js';
export {
  RtkNotificationEvent,
  type RtkNotificationDetail,
  type RtkNotificationVariant,
  type RtkNotificationAction,
} from './events/rtk-notification.js';
export { RtkNotificationDismissEvent } from './events/rtk-notification-dismiss.js';
export { RtkChangeEvent } from './events/rtk-change.js';
export { ValueChangeEvent } from './events/value-change.js';
export { RtkOpenChangeEvent } from './events/rtk-open-change.js';
export { RtkDialogCloseEvent } from './events/rtk-dialog-close.js';
export { TileLoadEvent, type TileDetail } from './events/tile-load.js';
export { TileUnloadEvent } from './events/tile-unload.js';

export {
  createT,
  defaultT,
  dirForLocale,
  toTranslator,
  useLanguage,
  type LanguagePack,
  type TextDirection,
  type TFunction,
  type TParams,
  type Translator,
} from './i18n/t.js';
export { formatDate, formatDuration, formatNumber, formatRelativeTime, formatTime, type DurationStyle } from './i18n/format.js';
export { en, type Dictionary, type TranslationKey } from './i18n/en.js';
export { defaultIconPack, iconPath, type IconName, type IconPack } from './icons/icon-pack.js';

export type * from './meeting/index.js';
export { describeError, isEmitter, mapItems, roomStateOf, usableMeeting, type ErrorInfo } from './meeting/index.js';
