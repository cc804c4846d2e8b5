import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoMeeting } from '../../src/demo/index.js';
import { until } from '../helpers/wait.js';

/** Peak level of an audio track over a short window, through an AnalyserNode. */
async function levelOf(track: MediaStreamTrack, ms = 600): Promise<number> {
  const context = new AudioContext();
  await context.resume();
  const analyser = context.createAnalyser();
  context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
  const data = new Float32Array(analyser.fftSize);
  let peak = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    analyser.getFloatTimeDomainData(data);
    for (const v of data) peak = Math.max(peak, Math.abs(v));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await context.close();
  return peak;
}

describe('demo meeting: synthetic media', () => {
  let meeting: DemoMeeting;
  afterEach(() => meeting?.destroy());

  it('a remote camera plays in a <video> and keeps producing frames', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const person = meeting.participants.joined.toArray()[0]!;
    meeting.director.setVideo(person.id, true);
    const video = document.createElement('video');
    document.body.append(video);
    person.registerVideoElement(video);
    expect((video.srcObject as MediaStream).getVideoTracks()[0]).to.equal(person.videoTrack);
    await until(() => video.videoWidth > 0, 'video has frames');
    expect([video.videoWidth, video.videoHeight]).to.deep.equal([320, 180]);
    const frames: number[] = [];
    await new Promise<void>((resolve) => {
      const onFrame = (_: number, meta: { presentedFrames: number }) => {
        frames.push(meta.presentedFrames);
        if (frames.length >= 2) resolve();
        else video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
    });
    expect(frames[1]!).to.be.above(frames[0]!);
    person.deregisterVideoElement(video);
    video.remove();
  });

  it('a remote camera turned off clears registered elements and stops the track', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const person = meeting.participants.joined.toArray()[0]!;
    meeting.director.setVideo(person.id, true);
    const video = document.createElement('video');
    person.registerVideoElement(video);
    const track = person.videoTrack;
    meeting.director.setVideo(person.id, false);
    expect(track.readyState).to.equal('ended');
    expect(video.srcObject).to.equal(null);
    expect(person.videoTrack).to.equal(undefined);
    meeting.director.setVideo(person.id, true);
    expect((video.srcObject as MediaStream).getVideoTracks()[0]!.readyState).to.equal('live');
  });

  it('the local synthetic camera plays', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    const video = document.createElement('video');
    document.body.append(video);
    meeting.self.registerVideoElement(video, true);
    await until(() => video.videoWidth > 0, 'self preview has frames');
    video.remove();
  });

  it('a voice is silent until the person speaks', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const person = meeting.participants.joined.toArray()[0]!;
    meeting.director.setAudio(person.id, true);
    const track = person.audioTrack;
    expect(track.kind).to.equal('audio');
    expect(track.readyState).to.equal('live');
    expect(await levelOf(track, 300)).to.be.below(0.001);
    meeting.director.speak(person.id, 1500);
    expect(await levelOf(track)).to.be.above(0.01);
  });

  it('screen shares are slide tracks', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const person = meeting.participants.joined.toArray()[0]!;
    const updates: unknown[][] = [];
    meeting.participants.joined.on('screenShareUpdate', (...args: unknown[]) => updates.push(args));
    meeting.director.setScreenShare(person.id, true);
    const track = person.screenShareTracks.video!;
    expect(updates).to.deep.equal([
      [person, { screenShareEnabled: true, screenShareTracks: { video: track } }],
    ]);
    expect(track.getSettings().width).to.equal(640);
    meeting.director.setScreenShare(person.id, false);
    expect(track.readyState).to.equal('ended');
  });

  it('a screen share can carry audio, which stops with the share', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const person = meeting.participants.joined.toArray()[0]!;
    meeting.director.setScreenShare(person.id, true, { audio: true });
    const { audio, video } = person.screenShareTracks;
    expect(audio?.kind).to.equal('audio');
    expect(video?.kind).to.equal('video');
    expect(person.screenShareTracks.audio).to.equal(audio);
    meeting.director.setScreenShare(person.id, false);
    expect(audio!.readyState).to.equal('ended');
    expect(person.screenShareTracks).to.deep.equal({});
    meeting.director.setScreenShare(person.id, true);
    expect(person.screenShareTracks.audio).to.equal(undefined);
  });

  it('destroy() stops every track', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const people = meeting.participants.joined.toArray();
    people.forEach((p) => meeting.director.setVideo(p.id, true));
    const tracks = [
      meeting.self.videoTrack,
      meeting.self.audioTrack,
      ...people.map((p) => p.videoTrack),
    ];
    meeting.destroy();
    expect(tracks.every((t) => t.readyState === 'ended')).to.equal(true);
  });
});
