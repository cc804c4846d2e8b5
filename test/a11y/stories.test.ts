/// <reference types="mocha" />
import * as cameraToggle from '../../stories/camera-toggle.stories.js';
import * as controlbarButton from '../../stories/controlbar-button.stories.js';
import * as controlbar from '../../stories/controlbar.stories.js';
import * as grid from '../../stories/grid.stories.js';
import * as leaveButton from '../../stories/leave-button.stories.js';
import * as meeting from '../../stories/meeting.stories.js';
import * as micToggle from '../../stories/mic-toggle.stories.js';
import * as notifications from '../../stories/notifications.stories.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { auditStories } from '../helpers/stories.js';

// The first call's tags. Other areas have their own test/a11y/<area>.stories.test.ts.

describe('expectNoAxeViolations', () => {
  it('sees into shadow roots and names rule, target and help', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<button></button>';
    try {
      await expectNoAxeViolations(host);
      throw new Error('no violation reported');
    } catch (error) {
      const message = (error as Error).message;
      if (!/button-name .*at div >>> button: Buttons must have discernible text/.test(message))
        throw error;
    } finally {
      host.remove();
    }
  });
});

auditStories({
  cameraToggle,
  controlbarButton,
  controlbar,
  grid,
  leaveButton,
  meeting,
  micToggle,
  notifications,
});
