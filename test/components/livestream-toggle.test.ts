import { expect, html } from '@open-wc/testing';
import '../../src/components/livestream-toggle/rtk-livestream-toggle.js';
import type { RtkLivestreamToggle } from '../../src/components/livestream-toggle/rtk-livestream-toggle.js';
import {
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const button = (el: HTMLElement) => queryDeep<HTMLButtonElement>(el, 'button')!;
async function settled(el: HTMLElement) {
  await (el as Updatable).updateComplete;
  await queryDeep<Updatable>(el, 'rtk-controlbar-button')?.updateComplete;
}

describe('<rtk-livestream-toggle>', () => {
  it('lets a livestream host go live and end it', async () => {
    const { el, meeting } = await mountWithMeeting<RtkLivestreamToggle>(
      html`<rtk-livestream-toggle></rtk-livestream-toggle>`,
      {
        join: true,
        preset: 'livestream-host',
      },
    );
    await settled(el);
    expect(nameOf(button(el))).to.equal('Go live');
    button(el).click();
    await until(() => meeting.livestream?.state === 'LIVESTREAMING', 'not live');
    await settled(el);
    expect(nameOf(button(el))).to.equal('End livestream');
    button(el).click();
    await until(() => meeting.livestream?.state === 'IDLE', 'still live');
    await settled(el);
    expect(nameOf(button(el))).to.equal('Go live');
    await expect(el).to.be.accessible();
  });

  it('is hidden outside livestreams and for viewers', async () => {
    const { el } = await mountWithMeeting<RtkLivestreamToggle>(
      html`<rtk-livestream-toggle></rtk-livestream-toggle>`,
      {
        join: true,
      },
    );
    await settled(el);
    expect(el.hidden).to.equal(true);
    const { el: viewer } = await mountWithMeeting<RtkLivestreamToggle>(
      html`<rtk-livestream-toggle></rtk-livestream-toggle>`,
      {
        join: true,
        preset: 'livestream-viewer',
      },
    );
    await settled(viewer);
    expect(viewer.hidden).to.equal(true);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'livestream-host' });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting(
      html`<rtk-livestream-toggle .meeting=${meeting}></rtk-livestream-toggle>`,
    );
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
