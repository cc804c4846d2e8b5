/// <reference types="mocha" />
import * as backgroundEffects from '../../stories/background-effects.stories.js';
import { auditStories } from '../helpers/stories.js';

// rtk-background-effects (made by `npm run new-tag`); it can move into the a11y file of its area.
auditStories({ backgroundEffects });
