/// <reference types="mocha" />
import * as participantsAudio from '../../stories/participants-audio.stories.js';
import * as screenshareView from '../../stories/screenshare-view.stories.js';
import * as tabBar from '../../stories/tab-bar.stories.js';
import { auditStories } from '../helpers/stories.js';

// Media on the stage: screen share view, tab bar, remote audio.
auditStories({ participantsAudio, screenshareView, tabBar });
