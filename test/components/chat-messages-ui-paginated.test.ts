import { expect, html, oneEvent } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../../src/components/chat-messages-ui-paginated/rtk-chat-messages-ui-paginated.js';
import type { RtkChatMessagesUiPaginated } from '../../src/components/chat-messages-ui-paginated/rtk-chat-messages-ui-paginated.js';
import type { RtkMessageView } from '../../src/components/message-view/rtk-message-view.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import { DeleteMessageEvent } from '../../src/events/delete-message.js';
import { EditMessageInitEvent } from '../../src/events/edit-message-init.js';
import { PinMessageEvent } from '../../src/events/pin-message.js';
import type { Message, TextMessage } from '../../src/meeting/chat.js';
import {
  deepText,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
  type MountOptions,
} from '../helpers/fixtures.js';
import { brokenImageFailed, until } from '../helpers/wait.js';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

async function mount(options: MountOptions = {}, props: Partial<RtkChatMessagesUiPaginated> = {}) {
  const { el: box, meeting } = await mountWithMeeting<HTMLDivElement>(
    html`<div style="block-size: 480px; inline-size: 400px; display: flex; flex-direction: column">
      <rtk-chat-messages-ui-paginated></rtk-chat-messages-ui-paginated>
    </div>`,
    { join: true, people: 3, seed: 7, ...options },
  );
  const el = box.querySelector('rtk-chat-messages-ui-paginated')!;
  Object.assign(el, props);
  await settle(el);
  return { el, meeting };
}

async function settle(el: RtkChatMessagesUiPaginated) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await Promise.all(
      queryAllDeep<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*').map(
        (e) => e.updateComplete,
      ),
    );
  }
}

function views(el: Element): RtkMessageView[] {
  return queryAllDeep<RtkMessageView>(el, 'rtk-message-view');
}

function viewOf(el: Element, text: string): RtkMessageView | undefined {
  return views(el).find((v) => deepText(v).includes(text));
}

async function waitForText(el: Element, text: string) {
  await until(() => viewOf(el, text), `no message "${text}"`);
  return viewOf(el, text)!;
}

async function choose(view: RtkMessageView, action: string) {
  const button = view.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
  expect(button, 'menu button').to.exist;
  button.click();
  await until(
    () => view.shadowRoot!.querySelector(`rtk-menu-item[data-action="${action}"]`),
    `no "${action}" action`,
  );
  view.shadowRoot!.querySelector<HTMLElement>(`rtk-menu-item[data-action="${action}"]`)!.click();
}

async function actionsOf(view: RtkMessageView): Promise<string[]> {
  return (view.actions ?? []).map((a) => a.id);
}

function personName(meeting: DemoMeeting, i = 0): string {
  return meeting.participants.joined.toArray()[i].name;
}

