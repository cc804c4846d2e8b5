/**
 * realtimekit-lit: registers every `rtk-*` tag and exports the public API.
 *
 * ```js
 * import 'realtimekit-lit';
 * document.querySelector('rtk-meeting').meeting = await RealtimeKitClient.init({ authToken });
 * ```
 */
import './components/camera-toggle/rtk-camera-toggle.js';
import './components/controlbar/rtk-controlbar.js';
import './components/controlbar-button/rtk-controlbar-button.js';
import './components/ended-screen/rtk-ended-screen.js';
import './components/grid/rtk-grid.js';
import './components/idle-screen/rtk-idle-screen.js';
import './components/leave-button/rtk-leave-button.js';
import './components/meeting/rtk-meeting.js';
import './components/mic-toggle/rtk-mic-toggle.js';
import './components/notifications/rtk-notifications.js';
import './components/participant-tile/rtk-participant-tile.js';
import './components/setup-screen/rtk-setup-screen.js';

export * from './classes.js';
