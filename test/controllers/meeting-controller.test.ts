import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { meetingContext } from '../../src/context/contexts.js';
import { RtkElement } from '../../src/internal/rtk-element.js';
import { MeetingController } from '../../src/controllers/meeting-controller.js';
import { DemoEmitter } from '../../src/demo/emitter.js';
import type { Meeting } from '../../src/meeting/meeting.js';

/** A minimal meeting: just the emitters this test's element listens to. */
function fakeMeeting(name = 'Ada') {
  const self = Object.assign(new DemoEmitter(), { name, audioEnabled: false });
  const joined = new DemoEmitter();
  const participants = Object.assign(new DemoEmitter(), { joined });
  const meeting = { self, participants } as unknown as Meeting;
  const listeners = () =>
    self.totalListenerCount() + joined.totalListenerCount() + participants.totalListenerCount();
  return { meeting, self, joined, listeners };
}

class TestConsumer extends RtkElement {
  updates = 0;

  events = new MeetingController(this, (m) => [
    [m.self, 'audioUpdate'],
    [m.participants?.joined, 'participantJoined', 'participantLeft'],
  ]);

  override updated() {
    this.updates += 1;
  }

  override render() {
    const self = this.activeMeeting?.self;
    return html`<p>${self ? `${self.name}: ${self.audioEnabled ? 'on' : 'off'}` : 'no meeting'}</p>`;
  }
}
customElements.define('test-meeting-consumer', TestConsumer);

function text(el: TestConsumer) {
  return el.shadowRoot!.querySelector('p')!.textContent;
}

describe('MeetingController', () => {
  it('subscribes on connect and removes every listener on disconnect', async () => {
    const { meeting, listeners } = fakeMeeting();
    expect(listeners()).to.equal(0);
    const el = await fixture<TestConsumer>(
      html`<test-meeting-consumer .meeting=${meeting}></test-meeting-consumer>`,
    );
    expect(listeners()).to.equal(3);
    expect(el.events.listenerCount).to.equal(3);
    el.remove();
    expect(listeners()).to.equal(0);
  });

  it('re-renders on the events it declared', async () => {
    const { meeting, self } = fakeMeeting();
    const el = await fixture<TestConsumer>(
      html`<test-meeting-consumer .meeting=${meeting}></test-meeting-consumer>`,
    );
    expect(text(el)).to.equal('Ada: off');
    self.audioEnabled = true;
    self.emit('audioUpdate', { audioEnabled: true });
    await el.updateComplete;
    expect(text(el)).to.equal('Ada: on');
  });

  it('re-subscribes exactly once when reconnected', async () => {
    const { meeting, listeners } = fakeMeeting();
    const el = await fixture<TestConsumer>(
      html`<test-meeting-consumer .meeting=${meeting}></test-meeting-consumer>`,
    );
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(listeners()).to.equal(3);
  });

  it('moves its listeners when the meeting property changes', async () => {
    const first = fakeMeeting('Ada');
    const second = fakeMeeting('Grace');
    const el = await fixture<TestConsumer>(
      html`<test-meeting-consumer .meeting=${first.meeting}></test-meeting-consumer>`,
    );
    el.meeting = second.meeting;
    await el.updateComplete;
    expect(first.listeners()).to.equal(0);
    expect(second.listeners()).to.equal(3);
    expect(text(el)).to.equal('Grace: off');
    second.self.audioEnabled = true;
    second.self.emit('audioUpdate', { audioEnabled: true });
    await el.updateComplete;
    expect(text(el)).to.equal('Grace: on');
  });

  it('follows the meeting provided by context, and a property wins over it', async () => {
    const first = fakeMeeting('Ada');
    const second = fakeMeeting('Grace');
    const explicit = fakeMeeting('Linus');
    const parentNode = document.createElement('div');
    const provider = new ContextProvider(parentNode, {
      context: meetingContext,
      initialValue: first.meeting,
    });
    const el = await fixture<TestConsumer>(html`<test-meeting-consumer></test-meeting-consumer>`, {
      parentNode,
    });
    expect(text(el)).to.equal('Ada: off');
    expect(first.listeners()).to.equal(3);

    provider.setValue(second.meeting);
    await el.updateComplete;
    expect(text(el)).to.equal('Grace: off');
    expect(first.listeners()).to.equal(0);
    expect(second.listeners()).to.equal(3);

    el.meeting = explicit.meeting;
    await el.updateComplete;
    expect(text(el)).to.equal('Linus: off');
    expect(second.listeners()).to.equal(0);
    expect(explicit.listeners()).to.equal(3);
  });

  it('coalesces a burst of 100 events into one update', async () => {
    const { meeting, self } = fakeMeeting();
    const el = await fixture<TestConsumer>(
      html`<test-meeting-consumer .meeting=${meeting}></test-meeting-consumer>`,
    );
    const before = el.updates;
    for (let i = 0; i < 100; i += 1) {
      self.audioEnabled = i % 2 === 0;
      self.emit('audioUpdate', { audioEnabled: self.audioEnabled });
    }
    await el.updateComplete;
    expect(el.updates - before).to.equal(1);
    expect(text(el)).to.equal('Ada: off');
  });

  it('works with no meeting and with half-shaped meetings', async () => {
    const el = await fixture<TestConsumer>(html`<test-meeting-consumer></test-meeting-consumer>`);
    expect(text(el)).to.equal('no meeting');
    expect(el.events.listenerCount).to.equal(0);

    el.meeting = {} as Meeting;
    await el.updateComplete;
    expect(text(el)).to.equal('no meeting');

    // A self that is not an emitter and no participants: nothing to subscribe to, nothing throws.
    el.meeting = { self: { name: 'Half', audioEnabled: false } } as unknown as Meeting;
    await el.updateComplete;
    expect(text(el)).to.equal('Half: off');
    expect(el.events.listenerCount).to.equal(0);
  });

  it('picks up a module that appears after the first render', async () => {
    const { meeting, joined } = fakeMeeting();
    const partial = { self: meeting.self } as { self: Meeting['self']; participants?: unknown };
    const el = await fixture<TestConsumer>(
      html`<test-meeting-consumer .meeting=${partial as unknown as Meeting}></test-meeting-consumer>`,
    );
    expect(el.events.listenerCount).to.equal(1);
    partial.participants = meeting.participants;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.events.listenerCount).to.equal(3);
    expect(joined.listenerCount('participantJoined')).to.equal(1);
  });
});
