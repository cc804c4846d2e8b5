/// <reference types="mocha" />
import * as debuggerStories from '../../stories/debugger.stories.js';
import * as debuggerToggle from '../../stories/debugger-toggle.stories.js';
import * as debuggerAudio from '../../stories/debugger-audio.stories.js';
import * as debuggerVideo from '../../stories/debugger-video.stories.js';
import * as debuggerScreenshare from '../../stories/debugger-screenshare.stories.js';
import * as debuggerSystem from '../../stories/debugger-system.stories.js';
import { auditStories } from '../helpers/stories.js';

// rtk-debugger (made by `npm run new-tag`); it can move into the a11y file of its area.
auditStories({
  debuggerStories,
  debuggerToggle,
  debuggerAudio,
  debuggerVideo,
  debuggerScreenshare,
  debuggerSystem,
});
