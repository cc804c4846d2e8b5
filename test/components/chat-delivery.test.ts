import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/chat/rtk-chat.js';
import type { RtkChat } from '../../src/components/chat/chat.js';
import type { RtkChatComposerUi } from '../../src/components/chat-composer-ui/chat-composer-ui.js';
import type { RtkMessageView } from '../../src/components/message-view/message-view.js';
import { chatOutboxOf } from '../../src/internal/chat-outbox.js';
import type { TextMessage } from '../../src/meeting/chat.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

/** Short enough for a test, long enough to see "Sending…" first. */
const TIMEOUT = 1500;

type ComposerView = HTMLElement & { setText(t: string): void; submit(): void; value: string };

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

async function mount(props: Partial<RtkChat> = {}) {
  const { el, meeting } = await mountWithMeeting<RtkChat>(
    html`<rtk-chat style="block-size: 560px; inline-size: 400px"></rtk-chat>`,
    { join: true, people: 2, seed: 4 },
  );
  Object.assign(el, props);
  await settled(el);
  const composer = queryDeep<RtkChatComposerUi>(el, 'rtk-chat-composer-ui')!;
  composer.deliveryTimeout = TIMEOUT;
  chatOutboxOf(meeting).timeoutMs = TIMEOUT;
  return { el, meeting };
}

const view = (el: RtkChat) => queryDeep<ComposerView>(el, 'rtk-chat-composer-view')!;

async function send(el: RtkChat, text: string) {
  view(el).setText(text);
  await settled(el);
  view(el).submit();
  await settled(el);
}

function rowOf(el: RtkChat, text: string): RtkMessageView | undefined {
  return queryAllDeep<RtkMessageView>(el, 'rtk-message-view').find((v) =>
    deepText(v).includes(text),
  );
}

const statusOf = (row: RtkMessageView | undefined) =>
  row?.shadowRoot?.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A kit button (`rtk-button`) below `root` whose text is `name`. */
function kitButton(root: Element, name: string): HTMLElement | undefined {
  return queryAllDeep<HTMLElement>(root, 'rtk-button').find((b) => deepText(b) === name);
}

const liveRegion = (el: RtkChat) =>
  queryDeep(el.shadowRoot!.querySelector('rtk-chat-messages-ui-paginated')!, '[role="status"]')!;

async function choose(row: RtkMessageView, action: string) {
  row.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!.click();
  await until(
    () => row.shadowRoot!.querySelector(`rtk-menu-item[data-action="${action}"]`),
    `no "${action}" action`,
  );
  row.shadowRoot!.querySelector<HTMLElement>(`rtk-menu-item[data-action="${action}"]`)!.click();
}

