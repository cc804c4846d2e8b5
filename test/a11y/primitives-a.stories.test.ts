/// <reference types="mocha" />
import * as avatar from '../../stories/avatar.stories.js';
import * as button from '../../stories/button.stories.js';
import * as counter from '../../stories/counter.stories.js';
import * as icon from '../../stories/icon.stories.js';
import * as informationTooltip from '../../stories/information-tooltip.stories.js';
import * as spinner from '../../stories/spinner.stories.js';
import * as switchStories from '../../stories/switch.stories.js';
import * as tooltip from '../../stories/tooltip.stories.js';
import { auditStories } from '../helpers/stories.js';

// Primitives A: button, icon, spinner, switch, counter, avatar, tooltip, information tooltip.
auditStories({
  avatar,
  button,
  counter,
  icon,
  informationTooltip,
  spinner,
  switchStories,
  tooltip,
});
