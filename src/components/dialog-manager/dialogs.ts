// The dialogs `rtk-dialog-manager` shows, loaded the first time one is asked for: a joined
// meeting does not pay for them until someone opens one.
import '../dialog/rtk-dialog.js';
import '../leave-meeting/rtk-leave-meeting.js';
import '../confirmation-modal/rtk-confirmation-modal.js';
import '../overlay-modal/rtk-overlay-modal.js';
import '../settings/rtk-settings.js';
