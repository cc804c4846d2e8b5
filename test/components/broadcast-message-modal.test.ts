import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/broadcast-message-modal/rtk-broadcast-message-modal.js';
import type { RtkBroadcastMessageModal } from '../../src/components/broadcast-message-modal/rtk-broadcast-message-modal.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

async function mount() {
  const { el, meeting } = await mountWithMeeting<RtkBroadcastMessageModal>(
    html`<rtk-broadcast-message-modal
      .states=${{ activeBroadcastMessageModal: true }}
    ></rtk-broadcast-message-modal>`,
    { join: true, people: 2 },
  );
  const [a, b] = meeting.director.connectedMeetings.createRooms(['A', 'B']);
  await rendered(el);
  return { el, meeting, rooms: [a, b] };
}

const type = (el: Element, text: string) => {
  const area = queryDeep<HTMLTextAreaElement>(el, 'textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input'));
};

describe('<rtk-broadcast-message-modal>', () => {
  failOnConsoleErrors();

  it('sends the message to every room and the main one', async () => {
    const { el, meeting, rooms } = await mount();
    const calls: unknown[][] = [];
    const original = meeting.participants.broadcastMessage.bind(meeting.participants);
    meeting.participants.broadcastMessage = (...args) => {
      calls.push(args);
      return original(...args);
    };
    const notices: string[] = [];
    el.addEventListener('rtkNotification', (e) =>
      notices.push((e as RtkNotificationEvent).detail.message),
    );
    type(el, 'Back in 5');
    buttonByName(el, 'Send')!.click();
    await until(() => notices.includes('Message sent'));
    expect(calls[0]).to.deep.equal([
      'rtk-breakout-message',
      { message: 'Back in 5' },
      { meetingIds: [meeting.meta.meetingId, ...rooms] },
    ]);
    await expect(el).to.be.accessible();
  });

  it('an empty message is not sent; a refused send keeps the text', async () => {
    const { el, meeting } = await mount();
    buttonByName(el, 'Send')!.click();
    await rendered(el);
    expect(deepText(el)).to.contain('Write a message first.');
    const notices: string[] = [];
    el.addEventListener('rtkNotification', (e) =>
      notices.push((e as RtkNotificationEvent).detail.message),
    );
    meeting.director.failNextCall(meeting.participants, 'broadcastMessage');
    type(el, 'Wrap up');
    buttonByName(el, 'Send')!.click();
    await until(() => notices.length > 0);
    expect(notices[0]).to.match(/^Broadcasting failed: /);
    expect(queryDeep<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Wrap up');
  });

  it('permissions off: says only hosts may; without rooms, says to start them', async () => {
    const meeting = await demoMeeting({ join: true, people: 1, preset: 'participant' });
    const before = totalListeners(meeting);
    const el = await fixture<RtkBroadcastMessageModal>(
      html`<rtk-broadcast-message-modal
        .meeting=${meeting}
        .states=${{ activeBroadcastMessageModal: true }}
      ></rtk-broadcast-message-modal>`,
    );
    await rendered(el);
    expect(deepText(el)).to.contain('Only hosts can manage breakout rooms.');
    expect(buttonByName(el, 'Send')).to.equal(undefined);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
