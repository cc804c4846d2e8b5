/// <reference types="mocha" />
import * as chatToggle from '../../stories/chat-toggle.stories.js';
import * as fullscreenToggle from '../../stories/fullscreen-toggle.stories.js';
import * as livestreamToggle from '../../stories/livestream-toggle.stories.js';
import * as moreToggle from '../../stories/more-toggle.stories.js';
import * as participantsToggle from '../../stories/participants-toggle.stories.js';
import * as pipToggle from '../../stories/pip-toggle.stories.js';
import * as pluginsToggle from '../../stories/plugins-toggle.stories.js';
import * as pollsToggle from '../../stories/polls-toggle.stories.js';
import * as recordingToggle from '../../stories/recording-toggle.stories.js';
import * as screenShareToggle from '../../stories/screen-share-toggle.stories.js';
import * as settingsToggle from '../../stories/settings-toggle.stories.js';
import * as stageToggle from '../../stories/stage-toggle.stories.js';
import { auditStories } from '../helpers/stories.js';

// The toggles of the control bar. The bar itself, the mic and camera toggles and the leave button
// are audited in stories.test.ts.
auditStories({
  chatToggle,
  fullscreenToggle,
  livestreamToggle,
  moreToggle,
  participantsToggle,
  pipToggle,
  pluginsToggle,
  pollsToggle,
  recordingToggle,
  screenShareToggle,
  settingsToggle,
  stageToggle,
});
