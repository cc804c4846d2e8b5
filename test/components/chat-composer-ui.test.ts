import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/chat-composer-ui/rtk-chat-composer-ui.js';
import type { RtkChatComposerUi } from '../../src/components/chat-composer-ui/chat-composer-ui.js';
import type { RtkChatComposerView } from '../../src/components/chat-composer-view/chat-composer-view.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import { RtkEditCancelledEvent } from '../../src/events/rtk-edit-cancelled.js';
import { RtkEditMessageEvent } from '../../src/events/rtk-edit-message.js';
import { RtkNewMessageEvent } from '../../src/events/rtk-new-message.js';
import type { TextMessage } from '../../src/meeting/chat.js';
import {
  buttonByName,
  deepText,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
  watchErrors,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const view = (el: RtkChatComposerUi) =>
  el.shadowRoot!.querySelector<RtkChatComposerView>('rtk-chat-composer-view')!;
const field = (el: Element) => queryDeep<HTMLTextAreaElement>(el, 'textarea');

async function settled(el: RtkChatComposerUi): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await Promise.all(
      queryAllDeep<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*').map(
        (e) => e.updateComplete,
      ),
    );
  }
}

async function mount(options: { people?: number; conversation?: string } = {}) {
  const { el, meeting } = await mountWithMeeting<RtkChatComposerUi>(
    html`<rtk-chat-composer-ui .conversation=${options.conversation ?? 'everyone'}></rtk-chat-composer-ui>`,
    { join: true, people: options.people ?? 2 },
  );
  await settled(el);
  return { el, meeting };
}

/** Types into the field as a person would (real key presses). */
async function type(el: RtkChatComposerUi, text: string): Promise<void> {
  field(el)!.focus();
  await sendKeys({ type: text });
  await settled(el);
}

const texts = (meeting: DemoMeeting) =>
  meeting.chat.messages.filter((m): m is TextMessage => m.type === 'text').map((m) => m.message);

function file(name: string, type: string, body = 'hello'): File {
  return new File([body], name, { type });
}

