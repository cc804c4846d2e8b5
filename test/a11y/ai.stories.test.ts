/// <reference types="mocha" />
import * as ai from '../../stories/ai.stories.js';
import * as aiToggle from '../../stories/ai-toggle.stories.js';
import * as aiTranscriptions from '../../stories/ai-transcriptions.stories.js';
import * as captionToggle from '../../stories/caption-toggle.stories.js';
import * as transcripts from '../../stories/transcripts.stories.js';
import * as transcript from '../../stories/transcript.stories.js';
import { auditStories } from '../helpers/stories.js';

// Live captions and the transcript: every story of their six tags, through axe.
auditStories({ ai, aiToggle, aiTranscriptions, captionToggle, transcripts, transcript });
