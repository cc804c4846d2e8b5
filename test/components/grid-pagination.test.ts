import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/grid-pagination/rtk-grid-pagination.js';
import type { RtkGridPagination } from '../../src/components/grid-pagination/rtk-grid-pagination.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  totalListeners,
} from '../helpers/fixtures.js';

async function paged(people = 100) {
  const mounted = await mountWithMeeting<RtkGridPagination>(
    html`<rtk-grid-pagination></rtk-grid-pagination>`,
    { people, join: true },
  );
  await mounted.meeting.participants.setViewMode('PAGINATED');
  await mounted.el.updateComplete;
  return mounted;
}

const pageChanged = (meeting: { participants: { once(e: string, l: () => void): unknown } }) =>
  new Promise<void>((resolve) => meeting.participants.once('pageChanged', () => resolve()));

describe('<rtk-grid-pagination>', () => {
  it('is hidden outside the PAGINATED view mode and with one page', async () => {
    const { el, meeting } = await mountWithMeeting<RtkGridPagination>(
      html`<rtk-grid-pagination></rtk-grid-pagination>`,
      {
        people: 3,
        join: true,
      },
    );
    expect(el.hidden).to.equal(true);
    await meeting.participants.setViewMode('PAGINATED');
    await el.updateComplete;
    expect(meeting.participants.pageCount).to.equal(1);
    expect(el.hidden).to.equal(true);
    meeting.director.addPeople(10);
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
    expect(deepText(el)).to.equal('Page 1 of 2');
  });

  it('pages through 100 people with the buttons, changing participants.active', async () => {
    const { el, meeting } = await paged();
    expect(deepText(el)).to.equal('Page 1 of 12');
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Pages');
    const previous = buttonByName(el, 'Previous page')!;
    expect(previous.disabled).to.equal(true);
    const firstIds = [...meeting.participants.active.keys()];
    const changed = pageChanged(meeting);
    buttonByName(el, 'Next page')!.click();
    await changed;
    await el.updateComplete;
    expect(meeting.participants.currentPage).to.equal(2);
    expect([...meeting.participants.active.keys()]).not.to.deep.equal(firstIds);
    expect(deepText(el)).to.equal('Page 2 of 12');
    expect(buttonByName(el, 'Previous page')!.disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('turns pages with the keyboard: arrows, Home and End', async () => {
    const { el, meeting } = await paged();
    buttonByName(el, 'Next page')!.focus();
    let changed = pageChanged(meeting);
    await sendKeys({ press: 'End' });
    await changed;
    await el.updateComplete;
    expect(deepText(el)).to.equal('Page 12 of 12');
    expect(buttonByName(el, 'Next page')!.disabled).to.equal(true);
    buttonByName(el, 'Previous page')!.focus();
    changed = pageChanged(meeting);
    await sendKeys({ press: 'ArrowLeft' });
    await changed;
    await el.updateComplete;
    expect(deepText(el)).to.equal('Page 11 of 12');
    changed = pageChanged(meeting);
    await sendKeys({ press: 'Home' });
    await changed;
    await el.updateComplete;
    expect(meeting.participants.currentPage).to.equal(1);
    changed = pageChanged(meeting);
    buttonByName(el, 'Next page')!.focus();
    await sendKeys({ press: 'Enter' });
    await changed;
    expect(meeting.participants.currentPage).to.equal(2);
  });

  it('reports a rejected setPage and keeps showing the real page', async () => {
    const { el, meeting } = await paged();
    const participants = meeting.participants as unknown as {
      setPage: (page: number) => Promise<void>;
    };
    participants.setPage = () => Promise.reject(new Error('Rate limited'));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    buttonByName(el, 'Next page')!.click();
    const event = await notified;
    expect(event.detail.message).to.equal('Turning the page failed: Rate limited');
    await el.updateComplete;
    expect(deepText(el)).to.equal('Page 1 of 12');
  });

  it('tolerates a meeting without participants and leaves no listener', async () => {
    const { el } = await mountWithMeeting<RtkGridPagination>(
      html`<rtk-grid-pagination .meeting=${{ self: {} } as never}></rtk-grid-pagination>`,
    );
    expect(el.hidden).to.equal(true);
    const meeting = await demoMeeting({ people: 20, join: true });
    const before = totalListeners(meeting);
    const mounted = await mountWithMeeting<RtkGridPagination>(
      html`<rtk-grid-pagination .meeting=${meeting}></rtk-grid-pagination>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    mounted.el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
