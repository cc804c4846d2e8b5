import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoMeeting } from '../../src/demo/index.js';
import { scriptHost, type ScriptedHost } from '../../demo/scripted-host.js';
import { renderDemoBar } from '../../demo/demo-bar.js';
import { createLiveFeed } from '../../demo/live-feed.js';
import { totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

// The demo page's dead ends (issue 17): the waiting room and a livestream nobody starts. Its
// scripted host lets you in and starts the stream; its bar says so and offers to do it now.

describe('demo page: scripted host', () => {
  let meeting: DemoMeeting;
  let host: ScriptedHost | undefined;
  afterEach(() => {
    host?.stop();
    host = undefined;
    meeting?.destroy();
  });

  it('lets you in from the waiting room a little after you knock', async () => {
    meeting = createDemoMeeting({ latency: 0, waitingRoom: true });
    let changes = 0;
    host = scriptHost(meeting, { admitAfterMs: 100, onChange: () => changes++ });
    expect(host.pending).to.equal(undefined);
    await meeting.join();
    expect(meeting.self.roomState).to.equal('waitlisted');
    expect(host.pending).to.equal('admit');
    expect(host.dueAt).to.be.greaterThan(Date.now());
    await until(() => meeting.self.roomState === 'joined', 'the host never let self in');
    expect(meeting.self.waitlistStatus).to.equal('accepted');
    expect(host.pending).to.equal(undefined);
    expect(changes).to.equal(2, 'pending, then done');
  });

  it('"now" lets you in at once; leaving the waiting room cancels it', async () => {
    meeting = createDemoMeeting({ latency: 0, waitingRoom: true });
    host = scriptHost(meeting, { admitAfterMs: 60_000 });
    await meeting.join();
    host.now();
    expect(meeting.self.roomState).to.equal('joined');

    const other = createDemoMeeting({ latency: 0, waitingRoom: true });
    const otherHost = scriptHost(other, { admitAfterMs: 60_000 });
    await other.join();
    await other.leave();
    expect(otherHost.pending).to.equal(undefined);
    otherHost.now();
    expect(other.self.roomState).to.equal('left', 'a person who left is not pulled back in');
    otherHost.stop();
    other.destroy();
  });

  it('starts the livestream a viewer joined for, with the URL it is given', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'livestream-viewer' });
    host = scriptHost(meeting, { streamAfterMs: 100, playbackUrl: () => 'blob:demo-feed' });
    await meeting.join();
    expect(host.pending).to.equal('stream');
    await until(() => meeting.livestream!.state === 'LIVESTREAMING', 'the stream never started');
    expect(meeting.livestream!.playbackUrl).to.equal('blob:demo-feed');
    expect(host.pending).to.equal(undefined);
  });

  it('does nothing for a livestream host (who starts it) or when the stream is already live', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'livestream-host' });
    host = scriptHost(meeting, { streamAfterMs: 10 });
    await meeting.join();
    expect(host.pending).to.equal(undefined);

    const viewer = createDemoMeeting({ latency: 0, preset: 'livestream-viewer' });
    viewer.director.livestream!.start();
    const viewerHost = scriptHost(viewer, { streamAfterMs: 10 });
    await viewer.join();
    expect(viewerHost.pending).to.equal(undefined);
    viewerHost.stop();
    viewer.destroy();
  });

  it('leaves no listener on the meeting when stopped', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'livestream-viewer' });
    await meeting.join();
    const before = totalListeners(meeting);
    host = scriptHost(meeting, { streamAfterMs: 60_000 });
    expect(host.pending).to.equal('stream', 'it sees a viewer who already joined');
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    host.stop();
    expect(host.pending).to.equal(undefined);
    expect(totalListeners(meeting)).to.equal(before);
  });
});

describe('demo page: the bar above the meeting', () => {
  let bar: HTMLElement;
  beforeEach(() => {
    bar = document.createElement('aside');
    bar.hidden = true;
    document.body.append(bar);
  });
  afterEach(() => bar.remove());

  it('shows "Try" links to the page options, closed until asked', () => {
    renderDemoBar(bar);
    expect(bar.hidden).to.equal(false);
    const details = bar.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('Demo: try other rooms');
    const hrefs = [...bar.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const option of ['?people=9', '?preset=webinar-host', '?waitingRoom=1']) {
      expect(hrefs).to.include(option);
    }
    expect(hrefs).to.include('?preset=livestream-viewer');
    // Nothing is pending: no status text, no button.
    expect(bar.querySelector('[role="status"]')!.textContent).to.equal('');
    expect(bar.querySelector('button')!.hidden).to.equal(true);
  });

  it('says what the host is about to do, and its button does it now', async () => {
    const meeting = createDemoMeeting({ latency: 0, waitingRoom: true });
    let update = () => {};
    const host = scriptHost(meeting, { admitAfterMs: 60_000, onChange: () => update() });
    update = renderDemoBar(bar, host);
    await meeting.join();
    const status = bar.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Demo: a scripted host admits you in a few seconds.');
    const button = bar.querySelector('button')!;
    expect(button.hidden).to.equal(false);
    expect(button.textContent).to.equal('Let me in now');
    button.click();
    expect(meeting.self.roomState).to.equal('joined');
    expect(status.textContent).to.equal('');
    expect(button.hidden).to.equal(true);
    host.stop();
    meeting.destroy();
  });
});

describe('demo page: live feed', () => {
  it('plays in a <video> as a live stream; a new URL follows for the next player', async () => {
    const urls: [string, string][] = [];
    const feed = createLiveFeed('Demo meeting', (url, previous) => urls.push([url, previous]));
    expect(feed, 'this Chromium records and plays WebM').to.not.equal(undefined);
    const video = document.createElement('video');
    video.muted = true;
    document.body.append(video);
    try {
      for (const round of [1, 2]) {
        const url = feed!.url;
        video.src = url;
        await video.play();
        await until(() => video.currentTime > 0.3, `round ${round}: the feed never played`);
        video.removeAttribute('src');
        video.load();
        await until(() => feed!.url !== url, `round ${round}: no new URL after the video let go`);
        expect(urls.at(-1)).to.deep.equal([feed!.url, url]);
      }
    } finally {
      video.remove();
      feed!.stop();
    }
  });
});
