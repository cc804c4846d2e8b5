import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoMeeting } from '../../src/demo/index.js';
import type { Meeting } from '../../src/meeting/meeting.js';
import { record } from './core-helpers.js';
import { until } from '../helpers/wait.js';

// Compile-time: the demo meeting is a `Meeting`.
const asMeeting: (m: DemoMeeting) => Meeting = (m) => m;

describe('demo meeting: creation and joining', () => {
  let meeting: DemoMeeting;
  afterEach(() => meeting?.destroy());

  it('applies the defaults', () => {
    meeting = createDemoMeeting({ latency: 0 });
    expect(asMeeting(meeting)).to.equal(meeting);
    expect(meeting.self.name).to.equal('You');
    expect(meeting.self.roomState).to.equal('init');
    expect(meeting.self.roomJoined).to.equal(false);
    expect(meeting.self.presetName).to.equal('host');
    expect(meeting.self.audioEnabled).to.equal(true);
    expect(meeting.self.videoEnabled).to.equal(true);
    expect(meeting.meta.meetingTitle).to.equal('Demo meeting');
    expect(meeting.meta.viewType).to.equal('GROUP_CALL');
    expect(meeting.self.config.viewType).to.equal('GROUP_CALL');
    expect(meeting.peerId).to.equal(meeting.self.id);
    expect(meeting.participants.joined.size).to.equal(0, 'maps fill on join');
    expect(meeting.director.people).to.have.length(3);
    expect(meeting.meta.meetingStartedTimestamp.getTime()).to.be.below(Date.now());
  });

  it('is deterministic for a seed', () => {
    meeting = createDemoMeeting({ latency: 0, seed: 42, people: 6 });
    const again = createDemoMeeting({ latency: 0, seed: 42, people: 6 });
    const other = createDemoMeeting({ latency: 0, seed: 43, people: 6 });
    const names = (m: DemoMeeting) => m.director.people.map((p) => p.name);
    const ids = (m: DemoMeeting) => m.director.people.map((p) => p.id);
    expect(names(again)).to.deep.equal(names(meeting));
    expect(ids(again)).to.deep.equal(ids(meeting));
    expect(again.self.id).to.equal(meeting.self.id);
    expect(names(other)).to.not.deep.equal(names(meeting));
    expect(new Set(names(meeting)).size).to.equal(6);
    again.destroy();
    other.destroy();
  });

  it('joins with the SDK event order and payloads', async () => {
    meeting = createDemoMeeting({ latency: 0, people: 3 });
    const { participants: ps } = meeting;
    const log = record({
      meta: meeting.meta,
      self: meeting.self,
      joined: ps.joined,
      active: ps.active,
      pinned: ps.pinned,
    });
    await meeting.join();
    const people = meeting.director.people;
    expect(log.names()).to.deep.equal([
      'meta.mediaConnectionUpdate',
      'meta.mediaConnectionUpdate',
      'meta.meetingStartTimeUpdate',
      'active.participantsCleared',
      'pinned.participantsCleared',
      'joined.participantsCleared',
      'joined.participantJoined',
      'joined.participantJoined',
      'joined.participantJoined',
      'active.participantJoined',
      'active.participantJoined',
      'active.participantJoined',
      'active.participantsUpdate',
      'self.roomJoined',
    ]);
    const e = log.events;
    expect(e[0]!.args[0]).to.include({ transport: 'send', state: 'connected' });
    expect(e[1]!.args[0]).to.include({ transport: 'recv', state: 'connected' });
    expect(e[2]!.args[0]).to.deep.equal({
      meetingStartedTimestamp: meeting.meta.meetingStartedTimestamp,
    });
    expect(e.slice(6, 9).map((x) => x.args[0])).to.deep.equal(people);
    expect(e.slice(9, 12).map((x) => x.args[0])).to.deep.equal(people);
    expect(e[13]!.args).to.deep.equal([{ reconnected: false }]);
    expect(meeting.self.roomState).to.equal('joined');
    expect(meeting.self.roomJoined).to.equal(true);
    expect(ps.count).to.equal(3);
    expect(ps.joined.toArray()).to.deep.equal(people);
    expect(meeting.meta.mediaState.send.state).to.equal('connected');
    log.stop();
  });

  it('resolves a second join() without events', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const log = record({ self: meeting.self, joined: meeting.participants.joined });
    await meeting.join();
    expect(log.events).to.have.length(0);
  });

  it('leaves: unpinned, then roomLeft { state }', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    await meeting.self.pin();
    const log = record({ self: meeting.self });
    await meeting.leave();
    expect(log.names()).to.deep.equal(['self.unpinned', 'self.roomLeft']);
    expect(log.events[0]!.args[0]).to.equal(meeting.self);
    expect(log.events[1]!.args[0]).to.deep.equal({ state: 'left' });
    expect(meeting.self.roomState).to.equal('left');
    expect(meeting.self.audioEnabled).to.equal(false);
  });

  for (const [script, state] of [
    ['kickSelf', 'kicked'],
    ['endMeeting', 'ended'],
  ] as const) {
    it(`director.${script}() leaves with state '${state}'`, async () => {
      meeting = createDemoMeeting({ latency: 0 });
      await meeting.join();
      const log = record({ self: meeting.self });
      meeting.director[script]();
      expect(log.events.at(-1)).to.deep.equal({ name: 'self.roomLeft', args: [{ state }] });
      expect(meeting.self.roomState).to.equal(state);
    });
  }

  it('leave(state) passes the state through', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const log = record({ self: meeting.self });
    await meeting.leave('ended');
    expect(log.events.at(-1)!.args[0]).to.deep.equal({ state: 'ended' });
  });

  it('waiting room: waitlisted, then admitted', async () => {
    meeting = createDemoMeeting({ latency: 0, waitingRoom: true });
    const log = record({ self: meeting.self });
    await meeting.join();
    expect(log.names()).to.deep.equal(['self.waitlisted']);
    expect(meeting.self.roomState).to.equal('waitlisted');
    expect(meeting.self.waitlistStatus).to.equal('waiting');
    expect(meeting.participants.joined.size).to.equal(0);
    meeting.director.admitSelf();
    expect(log.names().at(-1)).to.equal('self.roomJoined');
    expect(meeting.self.roomState).to.equal('joined');
    expect(meeting.self.waitlistStatus).to.equal('accepted');
    expect(meeting.participants.joined.size).to.equal(3);
  });

  it('waiting room: rejected', async () => {
    meeting = createDemoMeeting({ latency: 0, waitingRoom: true });
    await meeting.join();
    const log = record({ self: meeting.self });
    meeting.director.rejectSelf();
    expect(log.events).to.deep.equal([{ name: 'self.roomLeft', args: [{ state: 'rejected' }] }]);
    expect(meeting.self.roomState).to.equal('rejected');
    expect(meeting.self.waitlistStatus).to.equal('rejected');
  });

  it('disconnect then reconnect', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const log = record({ meta: meeting.meta, self: meeting.self });
    meeting.director.disconnect({ giveUpAfterMs: 60_000 });
    expect(log.events[0]).to.deep.equal({
      name: 'meta.socketConnectionUpdate',
      args: [{ state: 'disconnected', reconnected: false, reconnectionAttempt: 0 }],
    });
    await until(() => meeting.meta.socketState.state === 'reconnecting');
    meeting.director.reconnect();
    expect(log.events.slice(-2)).to.deep.equal([
      {
        name: 'meta.socketConnectionUpdate',
        args: [{ state: 'connected', reconnected: true, reconnectionAttempt: 1 }],
      },
      { name: 'self.roomJoined', args: [{ reconnected: true }] },
    ]);
    expect(meeting.self.roomState).to.equal('joined');
  });

  it('disconnect without reconnect ends with roomLeft disconnected', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const log = record({ self: meeting.self });
    meeting.director.disconnect({ giveUpAfterMs: 30 });
    await until(() => meeting.self.roomState === 'disconnected');
    expect(log.events.at(-1)).to.deep.equal({
      name: 'self.roomLeft',
      args: [{ state: 'disconnected' }],
    });
  });

  it('failMedia() reports failed transports', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const log = record({ meta: meeting.meta });
    meeting.director.failMedia();
    expect(log.events.map((e) => e.args[0])).to.deep.equal([
      { transport: 'send', state: 'failed', sfuSessionId: meeting.meta.sessionId },
      { transport: 'recv', state: 'failed', sfuSessionId: meeting.meta.sessionId },
    ]);
    expect(meeting.meta.mediaState.send.state).to.equal('failed');
  });

  it('meta setters emit their events', () => {
    meeting = createDemoMeeting({ latency: 0 });
    const log = record({ meta: meeting.meta });
    meeting.meta.setBroadcastTabChanges(true);
    meeting.meta.setSelfActiveTab({ type: 'screenshare', id: 'x' }, 0);
    expect(log.names()).to.deep.equal([
      'meta.broadcastTabChangesUpdate',
      'meta.selfTabUpdate',
      'meta.activeTabUpdate',
    ]);
    expect(meeting.meta.selfActiveTab).to.deep.equal({ type: 'screenshare', id: 'x' });
    expect(meeting.meta.broadcastTabChanges).to.equal(true);
  });

  it('presets set permissions and view types', () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'participant' });
    expect(meeting.self.permissions.kickParticipant).to.equal(false);
    expect(meeting.self.permissions.pinParticipant).to.equal(true);
    expect(meeting.self.permissions.polls.canCreate).to.equal(true);
    const viewer = createDemoMeeting({ latency: 0, preset: 'webinar-viewer' });
    expect(viewer.meta.viewType).to.equal('WEBINAR');
    expect(viewer.self.permissions.canProduceAudio).to.equal('CAN_REQUEST');
    expect(viewer.self.permissions.stageAccess).to.equal('CAN_REQUEST');
    expect(viewer.self.audioEnabled).to.equal(false);
    expect(viewer.director.people.filter((p) => p.isHost)).to.have.length(1);
    const room = createDemoMeeting({ latency: 0, preset: 'audio-room' });
    expect(room.meta.viewType).to.equal('AUDIO_ROOM');
    expect(room.self.permissions.canProduceVideo).to.equal('NOT_ALLOWED');
    expect(room.self.videoEnabled).to.equal(false);
    expect(room.director.people.every((p) => !p.videoEnabled)).to.equal(true);
    viewer.destroy();
    room.destroy();
  });

  it('director.updatePermissions emits permissionsUpdate and the area events', () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'participant' });
    const log = record({ permissions: meeting.self.permissions });
    const patch = { polls: { canCreate: false }, kickParticipant: true };
    meeting.director.updatePermissions(patch);
    expect(log.events).to.deep.equal([
      { name: 'permissions.permissionsUpdate', args: [patch] },
      { name: 'permissions.pollsUpdate', args: [] },
    ]);
    expect(meeting.self.permissions.polls.canCreate).to.equal(false);
    expect(meeting.self.permissions.kickParticipant).to.equal(true);
  });
});
