/// <reference types="mocha" />
import * as cameraSelector from '../../stories/camera-selector.stories.js';
import * as microphoneSelector from '../../stories/microphone-selector.stories.js';
import * as settings from '../../stories/settings.stories.js';
import * as settingsAudio from '../../stories/settings-audio.stories.js';
import * as settingsVideo from '../../stories/settings-video.stories.js';
import * as speakerSelector from '../../stories/speaker-selector.stories.js';
import * as languagePicker from '../../stories/language-picker.stories.js';
import { auditStories } from '../helpers/stories.js';

// Settings and device selectors.
auditStories({
  cameraSelector,
  microphoneSelector,
  settings,
  settingsAudio,
  settingsVideo,
  speakerSelector,
  languagePicker,
});
