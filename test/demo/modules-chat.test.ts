import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoChat, type DemoMeeting } from '../../src/demo/index.js';
import type { Chat, ChatUpdate, Message, TextMessage } from '../../src/meeting/chat.js';
import { meetingEvent } from '../helpers/wait.js';
import { record, rejectionOf } from './core-helpers.js';

// Compile-time: the demo chat is a `Chat`.
const asChat: (c: DemoChat) => Chat = (c) => c;

describe('demo meeting: chat', () => {
  let meeting: DemoMeeting;
  afterEach(() => meeting?.destroy());

  it('loads the history on join without an event', async () => {
    meeting = createDemoMeeting({ latency: 0, chatHistory: 12, seed: 3 });
    expect(asChat(meeting.chat)).to.equal(meeting.chat);
    expect(meeting.chat.messages).to.have.length(0, 'nothing before joining');
    const log = record({ chat: meeting.chat });
    await meeting.join();
    expect(log.events).to.deep.equal([]);
    const messages = meeting.chat.messages;
    expect(messages).to.have.length(12);
    const times = messages.map((m) => m.time.getTime());
    expect([...times].sort((a, b) => a - b)).to.deep.equal(times, 'oldest first');
    expect(times.every((t) => t <= Date.now())).to.equal(true);
    for (const m of messages) {
      expect(m.type).to.equal('text');
      expect(m.id).to.be.a('string').and.not.empty;
      expect(m.displayName).to.be.a('string').and.not.empty;
      expect(m.time).to.be.instanceOf(Date);
      expect(m.timeMs).to.equal(m.time.getTime());
    }
  });

  it('is deterministic for a seed', async () => {
    meeting = createDemoMeeting({ latency: 0, chatHistory: 5, seed: 9 });
    const again = createDemoMeeting({ latency: 0, chatHistory: 5, seed: 9 });
    await meeting.join();
    await again.join();
    const text = (m: DemoMeeting) =>
      m.chat.messages.map((x) => [x.displayName, (x as TextMessage).message, x.id]);
    expect(text(again)).to.deep.equal(text(meeting));
    again.destroy();
  });

  it('sendTextMessage resolves at once; chatUpdate { action: add, message, messages } comes after the latency', async () => {
    meeting = createDemoMeeting({ latency: 5 });
    await meeting.join();
    const log = record({ chat: meeting.chat });
    const before = meeting.chat.messages;
    const echo = meetingEvent(meeting.chat, 'chatUpdate');
    await meeting.chat.sendTextMessage('Hello');
    expect(log.events).to.have.length(0, 'resolved before the server answered');
    await echo;
    expect(log.names()).to.deep.equal(['chat.chatUpdate']);
    const payload = log.events[0]!.args[0] as ChatUpdate;
    expect(payload.action).to.equal('add');
    const message = payload.message as TextMessage;
    expect(message).to.include({
      type: 'text',
      message: 'Hello',
      userId: meeting.self.userId,
      displayName: 'You',
    });
    expect(message.targetUserIds).to.equal(undefined);
    expect(payload.messages).to.equal(meeting.chat.messages);
    expect(meeting.chat.messages).to.not.equal(before, 'add replaces the array');
    expect(meeting.chat.messages.at(-1)).to.equal(message);
  });

  it('director.failNext: a refused send, edit or delete resolves and never echoes; a refused pin rejects 0504', async () => {
    meeting = createDemoMeeting({ latency: 5 });
    await meeting.join();
    const log = record({ chat: meeting.chat });
    meeting.director.failNext('chat');
    await meeting.chat.sendTextMessage('lost');
    const echo = meetingEvent(meeting.chat, 'chatUpdate');
    await meeting.chat.sendTextMessage('kept');
    await echo;
    // Echoes come in order: had the first one come, it would have come first.
    expect(
      log.events.map((e) => ((e.args[0] as ChatUpdate).message as TextMessage).message),
    ).to.deep.equal(['kept']);
    const id = meeting.chat.messages.at(-1)!.id;

    meeting.director.failNext('chatEdit');
    await meeting.chat.editTextMessage(id, 'never');
    meeting.director.failNext('chatDelete');
    await meeting.chat.deleteMessage(id);
    const edited = meetingEvent(meeting.chat, 'chatUpdate');
    await meeting.chat.editTextMessage(id, 'edited');
    await edited;
    expect(log.events.slice(1).map((e) => (e.args[0] as ChatUpdate).action)).to.deep.equal([
      'edit',
    ]);
    expect((meeting.chat.messages.at(-1) as TextMessage).message).to.equal('edited');

    meeting.director.failNext('chatPin');
    expect((await rejectionOf(meeting.chat.pin(id))).code).to.equal('0504');
    expect(log.events).to.have.length(2, 'no event for the refused pin');
    await meeting.chat.pin(id);
    expect(meeting.chat.messages.at(-1)!.pinned).to.equal(true);
  });

  it('private messages target the recipients and self (user ids)', async () => {
    meeting = createDemoMeeting({ latency: 0, people: 3 });
    await meeting.join();
    const [a, b] = meeting.participants.joined.toArray();
    await meeting.chat.sendTextMessage('psst', [a!.id, b!.id]);
    const message = meeting.chat.messages.at(-1)!;
    expect(message.targetUserIds).to.deep.equal([a!.userId, b!.userId, meeting.self.userId]);
  });

  it('image and file messages use object URLs, names and sizes', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const log = record({ chat: meeting.chat });
    await meeting.chat.sendImageMessage(
      new File([new Uint8Array(10)], 'cat.png', { type: 'image/png' }),
    );
    await meeting.chat.sendFileMessage(
      new File(['hello world'], 'notes.txt', { type: 'text/plain' }),
    );
    await meeting.chat.sendMessage({ type: 'text', message: 'via sendMessage' });
    expect(log.names()).to.deep.equal(['chat.chatUpdate', 'chat.chatUpdate', 'chat.chatUpdate']);
    const [image, file, text] = meeting.chat.messages.slice(-3) as [Message, Message, Message];
    expect(image.type).to.equal('image');
    expect((image as { link: string }).link).to.match(/^blob:/);
    expect(file).to.include({ type: 'file', name: 'notes.txt', size: 11 });
    expect((file as { link: string }).link).to.match(/^blob:/);
    expect(text).to.include({ type: 'text', message: 'via sendMessage' });
    const error = await rejectionOf(
      meeting.chat.sendImageMessage(new File(['x'], 'x.bmp', { type: 'image/bmp' })),
    );
    expect(error.code).to.equal('0502');
  });

  it('rejects without permission (0501), before any event', async () => {
    meeting = createDemoMeeting({ latency: 0, people: 2 });
    await meeting.join();
    meeting.director.updatePermissions({
      chat: { public: { canSend: false }, private: { files: false } },
    });
    const log = record({ chat: meeting.chat });
    expect((await rejectionOf(meeting.chat.sendTextMessage('hi'))).code).to.equal('0501');
    const error = await rejectionOf(
      meeting.chat.sendFileMessage(new File(['x'], 'a.txt'), [meeting.director.people[0]!.id]),
    );
    expect(error.code).to.equal('0501');
    expect(error.message).to.match(/^\[ERR0501\]: \{Chat\}/);
    await meeting.chat.sendTextMessage('private is fine', [meeting.director.people[0]!.id]);
    expect(log.names()).to.deep.equal(['chat.chatUpdate']);
  });

  it('rejects before joining (0505), above maxTextLimit (0503) and empty text (0502)', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    expect((await rejectionOf(meeting.chat.sendTextMessage('early'))).code).to.equal('0505');
    await meeting.join();
    expect(meeting.chat.maxTextLimit).to.equal(2000);
    meeting.chat.setMaxTextLimit(5);
    expect(meeting.chat.maxTextLimit).to.equal(5);
    expect((await rejectionOf(meeting.chat.sendTextMessage('too long'))).code).to.equal('0503');
    expect((await rejectionOf(meeting.chat.sendTextMessage(''))).code).to.equal('0502');
    expect(meeting.chat.messages).to.have.length(0);
  });

  it('edit, pin, unpin and delete with the SDK events', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    await meeting.chat.sendTextMessage('first');
    const id = meeting.chat.messages[0]!.id;
    const array = meeting.chat.messages;
    const log = record({ chat: meeting.chat });
    await meeting.chat.editTextMessage(id, 'edited');
    await meeting.chat.pin(id);
    await meeting.chat.unpin(id);
    await meeting.chat.deleteMessage(id);
    expect(log.names()).to.deep.equal([
      'chat.chatUpdate',
      'chat.chatUpdate',
      'chat.pinMessage',
      'chat.chatUpdate',
      'chat.unpinMessage',
      'chat.chatUpdate',
    ]);
    const args = log.events.map((e) => e.args[0] as ChatUpdate);
    expect(args[0]!.action).to.equal('edit');
    expect(args[0]!.message).to.include({ message: 'edited', isEdited: true });
    expect(args[1]!.action).to.equal('edit');
    expect(args[1]!.message.pinned).to.equal(true);
    expect(args[2]!.message.pinned).to.equal(true);
    expect(args[3]!.message.pinned).to.equal(false);
    expect(args[5]).to.include({ action: 'delete' });
    expect(args[5]!.message.id).to.equal(id);
    expect(meeting.chat.messages).to.equal(array, 'edit and delete change the array in place');
    expect(meeting.chat.messages).to.have.length(0);
    expect((await rejectionOf(meeting.chat.pin('nope'))).code).to.equal('0504');
  });

  it('pin and unpin reject without the pinParticipant permission, before any event', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    await meeting.chat.sendTextMessage('first');
    const id = meeting.chat.messages[0]!.id;
    await meeting.chat.pin(id);
    meeting.director.updatePermissions({ pinParticipant: false });
    const log = record({ chat: meeting.chat });
    const pinError = await rejectionOf(meeting.chat.pin(id));
    expect(pinError.code).to.equal('0504');
    expect(pinError.message).to.match(/permission/);
    expect((await rejectionOf(meeting.chat.unpin(id))).code).to.equal('0504');
    expect(log.events).to.deep.equal([]);
    expect(meeting.chat.messages[0]!.pinned).to.equal(true, 'still pinned');
  });

  it('only the author edits or deletes', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const theirs = meeting.director.chat.send(meeting.director.people[0]!.id, 'mine');
    expect((await rejectionOf(meeting.chat.editTextMessage(theirs.id, 'x'))).code).to.equal('0501');
    expect((await rejectionOf(meeting.chat.deleteMessage(theirs.id))).code).to.equal('0501');
  });

  it('director: remote messages, private ones to self, edits and deletes', async () => {
    meeting = createDemoMeeting({ latency: 0, people: 2 });
    await meeting.join();
    const person = meeting.director.people[0]!;
    const log = record({ chat: meeting.chat });
    const sent = meeting.director.chat.send(person.name, 'Hi there');
    const secret = meeting.director.chat.send(person.id, 'Just you', { private: true });
    const image = meeting.director.chat.sendImage('Visitor');
    const file = meeting.director.chat.sendFile(person.id, { name: 'deck.pdf', size: 2048 });
    meeting.director.chat.edit(sent.id, 'Hi there!');
    meeting.director.chat.delete(image.id);
    expect(log.events.map((e) => (e.args[0] as ChatUpdate).action)).to.deep.equal([
      'add',
      'add',
      'add',
      'add',
      'edit',
      'delete',
    ]);
    expect(sent).to.include({ userId: person.userId, displayName: person.name });
    expect(secret.targetUserIds).to.deep.equal([meeting.self.userId, person.userId]);
    expect(image.displayName).to.equal('Visitor');
    expect(image.link).to.match(/^data:image\/png;base64,/);
    expect(file).to.include({ name: 'deck.pdf', size: 2048 });
    expect(meeting.chat.messages.map((m) => m.id)).to.deep.equal([sent.id, secret.id, file.id]);
    expect((meeting.chat.messages[0] as TextMessage).message).to.equal('Hi there!');
  });

  it('private messages to self are dropped without chatPrivate.canReceive', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    meeting.director.updatePermissions({ chat: { private: { canReceive: false } } });
    meeting.director.chat.send(meeting.director.people[0]!.id, 'hidden', { private: true });
    expect(meeting.chat.messages).to.have.length(0);
  });

  it('director messages before joining arrive with the history, without events', async () => {
    meeting = createDemoMeeting({ latency: 0, chatHistory: 2 });
    const log = record({ chat: meeting.chat });
    meeting.director.chat.send('Early Bird', 'I am here first');
    expect(meeting.chat.messages).to.have.length(0);
    await meeting.join();
    expect(log.events).to.deep.equal([]);
    expect(meeting.chat.messages).to.have.length(3);
    expect((meeting.chat.messages[2] as TextMessage).message).to.equal('I am here first');
  });

  it('director.chat.history adds older messages without an event', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    meeting.director.chat.send('Ada', 'now');
    const log = record({ chat: meeting.chat });
    const older = meeting.director.chat.history(4);
    expect(log.events).to.deep.equal([]);
    expect(meeting.chat.messages).to.have.length(5);
    expect(meeting.chat.messages.slice(0, 4)).to.deep.equal(older);
  });

  it('fetchPublicMessages pages before a timestamp, oldest first', async () => {
    meeting = createDemoMeeting({ latency: 0, chatHistory: 10 });
    await meeting.join();
    const all = meeting.chat.messages;
    const last3 = await meeting.chat.fetchPublicMessages({
      limit: 3,
      direction: 'before',
      timestamp: Date.now() + 1,
    });
    expect(last3.map((m) => m.id)).to.deep.equal(all.slice(-3).map((m) => m.id));
    const earlier = await meeting.chat.fetchPublicMessages({
      limit: 4,
      direction: 'before',
      timestamp: last3[0]!.timeMs!,
    });
    expect(earlier.map((m) => m.id)).to.deep.equal(all.slice(3, 7).map((m) => m.id));
    await meeting.chat.pin(all[1]!.id);
    const pinned = await meeting.chat.fetchPinnedMessages({
      limit: 10,
      direction: 'before',
      timestamp: Date.now() + 1,
    });
    expect(pinned.map((m) => m.id)).to.deep.equal([all[1]!.id]);
  });

  it('lively mode chats through the chat module', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    expect(meeting.director.livelyChat).to.be.a('function');
    meeting.director.livelyChat!(meeting.director.people[1]!);
    expect(meeting.chat.messages).to.have.length(1);
    expect(meeting.chat.messages[0]!.userId).to.equal(meeting.director.people[1]!.userId);
  });
});
