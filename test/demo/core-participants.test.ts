import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoMeeting } from '../../src/demo/index.js';
import { record, rejectionOf, thrownBy } from './core-helpers.js';
import { until } from '../helpers/wait.js';

describe('demo meeting: participants', () => {
  let meeting: DemoMeeting;
  afterEach(() => meeting?.destroy());

  async function joined(options = {}) {
    meeting = createDemoMeeting({ latency: 0, ...options });
    await meeting.join();
    return meeting;
  }

  it('a remote join: joined.participantJoined, then active.participantJoined', async () => {
    await joined();
    const ps = meeting.participants;
    const log = record({ joined: ps.joined, active: ps.active });
    const person = meeting.director.addPerson({ name: 'Grace Hopper', audio: true, video: false });
    expect(log.names()).to.deep.equal([
      'joined.participantJoined',
      'active.participantJoined',
      'active.participantsUpdate',
    ]);
    expect(log.events[0]!.args).to.deep.equal([person]);
    expect(person.name).to.equal('Grace Hopper');
    expect(person.audioEnabled).to.equal(true);
    expect(person.videoEnabled).to.equal(false);
    expect(ps.joined.get(person.id)).to.equal(person);
    expect(ps.count).to.equal(4);
    expect(ps.all!.get(person.userId)).to.include({ name: 'Grace Hopper' });
  });

  it('a remote leave: joined, active, then pinned participantLeft', async () => {
    await joined();
    const ps = meeting.participants;
    const person = ps.joined.toArray()[1]!;
    await person.pin();
    const log = record({ joined: ps.joined, active: ps.active, pinned: ps.pinned });
    meeting.director.removePerson(person.id);
    expect(log.names()).to.deep.equal([
      'joined.participantLeft',
      'active.participantLeft',
      'active.participantsUpdate',
      'pinned.participantLeft',
    ]);
    expect(ps.joined.has(person.id)).to.equal(false);
  });

  it('maps re-emit member events with the participant first', async () => {
    await joined();
    const ps = meeting.participants;
    const person = ps.joined.toArray()[0]!;
    const seen: unknown[][] = [];
    const star: unknown[][] = [];
    const onAudio = (...args: unknown[]) => seen.push(args);
    const onStar = (...args: unknown[]) => star.push(args);
    ps.joined.on('audioUpdate', onAudio);
    ps.joined.on('*', onStar);
    meeting.director.setAudio(person.id, !person.audioEnabled);
    const expected = person.audioEnabled
      ? { audioEnabled: true, audioTrack: person.audioTrack }
      : { audioEnabled: false };
    expect(seen).to.deep.equal([[person, expected]]);
    expect(star).to.deep.equal([['audioUpdate', person, expected]]);

    ps.joined.off('audioUpdate', onAudio);
    ps.joined.off('*', onStar);
    expect(ps.joined.listenerCount('audioUpdate')).to.equal(0);
    expect(ps.joined.listenerCount('*')).to.equal(0);
    expect(ps.joined.totalListenerCount()).to.equal(0);
  });

  it('re-emits stageStatusUpdate as (participant, participant)', async () => {
    await joined();
    const person = meeting.participants.joined.toArray()[0]!;
    const seen: unknown[][] = [];
    meeting.participants.joined.on('stageStatusUpdate', (...args: unknown[]) => seen.push(args));
    person.setStageStatus('OFF_STAGE');
    expect(seen).to.deep.equal([[person, person]]);
  });

  it('stops re-emitting for a removed participant', async () => {
    await joined();
    const ps = meeting.participants;
    const person = ps.joined.toArray()[0]!;
    const seen: unknown[] = [];
    ps.joined.on('videoUpdate', (p: unknown) => seen.push(p));
    ps.active.on('videoUpdate', (p: unknown) => seen.push(p));
    ps.joined.delete(person.id, false);
    person.setVideo(!person.videoEnabled);
    expect(seen).to.deep.equal([person], 'only active still holds them');
    meeting.director.removePerson(person.id);
    expect(person.listenerCount('*')).to.equal(0);
  });

  it('participant pin: pinned on joined and active, then pinned.participantJoined', async () => {
    await joined();
    const ps = meeting.participants;
    const person = ps.joined.toArray()[0]!;
    const log = record({ joined: ps.joined, active: ps.active, pinned: ps.pinned });
    await person.pin();
    expect(log.events.slice(0, 3)).to.deep.equal([
      { name: 'joined.pinned', args: [person, person] },
      { name: 'active.pinned', args: [person, person] },
      { name: 'pinned.participantJoined', args: [person] },
    ]);
    expect(person.isPinned).to.equal(true);
    await person.unpin();
    expect(log.names()).to.include.members([
      'joined.unpinned',
      'active.unpinned',
      'pinned.participantLeft',
    ]);
    expect(ps.pinned.size).to.equal(0);
  });

  it('rejects participant actions before joining (1205) and without permission (1201)', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'participant' });
    const person = meeting.director.people[0]!;
    expect((await rejectionOf(person.pin())).code).to.equal('1205');
    await meeting.join();
    expect((await rejectionOf(person.kick())).code).to.equal('1201');
    expect((await rejectionOf(person.disableAudio())).code).to.equal('1201');
    expect((await rejectionOf(person.disableVideo())).code).to.equal('1201');
    expect((await rejectionOf(meeting.participants.disableAllAudio(false))).code).to.equal('1201');
    expect((await rejectionOf(meeting.participants.kickAll())).code).to.equal('1201');
    expect(thrownBy(() => meeting.participants.acceptWaitingRoomRequest('x')).code).to.equal(
      '1201',
    );
    await person.pin();
    expect(person.isPinned).to.equal(true);
  });

  it('host actions: disableAudio, disableVideo, kick', async () => {
    await joined();
    const [a, b] = meeting.participants.joined.toArray();
    meeting.director.setAudio(a!.id, true);
    meeting.director.setVideo(a!.id, true);
    const log = record({ joined: meeting.participants.joined });
    await a!.disableAudio();
    await a!.disableVideo();
    await b!.kick();
    expect(log.events.slice(0, 2)).to.deep.equal([
      { name: 'joined.audioUpdate', args: [a, { audioEnabled: false }] },
      { name: 'joined.videoUpdate', args: [a, { videoEnabled: false }] },
    ]);
    expect(log.names().slice(2)).to.deep.equal(['joined.kicked', 'joined.participantLeft']);
    expect(meeting.participants.joined.has(b!.id)).to.equal(false);
  });

  it('knock, then the host accepts (synchronously)', async () => {
    await joined();
    const ps = meeting.participants;
    const log = record({ waitlisted: ps.waitlisted, joined: ps.joined, active: ps.active });
    const guest = meeting.director.knock('Katherine Johnson');
    expect(log.events).to.deep.equal([{ name: 'waitlisted.participantJoined', args: [guest] }]);
    expect(ps.waitlisted.get(guest.id)!.name).to.equal('Katherine Johnson');
    ps.acceptWaitingRoomRequest(guest.id);
    expect(log.names().slice(1)).to.deep.equal([
      'waitlisted.participantLeft',
      'joined.participantJoined',
      'active.participantJoined',
      'active.participantsUpdate',
    ]);
    expect(ps.joined.get(guest.id)).to.equal(guest);
    expect(ps.waitlisted.size).to.equal(0);
  });

  it('knock, then the host rejects; acceptAll takes user ids', async () => {
    await joined();
    const ps = meeting.participants;
    const guest = meeting.director.knock();
    await ps.rejectWaitingRoomRequest(guest.id);
    expect(ps.waitlisted.size).to.equal(0);
    expect(ps.joined.has(guest.id)).to.equal(false);
    const [g1, g2] = [meeting.director.knock(), meeting.director.knock()];
    await ps.acceptAllWaitingRoomRequest([g1.userId, g2.userId]);
    expect(ps.joined.has(g1.id) && ps.joined.has(g2.id)).to.equal(true);
  });

  it('people waiting before self joins appear in waitlisted on join (for hosts)', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    const guest = meeting.director.knock();
    await meeting.join();
    expect(meeting.participants.waitlisted.toArray()).to.deep.equal([guest]);
  });

  it('view mode and pages', async () => {
    await joined({ people: 12 });
    const ps = meeting.participants;
    expect(ps.viewMode).to.equal('ACTIVE_GRID');
    expect(ps.maxActiveParticipantsCount).to.equal(9);
    expect(ps.active.size).to.equal(9);
    expect([ps.currentPage, ps.pageCount]).to.deep.equal([0, 0]);
    expect((await rejectionOf(ps.setPage(2))).code).to.equal('1202');

    const log = record({ participants: ps, active: ps.active });
    await ps.setViewMode('PAGINATED');
    expect(log.names().at(-2)).to.equal('active.participantsUpdate');
    expect(log.events.at(-1)).to.deep.equal({
      name: 'participants.viewModeChanged',
      args: [{ viewMode: 'PAGINATED', currentPage: 1, pageCount: 2 }],
    });
    await ps.setPage(2);
    expect(log.events.at(-1)).to.deep.equal({
      name: 'participants.pageChanged',
      args: [{ viewMode: 'PAGINATED', currentPage: 2, pageCount: 2 }],
    });
    expect(ps.active.toArray()).to.deep.equal(ps.joined.toArray().slice(9));
    expect(ps.getPeerIdsForCurrentPage()).to.deep.equal(
      ps.joined
        .toArray()
        .slice(9)
        .map((p) => p.id),
    );
    expect((await rejectionOf(ps.setPage(3))).code).to.equal('1202');
    expect((await rejectionOf(ps.setViewMode('NOPE' as 'MANUAL'))).code).to.equal('1207');
  });

  it('the active grid follows speakers', async () => {
    await joined({ people: 12 });
    const ps = meeting.participants;
    const quiet = ps.joined.toArray()[11]!;
    meeting.director.setAudio(quiet.id, true);
    expect(ps.active.has(quiet.id)).to.equal(false);
    const speakers: unknown[] = [];
    ps.on('activeSpeaker', (e: unknown) => speakers.push(e));
    meeting.director.speak(quiet.id, 300);
    expect(speakers[0]).to.have.property('peerId', quiet.id);
    expect(ps.lastActiveSpeaker).to.equal(quiet.id);
    expect(ps.active.has(quiet.id)).to.equal(true);
    expect(ps.active.size).to.equal(9);
  });

  it('broadcastMessage reaches self when untargeted', async () => {
    await joined();
    const got: unknown[] = [];
    meeting.participants.on('broadcastedMessage', (m: unknown) => got.push(m));
    await meeting.participants.broadcastMessage('wave', { emoji: '👋' });
    await meeting.participants.broadcastMessage(
      'wave',
      { emoji: '👋' },
      { participantIds: ['someone-else'] },
    );
    // Delivered after the meeting's latency, as the SDK's are.
    await until(() => got.length > 0, 'the untargeted message never came back');
    expect(got).to.have.length(1);
    expect(got[0]).to.deep.include({ type: 'wave', payload: { emoji: '👋' } });
  });

  it('updatePermissions changes self only when self is targeted', async () => {
    await joined({ preset: 'participant' });
    const updates: unknown[] = [];
    meeting.self.permissions.on('permissionsUpdate', (p: unknown) => updates.push(p));
    const other = meeting.participants.joined.toArray()[0]!;
    await meeting.participants.updatePermissions([other.id], { kickParticipant: true });
    expect(updates).to.have.length(0);
    await meeting.participants.updatePermissions([meeting.self.id], { kickParticipant: true });
    expect(updates).to.deep.equal([{ kickParticipant: true }]);
    expect(meeting.self.permissions.kickParticipant).to.equal(true);
  });

  it('kickAll removes everyone and ends the meeting for self', async () => {
    await joined();
    const log = record({ self: meeting.self });
    await meeting.participants.kickAll();
    expect(meeting.participants.joined.size).to.equal(0);
    expect(log.events.at(-1)).to.deep.equal({ name: 'self.roomLeft', args: [{ state: 'ended' }] });
  });

  it('getParticipantsInMeetingPreJoin lists who is there', async () => {
    meeting = createDemoMeeting({ latency: 0, people: 2 });
    const { peers } = await meeting.participants.getParticipantsInMeetingPreJoin();
    expect(peers.map((p) => p.displayName)).to.deep.equal(
      meeting.director.people.map((p) => p.name),
    );
    expect(peers[0]).to.include({ waitlisted: false });
  });

  it('pip says truthfully whether this browser can show picture in picture', () => {
    meeting = createDemoMeeting({ latency: 0 });
    const pip = meeting.participants.pip;
    expect(pip.isSupported()).to.equal(
      document.pictureInPictureEnabled === true &&
        typeof HTMLCanvasElement.prototype.captureStream === 'function',
    );
    expect(pip.isActive).to.equal(false);
  });

  it('webinar: only people on stage are active', async () => {
    await joined({ preset: 'webinar-host', people: 4 });
    const ps = meeting.participants;
    const [host, ...viewers] = ps.joined.toArray();
    expect(host!.isHost).to.equal(true);
    expect(host!.stageStatus).to.equal('ON_STAGE');
    expect(
      viewers.every((p) => p.stageStatus === 'OFF_STAGE' && !p.audioEnabled && !p.videoEnabled),
    ).to.equal(true);
    expect(ps.active.toArray()).to.deep.equal([host]);
    const log = record({ joined: ps.joined, active: ps.active });
    const presenter = meeting.director.addPerson({ presetName: 'webinar-host' });
    expect(log.names()).to.deep.equal([
      'joined.participantJoined',
      'active.participantJoined',
      'active.participantsUpdate',
    ]);
    expect(ps.active.has(presenter.id)).to.equal(true);
  });
});