describe('chat: confirmed by echo', function () {
  this.timeout(30_000);

  it('shows a sent message as "Sending…" at once, empties the composer, and as sent when the echo comes', async () => {
    const { el, meeting } = await mount();
    // The server holds the echo back until the test lets it through.
    meeting.director.failNext('chat');
    await send(el, 'Hello there');
    expect(view(el).value, 'the composer is empty').to.equal('');
    const row = await until(() => rowOf(el, 'Hello there'), 'no pending row');
    expect(statusOf(row)).to.equal('Sending…');
    expect(meeting.chat.messages.some((m) => (m as TextMessage).message === 'Hello there')).to.be
      .false;
    // A late echo: the same text from self, with an id the kit never saw.
    await meeting.chat.sendTextMessage('Hello there');
    await until(
      () =>
        queryAllDeep<RtkMessageView>(el, 'rtk-message-view').filter((v) =>
          deepText(v).includes('Hello there'),
        ).length === 1 && statusOf(rowOf(el, 'Hello there')) === '',
      () => `still pending: ${statusOf(rowOf(el, 'Hello there'))}`,
    );
  });

  it('shows "Not delivered" with Retry and Delete when no echo comes; the text is kept and announced; Retry sends it again', async () => {
    const { el, meeting } = await mount();
    meeting.director.failNext('chat');
    await send(el, 'Are you there?');
    const row = await until(() => rowOf(el, 'Are you there?'));
    await until(() => statusOf(rowOf(el, 'Are you there?')) === 'Not delivered', 'not failed');
    expect(deepText(rowOf(el, 'Are you there?')!)).to.contain('Are you there?');
    await until(
      () => liveRegion(el).textContent?.includes('Your message was not delivered: Are you there?'),
      'not announced',
    );
    expect(row.getAttribute('status-variant')).to.equal('error');
    const retry = kitButton(rowOf(el, 'Are you there?')!, 'Retry')!;
    expect(retry).to.exist;
    expect(kitButton(rowOf(el, 'Are you there?')!, 'Delete')).to.exist;
    retry.click();
    await until(
      () =>
        meeting.chat.messages.filter((m) => (m as TextMessage).message === 'Are you there?')
          .length === 1,
      'retry did not send',
    );
    await until(() => statusOf(rowOf(el, 'Are you there?')) === '', 'still shown as pending');
    expect(
      queryAllDeep<RtkMessageView>(el, 'rtk-message-view').filter((v) =>
        deepText(v).includes('Are you there?'),
      ),
    ).to.have.length(1, 'one message, no leftover copy');
  });

  it('Delete removes the copy that was not delivered', async () => {
    const { el, meeting } = await mount();
    meeting.director.failNext('chat');
    await send(el, 'Drop me');
    await until(() => statusOf(rowOf(el, 'Drop me')) === 'Not delivered', 'not failed');
    kitButton(rowOf(el, 'Drop me')!, 'Delete')!.click();
    await until(() => !rowOf(el, 'Drop me'), 'still listed');
    expect(meeting.chat.messages).to.have.length(0);
  });

  it('matches two identical messages with their echoes in order', async () => {
    const { el, meeting } = await mount();
    meeting.director.failNext('chat');
    await send(el, 'Same');
    await send(el, 'Same');
    await until(() => meeting.chat.messages.length === 1, 'second echo');
    const statuses = () =>
      queryAllDeep<RtkMessageView>(el, 'rtk-message-view')
        .filter((v) => deepText(v).includes('Same'))
        .map((r) => statusOf(r))
        .join('|');
    // The echo goes to the oldest send with that text: one is sent, the other still waits.
    await until(
      () => statuses() === '|Sending…',
      () => `statuses: ${statuses()}`,
    );
    await until(
      () =>
        statusOf(
          queryAllDeep<RtkMessageView>(el, 'rtk-message-view')
            .filter((v) => deepText(v).includes('Same'))
            .at(-1),
        ) === 'Not delivered',
    );
  });

  it('a send the meeting rejects puts the text back and notifies', async () => {
    const { el, meeting } = await mount();
    meeting.director.updatePermissions({ chatPublic: { canSend: true, text: true, files: true } });
    meeting.chat.setMaxTextLimit(5);
    const notified = oneEvent(el, 'rtkNotification');
    view(el).setText('too long');
    await settled(el);
    // The composer blocks over-long texts itself: send through the view's event as a page would.
    view(el).dispatchEvent(
      new CustomEvent('newMessage', {
        detail: { text: 'too long', attachments: [] },
        bubbles: true,
        composed: true,
      }),
    );
    await notified;
    await until(() => view(el).value === 'too long', 'text lost');
    expect(rowOf(el, 'too long')).to.equal(undefined);
  });

  it('an edit shows "Saving…", and goes back with a notice that offers Retry when no echo comes', async () => {
    const { el, meeting } = await mount();
    await meeting.chat.sendTextMessage('Fist draft');
    await until(() => rowOf(el, 'Fist draft'));
    const id = meeting.chat.messages[0]!.id;
    await choose(rowOf(el, 'Fist draft')!, 'edit');
    await until(() => view(el).value === 'Fist draft', 'not prefilled');
    meeting.director.failNext('chatEdit');
    const notified = oneEvent(el, 'rtkNotification');
    view(el).setText('First draft');
    await settled(el);
    view(el).submit();
    await until(() => statusOf(rowOf(el, 'First draft')) === 'Saving…', 'no pending edit');
    const { detail } = await notified;
    expect(detail.message).to.equal('Your edit was not saved: First draft');
    await until(
      () => rowOf(el, 'Fist draft') && statusOf(rowOf(el, 'Fist draft')) === '',
      'not reverted',
    );
    expect(detail.actions?.map((a: { label: string }) => a.label)).to.deep.equal(['Retry']);
    detail.actions![0]!.handler();
    await until(
      () =>
        (meeting.chat.messages.find((m) => m.id === id) as TextMessage).message === 'First draft',
    );
  });

  it('a delete and a pin without echo come back with a notice', async () => {
    const { el, meeting } = await mount();
    await meeting.chat.sendTextMessage('Keep');
    await until(() => rowOf(el, 'Keep'));
    meeting.director.failNext('chatDelete');
    await choose(rowOf(el, 'Keep')!, 'delete');
    const dialog = await until(() => queryDeep(el, 'rtk-dialog'));
    const notified = oneEvent(el, 'rtkNotification');
    kitButton(dialog as HTMLElement, 'Delete')!.click();
    await until(() => statusOf(rowOf(el, 'Keep')) === 'Deleting…', 'no pending delete');
    expect((await notified).detail.message).to.equal('The message was not deleted.');
    await until(() => statusOf(rowOf(el, 'Keep')) === '', 'not back');
    expect(meeting.chat.messages).to.have.length(1);

    meeting.director.failNext('chatPin');
    const refused = oneEvent(el, 'rtkNotification');
    await choose(rowOf(el, 'Keep')!, 'pin');
    expect((await refused).detail.variant).to.equal('error');
    await until(() => rowOf(el, 'Keep')!.pinned === false && statusOf(rowOf(el, 'Keep')) === '');
  });

  it('leaves no listener on the meeting when removed, with a message still on its way', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const baseline = totalListeners(meeting);
    const el = await fixture<RtkChat>(html`<rtk-chat .meeting=${meeting}></rtk-chat>`);
    await settled(el);
    meeting.director.failNext('chat');
    await send(el, 'In flight');
    expect(totalListeners(meeting)).to.be.greaterThan(baseline);
    el.remove();
    expect(totalListeners(meeting)).to.equal(baseline);
  });
});

