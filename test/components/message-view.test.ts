import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/message-view/rtk-message-view.js';
import type { RtkMessageView } from '../../src/components/message-view/message-view.js';
import { MessageActionEvent, type MessageAction } from '../../src/events/message-action.js';
import { deepText } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const actions: MessageAction[] = [
  { id: 'reply', label: 'Reply', icon: 'reply' },
  { id: 'pin', label: 'Pin', icon: 'pin' },
];

describe('<rtk-message-view>', () => {
  it('shows the sender and content, and reports the chosen action as a MessageActionEvent', async () => {
    const el = await fixture<RtkMessageView>(
      html`<rtk-message-view author-name="Amara Okafor" .time=${new Date(2026, 0, 15, 10, 30)} .actions=${actions}>Hello</rtk-message-view>`,
    );
    expect(deepText(el)).to.contain('Amara Okafor');
    expect(deepText(el)).to.contain('Hello');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Message options');
    button.click();
    const item = await until(
      () => el.shadowRoot!.querySelector<HTMLElement>('rtk-menu-item[data-action="pin"]'),
      'menu not loaded',
    );
    expect(deepText(item)).to.contain('Pin');
    const chosen = oneEvent(el, 'action');
    item.click();
    const event = await chosen;
    expect(event).to.be.instanceOf(MessageActionEvent);
    expect(event.detail).to.equal('pin');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('keeps its text clear of the options button, and two short rows apart', async () => {
    const long = 'A long message that wraps over several lines of the chat panel. '.repeat(4);
    const box = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <rtk-message-view hide-author-name hide-avatar .actions=${actions}>${long}</rtk-message-view>
        <rtk-message-view hide-author-name hide-avatar .actions=${actions}>ok</rtk-message-view>
        <rtk-message-view hide-author-name hide-avatar .actions=${actions}>fine</rtk-message-view>
      </div>`,
    );
    const views = [...box.querySelectorAll<RtkMessageView>('rtk-message-view')];
    await Promise.all(views.map((v) => v.updateComplete));
    const buttons = views.map((v) =>
      v.shadowRoot!.querySelector<HTMLElement>('[part="menu-button"]')!.getBoundingClientRect(),
    );
    const text = views[0]!.shadowRoot!.querySelector('[part="message"]')!.getBoundingClientRect();
    expect(text.right).to.be.at.most(buttons[0]!.left);
    expect(buttons[1]!.bottom).to.be.at.most(buttons[2]!.top);
  });
});