describe('<rtk-chat-composer-ui>', function () {
  it('sends with Enter and clears the field', async () => {
    const { el, meeting } = await mount();
    expect(field(el)!.getAttribute('aria-label')).to.equal('Message');
    await type(el, 'Hello all');
    const sent = oneEvent(el, 'rtkNewMessage');
    await sendKeys({ press: 'Enter' });
    const event = await sent;
    expect(event).to.be.instanceOf(RtkNewMessageEvent);
    expect(event.detail).to.deep.equal({ text: 'Hello all', attachments: [] });
    expect(event.bubbles && event.composed).to.equal(true);
    await settled(el);
    expect(texts(meeting)).to.include('Hello all');
    expect(field(el)!.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('sends with the Send button, which is disabled while empty', async () => {
    const { el, meeting } = await mount();
    const send = () => buttonByName(el, 'Send')!;
    expect(send().disabled).to.equal(true);
    await type(el, 'Via button');
    expect(send().disabled).to.equal(false);
    send().click();
    await until(() => texts(meeting).includes('Via button'));
  });

  it('Shift+Enter starts a new line instead of sending', async () => {
    const { el, meeting } = await mount();
    await type(el, 'line one');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'line two' });
    await settled(el);
    expect(field(el)!.value).to.equal('line one\nline two');
    expect(meeting.chat.messages.length).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await until(() => texts(meeting).includes('line one\nline two'));
  });

  it('does not send while an input method is composing', async () => {
    const { el, meeting } = await mount();
    await type(el, 'にほんご');
    const textarea = field(el)!;
    textarea.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        isComposing: true,
        bubbles: true,
        composed: true,
      }),
    );
    textarea.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, composed: true }),
    );
    await settled(el);
    expect(meeting.chat.messages.length).to.equal(0);
    expect(textarea.value).to.equal('にほんご');
  });

  it('shows the characters left near the limit and blocks sending past it', async () => {
    const { el, meeting } = await mount();
    meeting.chat.setMaxTextLimit(10);
    el.requestUpdate();
    await settled(el);
    await type(el, '123456789');
    expect(deepText(el)).to.contain('1 character left');
    await sendKeys({ type: '01' });
    expect(deepText(el)).to.contain('1 character too many');
    expect(field(el)!.getAttribute('aria-invalid')).to.equal('true');
    expect(buttonByName(el, 'Send')!.disabled).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(meeting.chat.messages.length).to.equal(0);
  });

  it('keeps the text and notifies when the send is rejected', async () => {
    const { el, meeting } = await mount();
    await type(el, 'Do not lose me');
    // The preset changes while the user types: the demo rejects the send (0501).
    meeting.chat.sendTextMessage = () => Promise.reject(new Error('Network is down'));
    const notified = oneEvent(el, 'rtkNotification');
    await sendKeys({ press: 'Enter' });
    const notification = await notified;
    expect(notification.detail.message).to.contain('Network is down');
    await settled(el);
    expect(field(el)!.value).to.equal('Do not lose me');
  });

  it('sends files and images, previewed first, and keeps a rejected one', async () => {
    const { el, meeting } = await mount();
    view(el).addFiles([file('notes.txt', 'text/plain'), file('photo.png', 'image/png')]);
    await settled(el);
    const attachments = queryAllDeep(el, 'rtk-draft-attachment-view');
    expect(attachments.length).to.equal(2);
    expect(deepText(attachments[0])).to.contain('notes.txt');
    expect(queryDeep<HTMLImageElement>(attachments[1], 'img')!.alt).to.equal(
      'Image to send: photo.png',
    );
    buttonByName(el, 'Send')!.click();
    await until(() => meeting.chat.messages.length === 2);
    expect(meeting.chat.messages.map((m) => m.type)).to.deep.equal(['file', 'image']);
    await settled(el);
    expect(queryAllDeep(el, 'rtk-draft-attachment-view').length).to.equal(0);

    view(el).addFiles([file('big.bin', 'application/octet-stream')]);
    await settled(el);
    meeting.chat.sendFileMessage = () => Promise.reject(new Error('Upload failed'));
    const notified = oneEvent(el, 'rtkNotification');
    buttonByName(el, 'Send')!.click();
    await notified;
    await settled(el);
    expect(deepText(el)).to.contain('big.bin');
  });

  it('removes an attachment with its remove button', async () => {
    const { el } = await mount();
    view(el).addFiles([file('a.txt', 'text/plain')]);
    await settled(el);
    buttonByName(el, 'Remove a.txt')!.click();
    await settled(el);
    expect(queryAllDeep(el, 'rtk-draft-attachment-view').length).to.equal(0);
  });

  it('picks files with the file picker button', async () => {
    const { el } = await mount();
    const picker = queryDeep<HTMLElement>(el, 'rtk-file-picker-button')!;
    const input = queryDeep<HTMLInputElement>(picker, 'input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file('report.pdf', 'application/pdf'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await settled(el);
    expect(deepText(el)).to.contain('report.pdf');
  });

  it('sends privately to one person only', async () => {
    const { el, meeting } = await mount({ people: 2 });
    const [ana, ben] = meeting.director.people;
    el.conversation = ana.userId;
    await settled(el);
    expect(field(el)!.placeholder).to.equal(`Write to ${ana.name}`);
    await type(el, 'Just for you');
    await sendKeys({ press: 'Enter' });
    await until(() => meeting.chat.messages.length === 1);
    const message = meeting.chat.messages[0];
    expect(message.targetUserIds).to.include(ana.userId);
    expect(message.targetUserIds).not.to.include(ben.userId);
  });

  it('keeps a draft per conversation', async () => {
    const { el, meeting } = await mount();
    const [ana] = meeting.director.people;
    await type(el, 'public draft');
    view(el).addFiles([file('plan.txt', 'text/plain')]);
    el.conversation = ana.userId;
    await settled(el);
    expect(field(el)!.value).to.equal('');
    expect(queryAllDeep(el, 'rtk-draft-attachment-view').length).to.equal(0);
    await type(el, 'private draft');
    el.conversation = 'everyone';
    await settled(el);
    expect(field(el)!.value).to.equal('public draft');
    expect(deepText(el)).to.contain('plan.txt');
    el.conversation = ana.userId;
    await settled(el);
    expect(field(el)!.value).to.equal('private draft');
  });

  it('follows permissions: no text, no files, nothing, private off', async () => {
    const { el, meeting } = await mount();
    meeting.director.updatePermissions({ chat: { public: { text: false } } });
    await settled(el);
    expect(field(el)).to.equal(undefined);
    expect(deepText(el)).to.contain('You can send only files in this chat.');
    expect(queryDeep(el, 'rtk-file-picker-button')).to.exist;

    meeting.director.updatePermissions({ chat: { public: { text: true, files: false } } });
    await settled(el);
    expect(field(el)).to.exist;
    expect(queryDeep(el, 'rtk-file-picker-button')).to.equal(undefined);
    expect(deepText(el)).to.contain('You cannot send files in this chat.');

    meeting.director.updatePermissions({ chat: { public: { canSend: false } } });
    await settled(el);
    expect(field(el)).to.equal(undefined);
    expect(deepText(el)).to.contain('You cannot send messages in this chat.');

    meeting.director.updatePermissions({ chat: { private: { canSend: false } } });
    el.conversation = meeting.director.people[0].userId;
    await settled(el);
    expect(deepText(el)).to.contain('You cannot send messages in this chat.');
    await expect(el).to.be.accessible();
  });

  it('says when the person of a private conversation left', async () => {
    const { el, meeting } = await mount();
    const [ana] = meeting.director.people;
    el.conversation = ana.userId;
    await settled(el);
    meeting.director.removePerson(ana.id);
    await settled(el);
    expect(field(el)).to.equal(undefined);
    expect(deepText(el)).to.contain(`${ana.name} has left the meeting.`);
  });

  it('edits a message: prefilled, Save calls editTextMessage, Escape cancels, the draft comes back', async () => {
    const { el, meeting } = await mount();
    await meeting.chat.sendTextMessage('Hello');
    const mine = meeting.chat.messages[0] as TextMessage;
    await type(el, 'my draft');
    el.editingMessage = mine;
    await settled(el);
    expect(field(el)!.value).to.equal('Hello');
    expect(deepText(el)).to.contain('Editing your message');
    await sendKeys({ type: ' there' });
    const saved = oneEvent(el, 'rtkEditMessage');
    buttonByName(el, 'Save')!.click();
    const savedEvent = await saved;
    expect(savedEvent).to.be.instanceOf(RtkEditMessageEvent);
    expect(savedEvent.detail.text).to.equal('Hello there');
    expect(savedEvent.detail.message.id).to.equal(mine.id);
    expect((meeting.chat.messages[0] as TextMessage).message).to.equal('Hello there');
    expect(meeting.chat.messages[0].isEdited).to.equal(true);

    el.editingMessage = meeting.chat.messages[0] as TextMessage;
    await settled(el);
    const cancelled = oneEvent(el, 'rtkEditCancelled');
    field(el)!.focus();
    await sendKeys({ press: 'Escape' });
    expect(await cancelled).to.be.instanceOf(RtkEditCancelledEvent);
    el.editingMessage = undefined;
    await settled(el);
    expect(field(el)!.value).to.equal('my draft');
  });

  it('inserts an emoji from the picker, loaded on open', async () => {
    const { el } = await mount();
    await type(el, 'Nice ');
    const button =
      queryDeep<HTMLButtonElement>(el, 'rtk-emoji-picker-button button') ??
      queryDeep<HTMLButtonElement>(queryDeep(el, 'rtk-emoji-picker-button')!, 'button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await settled(el);
    await until(() => queryDeep(el, '[part="emoji"]'), 'emoji loaded');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    queryDeep<HTMLButtonElement>(el, '[part="emoji"]')!.click();
    await settled(el);
    expect(queryDeep(el, 'rtk-emoji-picker')).to.equal(undefined);
    expect(field(el)!.value.startsWith('Nice ')).to.equal(true);
    expect(field(el)!.value.length).to.be.greaterThan(5);
  });

  it('renders nothing without a chat module, without throwing', async () => {
    const errors = watchErrors();
    const { el, meeting } = await mount();
    el.meeting = { ...meeting, self: meeting.self, chat: undefined } as never;
    await settled(el);
    errors.stop();
    expect(el.hidden).to.equal(true);
    expect(errors.errors).to.deep.equal([]);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const { el, meeting } = await mount();
    el.remove();
    const before = totalListeners(meeting);
    expect(before).to.equal(totalListeners(meeting));
    const { el: second, meeting: other } = await mount();
    const baseline = totalListeners(other);
    second.remove();
    expect(totalListeners(other)).to.be.lessThan(baseline);
  });
});
