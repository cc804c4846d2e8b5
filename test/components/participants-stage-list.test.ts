import { expect, html, oneEvent } from '@open-wc/testing';
import type { RtkButton } from '../../src/components/button/rtk-button.js';
import '../../src/components/participants-stage-list/rtk-participants-stage-list.js';
import type { RtkParticipantsStageList } from '../../src/components/participants-stage-list/rtk-participants-stage-list.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

async function settled(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const inner of [el, ...queryAllDeep<Updatable>(el, '*')]) {
      if ('updateComplete' in inner) await (inner as Updatable).updateComplete;
    }
  }
}

const names = (el: Element) => queryAllDeep(el, '[part="name"]').map((n) => n.textContent!.trim());
const removeButton = (el: Element, name: string) => {
  const host = queryAllDeep<RtkButton>(el, 'rtk-button').find(
    (b) => b.label === `Remove ${name} from the stage`,
  );
  return host && { click: () => host.shadowRoot!.querySelector('button')!.click() };
};

describe('<rtk-participants-stage-list>', () => {
  it('lists who is on stage, live, with self first', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantsStageList>(
      html`<rtk-participants-stage-list></rtk-participants-stage-list>`,
      { join: true, preset: 'webinar-host', people: 5, name: 'Hana' },
    );
    await settled(el);
    const [host, ...viewers] = meeting.director.people;
    expect(names(el)).to.deep.equal(['Hana (you)', host.name]);
    expect(deepText(el)).to.contain('2 on stage');
    expect(deepText(el)).to.contain('Host');
    meeting.director.stage.join(viewers[0].id);
    await settled(el);
    expect(names(el)).to.deep.equal(['Hana (you)', host.name, viewers[0].name]);
    meeting.director.removePerson(host.id);
    await settled(el);
    expect(names(el)).to.deep.equal(['Hana (you)', viewers[0].name]);
    await expect(el).to.be.accessible();
  });

  it('filters by search', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantsStageList>(
      html`<rtk-participants-stage-list></rtk-participants-stage-list>`,
      { join: true, preset: 'webinar-host', people: 3, name: 'Hana' },
    );
    const [host] = meeting.director.people;
    el.search = host.name.slice(0, 3).toUpperCase();
    await settled(el);
    expect(names(el)).to.deep.equal([host.name]);
    el.search = 'zzz';
    await settled(el);
    expect(deepText(el)).to.contain('No one matches “zzz”.');
  });

  it('lets a host take someone off the stage; a rejection is reported and they stay', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantsStageList>(
      html`<rtk-participants-stage-list></rtk-participants-stage-list>`,
      { join: true, preset: 'webinar-host', people: 4 },
    );
    const viewer = meeting.director.people[1];
    meeting.director.stage.join(viewer.id);
    await settled(el);
    removeButton(el, viewer.name)!.click();
    await until(() => viewer.stageStatus === 'OFF_STAGE', 'not removed');
    await settled(el);
    expect(names(el)).not.to.include(viewer.name);

    meeting.director.stage.join(viewer.id);
    await settled(el);
    meeting.stage.kick = () =>
      Promise.reject(Object.assign(new Error('Permission denied'), { code: '2001' }));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    removeButton(el, viewer.name)!.click();
    expect((await notified).detail.message).to.match(
      new RegExp(`^Remove ${viewer.name} from the stage failed: `),
    );
    await settled(el);
    expect(names(el)).to.include(viewer.name);
  });

  it('offers no removal to viewers', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantsStageList>(
      html`<rtk-participants-stage-list></rtk-participants-stage-list>`,
      { join: true, preset: 'webinar-viewer', people: 3 },
    );
    await settled(el);
    expect(names(el)).to.deep.equal([meeting.director.people[0].name]);
    expect(queryAllDeep(el, '[part="remove-button"]')).to.have.length(0);
  });

  it('is hidden in group calls and without a stage module; never throws', async () => {
    const { el } = await mountWithMeeting<RtkParticipantsStageList>(
      html`<rtk-participants-stage-list></rtk-participants-stage-list>`,
      { join: true },
    );
    await settled(el);
    expect(el.hidden).to.equal(true);
    const meeting = await demoMeeting({ join: true, preset: 'webinar-host' });
    const partial = { self: meeting.self, participants: meeting.participants };
    const { el: bare } = await mountWithMeeting<RtkParticipantsStageList>(
      html`<rtk-participants-stage-list .meeting=${partial}></rtk-participants-stage-list>`,
    );
    await settled(bare);
    expect(bare.hidden).to.equal(true);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'webinar-host' });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting(
      html`<rtk-participants-stage-list .meeting=${meeting}></rtk-participants-stage-list>`,
    );
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
