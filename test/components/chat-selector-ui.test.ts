import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/chat-selector-ui/rtk-chat-selector-ui.js';
import {
  RtkChatGroupChangedEvent,
  type ChatGroup,
} from '../../src/events/rtk-chat-group-changed.js';
import { nameOf } from '../helpers/fixtures.js';

describe('<rtk-chat-selector-ui>', () => {
  it('lists the conversations with unread counts, and fires rtkChatGroupChanged with the one chosen', async () => {
    const groups: ChatGroup[] = [
      { id: 'everyone', name: 'Everyone' },
      { id: 'u-1', name: 'Ana Lima' },
    ];
    const el = await fixture<HTMLElementTagNameMap['rtk-chat-selector-ui']>(
      html`<rtk-chat-selector-ui .groups=${groups} selected-group-id="everyone" .unreadCounts=${{ 'u-1': 2 }}></rtk-chat-selector-ui>`,
    );
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="group"]')];
    expect(buttons.map((b) => nameOf(b))).to.deep.equal([
      'Everyone',
      'Ana Lima, 2 unread messages',
    ]);
    expect(buttons[0].getAttribute('aria-current')).to.equal('true');
    const changed = oneEvent(el, 'rtkChatGroupChanged');
    buttons[1].click();
    const event = await changed;
    expect(event).to.be.instanceOf(RtkChatGroupChangedEvent);
    expect(event.detail).to.equal(groups[1]);
    await expect(el).to.be.accessible();
  });
});
