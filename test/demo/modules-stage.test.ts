import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoMeeting, type DemoStage } from '../../src/demo/index.js';
import type { Stage } from '../../src/meeting/stage.js';
import { record, rejectionOf, thrownBy } from './core-helpers.js';
import { until } from '../helpers/wait.js';

// Compile-time: the demo stage is a `Stage`.
const asStage: (s: DemoStage) => Stage = (s) => s;

describe('demo meeting: stage', () => {
  let meeting: DemoMeeting;
  afterEach(() => meeting?.destroy());

  it('exists in a GROUP_CALL: ON_STAGE right after roomJoined, OFF_STAGE before roomLeft', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    expect(asStage(meeting.stage)).to.equal(meeting.stage);
    expect(meeting.stage.status).to.equal('OFF_STAGE');
    const log = record({ self: meeting.self, stage: meeting.stage });
    await meeting.join();
    expect(log.names()).to.deep.equal(['self.roomJoined', 'stage.stageStatusUpdate']);
    expect(log.events[1]!.args).to.deep.equal(['ON_STAGE']);
    expect(meeting.stage.status).to.equal('ON_STAGE');
    expect(meeting.self.stageStatus).to.equal('ON_STAGE');
    expect(meeting.stage.peerId).to.equal(meeting.self.id);
    await meeting.self.pin();
    log.events.length = 0;
    await meeting.leave();
    expect(log.names()).to.deep.equal([
      'self.unpinned',
      'stage.stageStatusUpdate',
      'self.roomLeft',
    ]);
    expect(log.events[1]!.args).to.deep.equal(['OFF_STAGE']);
  });

  it('rejects with 2003 where the preset has no stage', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    expect((await rejectionOf(meeting.stage.requestAccess())).code).to.equal('2003');
    expect((await rejectionOf(meeting.stage.leave())).code).to.equal('2003');
    const error = thrownBy(() => meeting.stage.getAccessRequests());
    expect(error.code).to.equal('2003');
    expect(error.message).to.match(/^\[ERR2003\]: \{Stage\} Stage is disabled/);
  });

  it('viewer: request, approval by a host, join and leave', async () => {
    meeting = createDemoMeeting({ latency: 2, preset: 'webinar-viewer' });
    const log = record({ stage: meeting.stage });
    await meeting.join();
    expect(meeting.stage.status).to.equal('OFF_STAGE');
    expect(log.events).to.deep.equal([], 'already OFF_STAGE: no event on join');
    expect((await rejectionOf(meeting.stage.join())).code).to.equal('2006');
    const request = meeting.stage.requestAccess();
    expect(log.events).to.have.length(0);
    await request;
    expect((await rejectionOf(meeting.stage.requestAccess())).code).to.equal('2006');
    meeting.director.stage.grantSelf();
    await meeting.stage.join();
    await meeting.self.enableAudio();
    await meeting.stage.leave();
    expect(log.events.map((e) => [e.name, ...e.args])).to.deep.equal([
      ['stage.stageStatusUpdate', 'REQUESTED_TO_JOIN_STAGE'],
      ['stage.stageRequestApproved'],
      ['stage.stageStatusUpdate', 'ACCEPTED_TO_JOIN_STAGE'],
      ['stage.stageStatusUpdate', 'ON_STAGE'],
      ['stage.stageStatusUpdate', 'OFF_STAGE'],
    ]);
    await until(() => !meeting.self.audioEnabled, 'a viewer off stage may not produce');
  });

  it('viewer: cancel, and a rejection by a host', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'webinar-viewer' });
    await meeting.join();
    const log = record({ stage: meeting.stage });
    await meeting.stage.requestAccess();
    await meeting.stage.cancelRequestAccess();
    await meeting.stage.requestAccess();
    meeting.director.stage.denySelf();
    expect(log.events.map((e) => [e.name, ...e.args])).to.deep.equal([
      ['stage.stageStatusUpdate', 'REQUESTED_TO_JOIN_STAGE'],
      ['stage.stageStatusUpdate', 'OFF_STAGE'],
      ['stage.stageStatusUpdate', 'REQUESTED_TO_JOIN_STAGE'],
      ['stage.stageRequestRejected'],
      ['stage.stageStatusUpdate', 'OFF_STAGE'],
    ]);
  });

  it('viewers may not manage requests (2001)', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'webinar-viewer' });
    await meeting.join();
    expect(thrownBy(() => meeting.stage.getAccessRequests()).code).to.equal('2001');
    expect((await rejectionOf(meeting.stage.grantAccess(['x']))).code).to.equal('2001');
    expect((await rejectionOf(meeting.stage.denyAccess(['x']))).code).to.equal('2001');
    expect((await rejectionOf(meeting.stage.kick(['x']))).code).to.equal('2001');
  });

  it('host: a remote viewer requests and cancels; newStageRequest then stageAccessRequestUpdate', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'webinar-host', people: 4 });
    await meeting.join();
    const viewers = meeting.director.people.filter((p) => p.stageStatus === 'OFF_STAGE');
    const [a, b] = viewers;
    const log = record({ stage: meeting.stage, joined: meeting.participants.joined });
    meeting.director.stage.request(a!.id);
    meeting.director.stage.request(b!.id);
    meeting.director.stage.cancelRequest(a!.id);
    const req = (p: typeof a) => ({ displayName: p!.name, userId: p!.userId, peerId: p!.id });
    expect(log.events.map((e) => e.name)).to.deep.equal([
      'joined.stageStatusUpdate',
      'stage.newStageRequest',
      'stage.stageAccessRequestUpdate',
      'joined.stageStatusUpdate',
      'stage.newStageRequest',
      'stage.stageAccessRequestUpdate',
      'joined.stageStatusUpdate',
      'stage.stageAccessRequestUpdate',
    ]);
    expect(log.events[1]!.args).to.deep.equal([{ count: 1 }]);
    expect(log.events[2]!.args).to.deep.equal([[req(a)]]);
    expect(log.events[4]!.args).to.deep.equal([{ count: 2 }]);
    expect(log.events[7]!.args).to.deep.equal([[req(b)]]);
    expect(meeting.stage.getAccessRequests()).to.deep.equal({ stageRequests: [req(b)] });
  });

  it('host: grant puts a viewer on stage (with media), deny and kick take them off', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'webinar-host', people: 4 });
    await meeting.join();
    const [a, b] = meeting.director.people.filter((p) => p.stageStatus === 'OFF_STAGE');
    meeting.director.stage.request(a!.id);
    meeting.director.stage.request(b!.id);
    const log = record({ stage: meeting.stage });
    const statuses: string[] = [];
    meeting.participants.joined.on(
      'stageStatusUpdate',
      (p: { id: string; stageStatus: string }) => {
        if (p.id === a!.id) statuses.push(p.stageStatus);
      },
    );
    await meeting.stage.grantAccess([a!.userId]);
    expect(statuses).to.deep.equal(['ACCEPTED_TO_JOIN_STAGE', 'ON_STAGE']);
    expect(a!.audioEnabled).to.equal(true);
    expect(meeting.participants.active.has(a!.id)).to.equal(true);
    await meeting.stage.denyAccess([b!.userId]);
    expect(b!.stageStatus).to.equal('OFF_STAGE');
    await meeting.stage.kick([a!.userId]);
    expect(a!.stageStatus).to.equal('OFF_STAGE');
    expect(meeting.participants.active.has(a!.id)).to.equal(false);
    expect(log.events.map((e) => [e.name, ...e.args])).to.deep.equal([
      [
        'stage.stageAccessRequestUpdate',
        [{ displayName: b!.name, userId: b!.userId, peerId: b!.id }],
      ],
      ['stage.stageAccessRequestUpdate', []],
      ['stage.stageAccessRequestUpdate', []],
    ]);
  });

  it('host joining with pending requests hears about them', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'webinar-host', people: 3 });
    const viewer = meeting.director.people.find((p) => p.stageStatus === 'OFF_STAGE')!;
    meeting.director.stage.request(viewer.id);
    const log = record({ stage: meeting.stage });
    await meeting.join();
    expect(log.names()).to.deep.equal([
      'stage.stageStatusUpdate',
      'stage.newStageRequest',
      'stage.stageAccessRequestUpdate',
    ]);
    expect(log.events[0]!.args).to.deep.equal(['ON_STAGE']);
    expect(log.events[1]!.args).to.deep.equal([{ count: 1 }]);
  });

  it('a host kicks self off the stage: media the preset only allows on stage turns off', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'webinar-viewer' });
    await meeting.join();
    await meeting.stage.requestAccess();
    meeting.director.stage.grantSelf();
    await meeting.stage.join();
    await meeting.self.enableAudio();
    const log = record({ stage: meeting.stage, self: meeting.self });
    meeting.director.stage.kickSelf();
    await until(() => log.names().includes('self.audioUpdate'), 'the microphone stayed on');
    expect(log.names()).to.deep.equal(['stage.stageStatusUpdate', 'self.audioUpdate']);
    expect(meeting.self.audioEnabled).to.equal(false);
  });
});
