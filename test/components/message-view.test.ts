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

  it("draws its text itself (one element): Markdown, a reply's quote, tags as text, the avatar", async () => {
    const el = await fixture<RtkMessageView>(
      html`<rtk-message-view
        author-name="Amara Okafor"
        .text=${'<blockquote>Lin Wei\nLunch?</blockquote>\n\nSure, **noon** at <b>the</b> [place](https://example.com)'}
      ></rtk-message-view>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('rtk-text-message-view, rtk-markdown-view, rtk-avatar')).to.equal(
      null,
    );
    expect(root.querySelector('[part="quote-author"]')!.textContent).to.equal('Lin Wei');
    expect(root.querySelector('[part="quote"]')!.textContent).to.contain('Lunch?');
    expect(root.querySelector('strong')!.textContent).to.equal('noon');
    expect(root.querySelector('b'), 'a tag in the text stays text').to.equal(null);
    expect(deepText(el)).to.contain('<b>the</b>');
    const link = root.querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link.href).to.equal('https://example.com/');
    expect(link.rel).to.contain('noopener');
    const avatar = root.querySelector('[part="avatar"]')!;
    expect(avatar.textContent!.trim()).to.equal('AO');
    expect(avatar.getAttribute('aria-hidden'), 'the name is written beside it').to.equal('true');
  });

  it('clamps a long text with "Show more", and shows initials when the picture fails', async () => {
    const long = `${'word '.repeat(1200)}END`;
    const el = await fixture<RtkMessageView>(
      html`<rtk-message-view author-name="Amara Okafor" avatar-url="https://invalid.example/x.png" .text=${long}></rtk-message-view>`,
    );
    expect(deepText(el)).not.to.contain('END');
    const more = el.shadowRoot!.querySelector<HTMLElement>('[part="more"]')!;
    expect(deepText(more)).to.equal('Show more');
    more.click();
    await until(() => deepText(el).includes('END'), 'not expanded');
    el.text = 'Short now';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
    await until(
      () => el.shadowRoot!.querySelector('[part="initials"]'),
      'no initials after the picture failed',
    );
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
