/// <reference types="mocha" />
import * as poll from '../../stories/poll.stories.js';
import * as pollForm from '../../stories/poll-form.stories.js';
import * as polls from '../../stories/polls.stories.js';
import { auditStories } from '../helpers/stories.js';

// The polls panel, one poll, and the form to create one.
auditStories({ polls, poll, pollForm });
