/// <reference types="mocha" />
import * as endedScreen from '../../stories/ended-screen.stories.js';
import * as idleScreen from '../../stories/idle-screen.stories.js';
import * as permissionsMessage from '../../stories/permissions-message.stories.js';
import * as setupScreen from '../../stories/setup-screen.stories.js';
import * as waitingScreen from '../../stories/waiting-screen.stories.js';
import { auditStories } from '../helpers/stories.js';

// Before and after the call: setup, waiting, idle and ended screens, permission errors.
auditStories({ endedScreen, idleScreen, permissionsMessage, setupScreen, waitingScreen });
