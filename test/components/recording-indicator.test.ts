import { expect, html } from '@open-wc/testing';
import '../../src/components/recording-indicator/rtk-recording-indicator.js';
import type { RtkRecordingIndicator } from '../../src/components/recording-indicator/rtk-recording-indicator.js';
import { deepText, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

const status = (el: RtkRecordingIndicator) =>
  el.shadowRoot!.querySelector('[role="status"]')!.textContent;
const label = (el: RtkRecordingIndicator) =>
  el.shadowRoot!.querySelector('[part="label"]')?.textContent ?? '';

describe('<rtk-recording-indicator>', () => {
  it('appears and disappears with the recording, announcing each change politely', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRecordingIndicator>(
      html`<rtk-recording-indicator></rtk-recording-indicator>`,
      { join: true, preset: 'participant' },
    );
    expect(label(el)).to.equal('');
    expect(status(el)).to.equal('');
    meeting.director.recording.start();
    await el.updateComplete;
    expect(label(el)).to.equal('Recording');
    expect(el.hasAttribute('recording')).to.equal(true);
    expect(status(el)).to.equal('Recording started');
    await expect(el).to.be.accessible();
    meeting.director.recording.pause();
    await el.updateComplete;
    expect(label(el)).to.equal('Recording paused');
    meeting.director.recording.stop();
    await el.updateComplete;
    expect(label(el)).to.equal('');
    expect(el.hasAttribute('recording')).to.equal(false);
    expect(status(el)).to.equal('Recording stopped');
  });

  it('shows a recording that was running before it mounted, without announcing it', async () => {
    const { el, meeting } = await mountWithMeeting<RtkRecordingIndicator>(html`<div></div>`, {
      join: true,
    });
    meeting.director.recording.start();
    const indicator = document.createElement('rtk-recording-indicator');
    indicator.meeting = meeting;
    el.append(indicator);
    await indicator.updateComplete;
    expect(deepText(indicator)).to.equal('Recording');
    expect(status(indicator)).to.equal('');
  });

  it('renders nothing without a recording module, and leaves no listener', async () => {
    const { el: bare } = await mountWithMeeting<RtkRecordingIndicator>(
      html`<rtk-recording-indicator .meeting=${{ self: { id: 'x' }, participants: {}, meta: {} } as never}></rtk-recording-indicator>`,
    );
    expect(bare.shadowRoot!.childElementCount).to.equal(0);
    const { el, meeting } = await mountWithMeeting<RtkRecordingIndicator>(
      html`<rtk-recording-indicator></rtk-recording-indicator>`,
      {
        join: true,
      },
    );
    expect(meeting.recording!.listenerCount('recordingUpdate')).to.be.greaterThan(0);
    const before = meeting.recording!.listenerCount('recordingUpdate');
    el.remove();
    expect(meeting.recording!.listenerCount('recordingUpdate')).to.equal(before - 1);
    expect(totalListeners(meeting)).to.be.a('number');
  });
});
