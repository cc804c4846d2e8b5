import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/leave-button/rtk-leave-button.js';
import type { RtkLeaveButton } from '../../src/components/leave-button/rtk-leave-button.js';
import { DemoClientError } from '../../src/demo/index.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import { mountWithMeeting, nameOf, queryDeep } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const button = (el: RtkLeaveButton) => queryDeep<HTMLButtonElement>(el, 'button')!;

describe('<rtk-leave-button>', () => {
  it('is a "Leave" button that leaves the meeting', async () => {
    const { el, meeting } = await mountWithMeeting<RtkLeaveButton>(
      html`<rtk-leave-button></rtk-leave-button>`,
      {
        join: true,
      },
    );
    expect(nameOf(button(el))).to.equal('Leave');
    await expect(el).to.be.accessible();
    button(el).click();
    await until(() => meeting.self.roomState === 'left', 'did not leave');
  });

  it('reports a failed leave and works again', async () => {
    const { el, meeting } = await mountWithMeeting<RtkLeaveButton>(
      html`<rtk-leave-button></rtk-leave-button>`,
      {
        join: true,
      },
    );
    const leave = meeting.leave;
    Object.defineProperty(meeting, 'leave', {
      value: () => Promise.reject(new DemoClientError('0003', 'The server did not answer.')),
    });
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    button(el).click();
    const { detail } = await notified;
    expect(detail.message).to.equal('Leave meeting failed: The server did not answer.');
    await until(() => button(el).getAttribute('aria-busy') !== 'true');
    expect(meeting.self.roomState).to.equal('joined');
    Object.defineProperty(meeting, 'leave', { value: leave });
    button(el).click();
    await until(() => meeting.self.roomState === 'left', 'did not leave');
  });

  it('renders nothing without a usable meeting', async () => {
    const { el } = await mountWithMeeting<RtkLeaveButton>(
      html`<rtk-leave-button .meeting=${{} as never}></rtk-leave-button>`,
    );
    expect(el.shadowRoot!.querySelector('rtk-controlbar-button')).to.equal(null);
  });
});
