/// <reference types="mocha" />
import * as themes from '../../stories/themes.stories.js';
import * as uiProvider from '../../stories/ui-provider.stories.js';
import { auditStories } from '../helpers/stories.js';

// Every theme (dark, light, high contrast, a custom brand) with axe's colour-contrast rule on.
auditStories({ uiProvider, themes });
