/// <reference types="mocha" />
import * as audioVisualizer from '../../stories/audio-visualizer.stories.js';
import * as nameTag from '../../stories/name-tag.stories.js';
import * as networkIndicator from '../../stories/network-indicator.stories.js';
import * as participantSetup from '../../stories/participant-setup.stories.js';
import { auditStories } from '../helpers/stories.js';

// The participant tile family (rtk-participant-tile itself is audited in stories.test.ts).
auditStories({ audioVisualizer, nameTag, networkIndicator, participantSetup });
