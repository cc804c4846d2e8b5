import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoMeeting, type DemoRecording } from '../../src/demo/index.js';
import type { Recording } from '../../src/meeting/recording.js';
import { record, rejectionOf } from './core-helpers.js';
import { until } from '../helpers/wait.js';

// Compile-time: the demo recording is a `Recording`.
const asRecording: (r: DemoRecording) => Recording = (r) => r;

describe('demo meeting: recording', () => {
  let meeting: DemoMeeting;
  afterEach(() => meeting?.destroy());

  it('start: STARTING before it resolves, then RECORDING; stop: STOPPING, then IDLE', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    expect(asRecording(meeting.recording)).to.equal(meeting.recording);
    await meeting.join();
    expect(meeting.recording.recordingState).to.equal('IDLE');
    const log = record({ recording: meeting.recording });
    await meeting.recording.start();
    expect(log.events).to.deep.equal([{ name: 'recording.recordingUpdate', args: ['STARTING'] }]);
    expect(meeting.recording.recordingState).to.equal('STARTING');
    expect(meeting.recording.recordings).to.have.length(1);
    expect(meeting.recording.recordings[0]).to.include({ state: 'STARTING', type: 'BROWSER' });
    await until(() => meeting.recording.recordingState === 'RECORDING');
    await meeting.recording.pause();
    await meeting.recording.resume();
    await meeting.recording.stop();
    expect(meeting.recording.recordingState).to.equal('STOPPING');
    await until(() => meeting.recording.recordingState === 'IDLE');
    expect(log.events.map((e) => e.args[0])).to.deep.equal([
      'STARTING',
      'RECORDING',
      'PAUSED',
      'RECORDING',
      'STOPPING',
      'IDLE',
    ]);
    expect(meeting.recording.recordings).to.deep.equal([]);
  });

  it('events come before the promise resolves, with latency too', async () => {
    meeting = createDemoMeeting({ latency: 5 });
    await meeting.join();
    const log = record({ recording: meeting.recording });
    const start = meeting.recording.start();
    expect(log.events).to.have.length(0);
    await start;
    expect(log.events).to.have.length(1);
  });

  it('rejects without canRecord (1001) and while one runs (1005), before any event', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'participant' });
    await meeting.join();
    const log = record({ recording: meeting.recording });
    const error = await rejectionOf(meeting.recording.start());
    expect(error.code).to.equal('1001');
    expect(error.message).to.match(/^\[ERR1001\]: \{Recording\}/);
    expect((await rejectionOf(meeting.recording.stop())).code).to.equal('1001');
    expect(log.events).to.deep.equal([]);
    meeting.director.updatePermissions({ canRecord: true });
    await meeting.recording.start();
    expect((await rejectionOf(meeting.recording.start())).code).to.equal('1005');
    await meeting.recording.start({ allowMultiple: true });
    expect(meeting.recording.recordings).to.have.length(2);
    expect((await rejectionOf(meeting.recording.stop('unknown'))).code).to.equal('1004');
  });

  it('director: a remote host starts, pauses, resumes and stops', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'participant' });
    await meeting.join();
    const log = record({ recording: meeting.recording });
    meeting.director.recording.start();
    meeting.director.recording.pause();
    meeting.director.recording.resume();
    meeting.director.recording.stop();
    expect(log.events.map((e) => e.args[0])).to.deep.equal([
      'RECORDING',
      'PAUSED',
      'RECORDING',
      'IDLE',
    ]);
  });

  it('a recording running before join is announced on join', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    meeting.director.recording.start();
    const log = record({ recording: meeting.recording, self: meeting.self });
    await meeting.join();
    expect(log.names()).to.deep.equal(['self.roomJoined', 'recording.recordingUpdate']);
    expect(log.events[1]!.args).to.deep.equal(['RECORDING']);
  });
});
