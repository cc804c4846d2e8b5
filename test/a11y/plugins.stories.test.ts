/// <reference types="mocha" />
import * as plugins from '../../stories/plugins.stories.js';
import * as pluginMain from '../../stories/plugin-main.stories.js';
import { auditStories } from '../helpers/stories.js';

// The plugins list, the plugin on the stage (with the whiteboard), on the demo meeting.
auditStories({ plugins, pluginMain });
