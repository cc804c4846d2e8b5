import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/chat/rtk-chat.js';
import type { RtkChat } from '../../src/components/chat/chat.js';
import { EditMessageInitEvent } from '../../src/events/edit-message-init.js';
import { RtkChatSelectorChangeEvent } from '../../src/events/rtk-chat-selector-change.js';
import type { TextMessage } from '../../src/meeting/chat.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
  watchErrors,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

async function settled(el: HTMLElement): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await (el as RtkChat).updateComplete;
    await Promise.all(
      queryAllDeep<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*').map(
        (e) => e.updateComplete,
      ),
    );
  }
}

async function mount() {
  const { el, meeting } = await mountWithMeeting<RtkChat>(
    html`<rtk-chat style="block-size: 500px"></rtk-chat>`,
    { join: true, people: 2 },
  );
  await settled(el);
  return { el, meeting };
}

const status = (el: RtkChat) => el.shadowRoot!.querySelector('[role="status"]')!;
const field = (el: RtkChat) =>
  queryDeep<HTMLTextAreaElement>(el, 'rtk-chat-composer-ui textarea') ??
  queryDeep<HTMLTextAreaElement>(el.shadowRoot!.querySelector('rtk-chat-composer-ui')!, 'textarea');

describe('<rtk-chat>', function () {
  it('shows the header, the conversation selector, the messages and the composer', async () => {
    const { el } = await mount();
    expect(el.shadowRoot!.querySelector('rtk-chat-header')).to.exist;
    expect(el.shadowRoot!.querySelector('rtk-chat-selector')).to.exist;
    expect(el.shadowRoot!.querySelector('rtk-chat-messages-ui-paginated')).to.exist;
    expect(el.shadowRoot!.querySelector('rtk-chat-composer-ui')).to.exist;
    expect(deepText(el.shadowRoot!.querySelector('rtk-chat-header')!)).to.contain('Chat');
    expect(buttonByName(el, 'Close chat')).to.exist;
  });

  it('closes through the UI states', async () => {
    const { el } = await mount();
    const update = oneEvent(el, 'rtkStateUpdate');
    buttonByName(el, 'Close chat')!.click();
    expect((await update).detail).to.deep.equal({ activeSidebar: false });
  });

  it('switches to a private conversation: the list and the composer follow', async () => {
    const { el, meeting } = await mount();
    const [ana] = meeting.director.people;
    const selector = el.shadowRoot!.querySelector('rtk-chat-selector')!;
    selector.dispatchEvent(
      new RtkChatSelectorChangeEvent({
        conversation: ana.userId,
        recipient: { userId: ana.userId, name: ana.name },
      }),
    );
    await settled(el);
    const list = el.shadowRoot!.querySelector('rtk-chat-messages-ui-paginated') as HTMLElement & {
      privateChatRecipient?: { userId: string };
    };
    expect(list.privateChatRecipient?.userId).to.equal(ana.userId);
    expect(
      (
        el.shadowRoot!.querySelector('rtk-chat-composer-ui') as HTMLElement & {
          conversation: string;
        }
      ).conversation,
    ).to.equal(ana.userId);
    expect(deepText(el.shadowRoot!.querySelector('rtk-chat-header')!)).to.contain(
      `Private chat with ${ana.name}`,
    );
  });

  it('announces messages that arrive in another conversation, once', async () => {
    const { el, meeting } = await mount();
    const [ana] = meeting.director.people;
    meeting.director.chat.send(ana.name, 'in public');
    await settled(el);
    // The message list announces the open conversation's messages itself.
    expect(status(el).textContent).to.equal('');
    meeting.director.chat.send(ana.name, 'only you', { private: true });
    await settled(el);
    expect(status(el).textContent).to.equal(`Private message from ${ana.name}: only you`);
  });

  it('puts the composer in edit mode from the list, and saves with editTextMessage', async () => {
    const { el, meeting } = await mount();
    await meeting.chat.sendTextMessage('Typo hree');
    const mine = meeting.chat.messages[0] as TextMessage;
    const list = el.shadowRoot!.querySelector('rtk-chat-messages-ui-paginated')!;
    list.dispatchEvent(new EditMessageInitEvent(mine));
    await settled(el);
    await until(() => field(el)?.value === 'Typo hree', 'prefilled');
    const composerView = queryDeep<HTMLElement & { setText(t: string): void; submit(): void }>(
      el,
      'rtk-chat-composer-view',
    )!;
    composerView.setText('Typo here');
    await settled(el);
    composerView.submit();
    await until(() => (meeting.chat.messages[0] as TextMessage).message === 'Typo here');
    await settled(el);
    expect(deepText(el)).not.to.contain('Editing your message');
  });

  it('does not edit messages of others', async () => {
    const { el, meeting } = await mount();
    const theirs = meeting.director.chat.send(meeting.director.people[0].name, 'not yours');
    const list = el.shadowRoot!.querySelector('rtk-chat-messages-ui-paginated')!;
    list.dispatchEvent(new EditMessageInitEvent(theirs));
    await settled(el);
    expect(deepText(el)).not.to.contain('Editing your message');
  });

  it('adds dropped files to the composer', async () => {
    const { el } = await mount();
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'dropped.txt', { type: 'text/plain' }));
    el.shadowRoot!.querySelector('rtk-chat-composer-ui')!.dispatchEvent(
      new DragEvent('drop', {
        dataTransfer: transfer,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    await settled(el);
    expect(deepText(el)).to.contain('dropped.txt');
  });

  it('is hidden without a chat module, without throwing', async () => {
    const errors = watchErrors();
    const { el, meeting } = await mount();
    el.meeting = { ...meeting, self: meeting.self, chat: undefined } as never;
    await settled(el);
    errors.stop();
    expect(el.hidden).to.equal(true);
    expect(errors.errors).to.deep.equal([]);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const baseline = totalListeners(meeting);
    const el = await fixture<RtkChat>(html`<rtk-chat .meeting=${meeting}></rtk-chat>`);
    await settled(el);
    expect(totalListeners(meeting)).to.be.greaterThan(baseline);
    el.remove();
    expect(totalListeners(meeting)).to.equal(baseline);
  });

  it('searches the current conversation from the header; Escape clears the search', async () => {
    const { el, meeting } = await mount();
    const [ana, ben] = meeting.director.people;
    meeting.director.chat.send(ana.name, 'The budget is approved');
    meeting.director.chat.send(ben.name, 'Lunch at noon?');
    meeting.director.chat.send(ana.name, 'Private budget note', { private: true });
    await settled(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!;
    expect(input.getAttribute('aria-label')).to.equal('Search messages');
    const list = el.shadowRoot!.querySelector<HTMLElement>('rtk-chat-messages-ui-paginated')!;

    input.focus();
    await sendKeys({ type: 'BUDGET' });
    await until(() => el.shadowRoot!.querySelector('rtk-chat-search-results'), 'no search results');
    const results = el.shadowRoot!.querySelector<
      HTMLElement & { updateComplete: Promise<unknown> }
    >('rtk-chat-search-results')!;
    await until(() => customElements.get('rtk-chat-search-results'), 'results view not loaded');
    await settled(el);
    await until(
      () => deepText(results).includes('1 message found'),
      () => `results: ${deepText(results)}`,
    );
    expect(deepText(results)).to.contain('The budget is approved');
    expect(deepText(results), 'only the current conversation').to.not.contain(
      'Private budget note',
    );
    expect(deepText(results)).to.not.contain('Lunch at noon?');
    expect(list.hidden, 'the conversation is hidden while searching').to.equal(true);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(input.value).to.equal('');
    expect(el.shadowRoot!.querySelector('rtk-chat-search-results')).to.equal(null);
    expect(list.hidden).to.equal(false);
    expect(el.shadowRoot!.activeElement, 'focus stays in the field').to.equal(input);
  });

  it('searches the private conversation when one is open', async () => {
    const { el, meeting } = await mount();
    const [ana] = meeting.director.people;
    meeting.director.chat.send(ana.name, 'Public budget line');
    meeting.director.chat.send(ana.name, 'Private budget note', { private: true });
    el.shadowRoot!.querySelector('rtk-chat-selector')!.dispatchEvent(
      new RtkChatSelectorChangeEvent({
        conversation: ana.userId,
        recipient: { userId: ana.userId, name: ana.name },
      }),
    );
    await settled(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!;
    input.value = 'budget';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => customElements.get('rtk-chat-search-results'), 'results view not loaded');
    await settled(el);
    const results = el.shadowRoot!.querySelector<HTMLElement>('rtk-chat-search-results')!;
    await until(
      () => deepText(results).includes('Private budget note'),
      () => `results: ${deepText(results)}`,
    );
    expect(deepText(results)).to.not.contain('Public budget line');
  });
});
