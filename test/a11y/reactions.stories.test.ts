/// <reference types="mocha" />
import * as handRaiseQueue from '../../stories/hand-raise-queue.stories.js';
import * as raiseHandToggle from '../../stories/raise-hand-toggle.stories.js';
import * as reactionsOverlay from '../../stories/reactions-overlay.stories.js';
import * as reactionsToggle from '../../stories/reactions-toggle.stories.js';
import { auditStories } from '../helpers/stories.js';

// Reactions and raised hands: the toggles, the overlay and the hosts' queue.
auditStories({ raiseHandToggle, reactionsToggle, reactionsOverlay, handRaiseQueue });
