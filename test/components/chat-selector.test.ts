import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/chat-selector/rtk-chat-selector.js';
import type { RtkChatSelector } from '../../src/components/chat-selector/chat-selector.js';
import { RtkChatSelectorChangeEvent } from '../../src/events/rtk-chat-selector-change.js';
import { RtkDropdownToggleEvent } from '../../src/events/rtk-dropdown-toggle.js';
import {
  deepActiveElement,
  deepText,
  mountWithMeeting,
  nameOf,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

async function settled(el: RtkChatSelector): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await Promise.all(
      queryAllDeep<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*').map(
        (e) => e.updateComplete,
      ),
    );
  }
}

async function mount(people = 3) {
  const { el, meeting } = await mountWithMeeting<RtkChatSelector>(
    html`<rtk-chat-selector></rtk-chat-selector>`,
    { join: true, people },
  );
  el.addEventListener('rtkChatSelectorChange', (e) => (el.conversation = e.detail.conversation));
  await settled(el);
  return { el, meeting };
}

const trigger = (el: RtkChatSelector) => queryDeep<HTMLButtonElement>(el, '[part="trigger"]')!;
const groups = (el: RtkChatSelector) => queryAllDeep<HTMLButtonElement>(el, '[part~="group"]');

describe('<rtk-chat-selector>', function () {
  it('lists everyone and each person; choosing one fires rtkChatSelectorChange', async () => {
    const { el, meeting } = await mount();
    expect(deepText(trigger(el))).to.contain('Chat with: Everyone');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    const opened = oneEvent(el, 'rtkDropdownToggle');
    trigger(el).click();
    const toggle = await opened;
    expect(toggle).to.be.instanceOf(RtkDropdownToggleEvent);
    expect(toggle.detail).to.deep.equal({ open: true });
    await settled(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    const names = groups(el).map((b) => nameOf(b));
    expect(names[0]).to.equal('Everyone');
    const people = meeting.director.people.map((p) => p.name).sort((a, b) => a.localeCompare(b));
    expect(names.slice(1)).to.deep.equal(people);
    expect(groups(el)[0].getAttribute('aria-current')).to.equal('true');
    const changed = oneEvent(el, 'rtkChatSelectorChange');
    const closed = oneEvent(el, 'rtkDropdownToggle');
    groups(el)[1].click();
    const event = await changed;
    expect(event).to.be.instanceOf(RtkChatSelectorChangeEvent);
    expect((await closed).detail).to.deep.equal({ open: false });
    const person = meeting.director.people.find((p) => p.name === people[0])!;
    expect(event.detail).to.deep.equal({
      conversation: person.userId,
      recipient: { userId: person.userId, id: person.id, name: person.name },
    });
    await settled(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(deepText(trigger(el))).to.contain(`Chat with: ${person.name}`);
    await expect(el).to.be.accessible();
  });

  it('counts unread messages per conversation and clears the one opened', async () => {
    const { el, meeting } = await mount();
    const [ana] = meeting.director.people;
    meeting.director.chat.send(ana.name, 'psst', { private: true });
    meeting.director.chat.send(ana.name, 'still there?', { private: true });
    meeting.director.chat.send(ana.name, 'public hello');
    await meeting.chat.sendTextMessage('mine');
    await settled(el);
    // The public message is in the open conversation: not unread.
    expect(queryDeep(el, '[part="unread-count"]')!.textContent).to.equal('2');
    expect(deepText(trigger(el))).to.contain('2 unread messages');
    trigger(el).click();
    await settled(el);
    const anaButton = groups(el).find((b) => nameOf(b).startsWith(ana.name))!;
    expect(nameOf(anaButton)).to.equal(`${ana.name}, 2 unread messages`);
    anaButton.click();
    await settled(el);
    expect(queryDeep(el, '[part="unread-count"]')).to.equal(undefined);
  });

  it('is keyboard-operable: arrows move, Enter chooses, Escape closes and returns focus', async () => {
    const { el } = await mount();
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await until(() => deepActiveElement() === groups(el)[0], 'focus on the current conversation');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(groups(el)[1]);
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()).to.equal(groups(el)[groups(el).length - 1]);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(trigger(el));
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await until(() => deepActiveElement() === groups(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    const changed = oneEvent(el, 'rtkChatSelectorChange');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.conversation).not.to.equal('everyone');
  });

  it('offers a search field with many people', async () => {
    const { el } = await mount(8);
    trigger(el).click();
    await settled(el);
    const search = queryDeep<HTMLInputElement>(el, '[part="search-input"]')!;
    expect(search.getAttribute('aria-label')).to.equal('Search people');
    const name = nameOf(groups(el)[2]);
    search.value = name.slice(0, 5);
    search.dispatchEvent(new InputEvent('input'));
    await settled(el);
    expect(groups(el).map((b) => nameOf(b))).to.include(name);
    expect(groups(el).length).to.be.lessThan(9);
  });

  it('is hidden when private chat is not allowed, or without a chat module', async () => {
    const { el, meeting } = await mount();
    meeting.director.updatePermissions({
      chat: { private: { canSend: false, canReceive: false } },
    });
    await settled(el);
    expect(el.hidden).to.equal(true);
    el.meeting = { ...meeting, self: meeting.self, chat: undefined } as never;
    await settled(el);
    expect(el.hidden).to.equal(true);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const { el, meeting } = await mount();
    const withIt = totalListeners(meeting);
    el.remove();
    expect(totalListeners(meeting)).to.equal(withIt - 5);
  });
});