describe('chat: reply', function () {
  this.timeout(30_000);

  it('quotes a message in the composer, dismisses it, and sends the reply with the quote above its text', async () => {
    const { el, meeting } = await mount();
    const name = meeting.director.people[0]!.name;
    meeting.director.chat.send(name, 'Lunch at noon?\nOr later');
    await until(() => rowOf(el, 'Lunch at noon?'));
    await choose(rowOf(el, 'Lunch at noon?')!, 'reply');
    await settled(el);
    const quote = await until(() =>
      view(el).shadowRoot!.querySelector('[part="quoted-message-container"]'),
    );
    expect(quote.getAttribute('aria-label')).to.equal(`Replying to ${name}`);
    expect(deepText(quote)).to.contain('Lunch at noon?');
    expect(deepText(quote)).not.to.contain('Or later');
    // Dismiss, then reply again.
    const dismissed = oneEvent(view(el), 'quotedMessageDismiss');
    buttonByName(quote as HTMLElement, 'Cancel reply')!.click();
    await dismissed;
    await settled(el);
    expect(view(el).shadowRoot!.querySelector('[part="quoted-message-container"]')).to.equal(null);
    await choose(rowOf(el, 'Lunch at noon?')!, 'reply');
    await settled(el);
    await send(el, 'Noon works');
    await until(() => meeting.chat.messages.length === 2, 'reply not sent');
    const sent = meeting.chat.messages[1] as TextMessage;
    expect(sent.message).to.equal(`<blockquote>${name}\nLunch at noon?</blockquote>\n\nNoon works`);
    await settled(el);
    // The row draws its text itself, quote included (no nested text element).
    const text = rowOf(el, 'Noon works')!;
    const blockquote = text.shadowRoot!.querySelector('[part="quote"]')!;
    expect(blockquote.querySelector('[part="quote-author"]')!.textContent).to.equal(name);
    expect(blockquote.textContent).to.contain('Lunch at noon?');
    expect(deepText(text)).not.to.contain('<blockquote>');
    expect(view(el).shadowRoot!.querySelector('[part="quoted-message-container"]')).to.equal(null);
  });

  it('announces a reply by its own text, without the quote', async () => {
    const { el, meeting } = await mount();
    const name = meeting.director.people[0]!.name;
    meeting.director.chat.send(name, '<blockquote>You\nHi</blockquote>\n\nHello back', {
      private: true,
    });
    await settled(el);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal(`Private message from ${name}: Hello back`);
  });

  it('the composer honours canSendFiles, canSendTextMessage and prefill.suggestedReplies', async () => {
    const { el, meeting } = await mount();
    const composer = queryDeep<RtkChatComposerUi>(el, 'rtk-chat-composer-ui')!;
    composer.canSendFiles = false;
    composer.prefill = { suggestedReplies: ['Sounds good'] };
    await settled(el);
    expect(queryDeep(el, 'rtk-file-picker-button')).not.to.exist;
    const suggested = kitButton(composer, 'Sounds good')!;
    expect(suggested).to.exist;
    suggested.click();
    await until(
      () => (meeting.chat.messages.at(-1) as TextMessage | undefined)?.message === 'Sounds good',
    );
    composer.canSendTextMessage = false;
    await settled(el);
    expect(queryDeep(el, 'rtk-text-composer-view')).not.to.exist;
    expect(deepText(composer)).to.contain('You cannot send messages in this chat.');
  });

  it('the list fires the official editMessage with the message when "Edit" is chosen', async () => {
    const { el, meeting } = await mount();
    await meeting.chat.sendTextMessage('Mine');
    await until(() => rowOf(el, 'Mine'));
    const edit = oneEvent(el, 'editMessage');
    await choose(rowOf(el, 'Mine')!, 'edit');
    expect(((await edit).detail as TextMessage).message).to.equal('Mine');
  });
});

describe('chat: overrides', () => {
  it('disablePrivateChat offers no private chat; disableEmojiPicker removes the emoji button', async () => {
    const { el } = await mount();
    expect(queryDeep(el, 'rtk-chat-selector')!.hidden).to.equal(false);
    expect(queryDeep(el, 'rtk-emoji-picker-button')).to.exist;
    el.overrides = { disablePrivateChat: true, disableEmojiPicker: true };
    await settled(el);
    expect(queryDeep(el, 'rtk-chat-selector')!.hidden).to.equal(true);
    expect(queryDeep(el, 'rtk-emoji-picker-button')).not.to.exist;
  });

  it('reads config.overrides from above; its own overrides win key by key', async () => {
    const { el } = await mount();
    el.config = { overrides: { disablePrivateChat: true, disableEmojiPicker: true } };
    el.overrides = { disableEmojiPicker: false };
    await settled(el);
    expect(queryDeep(el, 'rtk-chat-selector')!.hidden).to.equal(true);
    expect(queryDeep(el, 'rtk-emoji-picker-button')).to.exist;
  });
});
