/**
 * The kit's classes and helpers without registering any tag: for pages that define the elements
 * under their own names, or extend them. `import 'realtimekit-lit'` registers every tag instead.
 */
export { RtkAi } from './components/ai/ai.js';
export { RtkAiToggle } from './components/ai-toggle/ai-toggle.js';
export { RtkAiTranscriptions } from './components/ai-transcriptions/ai-transcriptions.js';
export { RtkAudioGrid } from './components/audio-grid/audio-grid.js';
export { RtkAudioTile } from './components/audio-tile/audio-tile.js';
export { RtkAudioVisualizer } from './components/audio-visualizer/audio-visualizer.js';
export { RtkAvatar, type AvatarPerson } from './components/avatar/avatar.js';
export { RtkBackgroundEffects } from './components/background-effects/background-effects.js';
export { RtkBreakoutRoomManager } from './components/breakout-room-manager/breakout-room-manager.js';
export { RtkBreakoutRoomParticipants } from './components/breakout-room-participants/breakout-room-participants.js';
export { RtkBreakoutRoomsManager } from './components/breakout-rooms-manager/breakout-rooms-manager.js';
export { RtkBreakoutRoomsToggle } from './components/breakout-rooms-toggle/breakout-rooms-toggle.js';
export { RtkBroadcastMessageModal } from './components/broadcast-message-modal/broadcast-message-modal.js';
export { RtkButton } from './components/button/button.js';
export { RtkCameraSelector } from './components/camera-selector/camera-selector.js';
export { RtkCameraToggle } from './components/camera-toggle/camera-toggle.js';
export { RtkCaptionToggle } from './components/caption-toggle/caption-toggle.js';
export { RtkChat } from './components/chat/chat.js';
export { RtkChatComposerUi } from './components/chat-composer-ui/chat-composer-ui.js';
export { RtkChatComposerView } from './components/chat-composer-view/chat-composer-view.js';
export { RtkChatHeader } from './components/chat-header/chat-header.js';
export { RtkChatMessage } from './components/chat-message/chat-message.js';
export { RtkChatMessagesUi } from './components/chat-messages-ui/chat-messages-ui.js';
export { RtkChatMessagesUiPaginated } from './components/chat-messages-ui-paginated/chat-messages-ui-paginated.js';
export { RtkChatSearchResults } from './components/chat-search-results/chat-search-results.js';
export { RtkChatSelector } from './components/chat-selector/chat-selector.js';
export { RtkChatSelectorUi } from './components/chat-selector-ui/chat-selector-ui.js';
export { RtkChatToggle } from './components/chat-toggle/chat-toggle.js';
export { RtkClock } from './components/clock/clock.js';
export { RtkConfirmationModal } from './components/confirmation-modal/confirmation-modal.js';
export { RtkControlbar } from './components/controlbar/controlbar.js';
export type { ControlbarConfig, ControlbarElement } from './context/config.js';
export { RtkControlbarButton } from './components/controlbar-button/controlbar-button.js';
export { RtkCounter } from './components/counter/counter.js';
export { RtkDebugger } from './components/debugger/debugger.js';
export { RtkDebuggerAudio } from './components/debugger-audio/debugger-audio.js';
export { RtkDebuggerScreenshare } from './components/debugger-screenshare/debugger-screenshare.js';
export { RtkDebuggerSystem } from './components/debugger-system/debugger-system.js';
export { RtkDebuggerToggle } from './components/debugger-toggle/debugger-toggle.js';
export { RtkDebuggerVideo } from './components/debugger-video/debugger-video.js';
export { RtkDialog } from './components/dialog/dialog.js';
export { RtkDialogManager } from './components/dialog-manager/dialog-manager.js';
export { RtkDraftAttachmentView } from './components/draft-attachment-view/draft-attachment-view.js';
export { RtkEmojiPicker } from './components/emoji-picker/emoji-picker.js';
export { RtkEmojiPickerButton } from './components/emoji-picker-button/emoji-picker-button.js';
export { RtkEndedScreen } from './components/ended-screen/ended-screen.js';
export { RtkFileDropzone } from './components/file-dropzone/file-dropzone.js';
export { RtkFileMessage } from './components/file-message/file-message.js';
export { RtkFileMessageView } from './components/file-message-view/file-message-view.js';
export { RtkFilePickerButton } from './components/file-picker-button/file-picker-button.js';
export { RtkFullscreenToggle } from './components/fullscreen-toggle/fullscreen-toggle.js';
export { RtkGrid, type GridLayoutKind, type GridOverrides } from './components/grid/grid.js';
export { RtkGridPagination } from './components/grid-pagination/grid-pagination.js';
export { RtkHandRaiseQueue } from './components/hand-raise-queue/hand-raise-queue.js';
export { RtkHeader } from './components/header/header.js';
export { RtkIcon } from './components/icon/icon.js';
export { RtkIdleScreen } from './components/idle-screen/idle-screen.js';
export { RtkImageMessage } from './components/image-message/image-message.js';
export { RtkImageMessageView } from './components/image-message-view/image-message-view.js';
export { RtkImageViewer } from './components/image-viewer/image-viewer.js';
export { RtkInformationTooltip } from './components/information-tooltip/information-tooltip.js';
export {
  RtkJoinStageEvent,
  RtkLeaveStageEvent,
  type JoinStageConfig,
} from './components/join-stage/join-stage.js';
export { RtkKeyboardShortcuts } from './components/keyboard-shortcuts/keyboard-shortcuts.js';
export { RtkLanguagePicker } from './components/language-picker/language-picker.js';
export { RtkLeaveButton } from './components/leave-button/leave-button.js';
export { RtkLeaveMeeting } from './components/leave-meeting/leave-meeting.js';
export { RtkLivestreamIndicator } from './components/livestream-indicator/livestream-indicator.js';
export { RtkLivestreamPlayer } from './components/livestream-player/livestream-player.js';
export { RtkLivestreamToggle } from './components/livestream-toggle/livestream-toggle.js';
export { RtkLogo } from './components/logo/logo.js';
export { RtkMarkdownView } from './components/markdown-view/markdown-view.js';
export { RtkMeeting } from './components/meeting/meeting.js';
export { RtkMeetingTitle } from './components/meeting-title/meeting-title.js';
export { RtkMenu, type MenuPlacement } from './components/menu/menu.js';
export { RtkMenuItem } from './components/menu-item/menu-item.js';
export { RtkMenuList } from './components/menu-list/menu-list.js';
export { RtkMessageListView } from './components/message-list-view/message-list-view.js';
export { RtkMessageView } from './components/message-view/message-view.js';
export { RtkMicToggle } from './components/mic-toggle/mic-toggle.js';
export { RtkMicrophoneSelector } from './components/microphone-selector/microphone-selector.js';
export { RtkMixedGrid } from './components/mixed-grid/mixed-grid.js';
export { RtkMoreToggle } from './components/more-toggle/more-toggle.js';
export { RtkMuteAllButton } from './components/mute-all-button/mute-all-button.js';
export { RtkMuteAllConfirmation } from './components/mute-all-confirmation/mute-all-confirmation.js';
export { RtkNameTag } from './components/name-tag/name-tag.js';
export { RtkNetworkIndicator } from './components/network-indicator/network-indicator.js';
export { RtkNotification } from './components/notification/notification.js';
export { RtkNotifications } from './components/notifications/notifications.js';
export { RtkOverlayModal } from './components/overlay-modal/overlay-modal.js';
export {
  RtkPaginatedList,
  type PaginatedFetch,
} from './components/paginated-list/paginated-list.js';
export { RtkParticipant } from './components/participant/participant.js';
export { RtkParticipantCount } from './components/participant-count/participant-count.js';
export { RtkParticipantSetup } from './components/participant-setup/participant-setup.js';
export { RtkParticipantTile } from './components/participant-tile/participant-tile.js';
export { RtkParticipants } from './components/participants/participants.js';
export { RtkParticipantsAudio } from './components/participants-audio/participants-audio.js';
export { RtkParticipantsStageList } from './components/participants-stage-list/participants-stage-list.js';
export { RtkParticipantsStageQueue } from './components/participants-stage-queue/participants-stage-queue.js';
export { RtkParticipantsToggle } from './components/participants-toggle/participants-toggle.js';
export { RtkParticipantsViewerList } from './components/participants-viewer-list/participants-viewer-list.js';
export { RtkParticipantsWaitingList } from './components/participants-waiting-list/participants-waiting-list.js';
export { RtkPermissionsMessage } from './components/permissions-message/permissions-message.js';
export { RtkPinnedMessageSelector } from './components/pinned-message-selector/pinned-message-selector.js';
export { RtkPipToggle } from './components/pip-toggle/pip-toggle.js';
export { RtkPluginMain } from './components/plugin-main/plugin-main.js';
export { RtkPlugins } from './components/plugins/plugins.js';
export { RtkPluginsToggle } from './components/plugins-toggle/plugins-toggle.js';
export { RtkPoll } from './components/poll/poll.js';
export { RtkPollForm } from './components/poll-form/poll-form.js';
export { RtkPolls } from './components/polls/polls.js';
export { RtkPollsToggle } from './components/polls-toggle/polls-toggle.js';
export { RtkQna } from './components/qna/qna.js';
export { RtkQnaToggle } from './components/qna-toggle/qna-toggle.js';
export { RtkRaiseHandToggle } from './components/raise-hand-toggle/raise-hand-toggle.js';
export { RtkReactionsOverlay } from './components/reactions-overlay/reactions-overlay.js';
export { RtkReactionsToggle } from './components/reactions-toggle/reactions-toggle.js';
export { RtkRecordingIndicator } from './components/recording-indicator/recording-indicator.js';
export { RtkRecordingToggle } from './components/recording-toggle/recording-toggle.js';
export { RtkScreenShareToggle } from './components/screen-share-toggle/screen-share-toggle.js';
export { RtkScreenshareView } from './components/screenshare-view/screenshare-view.js';
export { RtkSettings } from './components/settings/settings.js';
export { RtkSettingsAudio } from './components/settings-audio/settings-audio.js';
export { RtkSettingsToggle } from './components/settings-toggle/settings-toggle.js';
export { RtkSettingsVideo } from './components/settings-video/settings-video.js';
export { RtkSetupScreen } from './components/setup-screen/setup-screen.js';
export { RtkSidebar } from './components/sidebar/sidebar.js';
export { RtkSidebarUi } from './components/sidebar-ui/sidebar-ui.js';
export { RtkSimpleGrid } from './components/simple-grid/simple-grid.js';
export { RtkSpeakerSelector } from './components/speaker-selector/speaker-selector.js';
export { RtkSpinner } from './components/spinner/spinner.js';
export { RtkSpotlightGrid } from './components/spotlight-grid/spotlight-grid.js';
export { RtkSpotlightIndicator } from './components/spotlight-indicator/spotlight-indicator.js';
export { RtkPinnedIndicator } from './components/pinned-indicator/pinned-indicator.js';
export { RtkStage } from './components/stage/stage.js';
export { RtkStageRequests } from './components/stage-requests/stage-requests.js';
export { RtkStageToggle } from './components/stage-toggle/stage-toggle.js';
export { RtkSwitch } from './components/switch/switch.js';
export { RtkTabBar } from './components/tab-bar/tab-bar.js';
export { RtkTextComposerView } from './components/text-composer-view/text-composer-view.js';
export { RtkTextMessage } from './components/text-message/text-message.js';
export { RtkTextMessageView } from './components/text-message-view/text-message-view.js';
export { RtkTooltip, type TooltipPlacement } from './components/tooltip/tooltip.js';
export { RtkTranscript } from './components/transcript/transcript.js';
export { RtkTranscripts } from './components/transcripts/transcripts.js';
export { RtkUiProvider } from './components/ui-provider/ui-provider.js';
export { RtkViewerCount } from './components/viewer-count/viewer-count.js';
export { RtkVirtualizedParticipantList } from './components/virtualized-participant-list/virtualized-participant-list.js';
export { RtkWaitingScreen } from './components/waiting-screen/waiting-screen.js';
export { playNotificationTone } from './internal/notification-sound.js';
export { safeFileUrl, safeImageUrl, safeLinkUrl } from './internal/safe-url.js';
export {
  provideVideoEffects,
  videoEffectsOf,
  type VideoEffect,
  type VideoEffectsProvider,
  type VideoFrameProcessor,
  type VideoMiddleware,
} from './effects/video-effects.js';
export { setEffectAssetsPath } from './effects/effect-assets.js';

