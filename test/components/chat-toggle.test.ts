import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/chat-toggle/rtk-chat-toggle.js';
import '../../src/components/polls-toggle/rtk-polls-toggle.js';
import '../../src/components/participants-toggle/rtk-participants-toggle.js';
import '../../src/components/plugins-toggle/rtk-plugins-toggle.js';
import { meetingContext } from '../../src/context/contexts.js';
import type { UiStates } from '../../src/context/states.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { demoMeeting, nameOf, queryDeep, totalListeners } from '../helpers/fixtures.js';
import type { DemoMeeting, DemoPresetName } from '../../src/demo/index.js';

type Toggle = HTMLElement & { updateComplete: Promise<unknown>; states?: Partial<UiStates> };

const button = (el: HTMLElement) => queryDeep<HTMLButtonElement>(el, 'button')!;
async function settled(el: Toggle) {
  await el.updateComplete;
  await queryDeep<Toggle>(el, 'rtk-controlbar-button')?.updateComplete;
}

/** Mounts a toggle with a demo meeting and a minimal states store that merges rtkStateUpdate. */
async function mount(
  tag: string,
  preset: DemoPresetName = 'host',
): Promise<{ el: Toggle; meeting: DemoMeeting }> {
  const meeting = await demoMeeting({ join: true, preset });
  const parentNode = document.createElement('div');
  new ContextProvider(parentNode, { context: meetingContext, initialValue: meeting });
  const el = await fixture<Toggle>(`<${tag}></${tag}>`, { parentNode });
  el.addEventListener('rtkStateUpdate', (e) => {
    el.states = { ...el.states, ...(e as RtkStateUpdateEvent).detail };
  });
  await settled(el);
  return { el, meeting };
}

describe('sidebar toggles', () => {
  it('<rtk-chat-toggle> opens and closes the chat through the UI states', async () => {
    const { el } = await mount('rtk-chat-toggle');
    expect(nameOf(button(el))).to.equal('Chat');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    const opened = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    button(el).click();
    expect((await opened).detail).to.deep.equal({ activeSidebar: true, sidebar: 'chat' });
    await settled(el);
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    const closed = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    button(el).click();
    expect((await closed).detail).to.deep.equal({ activeSidebar: false });
    await expect(el).to.be.accessible();
  });

  it('<rtk-chat-toggle> counts messages from others until the chat is opened', async () => {
    const { el, meeting } = await mount('rtk-chat-toggle');
    const someone = meeting.director.people[0].name;
    meeting.director.chat.send(someone, 'Hello');
    meeting.director.chat.send(someone, 'Anyone?');
    await meeting.chat!.sendTextMessage('Mine');
    await settled(el);
    expect(queryDeep(el, '[part="unread-count"]')!.textContent).to.equal('2');
    expect(queryDeep(el, '[role="tooltip"]')!.textContent).to.equal('2 unread messages');
    button(el).click();
    await settled(el);
    expect(queryDeep(el, '[part="unread-count"]')).to.equal(undefined);
    meeting.director.chat.send(someone, 'While open');
    await settled(el);
    expect(queryDeep(el, '[part="unread-count"]')).to.equal(undefined);
  });

  it('<rtk-chat-toggle> is hidden without a chat module', async () => {
    const meeting = await demoMeeting({ join: true });
    const el = await fixture<Toggle>(
      html`<rtk-chat-toggle .meeting=${{ ...meeting, self: meeting.self, chat: undefined }}></rtk-chat-toggle>`,
    );
    await settled(el);
    expect(el.hidden).to.equal(true);
  });

  it('<rtk-polls-toggle> badges new polls from others', async () => {
    const { el, meeting } = await mount('rtk-polls-toggle');
    expect(nameOf(button(el))).to.equal('Polls');
    meeting.director.polls.create(meeting.director.people[0].name, 'Lunch?', ['Yes', 'No']);
    await settled(el);
    expect(queryDeep(el, '[part="unread-count"]')!.textContent).to.equal('1');
    button(el).click();
    await settled(el);
    expect(queryDeep(el, '[part="unread-count"]')).to.equal(undefined);
  });

  it('<rtk-participants-toggle> counts waiting people for a host, not for a participant', async () => {
    const { el, meeting } = await mount('rtk-participants-toggle');
    meeting.director.knock('Grace');
    await settled(el);
    expect(queryDeep(el, '[part="waiting-participants-count"]')!.textContent).to.equal('1');
    expect(queryDeep(el, '[role="tooltip"]')!.textContent).to.equal('1 request waiting');
    const { el: other, meeting: m2 } = await mount('rtk-participants-toggle', 'participant');
    m2.director.knock('Grace');
    await settled(other);
    expect(queryDeep(other, '[part="waiting-participants-count"]')).to.equal(undefined);
  });

  it('<rtk-participants-toggle> counts stage requests for a webinar host', async () => {
    const { el, meeting } = await mount('rtk-participants-toggle', 'webinar-host');
    const person =
      meeting.director.people.find((p) => p.stageStatus === 'OFF_STAGE') ??
      meeting.director.addPerson();
    meeting.director.stage.request(person.id);
    await settled(el);
    expect(queryDeep(el, '[part="waiting-participants-count"]')!.textContent).to.equal('1');
  });

  it('<rtk-participants-toggle> is hidden when the preset hides the list', async () => {
    const { el, meeting } = await mount('rtk-participants-toggle');
    meeting.director.updatePermissions({ showParticipantList: false });
    await settled(el);
    expect(el.hidden).to.equal(true);
  });

  it('<rtk-plugins-toggle> shows for a host with plugins, not for a participant with none open', async () => {
    const { el, meeting } = await mount('rtk-plugins-toggle');
    const hasPlugins = (meeting.plugins?.all.size ?? 0) > 0;
    expect(el.hidden).to.equal(!hasPlugins);
    if (hasPlugins) expect(nameOf(button(el))).to.equal('Plugins');
    const { el: other } = await mount('rtk-plugins-toggle', 'participant');
    expect(other.hidden).to.equal(true);
  });

  it('leave no listener on the meeting when removed', async () => {
    for (const tag of [
      'rtk-chat-toggle',
      'rtk-polls-toggle',
      'rtk-participants-toggle',
      'rtk-plugins-toggle',
    ]) {
      const meeting = await demoMeeting({ join: true });
      const before = totalListeners(meeting);
      const parentNode = document.createElement('div');
      new ContextProvider(parentNode, { context: meetingContext, initialValue: meeting });
      const el = await fixture<Toggle>(`<${tag}></${tag}>`, { parentNode });
      await settled(el);
      el.remove();
      expect(totalListeners(meeting), tag).to.equal(before);
    }
  });
});
