import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/meeting/rtk-meeting.js';
import '../../src/components/participants-audio/rtk-participants-audio.js';
import type { RtkParticipantsAudio } from '../../src/components/participants-audio/rtk-participants-audio.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import {
  buttonByName,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

function audios(el: RtkParticipantsAudio): HTMLAudioElement[] {
  return [...el.shadowRoot!.querySelectorAll('audio')];
}

function trackOf(audio: HTMLAudioElement): MediaStreamTrack | undefined {
  return (audio.srcObject as MediaStream | null)?.getAudioTracks()[0];
}

function audioOf(
  el: RtkParticipantsAudio,
  peerId: string,
  kind = 'audio',
): HTMLAudioElement | undefined {
  return audios(el).find((a) => a.dataset.peer === peerId && a.dataset.kind === kind);
}

async function mount(people: number, options: Parameters<typeof mountWithMeeting>[1] = {}) {
  const result = await mountWithMeeting<RtkParticipantsAudio>(
    html`<rtk-participants-audio></rtk-participants-audio>`,
    { people, join: true, ...options },
  );
  // Everyone's microphone on, so each has a track.
  for (const p of result.meeting.director.people) result.meeting.director.setAudio(p.id, true);
  // The list is built once the page has painted (after the stage's first frame).
  await until(() => audios(result.el).length === people, 'the audio list');
  await result.el.updateComplete;
  return result;
}

/**
 * A new list in a joined meeting of `people`, everyone's microphone on, without waiting for the
 * list to be built (it is built once the page is idle).
 */
async function unbuilt(people: number) {
  const meeting = await demoMeeting({ people, join: true, audio: true });
  for (const p of meeting.director.people) meeting.director.setAudio(p.id, true);
  const el = await fixture<RtkParticipantsAudio>(
    html`<rtk-participants-audio .meeting=${meeting}></rtk-participants-audio>`,
  );
  return { meeting, el };
}

function enableButton(el: RtkParticipantsAudio): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="enable-button"]');
}

const originalPlay = HTMLMediaElement.prototype.play;

