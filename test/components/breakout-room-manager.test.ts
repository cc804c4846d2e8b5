import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/breakout-room-manager/rtk-breakout-room-manager.js';
import type { RtkBreakoutRoomManager } from '../../src/components/breakout-room-manager/rtk-breakout-room-manager.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { rendered } from '../helpers/wait.js';

describe('<rtk-breakout-room-manager>', () => {
  failOnConsoleErrors();

  it('shows a room and fires the official events: join, add, take out, rename, delete', async () => {
    const { el, meeting } = await mountWithMeeting<RtkBreakoutRoomManager>(
      html`<rtk-breakout-room-manager mode="edit" allow-delete allow-join default-expanded
        assigning-participants></rtk-breakout-room-manager>`,
      { join: true, people: 2 },
    );
    const [ana] = meeting.director.people;
    el.room = { id: 'r1', title: 'Design', participantIds: [ana.userId] };
    await rendered(el);
    expect(deepText(el)).to.contain('Design').and.contain('1 person').and.contain(ana.name);
    const seen: string[] = [];
    for (const type of ['roomJoin', 'participantsAdd', 'participantDelete', 'update', 'delete'])
      el.addEventListener(type, (e) =>
        seen.push(`${type} ${JSON.stringify((e as CustomEvent).detail)}`),
      );
    buttonByName(el, 'Join Design')!.click();
    buttonByName(el, 'Move here: Design')!.click();
    buttonByName(el, `Take ${ana.name} out of Design`)!.click();
    buttonByName(el, 'Delete Design')!.click();
    buttonByName(el, 'Rename Design')!.click();
    await rendered(el);
    const input = queryDeep<HTMLInputElement>(el, 'input.rename')!;
    input.value = 'Crit';
    buttonByName(el, 'Save')!.click();
    expect(seen).to.deep.equal([
      'roomJoin {"roomId":"r1"}',
      'participantsAdd {"roomId":"r1","participantIds":[]}',
      `participantDelete {"roomId":"r1","participantId":"${ana.userId}"}`,
      'delete {"id":"r1"}',
      'update {"id":"r1","title":"Crit"}',
    ]);
    await expect(el).to.be.accessible();
  });

  it('view mode offers only "Join"; a drop adds the people dragged onto it', async () => {
    const { el } = await mountWithMeeting<RtkBreakoutRoomManager>(
      html`<rtk-breakout-room-manager mode="view" allow-join></rtk-breakout-room-manager>`,
      { join: true, people: 1 },
    );
    el.room = { id: 'r1', title: 'Quiet', participantIds: [] };
    await rendered(el);
    expect(buttonByName(el, 'Rename Quiet')).to.equal(undefined);
    expect(buttonByName(el, 'Join Quiet')).to.exist;
    el.mode = 'create';
    await rendered(el);
    const added: string[][] = [];
    el.addEventListener('participantsAdd', (e) => added.push(e.detail.participantIds));
    const data = new DataTransfer();
    data.setData('application/x-rtk-participants', JSON.stringify(['u1', 'u2']));
    const room = el.shadowRoot!.querySelector('[part="room"]')!;
    room.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    room.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    expect(added).to.deep.equal([['u1', 'u2']]);
  });

  it('works with only .meeting (nothing without a room) and leaves no listener when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = await fixture<RtkBreakoutRoomManager>(
      html`<rtk-breakout-room-manager .meeting=${meeting}></rtk-breakout-room-manager>`,
    );
    await rendered(el);
    expect(deepText(el)).to.equal('');
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
