/// <reference types="mocha" />
import * as audioVisualizer from '../../stories/audio-visualizer.stories.js';
import * as nameTag from '../../stories/name-tag.stories.js';
import * as networkIndicator from '../../stories/network-indicator.stories.js';
import * as participantSetup from '../../stories/participant-setup.stories.js';
import * as participantTile from '../../stories/participant-tile.stories.js';
import { auditStories } from '../helpers/stories.js';

// The participant tile family, the tile itself included (its host-menu and network stories).
auditStories({ audioVisualizer, nameTag, networkIndicator, participantSetup, participantTile });
