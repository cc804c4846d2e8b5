import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/breakout-room-participants/rtk-breakout-room-participants.js';
import type { RtkBreakoutRoomParticipants } from '../../src/components/breakout-room-participants/rtk-breakout-room-participants.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { rendered } from '../helpers/wait.js';

describe('<rtk-breakout-room-participants>', () => {
  failOnConsoleErrors();

  it('lists people with checkboxes, selects several or everyone, and filters by name', async () => {
    const { el, meeting } = await mountWithMeeting<RtkBreakoutRoomParticipants>(
      html`<rtk-breakout-room-participants></rtk-breakout-room-participants>`,
      { join: true, people: 3 },
    );
    const people = meeting.director.people;
    el.participantIds = people.map((p) => p.userId);
    await rendered(el);
    const updates: string[][] = [];
    const all: boolean[] = [];
    el.addEventListener('selectedParticipantsUpdate', (e) => updates.push(e.detail));
    el.addEventListener('allParticipantsToggleUpdate', (e) => all.push(e.detail));
    const boxes = () => queryAllDeep<HTMLInputElement>(el, 'li input[type="checkbox"]');
    expect(boxes()).to.have.length(3);
    boxes()[1].click();
    expect(updates.at(-1)).to.deep.equal([people[1].userId]);
    queryAllDeep<HTMLInputElement>(el, '.all input')[0].click();
    expect(all).to.deep.equal([true]);
    expect(updates.at(-1)!.sort()).to.deep.equal(people.map((p) => p.userId).sort());
    const search = queryAllDeep<HTMLInputElement>(el, 'input[type="search"]')[0];
    search.value = people[2].name.slice(0, 4);
    search.dispatchEvent(new Event('input'));
    await rendered(el);
    expect(deepText(el)).to.contain(people[2].name);
    search.value = 'zzzz <b>';
    search.dispatchEvent(new Event('input'));
    await rendered(el);
    expect(deepText(el)).to.contain('No one matches “zzzz <b>”.');
    await expect(el).to.be.accessible();
  });

  it('announces a drag of the selected people', async () => {
    const { el, meeting } = await mountWithMeeting<RtkBreakoutRoomParticipants>(
      html`<rtk-breakout-room-participants></rtk-breakout-room-participants>`,
      { join: true, people: 2 },
    );
    const ids = meeting.director.people.map((p) => p.userId);
    el.participantIds = ids;
    el.selectedParticipantIds = ids;
    await rendered(el);
    const dragging: boolean[] = [];
    el.addEventListener('participantsDragging', (e) => dragging.push(e.detail));
    const data = new DataTransfer();
    queryAllDeep(el, 'li')[0].dispatchEvent(new DragEvent('dragstart', { dataTransfer: data }));
    expect(JSON.parse(data.getData('application/x-rtk-participants'))).to.deep.equal(ids);
    queryAllDeep(el, 'li')[0].dispatchEvent(new DragEvent('dragend'));
    expect(dragging).to.deep.equal([true, false]);
  });

  it('works with only .meeting (an empty list) and leaves no listener when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = await fixture<RtkBreakoutRoomParticipants>(
      html`<rtk-breakout-room-participants .meeting=${meeting}></rtk-breakout-room-participants>`,
    );
    await rendered(el);
    expect(deepText(el)).to.contain('No one');
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
