import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/chat-message/rtk-chat-message.js';
import type { RtkChatMessage } from '../../src/components/chat-message/chat-message.js';
import { ChatMessageDeleteEvent } from '../../src/events/chat-message-delete.js';
import { ChatMessageEditEvent } from '../../src/events/chat-message-edit.js';
import { ChatMessagePinEvent } from '../../src/events/chat-message-pin.js';
import { ChatMessageReplyEvent } from '../../src/events/chat-message-reply.js';
import { textMessage } from '../../stories/helpers/chat-messages.js';
import { deepText } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

async function choose(el: RtkChatMessage, action: string): Promise<void> {
  const view = el.shadowRoot!.querySelector('rtk-message-view')!;
  view.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!.click();
  const item = await until(
    () => view.shadowRoot!.querySelector<HTMLElement>(`rtk-menu-item[data-action="${action}"]`),
    `no "${action}"`,
  );
  item.click();
}

describe('<rtk-chat-message>', () => {
  it('shows the message and fires edit, delete, pin and reply with the message', async () => {
    const message = textMessage('Agenda attached');
    const el = await fixture<RtkChatMessage>(
      html`<rtk-chat-message .message=${message} is-self can-edit can-delete can-pin can-reply></rtk-chat-message>`,
    );
    expect(deepText(el)).to.contain('Agenda attached');
    const leaked: Event[] = [];
    el.addEventListener('action', (e) => leaked.push(e));
    const expected = {
      edit: ChatMessageEditEvent,
      delete: ChatMessageDeleteEvent,
      pin: ChatMessagePinEvent,
      reply: ChatMessageReplyEvent,
    };
    for (const [name, EventClass] of Object.entries(expected)) {
      const fired = oneEvent(el, name);
      await choose(el, name);
      const event = await fired;
      expect(event, name).to.be.instanceOf(EventClass);
      expect(event.detail, name).to.equal(message);
    }
    expect(leaked, 'the inner action event stays inside').to.have.length(0);
  });
});