describe('<rtk-chat-messages-ui-paginated>', () => {
  it('shows the history loaded on join, as a named list, and passes axe', async () => {
    const { el } = await mount({ chatHistory: 6 });
    await until(() => views(el).length > 0, 'no message rendered');
    const list = queryDeep(el, '[role="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Messages');
    expect(queryAllDeep(el, '[part="day"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it("keeps the day separator and the messages off the panel's edges", async () => {
    const { el } = await mount({ chatHistory: 6 });
    await until(() => queryDeep(el, '[part="day"]') && views(el).length > 0, 'no rows');
    const list = queryDeep(el, 'rtk-message-list-view')!.getBoundingClientRect();
    const day = queryDeep(el, '[part="day"]')!;
    for (const row of [day, ...views(el).map((v) => queryDeep(v, '[part="avatar"]') ?? v)]) {
      const box = row.getBoundingClientRect();
      expect(box.left - list.left, 'inset from the start edge').to.be.at.least(8);
    }
    const text = queryDeep(views(el)[0], '[part="message"]') ?? views(el)[0];
    expect(
      list.right - text.getBoundingClientRect().right,
      'inset from the end edge',
    ).to.be.at.least(8);
  });

  it('shows an empty state without messages', async () => {
    const { el } = await mount();
    expect(deepText(el)).to.contain('No messages yet.');
  });

  it('receives messages live and groups consecutive ones of one sender', async () => {
    const { el, meeting } = await mount();
    const name = personName(meeting);
    meeting.director.chat.send(name, 'First line');
    meeting.director.chat.send(name, 'Second line');
    const first = await waitForText(el, 'First line');
    const second = await waitForText(el, 'Second line');
    expect(first.hideAuthorName).to.equal(false);
    expect(deepText(first)).to.contain(name);
    expect(second.hideAuthorName).to.equal(true);
    expect(second.hideAvatar).to.equal(true);
  });

  it('after a burst of live messages, all of the newest one is in view', async () => {
    const { el, meeting } = await mount();
    const list = () => queryDeep<HTMLElement>(el, 'lit-virtualizer')!;
    const gap = () => {
      const newest = viewOf(el, 'Third, the newest');
      if (!newest) return Infinity;
      return newest.getBoundingClientRect().bottom - list().getBoundingClientRect().bottom;
    };
    meeting.director.chat.send(
      personName(meeting, 0),
      'First of a burst, long enough to wrap over two lines in this list',
    );
    meeting.director.chat.send(personName(meeting, 1), 'Second of the burst');
    meeting.director.chat.send(
      personName(meeting, 2),
      'Third, the newest, also long enough to wrap over two lines here',
    );
    await until(
      async () => {
        await settle(el);
        return gap() <= 1;
      },
      () => `the newest message ends ${gap()} px below the bottom of the list`,
    );
  });

  it('announces new messages from others politely', async () => {
    const { el, meeting } = await mount();
    const name = personName(meeting);
    meeting.director.chat.send(name, 'Can you hear me?');
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await until(() => live.textContent!.includes('Can you hear me?'), 'not announced');
    expect(live.textContent).to.contain(name);
  });

  it('shows own messages with edit and delete, and asks the composer to edit', async () => {
    const { el, meeting } = await mount();
    await meeting.chat!.sendTextMessage('My own words');
    const view = await waitForText(el, 'My own words');
    expect(view.isSelf).to.equal(true);
    expect(await actionsOf(view)).to.include.members(['edit', 'delete']);
    const event = oneEvent(el, 'editMessageInit');
    await choose(view, 'edit');
    const init = await event;
    expect(init).to.be.instanceOf(EditMessageInitEvent);
    const { detail } = init;
    expect(detail.message.message).to.equal('My own words');
    expect(detail.payload).to.equal(detail.message);
    expect(detail.flags.isEdit).to.equal(true);
  });

  it('shows edits with an "Edited" mark', async () => {
    const { el, meeting } = await mount();
    const msg = meeting.director.chat.send(personName(meeting), 'Before');
    await waitForText(el, 'Before');
    meeting.director.chat.edit(msg.id, 'After');
    const view = await waitForText(el, 'After');
    expect(deepText(view)).to.contain('Edited');
    expect(viewOf(el, 'Before')).to.equal(undefined);
  });

  it('deletes an own message after confirmation', async () => {
    const { el, meeting } = await mount();
    await meeting.chat!.sendTextMessage('Delete me');
    const view = await waitForText(el, 'Delete me');
    await choose(view, 'delete');
    await until(() => queryDeep(el, 'rtk-dialog[open]'), 'no confirmation');
    const dialog = queryDeep(el, 'rtk-dialog')!;
    expect(deepText(dialog)).to.contain('Delete message?');
    const confirm = queryAllDeep<HTMLElement>(dialog, 'rtk-button').find(
      (b) => deepText(b) === 'Delete',
    )!;
    const deleting = oneEvent(el, 'deleteMessage');
    confirm.click();
    const event = await deleting;
    expect(event).to.be.instanceOf(DeleteMessageEvent);
    expect(event.cancelable).to.equal(true);
    expect((event.detail.message as TextMessage).message).to.equal('Delete me');
    await until(
      () => !meeting.chat!.messages.some((m) => (m as TextMessage).message === 'Delete me'),
      'not deleted',
    );
    await until(() => !viewOf(el, 'Delete me'), 'still shown');
  });

  it('keeps the message and notifies when deleting fails', async () => {
    const { el, meeting } = await mount();
    await meeting.chat!.sendTextMessage('Stays');
    const view = await waitForText(el, 'Stays');
    meeting.chat!.deleteMessage = () => Promise.reject(new Error('Server said no'));
    const notified = oneEvent(el, 'rtkNotification');
    await choose(view, 'delete');
    await until(() => queryDeep(el, 'rtk-dialog[open]'), 'no confirmation');
    queryAllDeep<HTMLElement>(queryDeep(el, 'rtk-dialog')!, 'rtk-button')
      .find((b) => deepText(b) === 'Delete')!
      .click();
    const { detail } = await notified;
    expect(detail.message).to.contain('Server said no');
    await settle(el);
    expect(viewOf(el, 'Stays')).to.exist;
  });

  it('cancelling the confirmation keeps the message', async () => {
    const { el, meeting } = await mount();
    await meeting.chat!.sendTextMessage('Keep me');
    await choose(await waitForText(el, 'Keep me'), 'delete');
    await until(() => queryDeep(el, 'rtk-dialog[open]'), 'no confirmation');
    queryAllDeep<HTMLElement>(queryDeep(el, 'rtk-dialog')!, 'rtk-button')
      .find((b) => deepText(b) === 'Cancel')!
      .click();
    await until(() => !queryDeep(el, 'rtk-dialog'), 'dialog still open');
    expect(meeting.chat!.messages.some((m) => (m as TextMessage).message === 'Keep me')).to.equal(
      true,
    );
  });

  it('pins and unpins when permitted', async () => {
    const { el, meeting } = await mount();
    meeting.director.chat.send(personName(meeting), 'Pin this');
    const view = await waitForText(el, 'Pin this');
    expect(await actionsOf(view)).to.deep.equal(['reply', 'pin']);
    const pinning = oneEvent(el, 'pinMessage');
    await choose(view, 'pin');
    const event = await pinning;
    expect(event).to.be.instanceOf(PinMessageEvent);
    expect(event.cancelable).to.equal(true);
    expect((event as PinMessageEvent).detail.pinned).to.equal(true);
    expect(((event as PinMessageEvent).detail.message as TextMessage).message).to.equal('Pin this');
    await until(() => viewOf(el, 'Pin this')?.pinned, 'not pinned');
    expect(deepText(viewOf(el, 'Pin this')!)).to.contain('Pinned');
    expect(await actionsOf(viewOf(el, 'Pin this')!)).to.deep.equal(['reply', 'unpin']);
  });

  it('leaves the pin to the page when it cancels pinMessage', async () => {
    const { el, meeting } = await mount();
    meeting.director.chat.send(personName(meeting), 'Pin it yourself');
    const view = await waitForText(el, 'Pin it yourself');
    let pinCalls = 0;
    const pin = meeting.chat!.pin.bind(meeting.chat);
    meeting.chat!.pin = (id: string) => {
      pinCalls++;
      return pin(id);
    };
    el.addEventListener('pinMessage', (e) => e.preventDefault(), { once: true });
    const pinning = oneEvent(el, 'pinMessage');
    await choose(view, 'pin');
    expect((await pinning).defaultPrevented).to.equal(true);
    await settle(el);
    expect(pinCalls).to.equal(0);
    expect(viewOf(el, 'Pin it yourself')!.pinned).to.equal(false);
  });

  it('notifies and stays unpinned when the meeting refuses the pin', async () => {
    // Offered by the app (canPinMessages) although the preset may not pin: the demo rejects.
    const { el, meeting } = await mount({}, { canPinMessages: true });
    meeting.director.updatePermissions({ pinParticipant: false });
    meeting.director.chat.send(personName(meeting), 'Cannot pin this');
    const view = await waitForText(el, 'Cannot pin this');
    const notified = oneEvent(el, 'rtkNotification');
    await choose(view, 'pin');
    const { detail } = await notified;
    expect(detail.message).to.match(/permission/i);
    await settle(el);
    expect(viewOf(el, 'Cannot pin this')!.pinned).to.equal(false);
    expect(await actionsOf(viewOf(el, 'Cannot pin this')!)).to.deep.equal(['reply', 'pin']);
  });

  it('offers no pin and no edit without the permissions', async () => {
    const { el, meeting } = await mount();
    await meeting.chat!.sendTextMessage('Mine');
    meeting.director.updatePermissions({
      pinParticipant: false,
      chat: { public: { canSend: false, text: false, files: false } },
    });
    await settle(el);
    await until(
      async () => !(await actionsOf(viewOf(el, 'Mine')!)).includes('edit'),
      'edit still offered',
    );
    expect(await actionsOf(viewOf(el, 'Mine')!)).to.deep.equal(['delete']);
  });

  it('shows one private conversation when a recipient is set', async () => {
    const { el, meeting } = await mount();
    const person = meeting.participants.joined.toArray()[0];
    meeting.director.chat.send(person.name, 'Public hello');
    meeting.director.chat.send(person.name, 'Secret hello', { private: true });
    await waitForText(el, 'Public hello');
    expect(viewOf(el, 'Secret hello')).to.equal(undefined);
    el.privateChatRecipient = { userId: person.userId, name: person.name };
    await waitForText(el, 'Secret hello');
    expect(viewOf(el, 'Public hello')).to.equal(undefined);
    expect(queryDeep(el, '[role="list"]')!.getAttribute('aria-label')).to.equal(
      `Messages with ${person.name}`,
    );
    expect(deepText(viewOf(el, 'Secret hello')!)).to.contain('Private');
  });

  it('loads older messages through fetchPublicMessages', async () => {
    const { meeting } = await mountWithMeeting<HTMLDivElement>(html`<div></div>`, {
      join: true,
      people: 2,
    });
    const old: Message[] = [1, 2, 3].map((i) => ({
      type: 'text',
      id: `old-${i}`,
      userId: 'someone',
      displayName: 'Old Timer',
      time: new Date(Date.now() - 3_600_000 + i * 1000),
      message: `Old message ${i}`,
    }));
    let asked: unknown;
    meeting.chat!.fetchPublicMessages = async (options) => {
      asked = options;
      return old;
    };
    const box = document.createElement('div');
    box.style.cssText = 'block-size: 400px; display: flex; flex-direction: column';
    const el = document.createElement('rtk-chat-messages-ui-paginated');
    el.meeting = meeting;
    box.append(el);
    document.body.append(box);
    try {
      await waitForText(el, 'Old message 3');
      expect(asked).to.include({ direction: 'before', limit: 25 });
    } finally {
      box.remove();
    }
  });

  it('renders hostile messages, files and images as text only', async () => {
    const { el, meeting } = await mount();
    const name = personName(meeting);
    delete window.__pwned;
    meeting.director.chat.send(
      name,
      '<script>window.__pwned=true</script><img src=x onerror="window.__pwned=true"> [x](javascript:window.__pwned=true) \u202Eevil',
    );
    meeting.director.chat.sendFile(name, {
      name: '<img src=x onerror=window.__pwned=true>.html',
      size: 2048,
      link: 'javascript:window.__pwned=true',
    });
    meeting.director.chat.sendImage(name, 'data:text/html,<script>window.__pwned=true</script>');
    await waitForText(el, '<script>window.__pwned=true</script>');
    await settle(el);
    const all = queryAllDeep(el, '*');
    expect(
      all.filter((e) => ['script', 'iframe', 'object', 'embed'].includes(e.localName)),
    ).to.have.length(0);
    expect(
      queryAllDeep(el, 'img').filter(
        (img) => !/^(data:image\/png|blob:|https?:)/.test((img as HTMLImageElement).src),
      ),
    ).to.have.length(0);
    for (const a of queryAllDeep<HTMLAnchorElement>(el, 'a[href]'))
      expect(a.protocol).to.match(/^(https?|blob|data):$/);
    expect(queryAllDeep(el, '[onerror],[onclick],[onload]')).to.have.length(0);
    expect(deepText(el)).to.contain('No safe download link');
    expect(deepText(el)).to.contain('Image not shown');
    await brokenImageFailed();
    expect(window.__pwned).to.equal(undefined);
  });

  it('shows a 100 kB message clamped, as text, without a window error', async () => {
    // No error filter here: mocha fails the test on any window error, ResizeObserver ones included.
    const { el, meeting } = await mount();
    const name = personName(meeting);
    delete window.__pwned;
    const huge = `<b onmouseover="window.__pwned=true">big</b> ${'word '.repeat(20_000)}END-OF-HUGE`;
    meeting.director.chat.send(name, huge);
    const view = await waitForText(el, '<b onmouseover="window.__pwned=true">big</b>');
    await settle(el);
    expect(deepText(view).length, 'the 100 kB text is clamped').to.be.lessThan(20_000);
    expect(deepText(view)).to.not.contain('END-OF-HUGE');
    expect(queryAllDeep(view, 'b,[onmouseover]')).to.have.length(0);
    expect(
      view.getBoundingClientRect().height,
      'a clamped row keeps a sensible height',
    ).to.be.lessThan(4000);
    meeting.director.chat.send(name, 'After the big one');
    await waitForText(el, 'After the big one');
    await settle(el);
    expect(window.__pwned).to.equal(undefined);
  });

  it('renders nothing and does not throw without a chat module', async () => {
    const { meeting } = await mountWithMeeting<HTMLDivElement>(html`<div></div>`, { join: true });
    const el = document.createElement('rtk-chat-messages-ui-paginated');
    el.meeting = { self: meeting.self } as unknown as DemoMeeting;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.children.length).to.equal(0);
    el.remove();
  });

  it('leaves no listener on the meeting when removed', async () => {
    const { meeting } = await mountWithMeeting<HTMLDivElement>(html`<div></div>`, { join: true });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-chat-messages-ui-paginated');
    el.meeting = meeting;
    document.body.append(el);
    await el.updateComplete;
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });

  describe('work per message (one message, one row)', () => {
    /** Every Lit update from now until `stop()`: the element that updated, in order. */
    function recordUpdates() {
      const updated: Element[] = [];
      const proto = ReactiveElement.prototype as unknown as {
        update(changed: unknown): void;
      };
      const original = proto.update;
      proto.update = function (this: ReactiveElement, changed: unknown) {
        updated.push(this as unknown as Element);
        return original.call(this, changed);
      };
      return { updated, stop: () => (proto.update = original) };
    }

    /** The message row an element belongs to (itself, or the row its shadow root or slot is in). */
    function rowOf(node: Element): RtkMessageView | undefined {
      let current: Node | null = node;
      while (current) {
        if (current instanceof Element && current.localName === 'rtk-message-view')
          return current as RtkMessageView;
        current =
          current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentNode;
      }
      return undefined;
    }

    const rowById = (el: Element, id: string) =>
      views(el).find((v) => v.getAttribute('data-id') === id);

    it('a new message in a 1,000-message chat is at most 3 Lit updates: its own row (one element) and the virtualizer', async () => {
      const { el, meeting } = await mount({ chatHistory: 1000 });
      await until(() => views(el).length > 5, 'no rows');
      const messages = meeting.chat!.messages;
      expect(messages.length).to.be.at.least(1000);
      // From the author of the newest message, within the grouping window: the new row is
      // "continued", and the row before it must not change for that.
      const last = messages[messages.length - 1];
      const previous = rowById(el, last.id)!;
      expect(previous, 'the newest row is shown').to.exist;
      const before = new Set<Element>([el, ...queryAllDeep(el, '*')]);
      const record = recordUpdates();
      try {
        const sent = meeting.director.chat.send(last.userId, 'One more line');
        await until(() => rowById(el, sent.id), 'the new row');
        await settle(el);
        const row = rowById(el, sent.id)!;
        const existing = record.updated.filter((e) => before.has(e));
        const created = record.updated.filter((e) => !before.has(e));
        expect(
          existing.filter((e) => rowOf(e)).map((e) => e.localName),
          'no existing row updated',
        ).to.deep.equal([]);
        expect(
          existing.map((e) => e.localName),
          'elements that were there: the virtualizer only (neither the panel nor its list)',
        ).to.deep.equal(['lit-virtualizer']);
        expect(
          created.map((e) => `${e.localName}${e === row ? ' (the row)' : ''}`),
          'the new row is one element, rendered once',
        ).to.deep.equal(['rtk-message-view (the row)']);
        expect(record.updated.length, 'Lit updates in all').to.be.at.most(3);
        expect(row.hideAuthorName, 'grouped with the message before').to.equal(true);
        expect(previous.isConnected && !record.updated.includes(previous)).to.equal(true);
      } finally {
        record.stop();
      }
      expect(deepText(rowById(el, meeting.chat!.messages.at(-1)!.id)!)).to.contain('One more line');
    });

    it('a new message while reading older ones updates the "new messages" button, no row, at most 3 Lit updates', async () => {
      const { el, meeting } = await mount({ chatHistory: 1000 });
      await until(() => views(el).length > 5, 'no rows');
      const scroller = queryDeep<HTMLElement>(el, 'lit-virtualizer')!;
      const list = queryDeep<HTMLElementTagNameMap['rtk-message-list-view']>(
        el,
        'rtk-message-list-view',
      )!;
      const top = Math.max(0, scroller.scrollTop - 2000);
      await until(async () => {
        scroller.scrollTop = top;
        scroller.dispatchEvent(new Event('scroll'));
        await settle(el);
        return !list.isAtNewest;
      }, 'the list still follows the newest message');
      const shown = new Set<Element>(views(el));
      const record = recordUpdates();
      try {
        meeting.director.chat.send(personName(meeting, 1), 'While you were reading');
        await until(() => queryDeep(el, '[part="show-new-messages"]'), 'no "new messages" button');
        await settle(el);
        expect(
          record.updated.filter((e) => shown.has(rowOf(e)!)).map((e) => e.localName),
          'no row shown updated',
        ).to.deep.equal([]);
        expect(
          record.updated.map((e) => e.localName),
          'Lit updates in all',
        ).to.have.length.at.most(3);
      } finally {
        record.stop();
      }
      expect(deepText(queryDeep(el, '[part="show-new-messages"]')!)).to.contain('1 new message');
    });

    it('an edited or pinned message updates its own row only', async () => {
      const { el, meeting } = await mount({ chatHistory: 200 });
      await until(() => views(el).length > 5, 'no rows');
      const shown = views(el);
      const target = shown[shown.length - 2];
      const id = target.getAttribute('data-id')!;
      let record = recordUpdates();
      try {
        meeting.director.chat.edit(id, 'Edited in place');
        await until(() => deepText(rowById(el, id)!).includes('Edited in place'), 'the edit');
        await settle(el);
        const rows = new Set(record.updated.map(rowOf).filter(Boolean));
        expect([...rows], 'rows updated').to.deep.equal([target]);
        expect(target.isEdited).to.equal(true);
      } finally {
        record.stop();
      }
      record = recordUpdates();
      try {
        meeting.director.chat.pin(id);
        await until(() => rowById(el, id)!.pinned, 'the pin');
        await settle(el);
        const rows = new Set(record.updated.map(rowOf).filter(Boolean));
        expect([...rows], 'rows updated').to.deep.equal([target]);
      } finally {
        record.stop();
      }
    });

    it('a deleted message leaves the other rows as they were, but the one grouped under it', async () => {
      const { el, meeting } = await mount({ chatHistory: 200 });
      await until(() => views(el).length > 5, 'no rows');
      const shown = views(el);
      const target = shown[shown.length - 3];
      const id = target.getAttribute('data-id')!;
      const next = shown[shown.length - 2];
      const record = recordUpdates();
      try {
        meeting.director.chat.delete(id);
        await until(() => !rowById(el, id), 'the delete');
        await settle(el);
        const rows = [...new Set(record.updated.map(rowOf).filter(Boolean))];
        // Only the row after it may change (it may now start a group), and rows newly in view.
        const others = rows.filter((r) => r !== next && !shown.includes(r!));
        expect(
          rows.filter((r) => r !== next && shown.includes(r!)),
          'rows updated',
        ).to.deep.equal([]);
        expect(others.length).to.be.at.most(2);
      } finally {
        record.stop();
      }
    });
  });

  it('shows its default slot in the list area, after the messages', async () => {
    const { el: box } = await mountWithMeeting<HTMLDivElement>(
      html`<div style="block-size: 480px; inline-size: 400px; display: flex; flex-direction: column">
        <rtk-chat-messages-ui-paginated
          ><p id="addon">Messages are kept for 30 days. <a href="#rules">Chat rules</a></p></rtk-chat-messages-ui-paginated
        >
      </div>`,
      { join: true, people: 3, seed: 7, chatHistory: 6 },
    );
    const el = box.querySelector('rtk-chat-messages-ui-paginated')!;
    await settle(el);
    const addon = box.querySelector<HTMLElement>('#addon')!;
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
    expect(slot.assignedElements()).to.deep.equal([addon]);
    const shown = addon.getBoundingClientRect();
    const list = queryDeep(el, 'rtk-message-list-view')!.getBoundingClientRect();
    expect(shown.height, 'visible').to.be.greaterThan(0);
    expect(shown.top, 'after the list').to.be.at.least(list.bottom - 1);
    expect(shown.bottom, 'inside the panel').to.be.at.most(el.getBoundingClientRect().bottom + 1);
    // Still a working part of the page: its link takes focus.
    const link = addon.querySelector('a')!;
    link.focus();
    expect(document.activeElement).to.equal(link);
  });
});
