/// <reference types="mocha" />
import * as livestreamPlayer from '../../stories/livestream-player.stories.js';
import * as sidebarUi from '../../stories/sidebar-ui.stories.js';
import * as sidebar from '../../stories/sidebar.stories.js';
import * as stage from '../../stories/stage.stories.js';
import { auditStories } from '../helpers/stories.js';

// The meeting shell: stage, sidebar, sidebar UI, livestream player. rtk-meeting's own stories
// (layouts, phone width, reconnecting banner) are audited in stories.test.ts.
auditStories({ livestreamPlayer, sidebar, sidebarUi, stage });
