/// <reference types="mocha" />
import * as joinStage from '../../stories/join-stage.stories.js';
import * as participantsStageList from '../../stories/participants-stage-list.stories.js';
import * as participantsStageQueue from '../../stories/participants-stage-queue.stories.js';
import * as stageRequests from '../../stories/stage-requests.stories.js';
import { auditStories } from '../helpers/stories.js';

// The stage of webinars and livestreams: the host's requests, who is on stage, the viewer's side.
// The stage toggle is audited with the other controls in controls.stories.test.ts.
auditStories({
  joinStage,
  participantsStageList,
  participantsStageQueue,
  stageRequests,
});
