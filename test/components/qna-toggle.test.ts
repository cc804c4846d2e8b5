import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/qna-toggle/rtk-qna-toggle.js';
import '../../src/components/sidebar/rtk-sidebar.js';
import type { RtkQnaToggle } from '../../src/components/qna-toggle/rtk-qna-toggle.js';
import type { RtkSidebar } from '../../src/components/sidebar/rtk-sidebar.js';
import { meetingContext } from '../../src/context/contexts.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import type { Meeting } from '../../src/meeting/meeting.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  demoMeeting,
  nameOf,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const button = (el: HTMLElement) => queryDeep<HTMLButtonElement>(el, 'button')!;
const badge = (el: HTMLElement) =>
  el.shadowRoot!.querySelector('[part="unread-count"]')?.textContent?.trim() ?? '';

async function mount() {
  const meeting = await demoMeeting({ join: true, people: 2 });
  const parentNode = document.createElement('div');
  new ContextProvider(parentNode, { context: meetingContext, initialValue: meeting });
  const el = await fixture<RtkQnaToggle>(html`<rtk-qna-toggle></rtk-qna-toggle>`, { parentNode });
  el.addEventListener('rtkStateUpdate', (e) => {
    el.states = { ...el.states, ...(e as RtkStateUpdateEvent).detail };
  });
  await until(() => queryDeep(el, 'button'), 'the button renders');
  return { el, meeting };
}

describe('<rtk-qna-toggle>', () => {
  failOnConsoleErrors();

  it('opens and closes Q&A through the UI states', async () => {
    const { el } = await mount();
    expect(nameOf(button(el))).to.equal('Q&A');
    const opened = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    button(el).click();
    expect((await opened).detail).to.deep.equal({ activeSidebar: true, sidebar: 'qna' });
    await until(() => button(el).getAttribute('aria-pressed') === 'true', 'pressed');
    const closed = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    button(el).click();
    expect((await closed).detail).to.deep.equal({ activeSidebar: false });
    await expect(el).to.be.accessible();
  });

  it('counts the questions others ask while Q&A is closed, and forgets them when opened', async () => {
    const { el, meeting } = await mount();
    const [ada, bo] = meeting.director.people;
    meeting.director.qna.ask(ada!.id, 'One?');
    meeting.director.qna.ask(bo!.id, 'Two?', { anonymous: true });
    await until(() => badge(el) === '2', 'two new questions');
    el.states = { activeSidebar: true, sidebar: 'qna' };
    await until(() => badge(el) === '', 'seen once open');
  });

  it('hides itself without a broadcast channel', async () => {
    const half = { self: { roomState: 'joined' }, participants: {} } as unknown as Meeting;
    const el = await fixture<RtkQnaToggle>(
      html`<rtk-qna-toggle .meeting=${half}></rtk-qna-toggle>`,
    );
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
  });

  it('rtk-sidebar offers the Q&A tab once Q&A is opened, and shows rtk-qna in it', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const sidebar = await fixture<RtkSidebar>(
      html`<rtk-sidebar .meeting=${meeting} .states=${{ activeSidebar: true, sidebar: 'chat' }}></rtk-sidebar>`,
    );
    const tabs = () => queryAllDeep(sidebar, '[role="tab"]').map((t) => nameOf(t));
    await until(() => tabs().length > 0, 'tabs');
    expect(tabs()).not.to.include('Q&A');
    sidebar.states = { activeSidebar: true, sidebar: 'qna' };
    await until(() => queryDeep(sidebar, 'rtk-qna')?.shadowRoot?.querySelector('textarea'), 'Q&A');
    expect(tabs().slice(0, 3)).to.deep.equal(['Chat', 'Polls', 'Q&A']);
    sidebar.states = { activeSidebar: true, sidebar: 'chat' };
    await until(() => !queryDeep(sidebar, 'rtk-qna'), 'back to chat');
    expect(tabs()).to.include('Q&A');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-qna-toggle');
    el.meeting = meeting;
    document.body.append(el);
    await el.updateComplete;
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
