/// <reference types="mocha" />
import * as extensions from '../../stories/extensions.stories.js';
import { auditStories } from '../helpers/stories.js';

// The extension points (a control bar button, a person menu item, a sidebar section) in rtk-meeting.
auditStories({ extensions });
