import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/participant-setup/rtk-participant-setup.js';
import type { RtkParticipantSetup } from '../../src/components/participant-setup/rtk-participant-setup.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

describe('<rtk-participant-setup>', () => {
  it('previews you: mirrored video, your name and an audio visualizer', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantSetup>(
      html`<rtk-participant-setup></rtk-participant-setup>`,
      {
        name: 'Ada',
        audio: true,
        video: true,
      },
    );
    await until(() => deepText(el).includes('Ada (you)'), 'never named you');
    const tile = queryDeep(el, 'rtk-participant-tile')!;
    expect(tile.hasAttribute('is-preview')).to.equal(true);
    expect(queryDeep(el, 'video')!.classList.contains('mirror')).to.equal(true);
    expect(queryDeep(el, 'rtk-audio-visualizer')).to.exist;
    expect(queryDeep(el, '[part="menu-button"]')).to.equal(undefined);
    expect(queryDeep(el, 'rtk-network-indicator')).to.equal(undefined);
    await meeting.self.disableVideo();
    await until(() => queryDeep(el, 'rtk-avatar'), 'no avatar with the camera off');
    await expect(el).to.be.accessible();
  });

  it('renders nothing without a meeting, and leaves no listener when removed', async () => {
    const bare = document.createElement('rtk-participant-setup');
    document.body.append(bare);
    await bare.updateComplete;
    expect(deepText(bare)).to.equal('');
    bare.remove();
    const meeting = await demoMeeting();
    const base = totalListeners(meeting);
    const el = await fixture<RtkParticipantSetup>(
      html`<rtk-participant-setup .meeting=${meeting}></rtk-participant-setup>`,
    );
    await until(() => queryDeep(el, 'rtk-name-tag'), 'no name tag');
    expect(totalListeners(meeting)).to.be.greaterThan(base);
    el.remove();
    expect(totalListeners(meeting)).to.equal(base);
  });
});
