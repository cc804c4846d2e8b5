/// <reference types="mocha" />
import * as clock from '../../stories/clock.stories.js';
import * as confirmationModal from '../../stories/confirmation-modal.stories.js';
import * as dialogManager from '../../stories/dialog-manager.stories.js';
import * as header from '../../stories/header.stories.js';
import * as leaveMeeting from '../../stories/leave-meeting.stories.js';
import * as livestreamIndicator from '../../stories/livestream-indicator.stories.js';
import * as logo from '../../stories/logo.stories.js';
import * as meetingTitle from '../../stories/meeting-title.stories.js';
import * as overlayModal from '../../stories/overlay-modal.stories.js';
import * as participantCount from '../../stories/participant-count.stories.js';
import * as recordingIndicator from '../../stories/recording-indicator.stories.js';
import * as viewerCount from '../../stories/viewer-count.stories.js';
import { auditStories } from '../helpers/stories.js';

// Header and dialogs: the header and its items, the dialog manager and its dialogs.
auditStories({
  clock,
  confirmationModal,
  dialogManager,
  header,
  leaveMeeting,
  livestreamIndicator,
  logo,
  meetingTitle,
  overlayModal,
  participantCount,
  recordingIndicator,
  viewerCount,
});
