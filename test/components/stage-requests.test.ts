import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/grid/rtk-grid.js';
import type { RtkGrid } from '../../src/components/grid/rtk-grid.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import '../../src/components/stage-requests/rtk-stage-requests.js';
import type { RtkStageRequests } from '../../src/components/stage-requests/rtk-stage-requests.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkButton } from '../../src/components/button/rtk-button.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits until the element and everything rendered inside it have updated. */
async function settled(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const inner of [el, ...queryAllDeep<Updatable>(el, '*')]) {
      if ('updateComplete' in inner) await (inner as Updatable).updateComplete;
    }
  }
}

/** The rtk-button named `name` (its label or its text); `click()` clicks its inner button, as a person would. */
function buttonByName(root: Element, name: string): { click(): void } | undefined {
  const host = queryAllDeep<RtkButton>(root, 'rtk-button').find(
    (b) => (b.label ?? b.textContent!.trim()) === name,
  );
  return host && { click: () => host.shadowRoot!.querySelector('button')!.click() };
}

/** The names listed as requests, as a person reads them. */
const requesters = (el: Element) =>
  queryAllDeep(el, '[part="name"]').map((n) => n.textContent!.trim());

const viewers = (meeting: DemoMeeting) =>
  meeting.director.people.filter((p) => p.presetName === 'webinar-viewer');

async function hostWithViewers(people = 8) {
  return mountWithMeeting<RtkStageRequests>(html`<rtk-stage-requests></rtk-stage-requests>`, {
    join: true,
    preset: 'webinar-host',
    people,
  });
}

