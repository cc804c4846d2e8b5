/**
 * realtimekit-lit: registers every `rtk-*` tag and exports the public API.
 *
 * ```js
 * import 'realtimekit-lit';
 * document.querySelector('rtk-meeting').meeting = await RealtimeKitClient.init({ authToken });
 * ```
 */
import './components/avatar/rtk-avatar.js';
import './components/button/rtk-button.js';
import './components/camera-toggle/rtk-camera-toggle.js';
import './components/controlbar/rtk-controlbar.js';
import './components/controlbar-button/rtk-controlbar-button.js';
import './components/counter/rtk-counter.js';
import './components/dialog/rtk-dialog.js';
import './components/ended-screen/rtk-ended-screen.js';
import './components/grid/rtk-grid.js';
import './components/icon/rtk-icon.js';
import './components/idle-screen/rtk-idle-screen.js';
import './components/information-tooltip/rtk-information-tooltip.js';
import './components/leave-button/rtk-leave-button.js';
import './components/meeting/rtk-meeting.js';
import './components/menu/rtk-menu.js';
import './components/menu-item/rtk-menu-item.js';
import './components/menu-list/rtk-menu-list.js';
import './components/mic-toggle/rtk-mic-toggle.js';
import './components/notification/rtk-notification.js';
import './components/notifications/rtk-notifications.js';
import './components/paginated-list/rtk-paginated-list.js';
import './components/participant-tile/rtk-participant-tile.js';
import './components/setup-screen/rtk-setup-screen.js';
import './components/spinner/rtk-spinner.js';
import './components/switch/rtk-switch.js';
import './components/tooltip/rtk-tooltip.js';
import './components/ui-provider/rtk-ui-provider.js';

export * from './classes.js';
