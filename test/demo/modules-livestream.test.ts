import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoLivestream, type DemoMeeting } from '../../src/demo/index.js';
import type { Livestream } from '../../src/meeting/livestream.js';
import { record, rejectionOf } from './core-helpers.js';
import { until } from '../helpers/wait.js';

// Compile-time: the demo livestream is a `Livestream`.
const asLivestream: (l: DemoLivestream) => Livestream = (l) => l;

describe('demo meeting: livestream', () => {
  let meeting: DemoMeeting;
  afterEach(() => meeting?.destroy());

  for (const preset of [
    'host',
    'participant',
    'webinar-host',
    'webinar-viewer',
    'audio-room',
  ] as const) {
    it(`is absent in a ${preset} meeting`, () => {
      meeting = createDemoMeeting({ latency: 0, preset });
      expect(meeting.livestream).to.equal(undefined);
      expect('livestream' in meeting.director && meeting.director.livestream).to.not.be.ok;
    });
  }

  it('is absent when a LIVESTREAM preset is given another view type, present when a view type says LIVESTREAM', () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'livestream-host', viewType: 'GROUP_CALL' });
    expect(meeting.livestream).to.equal(undefined);
    const other = createDemoMeeting({ latency: 0, preset: 'host', viewType: 'LIVESTREAM' });
    expect(other.livestream).to.not.equal(undefined);
    other.destroy();
  });

  it('start: STARTING, then LIVESTREAMING with a playbackUrl; stop: STOPPING, then IDLE', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'livestream-host' });
    const live = meeting.livestream!;
    expect(asLivestream(live)).to.equal(live);
    expect(live.state).to.equal('IDLE');
    await meeting.join();
    const log = record({ livestream: live });
    await live.start();
    expect(log.events).to.deep.equal([{ name: 'livestream.livestreamUpdate', args: ['STARTING'] }]);
    expect(live.playbackUrl).to.match(/^https:\/\/[^/]+\.invalid\//);
    await until(() => live.state === 'LIVESTREAMING');
    await live.stop();
    expect(live.state).to.equal('STOPPING');
    await until(() => live.state === 'IDLE');
    expect(live.playbackUrl).to.equal(undefined);
    expect(log.events.map((e) => e.args[0])).to.deep.equal([
      'STARTING',
      'LIVESTREAMING',
      'STOPPING',
      'IDLE',
    ]);
  });

  it('manual ingestion waits before it resolves; credentials are set', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'livestream-host' });
    await meeting.join();
    const live = meeting.livestream!;
    const log = record({ livestream: live });
    await live.start({ manualIngestion: true });
    expect(log.events.map((e) => e.args[0])).to.deep.equal([
      'STARTING',
      'WAITING_ON_MANUAL_INGESTION',
    ]);
    expect(live.ingestionCredentials?.streamKey).to.be.a('string').and.not.empty;
    meeting.director.livestream!.ingest();
    expect(live.state).to.equal('LIVESTREAMING');
  });

  it('rejects without canLivestream (1901) and stopping a stream that is not running (1902)', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'livestream-viewer' });
    await meeting.join();
    const live = meeting.livestream!;
    const log = record({ livestream: live });
    const error = await rejectionOf(live.start());
    expect(error.code).to.equal('1901');
    expect(error.message).to.match(/^\[ERR1901\]: \{Livestream\}/);
    expect((await rejectionOf(live.stop())).code).to.equal('1901');
    expect(log.events).to.deep.equal([]);
    const host = createDemoMeeting({ latency: 0, preset: 'livestream-host' });
    await host.join();
    expect((await rejectionOf(host.livestream!.stop())).code).to.equal('1902');
    host.destroy();
  });

  it('director: the stream goes live for a viewer, viewers come and go', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'livestream-viewer', people: 2 });
    meeting.director.livestream!.start();
    const live = meeting.livestream!;
    expect(live.state).to.equal('IDLE', 'self hears about it on join');
    const log = record({ livestream: live });
    await meeting.join();
    expect(log.events.map((e) => [e.name, ...e.args])).to.deep.equal([
      ['livestream.livestreamUpdate', 'LIVESTREAMING'],
      ['livestream.viewerCountUpdate', 2],
    ]);
    expect(live.playbackUrl).to.be.a('string');
    meeting.director.livestream!.setViewerCount(1200);
    expect(live.viewerCount).to.equal(1200);
    meeting.director.livestream!.stop();
    expect(log.events.slice(2).map((e) => [e.name, ...e.args])).to.deep.equal([
      ['livestream.viewerCountUpdate', 1200],
      ['livestream.livestreamUpdate', 'IDLE'],
    ]);
  });

  it('director: start(url) goes live with that playbackUrl (one that plays, from the demo page)', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'livestream-viewer' });
    await meeting.join();
    meeting.director.livestream!.start('blob:http://localhost/feed');
    expect(meeting.livestream!.state).to.equal('LIVESTREAMING');
    expect(meeting.livestream!.playbackUrl).to.equal('blob:http://localhost/feed');
  });
});