describe('<rtk-stage-requests>', () => {
  it('shows an empty state, then a request as it arrives, with when it was made', async () => {
    const { el, meeting } = await hostWithViewers();
    await settled(el);
    expect(el.hidden).to.equal(false);
    expect(deepText(el)).to.contain('No one has asked to join the stage.');
    expect(deepText(el)).to.contain('No requests');
    const [amara] = viewers(meeting);
    meeting.director.stage.request(amara.id);
    await settled(el);
    expect(requesters(el)).to.deep.equal([amara.name]);
    expect(deepText(el)).to.contain('1 request');
    expect(deepText(el)).to.contain('Asked just now');
    expect(buttonByName(el, `Accept ${amara.name}`)).to.exist;
    expect(buttonByName(el, `Deny ${amara.name}`)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('walks a webinar: accept one (who then appears on the grid), deny a second', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'webinar-host', people: 8 });
    const { el } = await mountWithMeeting<HTMLElement>(
      html`<div>
        <rtk-stage-requests .meeting=${meeting}></rtk-stage-requests>
        <rtk-grid .meeting=${meeting} style="width: 640px; height: 360px"></rtk-grid>
      </div>`,
    );
    const requests = el.querySelector('rtk-stage-requests')!;
    const grid = el.querySelector<RtkGrid>('rtk-grid')!;
    const onGrid = () =>
      queryAllDeep<RtkParticipantTile>(grid.shadowRoot!, 'rtk-participant-tile').map(
        (t) => t.participant?.id,
      );
    const [first, second] = viewers(meeting);
    await settled(el);
    expect(onGrid()).not.to.include(first.id);

    meeting.director.stage.request(first.id);
    meeting.director.stage.request(second.id);
    await settled(requests);
    expect(requesters(requests)).to.deep.equal([first.name, second.name]);

    buttonByName(requests, `Accept ${first.name}`)!.click();
    await until(() => first.stageStatus === 'ON_STAGE', 'not accepted');
    await settled(el);
    expect(requesters(requests)).to.deep.equal([second.name]);
    await until(() => onGrid().includes(first.id), 'the accepted viewer is not on the grid');

    buttonByName(requests, `Deny ${second.name}`)!.click();
    await until(() => second.stageStatus === 'OFF_STAGE', 'not denied');
    await settled(requests);
    expect(requesters(requests)).to.deep.equal([]);
    expect(onGrid()).not.to.include(second.id);
  });

  it('accepts all five pending at once, and denies all', async () => {
    const { el, meeting } = await hostWithViewers(12);
    const [a, b, c, d, e, f, g] = viewers(meeting);
    meeting.director.stage.requestMany([a, b, c, d, e].map((p) => p.id));
    await settled(el);
    expect(requesters(el)).to.have.length(5);
    expect(deepText(el)).to.contain('5 requests');
    buttonByName(el, 'Accept all')!.click();
    await until(
      () => [a, b, c, d, e].every((p) => p.stageStatus === 'ON_STAGE'),
      'not all accepted',
    );
    await settled(el);
    expect(requesters(el)).to.deep.equal([]);
    expect(buttonByName(el, 'Accept all')).to.equal(undefined);

    meeting.director.stage.requestMany([f.id, g.id]);
    await settled(el);
    buttonByName(el, 'Deny all')!.click();
    await until(
      () => f.stageStatus === 'OFF_STAGE' && g.stageStatus === 'OFF_STAGE',
      'not all denied',
    );
    await settled(el);
    expect(deepText(el)).to.contain('No one has asked to join the stage.');
  });

  it('drops a request the viewer withdraws before the host acts, or whose viewer leaves', async () => {
    const { el, meeting } = await hostWithViewers();
    const [a, b, c] = viewers(meeting);
    meeting.director.stage.requestMany([a.id, b.id, c.id]);
    await settled(el);
    meeting.director.stage.cancelRequest(a.id);
    await settled(el);
    expect(requesters(el)).to.deep.equal([b.name, c.name]);
    meeting.director.removePerson(b.id);
    await settled(el);
    expect(requesters(el)).to.deep.equal([c.name]);
  });

  it('a rejected accept: notification, the row stays', async () => {
    const { el, meeting } = await hostWithViewers();
    const [a] = viewers(meeting);
    meeting.director.stage.request(a.id);
    await settled(el);
    meeting.stage.grantAccess = () =>
      Promise.reject(Object.assign(new Error('Rate limited'), { code: '0013' }));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    buttonByName(el, `Accept ${a.name}`)!.click();
    const { detail } = await notified;
    expect(detail.variant).to.equal('error');
    expect(detail.message).to.match(new RegExp(`^Accept ${a.name} failed: `));
    await settled(el);
    expect(requesters(el)).to.deep.equal([a.name]);
    expect(a.stageStatus).to.equal('REQUESTED_TO_JOIN_STAGE');
  });

  it('is operated by keyboard', async () => {
    const { el, meeting } = await hostWithViewers();
    const [a] = viewers(meeting);
    meeting.director.stage.request(a.id);
    await settled(el);
    const accept = queryDeep<HTMLElement>(el, '[part="accept-button"]')!;
    accept.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => a.stageStatus === 'ON_STAGE', 'Enter did not accept');
  });

  it('says how long ago each request was made', async () => {
    const { el, meeting } = await hostWithViewers();
    const [a] = viewers(meeting);
    meeting.director.stage.request(a.id);
    await settled(el);
    const realNow = Date.now;
    const start = realNow();
    Date.now = () => start + 3 * 60_000;
    try {
      el.requestUpdate();
      await settled(el);
      expect(queryDeep(el, '[part="time"]')!.textContent!.trim()).to.equal('Asked 3 minutes ago');
    } finally {
      Date.now = realNow;
    }
  });

  it('shows 500 pending a page at a time', async () => {
    const { el, meeting } = await hostWithViewers(520);
    const ids = viewers(meeting)
      .slice(0, 500)
      .map((p) => p.id);
    meeting.director.stage.requestMany(ids);
    await settled(el);
    expect(deepText(queryDeep(el, '[part="heading-count"]')!)).to.equal('500 requests');
    expect(queryAllDeep(el, '[part="request"]').length).to.equal(50);
    buttonByName(el, 'Show 50 more requests')!.click();
    await settled(el);
    expect(queryAllDeep(el, '[part="request"]').length).to.equal(100);
  });

  it('is hidden for viewers, in group calls and without a stage module; never throws', async () => {
    for (const preset of ['webinar-viewer', 'host'] as const) {
      const { el } = await mountWithMeeting<RtkStageRequests>(
        html`<rtk-stage-requests></rtk-stage-requests>`,
        {
          join: true,
          preset,
        },
      );
      await settled(el);
      expect(el.hidden, preset).to.equal(true);
    }
    const meeting = await demoMeeting({ join: true, preset: 'webinar-host' });
    const partial = { self: meeting.self, participants: meeting.participants };
    const { el } = await mountWithMeeting<RtkStageRequests>(
      html`<rtk-stage-requests .meeting=${partial}></rtk-stage-requests>`,
    );
    await settled(el);
    expect(el.hidden).to.equal(true);
  });

  it('follows a permission change', async () => {
    const { el, meeting } = await mountWithMeeting<RtkStageRequests>(
      html`<rtk-stage-requests></rtk-stage-requests>`,
      {
        join: true,
        preset: 'webinar-viewer',
      },
    );
    await settled(el);
    expect(el.hidden).to.equal(true);
    meeting.director.updatePermissions({ acceptStageRequests: true } as never);
    await settled(el);
    expect(el.hidden).to.equal(false);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'webinar-host' });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting(
      html`<rtk-stage-requests .meeting=${meeting}></rtk-stage-requests>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
