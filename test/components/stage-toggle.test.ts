import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/stage-toggle/rtk-stage-toggle.js';
import type { RtkStageToggle } from '../../src/components/stage-toggle/rtk-stage-toggle.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import { demoMeeting, mountWithMeeting, nameOf, queryDeep, totalListeners } from '../helpers/fixtures.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const button = (el: HTMLElement) => queryDeep<HTMLButtonElement>(el, 'button')!;
async function settled(el: HTMLElement) {
  await (el as Updatable).updateComplete;
  const inner = queryDeep<Updatable>(el, 'rtk-controlbar-button');
  await inner?.updateComplete;
  if (inner) await waitUntil(() => button(el).getAttribute('aria-busy') !== 'true', 'still busy');
  await (el as Updatable).updateComplete;
  await inner?.updateComplete;
}

describe('<rtk-stage-toggle>', () => {
  it('walks a webinar viewer through request, cancel, request, join and leave', async () => {
    const { el, meeting } = await mountWithMeeting<RtkStageToggle>(html`<rtk-stage-toggle></rtk-stage-toggle>`, {
      join: true,
      preset: 'webinar-viewer',
    });
    await settled(el);
    expect(nameOf(button(el))).to.equal('Request to join stage');
    button(el).click();
    await waitUntil(() => meeting.stage?.status === 'REQUESTED_TO_JOIN_STAGE');
    await settled(el);
    expect(nameOf(button(el))).to.equal('Cancel request');
    button(el).click();
    await waitUntil(() => meeting.stage?.status === 'OFF_STAGE');
    await settled(el);
    button(el).click();
    await waitUntil(() => meeting.stage?.status === 'REQUESTED_TO_JOIN_STAGE');
    meeting.director.stage.grantSelf();
    await settled(el);
    expect(nameOf(button(el))).to.equal('Join stage');
    button(el).click();
    await waitUntil(() => meeting.stage?.status === 'ON_STAGE');
    await settled(el);
    expect(nameOf(button(el))).to.equal('Leave stage');
    await expect(el).to.be.accessible();
  });

  it('reports a rejected call and shows the true status', async () => {
    const { el, meeting } = await mountWithMeeting<RtkStageToggle>(html`<rtk-stage-toggle></rtk-stage-toggle>`, {
      join: true,
      preset: 'webinar-viewer',
    });
    await settled(el);
    meeting.stage!.requestAccess = () => Promise.reject(Object.assign(new Error('Stage is disabled'), { code: '2003' }));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    button(el).click();
    expect((await notified).detail.message).to.match(/^Request to join stage failed: /);
    await settled(el);
    expect(nameOf(button(el))).to.equal('Request to join stage');
  });

  it('is hidden in a group call (no stage)', async () => {
    const { el } = await mountWithMeeting<RtkStageToggle>(html`<rtk-stage-toggle></rtk-stage-toggle>`, { join: true });
    await settled(el);
    expect(el.hidden).to.equal(true);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'webinar-viewer' });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting(html`<rtk-stage-toggle .meeting=${meeting}></rtk-stage-toggle>`);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