describe('<rtk-participants-audio>', () => {
  afterEach(() => {
    HTMLMediaElement.prototype.play = originalPlay;
  });

  it('plays each remote microphone in its own <audio>, never your own', async () => {
    const { el, meeting } = await mount(4);
    const people = meeting.participants.joined.toArray();
    expect(people).to.have.length(4);
    expect(audios(el)).to.have.length(4);
    for (const p of people) expect(trackOf(audioOf(el, p.id)!)).to.equal(p.audioTrack);
    const own = meeting.self.audioTrack;
    expect(audios(el).some((a) => trackOf(a) === own)).to.equal(false);
    await until(() => audios(el).every((a) => !a.paused), 'audio did not play');
    // Nothing visible while audio plays.
    expect(el.shadowRoot!.querySelector('[part="prompt"]')).to.equal(null);
  });

  it('follows mute and unmute, re-wiring only that person’s element', async () => {
    const { el, meeting } = await mount(3);
    const [a, b, c] = meeting.participants.joined.toArray();
    const before = { a: audioOf(el, a.id)!, b: audioOf(el, b.id)!, c: audioOf(el, c.id)! };
    const streams = { b: before.b.srcObject, c: before.c.srcObject };
    // Neither a render nor a DOM change: the element is re-wired in place.
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    let renders = 0;
    const update = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
      renders++;
      update(...args);
    };
    meeting.director.setAudio(a.id, false);
    await el.updateComplete;
    // Muted: the same element, silent.
    expect(audioOf(el, a.id)).to.equal(before.a);
    expect(trackOf(before.a)).to.equal(undefined);
    expect(audios(el).filter((x) => trackOf(x))).to.have.length(2);
    meeting.director.setAudio(a.id, true);
    await el.updateComplete;
    expect(audioOf(el, a.id)).to.equal(before.a);
    expect(trackOf(before.a)).to.equal(a.audioTrack);
    observer.disconnect();
    expect(changes.concat(observer.takeRecords())).to.have.length(0);
    expect(renders).to.equal(0);
    // The others kept their element and their stream.
    expect(audioOf(el, b.id)).to.equal(before.b);
    expect(audioOf(el, c.id)).to.equal(before.c);
    expect(before.b.srcObject).to.equal(streams.b);
    expect(before.c.srcObject).to.equal(streams.c);
  });

  it('adds people who join and removes people who leave', async () => {
    const { el, meeting } = await mount(2);
    const newcomer = meeting.director.addPerson({ name: 'Ines Duarte', audio: true });
    await el.updateComplete;
    expect(trackOf(audioOf(el, newcomer.id)!)).to.equal(newcomer.audioTrack);
    expect(audios(el)).to.have.length(3);
    const leaving = meeting.participants.joined.toArray()[0];
    meeting.director.removePerson(leaving.id);
    await el.updateComplete;
    expect(audioOf(el, leaving.id)).to.equal(undefined);
    expect(audios(el)).to.have.length(2);
    // Someone who joins muted gets a silent element; unmuting wires that same element.
    const quiet = meeting.director.addPerson({ name: 'Olu Bamidele', audio: false });
    await el.updateComplete;
    const element = audioOf(el, quiet.id)!;
    expect(trackOf(element)).to.equal(undefined);
    expect(el.audioElements).not.to.include(element);
    meeting.director.setAudio(quiet.id, true);
    await el.updateComplete;
    expect(audioOf(el, quiet.id)).to.equal(element);
    expect(trackOf(element)).to.equal(quiet.audioTrack);
    expect(el.audioElements).to.include(element);
  });

  it('plays the sound of a screen share in an element of its own', async () => {
    const { el, meeting } = await mount(2);
    const sharer = meeting.participants.joined.toArray()[1];
    const mic = audioOf(el, sharer.id);
    meeting.director.setScreenShare(sharer.id, true, { audio: true });
    await el.updateComplete;
    const screen = audioOf(el, sharer.id, 'screenshare')!;
    expect(trackOf(screen)).to.equal(sharer.screenShareTracks.audio);
    expect(audioOf(el, sharer.id)).to.equal(mic);
    expect(audios(el)).to.have.length(3);
    meeting.director.setScreenShare(sharer.id, false);
    await el.updateComplete;
    expect(audioOf(el, sharer.id, 'screenshare')).to.equal(undefined);
    expect(audios(el)).to.have.length(2);
  });

  it('asks for a click when the browser blocks autoplay, and resumes every track', async () => {
    let allowed = false;
    const played: HTMLMediaElement[] = [];
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (!allowed)
        return Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
      played.push(this);
      return Promise.resolve();
    };
    const { el, meeting } = await mount(3);
    // The prompt's button loads with it (rare): wait until it is a working button.
    await until(
      () => enableButton(el) && queryDeep(enableButton(el)!, 'button'),
      'no prompt with a button',
    );
    await el.updateComplete;
    const prompt = el.shadowRoot!.querySelector('[part="prompt"]')!;
    expect(prompt.getAttribute('role')).to.equal('status');
    expect(prompt.textContent).to.contain('Your browser paused the meeting audio.');
    const button = enableButton(el)!;
    expect(button.textContent!.trim()).to.equal('Click to enable audio');
    expect(buttonByName(button, 'Click to enable audio') ?? queryDeep(button, 'button')).to.exist;
    await expect(el).to.be.accessible();

    // Still refused: the prompt stays, and does not say it closed.
    let closes = 0;
    el.addEventListener('dialogClose', () => (closes += 1));
    await el.resumeAudio();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="prompt"]')).to.exist;
    expect(closes).to.equal(0);

    allowed = true;
    const closed = oneEvent(el, 'dialogClose');
    enableButton(el)!.click();
    await closed;
    await until(() => !el.shadowRoot!.querySelector('[part="prompt"]'), 'prompt stayed');
    expect(closes).to.equal(1);
    expect(audios(el)).to.have.length(meeting.participants.joined.size);
    expect(audios(el).every((a) => played.includes(a))).to.equal(true);
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    it(`shows the prompt above the control bar, covering none of its buttons (${viewport.width}×${viewport.height})`, async () => {
      HTMLMediaElement.prototype.play = () =>
        Promise.reject(new DOMException('blocked', 'NotAllowedError'));
      await setViewport(viewport);
      try {
        const meeting = await demoMeeting({ people: 4, seed: 1, lively: false });
        const page = await fixture<HTMLElement>(
          html`<rtk-meeting
            .meeting=${meeting}
            style="position: fixed; inset: 0; width: auto; height: auto"
          ></rtk-meeting>`,
        );
        await meeting.join();
        for (const p of meeting.director.people) meeting.director.setAudio(p.id, true);
        const bar = await until(() => queryDeep(page, 'rtk-controlbar'), 'no control bar');
        const audio = queryDeep<RtkParticipantsAudio>(page, 'rtk-participants-audio')!;
        const prompt = await until(
          () =>
            enableButton(audio) &&
            queryDeep(enableButton(audio)!, 'button') &&
            audio.shadowRoot!.querySelector<HTMLElement>('[part="prompt"]'),
          'no prompt',
        );
        const buttonRects = () =>
          queryAllDeep(bar, 'button')
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height > 0);
        const buttons = await until(() => {
          const found = buttonRects();
          return found.length > 2 ? found : undefined;
        }, 'the control bar shows no buttons');
        expect(buttons.length, 'the control bar shows buttons').to.be.greaterThan(2);
        // Placed once it is on screen and the bar has its size.
        await until(
          () => {
            const box = prompt.getBoundingClientRect();
            return box.bottom <= bar.getBoundingClientRect().top;
          },
          () =>
            `the prompt (${JSON.stringify(prompt.getBoundingClientRect())}) is not above the control bar (${JSON.stringify(bar.getBoundingClientRect())})`,
        );
        const box = prompt.getBoundingClientRect();
        for (const b of buttons) {
          const overlaps =
            box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom;
          expect(overlaps, `the prompt covers a button at ${b.left},${b.top}`).to.equal(false);
        }
        // Not squeezed into half the width: the sentence and the button sit side by side.
        expect(box.width).to.be.greaterThan(Math.min(viewport.width * 0.6, 300));
        // Inside the viewport, whole.
        expect(box.top).to.be.at.least(0);
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(viewport.width);
        page.remove();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('closes once the browser allows play(), even while play() waits for media (WebKit)', async () => {
    let allowed = false;
    HTMLMediaElement.prototype.play = function () {
      return allowed
        ? new Promise<void>(() => undefined)
        : Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
    };
    const { el } = await mount(2);
    await until(
      () => enableButton(el) && queryDeep(enableButton(el)!, 'button'),
      'no prompt with a button',
    );
    allowed = true;
    const closed = oneEvent(el, 'dialogClose');
    enableButton(el)!.click();
    await closed;
    await until(() => !el.shadowRoot!.querySelector('[part="prompt"]'), 'prompt stayed');
  });

  it('works from the keyboard', async () => {
    HTMLMediaElement.prototype.play = () =>
      Promise.reject(new DOMException('blocked', 'NotAllowedError'));
    const { el } = await mount(1);
    await until(
      () => enableButton(el) && queryDeep(enableButton(el)!, 'button'),
      'no prompt with a button',
    );
    HTMLMediaElement.prototype.play = originalPlay;
    const host = enableButton(el)!;
    host.focus();
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Enter' });
    await until(() => !el.shadowRoot!.querySelector('[part="prompt"]'), 'Enter did not resume');
  });

  it('routes audio to the selected speaker where setSinkId exists', async () => {
    const sinks: Array<[string | undefined, string]> = [];
    const proto = HTMLMediaElement.prototype as HTMLMediaElement & {
      setSinkId?: (id: string) => Promise<void>;
    };
    const originalSink = proto.setSinkId;
    proto.setSinkId = function (this: HTMLMediaElement, id: string) {
      sinks.push([this.dataset.peer, id]);
      return Promise.resolve();
    };
    try {
      const { el, meeting } = await mount(2);
      const current = meeting.self.getCurrentDevices().speaker!;
      expect(sinks.map(([, id]) => id)).to.deep.equal([current.deviceId, current.deviceId]);
      const other = (await meeting.self.getSpeakerDevices()).find(
        (d) => d.deviceId !== current.deviceId,
      )!;
      sinks.length = 0;
      await meeting.self.setDevice(other);
      await el.updateComplete;
      expect(sinks.map(([, id]) => id)).to.deep.equal([other.deviceId, other.deviceId]);
      // Other updates do not ask again.
      meeting.director.addPerson({ name: 'Tomás Silva', audio: true });
      await el.updateComplete;
      expect(sinks).to.have.length(3);
    } finally {
      if (originalSink) proto.setSinkId = originalSink;
      else Reflect.deleteProperty(proto, 'setSinkId');
    }
  });

  it('keeps playing when the browser refuses the speaker', async () => {
    const proto = HTMLMediaElement.prototype as HTMLMediaElement & {
      setSinkId?: (id: string) => Promise<void>;
    };
    const originalSink = proto.setSinkId;
    proto.setSinkId = () => Promise.reject(new DOMException('no such device', 'NotFoundError'));
    try {
      const { el } = await mount(1);
      await until(() => audios(el).every((a) => !a.paused), 'audio did not play');
    } finally {
      if (originalSink) proto.setSinkId = originalSink;
    }
  });

  it('builds its list after the first frame, so a large room does not hold up the stage', async () => {
    let frames = 0;
    const counting = () => {
      frames++;
      if (frames < 3) requestAnimationFrame(counting);
    };
    const { meeting, el } = await unbuilt(6);
    requestAnimationFrame(counting);
    expect(audios(el), 'nothing before the first frame').to.have.length(0);
    await until(() => audios(el).length === 6, 'the audio list');
    expect(frames, 'built after a frame').to.be.greaterThan(0);
    for (const p of meeting.director.people)
      expect(trackOf(audioOf(el, p.id)!)).to.equal(p.audioTrack);
  });

  it('builds a large room 8 elements at a time, each slice playing at once', async () => {
    const { meeting, el } = await unbuilt(30);
    const playing = () => audios(el).filter((a) => trackOf(a)).length;
    // Each render that adds elements (seen a microtask later, before any other task): 8 more,
    // all of them playing; the next 8 come in the page's next idle moment.
    const slices: Array<[number, number]> = [];
    const observer = new MutationObserver(() => slices.push([audios(el).length, playing()]));
    observer.observe(el.shadowRoot!, { childList: true });
    await until(() => playing() === 30, 'every microphone wired');
    observer.disconnect();
    expect(slices.map(([n]) => n)).to.deep.equal([8, 16, 24, 30]);
    for (const [n, wired] of slices) expect(wired).to.equal(n);
    for (const p of meeting.participants.joined.toArray())
      expect(trackOf(audioOf(el, p.id)!)).to.equal(p.audioTrack);
  });

  it('stops playing and building once removed, and goes on when put back', async () => {
    const { el } = await unbuilt(30);
    // Removed right after the first slice lands (a microtask after that render, before any
    // idle moment could add the next).
    const parent = el.parentElement!;
    let built = 0;
    const observer = new MutationObserver(() => {
      if (built || audios(el).length === 0) return;
      built = audios(el).length;
      el.remove();
    });
    observer.observe(el.shadowRoot!, { childList: true });
    await until(() => built > 0, 'the first slice');
    observer.disconnect();
    expect(built).to.equal(8);
    expect(audios(el).filter((a) => trackOf(a))).to.have.length(0);
    // Idle moments pass: nothing more is built or played while it is out of the page.
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    expect(audios(el)).to.have.length(built);
    expect(audios(el).filter((a) => trackOf(a))).to.have.length(0);
    parent.append(el);
    await until(() => audios(el).filter((a) => trackOf(a)).length === 30, 'everyone once back');
  });

  it('renders nothing for a meeting without participants, and for a half-shaped one', async () => {
    const { el } = await mountWithMeeting<RtkParticipantsAudio>(
      html`<rtk-participants-audio .meeting=${{ self: {} } as never}></rtk-participants-audio>`,
    );
    expect(audios(el)).to.have.length(0);
    const bare = await mountWithMeeting<RtkParticipantsAudio>(
      html`<rtk-participants-audio .meeting=${{} as never}></rtk-participants-audio>`,
    );
    expect(audios(bare.el)).to.have.length(0);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting: DemoMeeting = await demoMeeting({ people: 3, join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkParticipantsAudio>(
      html`<rtk-participants-audio .meeting=${meeting}></rtk-participants-audio>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