export { RtkElement, RtkElementBase } from './internal/rtk-element.js';
export { MediaToggleElement, type MediaToggleKind } from './internal/media-toggle-element.js';
export { SidebarToggleElement } from './internal/sidebar-toggle-element.js';
export { controlbarMenuContext } from './context/controlbar-menu-context.js';
export { DEFAULT_SOUND_LIMIT } from './controllers/meeting-notifications-controller.js';
export { UiProviderController } from './context/provider-controller.js';
export {
  configContext,
  iconPackContext,
  languageContext,
  meetingContext,
  statesContext,
} from './context/contexts.js';
export {
  initialStates,
  mergeStates,
  type SidebarSection,
  type Size,
  type UiStates,
} from './context/states.js';
export { defaultConfig, type UiConfig } from './context/config.js';
export { DesignSystemController } from './controllers/design-system-controller.js';
export {
  provideRtkDesignSystem,
  designTokenProperties,
  type BorderRadius,
  type DesignTokens,
} from './styles/design-system.js';
export {
  themes,
  themeStyles,
  publicTokens,
  type ThemeName,
  type ThemeSetting,
} from './styles/theme.js';
export { contrastRatio, deriveBrandShades, textOn, type BrandShade } from './styles/color.js';
export {
  MeetingController,
  type MeetingControllerOptions,
  type Subscription,
} from './controllers/meeting-controller.js';

