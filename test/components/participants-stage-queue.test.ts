import { expect, html } from '@open-wc/testing';
import type { RtkButton } from '../../src/components/button/rtk-button.js';
import '../../src/components/participants-stage-queue/rtk-participants-stage-queue.js';
import type { RtkParticipantsStageQueue } from '../../src/components/participants-stage-queue/rtk-participants-stage-queue.js';
import {
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

describe('<rtk-participants-stage-queue>', () => {
  it('shows the stage requests with the official parts, and answers them', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipantsStageQueue>(
      html`<rtk-participants-stage-queue></rtk-participants-stage-queue>`,
      { join: true, preset: 'webinar-host', people: 6 },
    );
    const [, a, b] = meeting.director.people;
    meeting.director.stage.requestMany([a.id, b.id]);
    await settled(el);
    const inner = el.shadowRoot!.querySelector('rtk-stage-requests')!;
    expect(inner.getAttribute('exportparts')).to.contain('heading-count: staged-heading-count');
    expect(inner.getAttribute('exportparts')).to.contain('list: staged-participants');
    expect(queryAllDeep(el, '[part="name"]').map((n) => n.textContent!.trim())).to.deep.equal([
      a.name,
      b.name,
    ]);
    const accept = queryAllDeep<RtkButton>(el, 'rtk-button').find(
      (x) => x.label === `Accept ${b.name}`,
    )!;
    accept.shadowRoot!.querySelector('button')!.click();
    await until(() => b.stageStatus === 'ON_STAGE', 'not accepted');
    await expect(el).to.be.accessible();
  });

  it('is hidden for viewers', async () => {
    const { el } = await mountWithMeeting<RtkParticipantsStageQueue>(
      html`<rtk-participants-stage-queue></rtk-participants-stage-queue>`,
      { join: true, preset: 'webinar-viewer' },
    );
    await settled(el);
    expect(el.hidden).to.equal(true);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'webinar-host' });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting(
      html`<rtk-participants-stage-queue .meeting=${meeting}></rtk-participants-stage-queue>`,
    );
    await settled(el);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
