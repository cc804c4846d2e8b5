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
});
