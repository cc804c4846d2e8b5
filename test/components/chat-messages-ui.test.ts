import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/chat-messages-ui/rtk-chat-messages-ui.js';
import type { RtkChatMessagesUi } from '../../src/components/chat-messages-ui/chat-messages-ui.js';
import { LegacyPinMessageEvent } from '../../src/events/pin-message.js';
import { manyMessages } from '../../stories/helpers/chat-messages.js';
import { deepText, queryAllDeep } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

describe('<rtk-chat-messages-ui>', () => {
  it('lists the given messages and fires pinMessage with the message chosen', async () => {
    const messages = manyMessages(3, ['First', 'Second', 'Third']);
    const el = await fixture<RtkChatMessagesUi>(
      html`<rtk-chat-messages-ui style="display: flex; block-size: 400px" can-pin-messages .messages=${messages}></rtk-chat-messages-ui>`,
    );
    const rows = await until(() => {
      const found = queryAllDeep<HTMLElement>(el, 'rtk-chat-message');
      return found.length === 3 ? found : undefined;
    }, 'messages not rendered');
    expect(deepText(el)).to.contain('Second');
    const second = rows.find((r) => deepText(r).includes('Second'))!;
    const view = second.shadowRoot!.querySelector('rtk-message-view')!;
    const leaked: Event[] = [];
    el.addEventListener('pin', (e) => leaked.push(e));
    const pinned = oneEvent(el, 'pinMessage');
    view.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!.click();
    const item = await until(
      () => view.shadowRoot!.querySelector<HTMLElement>('rtk-menu-item[data-action="pin"]'),
      'no "pin"',
    );
    item.click();
    const event = await pinned;
    expect(event).to.be.instanceOf(LegacyPinMessageEvent);
    expect(event.detail).to.equal(messages[1]);
    expect(leaked, "the row's pin event stays inside").to.have.length(0);
  });
});
