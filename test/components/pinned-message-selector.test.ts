import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/pinned-message-selector/rtk-pinned-message-selector.js';
import type { RtkPinnedMessageSelector } from '../../src/components/pinned-message-selector/pinned-message-selector.js';
import { RtkDropdownToggleEvent } from '../../src/events/rtk-dropdown-toggle.js';
import { RtkPinnedMessageSelectEvent } from '../../src/events/rtk-pinned-message-select.js';
import { deepText, mountWithMeeting } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

describe('<rtk-pinned-message-selector>', () => {
  it('shows the pinned messages; opening the list and choosing one fire their events', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPinnedMessageSelector>(
      html`<rtk-pinned-message-selector></rtk-pinned-message-selector>`,
      { join: true, people: 2 },
    );
    const [ana] = meeting.director.people;
    const first = meeting.director.chat.send(ana.name, 'Agenda: budget');
    meeting.director.chat.send(ana.name, 'Not pinned');
    meeting.director.chat.pin(first.id);
    const bar = await until(
      () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="bar"]'),
      'bar not shown',
    );
    expect(deepText(bar)).to.contain('Agenda: budget');
    expect(bar.getAttribute('aria-expanded')).to.equal('false');

    const opened = oneEvent(el, 'rtkDropdownToggle');
    bar.click();
    const toggle = await opened;
    expect(toggle).to.be.instanceOf(RtkDropdownToggleEvent);
    expect(toggle.detail).to.deep.equal({ open: true });
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="item"]')];
    expect(items.map((b) => deepText(b))).to.deep.equal([`${ana.name} Agenda: budget`]);

    const selected = oneEvent(el, 'rtkPinnedMessageSelect');
    const closed = oneEvent(el, 'rtkDropdownToggle');
    items[0].click();
    const event = await selected;
    expect(event).to.be.instanceOf(RtkPinnedMessageSelectEvent);
    expect(event.detail.message.id).to.equal(first.id);
    expect((await closed).detail).to.deep.equal({ open: false });
  });
});
