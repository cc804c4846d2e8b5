import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/screen-share-toggle/rtk-screen-share-toggle.js';
import type { RtkScreenShareToggle } from '../../src/components/screen-share-toggle/rtk-screen-share-toggle.js';
import type { RtkApiErrorEvent } from '../../src/events/rtk-api-error.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import {
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const button = (el: HTMLElement) => queryDeep<HTMLButtonElement>(el, 'button')!;
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
async function settled(el: RtkScreenShareToggle) {
  await el.updateComplete;
  const inner = queryDeep<Updatable>(el, 'rtk-controlbar-button');
  await inner?.updateComplete;
  if (inner) await until(() => button(el).getAttribute('aria-busy') !== 'true', 'still busy');
  await el.updateComplete;
  await inner?.updateComplete;
}

describe('<rtk-screen-share-toggle>', () => {
  it('starts and stops sharing through the meeting', async () => {
    const { el, meeting } = await mountWithMeeting<RtkScreenShareToggle>(
      html`<rtk-screen-share-toggle></rtk-screen-share-toggle>`,
      { join: true, latency: 20 },
    );
    await settled(el);
    expect(nameOf(button(el))).to.equal('Share screen');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    button(el).click();
    await el.updateComplete;
    await queryDeep<Updatable>(el, 'rtk-controlbar-button')!.updateComplete;
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    await settled(el);
    expect(meeting.self.screenShareEnabled).to.equal(true);
    expect(nameOf(button(el))).to.equal('Stop sharing');
    button(el).click();
    await settled(el);
    expect(meeting.self.screenShareEnabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('reports a rejected call and keeps the true state', async () => {
    const { el, meeting } = await mountWithMeeting<RtkScreenShareToggle>(
      html`<rtk-screen-share-toggle></rtk-screen-share-toggle>`,
      { join: true },
    );
    await settled(el);
    meeting.director.failNextMedia('screenshare', 'DENIED');
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    // The official kit's event, for the page: bubbles out of shadow roots, untranslated.
    const apiError = oneEvent(document, 'rtkApiError') as Promise<RtkApiErrorEvent>;
    button(el).click();
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.match(/^Share screen failed: /);
    const error = await apiError;
    expect(error.composed && error.bubbles).to.equal(true);
    expect(error.detail.trace).to.equal('self.enableScreenShare');
    expect(error.detail.message).to.be.a('string').and.not.equal('');
    await settled(el);
    expect(meeting.self.screenShareEnabled).to.equal(false);
    expect(nameOf(button(el))).to.equal('Share screen');
  });

  it('is hidden when the preset does not allow screen sharing', async () => {
    const { el } = await mountWithMeeting<RtkScreenShareToggle>(
      html`<rtk-screen-share-toggle></rtk-screen-share-toggle>`,
      {
        join: true,
        preset: 'livestream-viewer',
      },
    );
    await settled(el);
    expect(el.hidden).to.equal(true);
    expect(button(el)).to.equal(undefined);
  });

  it('asks a webinar viewer to request the stage, then waits for a host', async () => {
    const { el, meeting } = await mountWithMeeting<RtkScreenShareToggle>(
      html`<rtk-screen-share-toggle></rtk-screen-share-toggle>`,
      { join: true, preset: 'webinar-viewer' },
    );
    await settled(el);
    expect(nameOf(button(el))).to.equal('Request to share');
    button(el).click();
    await until(() => meeting.stage?.status === 'REQUESTED_TO_JOIN_STAGE', 'no request');
    await settled(el);
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(queryDeep(el, '[role="tooltip"]')!.textContent).to.equal(
      'Waiting for a host to let you on the stage',
    );
    meeting.director.stage.grantSelf();
    await settled(el);
    expect(nameOf(button(el))).to.equal('Share screen');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkScreenShareToggle>(
      html`<rtk-screen-share-toggle .meeting=${meeting}></rtk-screen-share-toggle>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
