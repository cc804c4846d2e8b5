/// <reference types="mocha" />
import * as keyboardShortcuts from '../../stories/keyboard-shortcuts.stories.js';
import { auditStories } from '../helpers/stories.js';

// rtk-keyboard-shortcuts (made by `npm run new-tag`); it can move into the a11y file of its area.
auditStories({ keyboardShortcuts });
