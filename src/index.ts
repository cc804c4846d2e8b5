/**
 * realtimekit-lit: registers every `rtk-*` tag and exports the public API.
 *
 * ```js
 * import 'realtimekit-lit';
 * document.querySelector('rtk-meeting').meeting = await RealtimeKitClient.init({ authToken });
 * ```
 */
import './components/audio-grid/rtk-audio-grid.js';
import './components/audio-tile/rtk-audio-tile.js';
import './components/audio-visualizer/rtk-audio-visualizer.js';
import './components/avatar/rtk-avatar.js';
import './components/button/rtk-button.js';
import './components/camera-toggle/rtk-camera-toggle.js';
import './components/chat-toggle/rtk-chat-toggle.js';
import './components/clock/rtk-clock.js';
import './components/confirmation-modal/rtk-confirmation-modal.js';
import './components/controlbar/rtk-controlbar.js';
import './components/controlbar-button/rtk-controlbar-button.js';
import './components/counter/rtk-counter.js';
import './components/dialog/rtk-dialog.js';
import './components/dialog-manager/rtk-dialog-manager.js';
import './components/ended-screen/rtk-ended-screen.js';
import './components/fullscreen-toggle/rtk-fullscreen-toggle.js';
import './components/grid/rtk-grid.js';
import './components/grid-pagination/rtk-grid-pagination.js';
import './components/header/rtk-header.js';
import './components/icon/rtk-icon.js';
import './components/idle-screen/rtk-idle-screen.js';
import './components/information-tooltip/rtk-information-tooltip.js';
import './components/leave-button/rtk-leave-button.js';
import './components/leave-meeting/rtk-leave-meeting.js';
import './components/livestream-indicator/rtk-livestream-indicator.js';
import './components/livestream-player/rtk-livestream-player.js';
import './components/livestream-toggle/rtk-livestream-toggle.js';
import './components/logo/rtk-logo.js';
import './components/meeting/rtk-meeting.js';
import './components/meeting-title/rtk-meeting-title.js';
import './components/menu/rtk-menu.js';
import './components/menu-item/rtk-menu-item.js';
import './components/menu-list/rtk-menu-list.js';
import './components/mic-toggle/rtk-mic-toggle.js';
import './components/mixed-grid/rtk-mixed-grid.js';
import './components/more-toggle/rtk-more-toggle.js';
import './components/name-tag/rtk-name-tag.js';
import './components/network-indicator/rtk-network-indicator.js';
import './components/notification/rtk-notification.js';
import './components/notifications/rtk-notifications.js';
import './components/overlay-modal/rtk-overlay-modal.js';
import './components/paginated-list/rtk-paginated-list.js';
import './components/participant-count/rtk-participant-count.js';
import './components/participant-setup/rtk-participant-setup.js';
import './components/participant-tile/rtk-participant-tile.js';
import './components/participants-audio/rtk-participants-audio.js';
import './components/participants-toggle/rtk-participants-toggle.js';
import './components/pip-toggle/rtk-pip-toggle.js';
import './components/plugins-toggle/rtk-plugins-toggle.js';
import './components/polls-toggle/rtk-polls-toggle.js';
import './components/recording-indicator/rtk-recording-indicator.js';
import './components/recording-toggle/rtk-recording-toggle.js';
import './components/screen-share-toggle/rtk-screen-share-toggle.js';
import './components/screenshare-view/rtk-screenshare-view.js';
import './components/settings-toggle/rtk-settings-toggle.js';
import './components/setup-screen/rtk-setup-screen.js';
import './components/sidebar/rtk-sidebar.js';
import './components/sidebar-ui/rtk-sidebar-ui.js';
import './components/simple-grid/rtk-simple-grid.js';
import './components/spinner/rtk-spinner.js';
import './components/spotlight-grid/rtk-spotlight-grid.js';
import './components/spotlight-indicator/rtk-spotlight-indicator.js';
import './components/stage/rtk-stage.js';
import './components/stage-toggle/rtk-stage-toggle.js';
import './components/switch/rtk-switch.js';
import './components/tab-bar/rtk-tab-bar.js';
import './components/tooltip/rtk-tooltip.js';
import './components/ui-provider/rtk-ui-provider.js';
import './components/viewer-count/rtk-viewer-count.js';

export * from './classes.js';
