/// <reference types="mocha" />
import * as qna from '../../stories/qna.stories.js';
import * as qnaToggle from '../../stories/qna-toggle.stories.js';
import { auditStories } from '../helpers/stories.js';

// rtk-qna (made by `npm run new-tag`); it can move into the a11y file of its area.
auditStories({ qna, qnaToggle });
