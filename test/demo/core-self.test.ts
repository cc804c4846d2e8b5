import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoMeeting } from '../../src/demo/index.js';
import { record, rejectionOf, thrownBy } from './core-helpers.js';

describe('demo meeting: self', () => {
  let meeting: DemoMeeting;
  afterEach(() => meeting?.destroy());

  it('enableAudio: mediaPermissionUpdate then audioUpdate, both before the promise resolves', async () => {
    meeting = createDemoMeeting({ latency: 0, audio: false });
    const log = record({ self: meeting.self });
    const seenAtResolve: string[][] = [];
    await meeting.self.enableAudio().then(() => seenAtResolve.push(log.names()));
    expect(seenAtResolve[0]).to.deep.equal(['self.mediaPermissionUpdate', 'self.audioUpdate']);
    expect(log.events[0]!.args[0]).to.deep.equal({ kind: 'audio', message: 'ACCEPTED' });
    const payload = log.events[1]!.args[0] as {
      audioEnabled: boolean;
      audioTrack: MediaStreamTrack;
    };
    expect(payload.audioEnabled).to.equal(true);
    expect(payload.audioTrack).to.be.instanceOf(MediaStreamTrack);
    expect(payload.audioTrack.kind).to.equal('audio');
    expect(payload.audioTrack).to.equal(meeting.self.audioTrack);
    expect(meeting.self.mediaPermissions.audio).to.equal('ACCEPTED');
  });

  it('with latency, events still come before resolution', async () => {
    meeting = createDemoMeeting({ latency: 5, video: false });
    let fired = false;
    meeting.self.on('videoUpdate', () => (fired = true));
    const pending = meeting.self.enableVideo();
    expect(fired).to.equal(false);
    await pending;
    expect(fired).to.equal(true);
  });

  it('disable payloads carry no track key', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    const log = record({ self: meeting.self });
    await meeting.self.disableVideo();
    await meeting.self.disableAudio();
    expect(log.events).to.deep.equal([
      { name: 'self.videoUpdate', args: [{ videoEnabled: false }] },
      { name: 'self.audioUpdate', args: [{ audioEnabled: false }] },
    ]);
    expect('videoTrack' in (log.events[0]!.args[0] as object)).to.equal(false);
    expect(meeting.self.videoEnabled).to.equal(false);
    await meeting.self.disableVideo();
    expect(log.events).to.have.length(2, 'disabling again is a no-op');
  });

  it('enableVideo gives a live video track and a new one after toggling', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    const first = meeting.self.videoTrack;
    expect(first.kind).to.equal('video');
    await meeting.self.disableVideo();
    expect(first.readyState).to.equal('ended');
    const log = record({ self: meeting.self });
    await meeting.self.enableVideo();
    const payload = log.events[1]!.args[0] as {
      videoEnabled: boolean;
      videoTrack: MediaStreamTrack;
    };
    expect(payload.videoEnabled).to.equal(true);
    expect(payload.videoTrack.readyState).to.equal('live');
    expect(payload.videoTrack).to.not.equal(first);
  });

  it('rejects media a preset does not allow (1101)', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'webinar-viewer' });
    const error = await rejectionOf(meeting.self.enableAudio());
    expect(error.code).to.equal('1101');
    expect(error.message).to.match(/^\[ERR1101\]: \{Self\}/);
    expect((await rejectionOf(meeting.self.enableVideo())).code).to.equal('1101');
    const room = createDemoMeeting({ latency: 0, preset: 'audio-room' });
    expect((await rejectionOf(room.self.enableVideo())).code).to.equal('1101');
    room.destroy();
  });

  it('a viewer on stage may produce (CAN_REQUEST)', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'webinar-viewer' });
    await meeting.join();
    (meeting.self as unknown as { setStageStatus(s: string): void }).setStageStatus('ON_STAGE');
    await meeting.self.enableAudio();
    expect(meeting.self.audioEnabled).to.equal(true);
  });

  for (const [kind, reason, code] of [
    ['audio', 'DENIED', '1601'],
    ['video', 'DENIED', '1602'],
    ['audio', 'NO_DEVICES_AVAILABLE', '1606'],
    ['video', 'NO_DEVICES_AVAILABLE', '1607'],
  ] as const) {
    it(`failNextMedia('${kind}', '${reason}') rejects with ${code} once`, async () => {
      meeting = createDemoMeeting({ latency: 0, audio: false, video: false });
      meeting.director.failNextMedia(kind, reason);
      const log = record({ self: meeting.self });
      const enable = () =>
        kind === 'audio' ? meeting.self.enableAudio() : meeting.self.enableVideo();
      const error = await rejectionOf(enable());
      expect(error.code).to.equal(code);
      expect(log.events).to.deep.equal([
        {
          name: 'self.mediaPermissionError',
          args: [{ message: reason, constraints: { [kind]: true }, kind }],
        },
        { name: 'self.mediaPermissionUpdate', args: [{ kind, message: reason }] },
      ]);
      expect(meeting.self.mediaPermissions[kind]).to.equal(reason);
      await enable();
      expect(meeting.self.mediaPermissions[kind]).to.equal('ACCEPTED');
    });
  }

  it('screen share needs a joined room, then emits screenShareUpdate', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    expect((await rejectionOf(meeting.self.enableScreenShare())).code).to.equal('1105');
    await meeting.join();
    const log = record({ self: meeting.self });
    await meeting.self.enableScreenShare();
    expect(log.names()).to.deep.equal(['self.mediaPermissionUpdate', 'self.screenShareUpdate']);
    const payload = log.events[1]!.args[0] as {
      screenShareEnabled: boolean;
      screenShareTracks: { video?: MediaStreamTrack };
    };
    expect(payload.screenShareEnabled).to.equal(true);
    expect(payload.screenShareTracks.video?.kind).to.equal('video');
    await meeting.self.disableScreenShare();
    expect(log.events.at(-1)).to.deep.equal({
      name: 'self.screenShareUpdate',
      args: [{ screenShareEnabled: false, screenShareTracks: {} }],
    });
  });

  it('pin and hide need a joined room (1105); pin emits pinned with self', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    expect((await rejectionOf(meeting.self.pin())).code).to.equal('1105');
    expect((await rejectionOf(meeting.self.hide())).code).to.equal('1105');
    expect(thrownBy(() => meeting.self.show()).code).to.equal('1105');
    await meeting.join();
    const log = record({ self: meeting.self });
    await meeting.self.pin();
    expect(meeting.self.isPinned).to.equal(true);
    expect(log.events.at(-1)).to.deep.equal({ name: 'self.pinned', args: [meeting.self] });
    expect(meeting.participants.pinned.size).to.equal(0, 'participants.pinned never holds self');
    await meeting.self.unpin();
    expect(log.events.at(-1)).to.deep.equal({ name: 'self.unpinned', args: [meeting.self] });
    await meeting.self.hide();
    expect(meeting.self.hidden).to.equal(true);
    meeting.self.show();
    expect(log.events.slice(-2)).to.deep.equal([
      { name: 'self.toggleTile', args: [{ hidden: true }] },
      { name: 'self.toggleTile', args: [{ hidden: false }] },
    ]);
  });

  it('setName trims and ignores empty names', () => {
    meeting = createDemoMeeting({ latency: 0 });
    meeting.self.setName('  Ada Lovelace ');
    expect(meeting.self.name).to.equal('Ada Lovelace');
    meeting.self.setName('   ');
    expect(meeting.self.name).to.equal('Ada Lovelace');
  });

  it('lists two devices of each kind, MediaDeviceInfo-shaped', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    const mics = await meeting.self.getAudioDevices();
    const cams = await meeting.self.getVideoDevices();
    const speakers = await meeting.self.getSpeakerDevices();
    expect([mics.length, cams.length, speakers.length]).to.deep.equal([2, 2, 2]);
    expect(await meeting.self.getAllDevices()).to.have.length(6);
    expect(mics[0]).to.include({ kind: 'audioinput' });
    expect(mics[0]!.toJSON()).to.have.keys(['deviceId', 'groupId', 'kind', 'label']);
    expect(meeting.self.getCurrentDevices()).to.deep.include({
      audio: mics[0],
      video: cams[0],
      speaker: speakers[0],
    });
  });

  it('setDevice emits deviceUpdate; unknown devices reject with 1603', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    const [, mic2] = await meeting.self.getAudioDevices();
    const log = record({ self: meeting.self });
    await meeting.self.setDevice(mic2!);
    expect(log.events).to.deep.equal([{ name: 'self.deviceUpdate', args: [{ device: mic2 }] }]);
    expect(meeting.self.getCurrentDevices().audio).to.equal(mic2);
    const [, cam2] = await meeting.self.getVideoDevices();
    const before = meeting.self.videoTrack;
    await meeting.self.setDevice(cam2!);
    expect(log.names().slice(-2)).to.deep.equal(['self.videoUpdate', 'self.deviceUpdate']);
    expect(meeting.self.videoTrack).to.not.equal(before);
    const bogus = { ...mic2!, deviceId: 'nope', toJSON: () => ({}) } as MediaDeviceInfo;
    expect((await rejectionOf(meeting.self.setDevice(bogus))).code).to.equal('1603');
  });

  it('plugging and unplugging devices', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    const log = record({ self: meeting.self });
    const added = meeting.director.plugDevice('audio');
    expect(added.kind).to.equal('audioinput');
    const devices = await meeting.self.getAllDevices();
    expect(log.events).to.deep.equal([
      { name: 'self.deviceListUpdate', args: [{ added: [added], removed: [], devices }] },
    ]);
    expect(devices).to.have.length(7);

    const current = meeting.self.getCurrentDevices().audio!;
    meeting.director.unplugDevice(current.deviceId);
    const [listUpdate, deviceUpdate] = log.events.slice(1);
    expect(listUpdate!.name).to.equal('self.deviceListUpdate');
    expect(listUpdate!.args[0]).to.deep.include({ added: [], removed: [current] });
    const replacement = meeting.self.getCurrentDevices().audio!;
    expect(replacement.deviceId).to.not.equal(current.deviceId);
    expect(deviceUpdate).to.deep.equal({
      name: 'self.deviceUpdate',
      args: [{ device: replacement }],
    });
  });

  it('unplugging every microphone turns the mic off; enabling then fails with 1606', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    for (const mic of await meeting.self.getAudioDevices())
      meeting.director.unplugDevice(mic.deviceId);
    await new Promise((resolve) => meeting.self.once('audioUpdate', resolve));
    expect(meeting.self.audioEnabled).to.equal(false);
    expect((await rejectionOf(meeting.self.enableAudio())).code).to.equal('1606');
  });

  it('registerVideoElement keeps srcObject on the current track', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    const video = document.createElement('video');
    meeting.self.registerVideoElement(video, true);
    expect((video.srcObject as MediaStream).getVideoTracks()[0]).to.equal(meeting.self.videoTrack);
    await meeting.self.disableVideo();
    expect(video.srcObject).to.equal(null);
    await meeting.self.enableVideo();
    expect((video.srcObject as MediaStream).getVideoTracks()[0]).to.equal(meeting.self.videoTrack);
    meeting.self.deregisterVideoElement(video);
    expect(video.srcObject).to.equal(null);
  });

  it('middlewares resolve { success: true }', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    const mw = () => undefined;
    expect(await meeting.self.addVideoMiddleware(mw)).to.deep.equal({ success: true, message: '' });
    expect(await meeting.self.removeVideoMiddleware(mw)).to.deep.equal({
      success: true,
      message: '',
    });
  });

  it('leaving stops local tracks; destroy stops everything', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const cam = meeting.self.videoTrack;
    const mic = meeting.self.audioTrack;
    await meeting.leave();
    expect(cam.readyState).to.equal('ended');
    expect(mic.readyState).to.equal('ended');
  });
});
