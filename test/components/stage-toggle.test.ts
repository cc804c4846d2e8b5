import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/stage-toggle/rtk-stage-toggle.js';
import type { RtkStageToggle } from '../../src/components/stage-toggle/rtk-stage-toggle.js';
import type { RtkButton } from '../../src/components/button/rtk-button.js';
import type { RtkDialog } from '../../src/components/dialog/rtk-dialog.js';
import type { RtkJoinStage } from '../../src/components/join-stage/rtk-join-stage.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import {
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
/** Clicks the rtk-button with this text inside `el`'s shadow root, as a person would. */
function pressIn(el: HTMLElement, name: string): void {
  const host = [...el.shadowRoot!.querySelectorAll<RtkButton>('rtk-button')].find(
    (b) => b.textContent!.trim() === name,
  );
  if (!host) throw new Error(`no button "${name}"`);
  host.shadowRoot!.querySelector('button')!.click();
}
const button = (el: HTMLElement) => queryDeep<HTMLButtonElement>(el, 'button')!;
async function settled(el: HTMLElement) {
  await (el as Updatable).updateComplete;
  const inner = queryDeep<Updatable>(el, 'rtk-controlbar-button');
  await inner?.updateComplete;
  if (inner) await until(() => button(el).getAttribute('aria-busy') !== 'true', 'still busy');
  await (el as Updatable).updateComplete;
  await inner?.updateComplete;
}

describe('<rtk-stage-toggle>', () => {
  before(async function () {
    // The device check is loaded on first use; load it once up front so no test times its loading.
    const { RtkStageToggle } =
      await import('../../src/components/stage-toggle/rtk-stage-toggle.js');
    await RtkStageToggle.loadJoinStage();
  });

  it('walks a webinar viewer through request, cancel, request, join and leave', async () => {
    const { el, meeting } = await mountWithMeeting<RtkStageToggle>(
      html`<rtk-stage-toggle></rtk-stage-toggle>`,
      {
        join: true,
        preset: 'webinar-viewer',
      },
    );
    await settled(el);
    expect(nameOf(button(el))).to.equal('Request to join stage');
    button(el).click();
    await until(() => meeting.stage?.status === 'REQUESTED_TO_JOIN_STAGE');
    await settled(el);
    expect(nameOf(button(el))).to.equal('Cancel request');
    button(el).click();
    await until(() => meeting.stage?.status === 'OFF_STAGE');
    await settled(el);
    button(el).click();
    await until(() => meeting.stage?.status === 'REQUESTED_TO_JOIN_STAGE');
    const approved = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    meeting.director.stage.grantSelf();
    expect((await approved).detail).to.include({
      message: 'A host let you on the stage.',
      variant: 'success',
    });
    await settled(el);
    expect(nameOf(button(el))).to.equal('Join stage');
    // The device check opened by itself; joining from it closes it.
    const joinStage = await until(
      () => queryDeep<RtkJoinStage>(el, 'rtk-join-stage'),
      'no device check',
    ).then(() => queryDeep<RtkJoinStage>(el, 'rtk-join-stage')!);
    expect(queryDeep<RtkDialog>(el, 'rtk-dialog')!.label).to.equal('Join the stage');
    await joinStage.updateComplete;
    pressIn(joinStage, 'Join stage');
    await until(() => meeting.stage?.status === 'ON_STAGE');
    await settled(el);
    expect(queryDeep(el, 'rtk-dialog')).to.equal(undefined);
    expect(nameOf(button(el))).to.equal('Leave stage');
    await expect(el).to.be.accessible();
    button(el).click();
    await until(() => meeting.stage?.status === 'OFF_STAGE', 'did not leave');
  });

  it('reopens the device check from the button after it was closed', async () => {
    const { el, meeting } = await mountWithMeeting<RtkStageToggle>(
      html`<rtk-stage-toggle></rtk-stage-toggle>`,
      {
        join: true,
        preset: 'webinar-viewer',
      },
    );
    await meeting.stage!.requestAccess();
    meeting.director.stage.grantSelf();
    await until(() => queryDeep(el, 'rtk-join-stage'), 'no device check');
    const dialog = queryDeep<RtkDialog>(el, 'rtk-dialog')!;
    await dialog.updateComplete;
    dialog.open = false;
    await until(() => !queryDeep(el, 'rtk-dialog'), 'dialog still there');
    await settled(el);
    expect(nameOf(button(el))).to.equal('Join stage');
    button(el).click();
    await until(() => queryDeep(el, 'rtk-join-stage'), 'no device check after the click');
    const joinStage = queryDeep<RtkJoinStage>(el, 'rtk-join-stage')!;
    await joinStage.updateComplete;
    pressIn(joinStage, 'Not now');
    await until(() => meeting.stage?.status === 'OFF_STAGE', 'not declined');
    await until(() => !queryDeep(el, 'rtk-dialog'), 'dialog still open');
  });

  it('tells the viewer when a host declines', async () => {
    const { el, meeting } = await mountWithMeeting<RtkStageToggle>(
      html`<rtk-stage-toggle></rtk-stage-toggle>`,
      {
        join: true,
        preset: 'webinar-viewer',
      },
    );
    await meeting.stage!.requestAccess();
    await settled(el);
    const declined = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    meeting.director.stage.denySelf();
    expect((await declined).detail.message).to.equal(
      'A host declined your request to join the stage.',
    );
    await settled(el);
    expect(nameOf(button(el))).to.equal('Request to join stage');
  });

  it('reports a rejected call and shows the true status', async () => {
    const { el, meeting } = await mountWithMeeting<RtkStageToggle>(
      html`<rtk-stage-toggle></rtk-stage-toggle>`,
      {
        join: true,
        preset: 'webinar-viewer',
      },
    );
    await settled(el);
    meeting.stage!.requestAccess = () =>
      Promise.reject(Object.assign(new Error('Stage is disabled'), { code: '2003' }));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    button(el).click();
    expect((await notified).detail.message).to.match(/^Request to join stage failed: /);
    await settled(el);
    expect(nameOf(button(el))).to.equal('Request to join stage');
  });

  it('is hidden in a group call (no stage)', async () => {
    const { el } = await mountWithMeeting<RtkStageToggle>(
      html`<rtk-stage-toggle></rtk-stage-toggle>`,
      { join: true },
    );
    await settled(el);
    expect(el.hidden).to.equal(true);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'webinar-viewer' });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting(
      html`<rtk-stage-toggle .meeting=${meeting}></rtk-stage-toggle>`,
    );
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