export { RtkStateUpdateEvent } from './events/rtk-state-update.js';
export { RtkStatesUpdateEvent } from './events/rtk-states-update.js';
export {
  RtkNotificationEvent,
  type RtkNotificationDetail,
  type RtkNotificationVariant,
  type RtkNotificationAction,
} from './events/rtk-notification.js';
export { RtkNotificationDismissEvent } from './events/rtk-notification-dismiss.js';
export { TranscriptDismissEvent } from './events/rtk-transcript-dismiss.js';
export { RtkChangeEvent } from './events/rtk-change.js';
export { ValueChangeEvent } from './events/value-change.js';
export { RtkOpenChangeEvent } from './events/rtk-open-change.js';
export { RtkDialogCloseEvent } from './events/rtk-dialog-close.js';
export { DialogCloseEvent } from './events/dialog-close.js';
export {
  RtkSendNotificationEvent,
  type RtkSendNotificationDetail,
} from './events/rtk-send-notification.js';
export { TileLoadEvent, type TileDetail } from './events/tile-load.js';
export { TileUnloadEvent } from './events/tile-unload.js';
export { ParticipantMenuSelectEvent } from './events/rtk-participant-menu-select.js';
export { RtkCreatePollEvent, type RtkCreatePollDetail } from './events/rtk-create-poll.js';
export { RtkVotePollEvent, type RtkVotePollDetail } from './events/rtk-vote-poll.js';
export { RtkPollCreatedEvent } from './events/rtk-poll-created.js';
export { RtkApiErrorEvent, type RtkApiErrorDetail } from './events/rtk-api-error.js';
export { ScreensharePlayEvent, type ScreensharePlayDetail } from './events/screenshare-play.js';
export { SidebarCloseEvent } from './events/sidebar-close.js';
export { SidebarTabChangeEvent } from './events/sidebar-tab-change.js';
export {
  StageTabChangeEvent,
  type AnyTabChangeEvent,
  type StageTab,
} from './events/stage-tab-change.js';
export { ChatMessageDeleteEvent } from './events/chat-message-delete.js';
export { ChatMessageEditEvent } from './events/chat-message-edit.js';
export { ChatMessagePinEvent } from './events/chat-message-pin.js';
export { ChatMessageReplyEvent } from './events/chat-message-reply.js';
export { DeleteAttachmentEvent, type DraftAttachment } from './events/delete-attachment.js';
export { DeleteMessageEvent, type DeleteMessageDetail } from './events/delete-message.js';
export { DropCallbackEvent, type DropDetail } from './events/drop-callback.js';
export { EditCancelEvent } from './events/edit-cancel.js';
export { EditMessageEvent, type EditMessageDetail } from './events/edit-message.js';
export { EditMessageInitEvent, type EditMessageInitDetail } from './events/edit-message-init.js';
export { FileChangeEvent } from './events/file-change.js';
export { ImagePreviewEvent, type ImagePreviewDetail } from './events/image-preview.js';
export { ImageViewerCloseEvent } from './events/image-viewer-close.js';
export { MessageActionEvent, type MessageAction } from './events/message-action.js';
export { NewMessageEvent, type NewMessageDetail } from './events/new-message.js';
export { PickerCloseEvent } from './events/picker-close.js';
export {
  LegacyPinMessageEvent,
  PinMessageEvent,
  type AnyPinMessageEvent,
  type PinMessageDetail,
} from './events/pin-message.js';
export { RtkChatGroupChangedEvent, type ChatGroup } from './events/rtk-chat-group-changed.js';
export {
  RtkChatSelectorChangeEvent,
  type ChatSelectorChangeDetail,
} from './events/rtk-chat-selector-change.js';
export {
  RtkDropdownToggleEvent,
  type RtkDropdownToggleDetail,
} from './events/rtk-dropdown-toggle.js';
export { RtkEditCancelledEvent } from './events/rtk-edit-cancelled.js';
export { RtkEditMessageEvent, type RtkEditMessageDetail } from './events/rtk-edit-message.js';
export { RtkEmojiClickedEvent } from './events/rtk-emoji-clicked.js';
export { RtkNewMessageEvent } from './events/rtk-new-message.js';
export {
  RtkPinnedMessageSelectEvent,
  type RtkPinnedMessageSelectDetail,
} from './events/rtk-pinned-message-select.js';
export { TextChangeEvent } from './events/text-change.js';

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
export {
  formatDate,
  formatDuration,
  formatNumber,
  formatRelativeTime,
  formatTime,
  type DurationStyle,
} from './i18n/format.js';
export { en, type Dictionary, type TranslationKey } from './i18n/en.js';
export {
  LANGUAGE_STORAGE_KEY,
  initialLanguage,
  languageT,
  languages,
  loadLanguage,
  matchLanguage,
  rememberLanguage,
  rememberedLanguage,
  type LanguageOption,
} from './i18n/languages.js';
export { defaultIconPack, iconPath, type IconName, type IconPack } from './icons/icon-pack.js';

export type * from './meeting/index.js';
export {
  describeError,
  isEmitter,
  mapItems,
  roomStateOf,
  usableMeeting,
  type ErrorInfo,
} from './meeting/index.js';
