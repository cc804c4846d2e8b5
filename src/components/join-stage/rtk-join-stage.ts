import '../button/rtk-button.js';
import '../camera-toggle/rtk-camera-toggle.js';
import '../mic-toggle/rtk-mic-toggle.js';
import '../participant-setup/rtk-participant-setup.js';
import {
  RtkJoinStage,
  RtkJoinStageEvent,
  RtkLeaveStageEvent,
  type JoinStageConfig,
} from './join-stage.js';

export { RtkJoinStage, RtkJoinStageEvent, RtkLeaveStageEvent, type JoinStageConfig };

if (!customElements.get('rtk-join-stage')) {
  customElements.define('rtk-join-stage', RtkJoinStage);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-join-stage': RtkJoinStage;
  }
}
