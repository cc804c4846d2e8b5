import { expect, html, oneEvent } from '@open-wc/testing';
import type { RtkButton } from '../../src/components/button/rtk-button.js';
import '../../src/components/grid/rtk-grid.js';
import type { RtkGrid } from '../../src/components/grid/rtk-grid.js';
import '../../src/components/join-stage/rtk-join-stage.js';
import type { RtkJoinStage } from '../../src/components/join-stage/rtk-join-stage.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
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

async function settled(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const inner of [el, ...queryAllDeep<Updatable>(el, '*')]) {
      if ('updateComplete' in inner) await (inner as Updatable).updateComplete;
    }
  }
}

/** The texts of the buttons in the actions row, as a person reads them. */
const actions = (el: RtkJoinStage) =>
  [...el.shadowRoot!.querySelectorAll<RtkButton>('[part="actions"] rtk-button')].map((b) =>
    b.textContent!.trim(),
  );

function press(el: RtkJoinStage, name: string): void {
  const host = [...el.shadowRoot!.querySelectorAll<RtkButton>('rtk-button')].find(
    (b) => b.textContent!.trim() === name,
  );
  if (!host) throw new Error(`no button "${name}" in ${JSON.stringify(actions(el))}`);
  host.shadowRoot!.querySelector('button')!.click();
}

const viewer = () =>
  mountWithMeeting<RtkJoinStage>(html`<rtk-join-stage></rtk-join-stage>`, {
    join: true,
    preset: 'webinar-viewer',
    people: 4,
  });

describe('<rtk-join-stage>', () => {
  it('walks a viewer through request, acceptance, the device check and joining; they appear on the grid', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'webinar-viewer', people: 4 });
    const { el: box } = await mountWithMeeting<HTMLElement>(html`<div>
      <rtk-join-stage .meeting=${meeting}></rtk-join-stage>
      <rtk-grid .meeting=${meeting} style="width: 640px; height: 360px"></rtk-grid>
    </div>`);
    const el = box.querySelector('rtk-join-stage')!;
    const grid = box.querySelector<RtkGrid>('rtk-grid')!;
    await settled(el);
    const selfTile = () =>
      queryAllDeep<RtkParticipantTile>(grid.shadowRoot!, 'rtk-participant-tile').some(
        (t) => t.participant?.id === meeting.self.id,
      );
    expect(selfTile(), 'an off-stage viewer is not on the grid').to.equal(false);
    expect(deepText(el.shadowRoot!.querySelector('[part="title"]')!)).to.equal('Join the stage');
    expect(actions(el)).to.deep.equal(['Request to join stage']);

    press(el, 'Request to join stage');
    await until(() => meeting.stage.status === 'REQUESTED_TO_JOIN_STAGE', 'not requested');
    await settled(el);
    expect(actions(el)).to.deep.equal(['Cancel request']);
    expect(deepText(el)).to.contain('A host will let you in or decline.');

    // The host (scripted) accepts: the device check appears.
    meeting.director.stage.grantSelf();
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="preview"]')?.localName).to.equal(
      'rtk-participant-setup',
    );
    expect(queryDeep(el, 'rtk-mic-toggle')).to.exist;
    expect(queryDeep(el, 'rtk-camera-toggle')).to.exist;
    expect(actions(el)).to.deep.equal(['Not now', 'Join stage']);
    await expect(el).to.be.accessible();

    const joined = oneEvent(el, 'rtkJoinStage');
    press(el, 'Join stage');
    await joined;
    expect(meeting.stage.status).to.equal('ON_STAGE');
    await settled(box);
    expect(actions(el)).to.deep.equal(['Leave stage']);
    const tiles = queryAllDeep<RtkParticipantTile>(grid.shadowRoot!, 'rtk-participant-tile').map(
      (t) => t.participant?.id,
    );
    expect(tiles).to.include(meeting.self.id);

    const left = oneEvent(el, 'rtkLeaveStage');
    press(el, 'Leave stage');
    await left;
    expect(meeting.stage.status).to.equal('OFF_STAGE');
    await settled(box);
    expect(selfTile(), 'off the grid again after leaving the stage').to.equal(false);
  });

  it('lets the viewer cancel before the host acts, and shows a denial', async () => {
    const { el, meeting } = await viewer();
    await settled(el);
    press(el, 'Request to join stage');
    await until(() => meeting.stage.status === 'REQUESTED_TO_JOIN_STAGE');
    await settled(el);
    press(el, 'Cancel request');
    await until(() => meeting.stage.status === 'OFF_STAGE', 'not cancelled');
    await settled(el);
    expect(actions(el)).to.deep.equal(['Request to join stage']);
    // Asking again; the host declines this time.
    press(el, 'Request to join stage');
    await until(() => meeting.stage.status === 'REQUESTED_TO_JOIN_STAGE');
    meeting.director.stage.denySelf();
    await settled(el);
    expect(actions(el)).to.deep.equal(['Request to join stage']);
  });

  it('"Not now" gives the accepted place up and asks to close the dialog', async () => {
    const { el, meeting } = await viewer();
    await meeting.stage.requestAccess();
    meeting.director.stage.grantSelf();
    await settled(el);
    const left = oneEvent(el, 'rtkLeaveStage');
    const closed = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    press(el, 'Not now');
    await left;
    expect((await closed).detail).to.deep.equal({ activeJoinStage: false });
    expect(meeting.stage.status).to.equal('OFF_STAGE');
  });

  it('a rejected join: notification, the device check stays', async () => {
    const { el, meeting } = await viewer();
    await meeting.stage.requestAccess();
    meeting.director.stage.grantSelf();
    await settled(el);
    meeting.stage.join = () =>
      Promise.reject(Object.assign(new Error('Could not reach the server'), { code: '0012' }));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    press(el, 'Join stage');
    expect((await notified).detail.message).to.match(/^Join stage failed: /);
    await settled(el);
    expect(actions(el)).to.deep.equal(['Not now', 'Join stage']);
    expect(meeting.stage.status).to.equal('ACCEPTED_TO_JOIN_STAGE');
  });

  it('takes its texts from dataConfig', async () => {
    const { el, meeting } = await viewer();
    await meeting.stage.requestAccess();
    meeting.director.stage.grantSelf();
    el.dataConfig = {
      title: 'Speak up',
      description: 'Say hi',
      label: { accept: 'Go live', reject: 'Later' },
    };
    await settled(el);
    expect(deepText(el.shadowRoot!.querySelector('[part="title"]')!)).to.equal('Speak up');
    expect(deepText(el.shadowRoot!.querySelector('[part="description"]')!)).to.equal('Say hi');
    expect(actions(el)).to.deep.equal(['Later', 'Go live']);
  });

  it('is hidden in group calls and without a stage module; never throws', async () => {
    const { el } = await mountWithMeeting<RtkJoinStage>(html`<rtk-join-stage></rtk-join-stage>`, {
      join: true,
    });
    await settled(el);
    expect(el.hidden).to.equal(true);
    const meeting = await demoMeeting({ join: true, preset: 'webinar-viewer' });
    const partial = { self: meeting.self, participants: meeting.participants };
    const { el: bare } = await mountWithMeeting<RtkJoinStage>(
      html`<rtk-join-stage .meeting=${partial}></rtk-join-stage>`,
    );
    await settled(bare);
    expect(bare.hidden).to.equal(true);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'webinar-viewer' });
    await meeting.stage.requestAccess();
    meeting.director.stage.grantSelf();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting(
      html`<rtk-join-stage .meeting=${meeting}></rtk-join-stage>`,
    );
    await settled(el);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
