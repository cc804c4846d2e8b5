/// <reference types="mocha" />
import * as audioGrid from '../../stories/audio-grid.stories.js';
import * as audioTile from '../../stories/audio-tile.stories.js';
import * as gridPagination from '../../stories/grid-pagination.stories.js';
import * as mixedGrid from '../../stories/mixed-grid.stories.js';
import * as simpleGrid from '../../stories/simple-grid.stories.js';
import * as spotlightGrid from '../../stories/spotlight-grid.stories.js';
import * as spotlightIndicator from '../../stories/spotlight-indicator.stories.js';
import * as pinnedIndicator from '../../stories/pinned-indicator.stories.js';
import { auditStories } from '../helpers/stories.js';

// The grid layouts. The chooser (`rtk-grid`) is audited with the first call's tags in stories.test.ts.
auditStories({
  audioGrid,
  audioTile,
  gridPagination,
  mixedGrid,
  simpleGrid,
  spotlightGrid,
  spotlightIndicator,
  pinnedIndicator,
});
