/// <reference types="mocha" />
import * as muteAllButton from '../../stories/mute-all-button.stories.js';
import * as muteAllConfirmation from '../../stories/mute-all-confirmation.stories.js';
import * as participant from '../../stories/participant.stories.js';
import * as participants from '../../stories/participants.stories.js';
import * as participantsViewerList from '../../stories/participants-viewer-list.stories.js';
import * as participantsWaitingList from '../../stories/participants-waiting-list.stories.js';
import * as virtualizedParticipantList from '../../stories/virtualized-participant-list.stories.js';
import { auditStories } from '../helpers/stories.js';

// The people panel: participants, rows, waiting room, viewers, mute all.
describe('people stories', function () {
  auditStories({
    participants,
    participant,
    virtualizedParticipantList,
    participantsWaitingList,
    participantsViewerList,
    muteAllButton,
    muteAllConfirmation,
  });
});
