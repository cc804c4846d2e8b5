import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/controlbar/rtk-controlbar.js';
import '../../src/components/meeting/rtk-meeting.js';
import '../../src/components/participant/rtk-participant.js';
import '../../src/components/participant-tile/rtk-participant-tile.js';
import '../../src/components/sidebar/rtk-sidebar.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkControlbar } from '../../src/components/controlbar/rtk-controlbar.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import type { RtkParticipant } from '../../src/components/participant/rtk-participant.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import type { RtkSidebar } from '../../src/components/sidebar/rtk-sidebar.js';
import type { ParticipantMenuSelectEvent } from '../../src/events/rtk-participant-menu-select.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import {
  addControlbarButton,
  addParticipantMenuItem,
  addSidebarSection,
  openSidebarSection,
} from '../../src/extensions/index.js';
import type { Peer } from '../../src/meeting/participant.js';
import {
  deepActiveElement,
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

// The three extension points (README, "Extending the UI"): a control bar button, an item of
// every person's menu and a sidebar section, each from HTML (named slots) and from JavaScript
// (src/extensions/), on the tag alone and inside rtk-meeting.

/**
 * Names of the buttons a person can see in the bar of `root` (not inside the closed "More"
 * menu), from the start of the bar to its end.
 */
const barNames = (root: Element) => {
  const bar = root.localName === 'rtk-controlbar' ? root : queryDeep(root, 'rtk-controlbar')!;
  const box = bar.getBoundingClientRect();
  return queryAllDeep<HTMLButtonElement>(root, 'button')
    .map((b) => ({ b, r: b.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.top >= box.top && r.bottom <= box.bottom + 1)
    .sort((x, y) => x.r.left - y.r.left)
    .map(({ b }) => nameOf(b));
};

/** The visible buttons of the "More" menu, with their role. */
const moreItems = (el: Element) => {
  const more = queryDeep(el, 'rtk-more-toggle');
  return [...(more?.children ?? [])]
    .filter((c) => !(c as HTMLElement).hidden)
    .flatMap((c) =>
      c.localName === 'rtk-controlbar-button' ? [c] : queryAllDeep(c, 'rtk-controlbar-button'),
    )
    .map((b) => b.shadowRoot!.querySelector('button')!);
};

/** The labels of the open menu items in `root`. */
const menuLabels = (root: Element) =>
  queryAllDeep<HTMLElement>(root, 'rtk-menu-item').map((i) => i.textContent!.trim());

// The menus position with Floating UI, which can make Chromium report a benign ResizeObserver
// loop; only that message is ignored.
let mochaOnError: OnErrorEventHandler = null;
before(() => {
  mochaOnError = window.onerror;
  window.onerror = (message, ...rest) =>
    /ResizeObserver loop/.test(String(message))
      ? true
      : (mochaOnError?.call(window, message, ...rest) ?? false);
});
after(() => {
  window.onerror = mochaOnError;
});

describe('extension point: a control bar button', () => {
  it('from HTML, on the tag alone: in the bar before "More", reached by the arrow keys, run with Enter', async () => {
    let clicks = 0;
    const { el } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar style="inline-size: 1400px"
        ><rtk-controlbar-button
          slot="controlbar-extra"
          label="Notes"
          icon="chat"
          @click=${() => (clicks += 1)}
        ></rtk-controlbar-button
      ></rtk-controlbar>`,
      { join: true, preset: 'host' },
    );
    await rendered(el);
    const names = barNames(el);
    expect(names.slice(-3)).to.deep.equal(['Notes', 'More', 'Leave']);
    const notes = el.querySelector('rtk-controlbar-button')!;
    notes.focus();
    await sendKeys({ press: 'Enter' });
    expect(clicks).to.equal(1);
    // The toolbar's arrow keys move on to "More", and back.
    await sendKeys({ press: 'ArrowRight' });
    expect(nameOf(deepActiveElement()!)).to.equal('More');
    await sendKeys({ press: 'ArrowLeft' });
    expect(nameOf(deepActiveElement()!)).to.equal('Notes');
  });

  it('at phone size folds into "More" as a named menu item that clicks it; removed, it is gone', async () => {
    let clicks = 0;
    const { el } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar size="sm"
        ><button slot="controlbar-extra" aria-label="Raise a ticket" @click=${() => (clicks += 1)}>
          T
        </button></rtk-controlbar
      >`,
      { join: true, preset: 'host' },
    );
    await rendered(el);
    expect(barNames(el)).not.to.include('Raise a ticket');
    await until(() => moreItems(el).some((b) => nameOf(b) === 'Raise a ticket'), 'not in More');
    const item = moreItems(el).find((b) => nameOf(b) === 'Raise a ticket')!;
    expect(item.getAttribute('role')).to.equal('menuitem');
    // Open "More" from the keyboard, go to the last item, choose it.
    const more = queryDeep(el, 'rtk-more-toggle')!;
    queryDeep<HTMLElement>(more, 'button')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => nameOf(deepActiveElement()!) === 'Raise a ticket', 'not focused');
    await sendKeys({ press: 'Enter' });
    expect(clicks).to.equal(1);
    await until(() => nameOf(deepActiveElement()!) === 'More', 'focus did not return to More');
    el.querySelector('button')!.remove();
    await until(() => !moreItems(el).some((b) => nameOf(b) === 'Raise a ticket'), 'still in More');
  });

  it('from JavaScript, inside rtk-meeting: addControlbarButton shows it, and its remover takes it away', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 1280px; height: 800px"></rtk-meeting>`,
    );
    let clicks = 0;
    const remove = addControlbarButton(el, {
      id: 'notes',
      label: 'Notes',
      icon: 'chat',
      onClick: () => (clicks += 1),
    });
    await until(() => queryDeep(el, 'rtk-controlbar'), 'no control bar');
    await until(
      () => barNames(el).includes('Notes'),
      () => `not in the bar: ${barNames(el)}`,
    );
    expect(barNames(el).slice(-3)).to.deep.equal(['Notes', 'More', 'Leave']);
    const button = el.querySelector<HTMLElement>('[data-id="notes"]')!;
    expect(button.slot).to.equal('controlbar-extra');
    button.click();
    expect(clicks).to.equal(1);
    remove();
    await until(() => !barNames(el).includes('Notes'), 'still in the bar');
    expect(el.querySelector('[data-id="notes"]')).to.equal(null);
  });

  it('inside rtk-meeting at phone width, it is in "More"', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    let clicks = 0;
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 390px; height: 844px"
        ><rtk-controlbar-button
          slot="controlbar-extra"
          label="Notes"
          icon="chat"
          @click=${() => (clicks += 1)}
        ></rtk-controlbar-button
      ></rtk-meeting>`,
    );
    const bar = await until(() => queryDeep(el, 'rtk-controlbar'), 'no control bar');
    await until(() => moreItems(bar).some((b) => nameOf(b) === 'Notes'), 'not in More');
    expect(barNames(el)).not.to.include('Notes');
    moreItems(bar)
      .find((b) => nameOf(b) === 'Notes')!
      .click();
    expect(clicks).to.equal(1);
  });
});

describe('extension point: an item of the person menus', () => {
  async function tileWith(template: unknown, preset: 'host' | 'webinar-viewer' = 'host') {
    const { el, meeting } = await mountWithMeeting<RtkParticipantTile>(
      html`<rtk-participant-tile>${template}</rtk-participant-tile>`,
      { people: 0, join: true, preset },
    );
    const person = meeting.director.addPerson({ name: 'Grace Hopper', audio: true });
    el.participant = person;
    await rendered(el);
    return { el, meeting, person };
  }

  async function openTileMenu(el: RtkParticipantTile) {
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => menuLabels(el).length > 0, 'menu never loaded');
    await rendered(el);
  }

  // rtk-menu is already defined here (the participant row imports it), so Enter on the menu
  // button opens the menu without a click: the items must be there all the same.
  it('from HTML on the tile: after the built-in actions, chosen with the keyboard, told which person', async () => {
    const { el, person } = await tileWith(
      html`<span slot="participant-menu" data-icon="chat">Send a note</span>`,
    );
    await openTileMenu(el);
    expect(menuLabels(el)).to.deep.equal([
      'Pin',
      'Mute',
      'Turn off video',
      'Remove from meeting',
      'Send a note',
    ]);
    await sendKeys({ press: 'End' });
    const focused = queryAllDeep(el, 'rtk-menu-item').find((i) => i.matches(':focus-within'));
    expect(focused?.textContent!.trim()).to.equal('Send a note');
    const declared = el.querySelector('span')!;
    // The declaration itself is never shown.
    expect(declared.getClientRects().length).to.equal(0);
    const chosen = oneEvent(
      declared,
      'rtkParticipantMenuSelect',
    ) as Promise<ParticipantMenuSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.participant).to.equal(person);
  });

  it("gives a viewer, who has no built-in action, a menu with the page's item only", async () => {
    const { el } = await tileWith(
      html`<span slot="participant-menu">View profile</span>`,
      'webinar-viewer',
    );
    await openTileMenu(el);
    expect(menuLabels(el)).to.deep.equal(['View profile']);
  });

  it('from JavaScript inside rtk-meeting: visible() picks the people, onClick gets the person, a rejection is shown, remove() takes it away', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 1280px; height: 800px"></rtk-meeting>`,
    );
    const people = [...meeting.participants.joined.values()];
    const chosen: Peer[] = [];
    let fail = false;
    const remove = addParticipantMenuItem(el, {
      id: 'profile',
      label: 'View profile',
      visible: (p) => p.id === people[0].id,
      onClick: (p) => {
        chosen.push(p);
        return fail ? Promise.reject(new Error('no profile service')) : undefined;
      },
    });
    const tileOf = (p: Peer) =>
      until(
        () =>
          queryAllDeep<RtkParticipantTile>(el, 'rtk-participant-tile').find(
            (t) => t.participant?.id === p.id,
          ),
        `no tile for ${p.name}`,
      );
    const first = await tileOf(people[0]);
    await openTileMenu(first);
    expect(menuLabels(first)).to.include('View profile');
    const item = () =>
      queryAllDeep<HTMLElement>(first, 'rtk-menu-item').find(
        (i) => i.textContent!.trim() === 'View profile',
      );
    item()!.click();
    await until(() => chosen.length === 1, 'onClick never ran');
    expect(chosen[0]).to.equal(people[0]);

    fail = true;
    await openTileMenu(first);
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    item()!.click();
    expect((await notified).detail.variant).to.equal('error');

    const second = await tileOf(people[1]);
    await openTileMenu(second);
    expect(menuLabels(second)).not.to.include('View profile');

    remove();
    await openTileMenu(first);
    await until(() => !menuLabels(first).includes('View profile'), 'still in the menu');
  });

  it('from HTML on a participant row alone: in the row menu, told which person; no listener left', async () => {
    const meeting = await demoMeeting({ join: true, people: 0 });
    const person = meeting.director.addPerson({ name: 'Alan Turing', audio: false });
    const before = totalListeners(meeting);
    const el = await fixture<RtkParticipant>(
      html`<rtk-participant .meeting=${meeting} .participant=${person}
        ><span slot="participant-menu" aria-label="Call on the phone">☎</span></rtk-participant
      >`,
    );
    await rendered(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => menuLabels(el).length > 0, 'menu never opened');
    expect(menuLabels(el).at(-1)).to.equal('Call on the phone');
    const chosen = oneEvent(
      el.querySelector('span')!,
      'rtkParticipantMenuSelect',
    ) as Promise<ParticipantMenuSelectEvent>;
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.participant).to.equal(person);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});

describe('extension point: a sidebar section', () => {
  const tabs = (el: Element) => [
    ...(queryDeep(el, 'rtk-sidebar-ui')?.shadowRoot?.querySelectorAll<HTMLElement>(
      '[role="tab"]',
    ) ?? []),
  ];
  const tabNames = (el: Element) => tabs(el).map((t) => t.textContent!.trim());

  it('from HTML on the tag alone: a tab after the default ones, chosen with the arrow keys, showing its content', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'host' });
    const before = totalListeners(meeting);
    const root = await fixture<HTMLElement>(html`<rtk-ui-provider .meeting=${meeting}>
      <button
        id="open"
        @click=${(e: Event) =>
          e.target!.dispatchEvent(
            new RtkStateUpdateEvent({ activeSidebar: true, sidebar: 'chat' }),
          )}
      >
        Open
      </button>
      <rtk-sidebar style="height: 500px; width: 600px"
        ><div slot="sidebar-section" data-id="notes" data-label="Notes">
          <p>Our notes</p>
        </div></rtk-sidebar
      >
    </rtk-ui-provider>`);
    const el = root.querySelector<RtkSidebar>('rtk-sidebar')!;
    const notes = el.querySelector('[data-id="notes"]')!;
    root.querySelector<HTMLButtonElement>('#open')!.click();
    await until(
      () => tabNames(el).includes('Notes'),
      () => `no Notes tab: ${tabNames(el)}`,
    );
    expect(tabNames(el)).to.deep.equal([
      'Chat',
      'Polls',
      'Participants',
      'Transcript',
      'Plugins',
      'Notes',
    ]);
    expect(notes.getClientRects().length).to.equal(0);
    tabs(el)[0].focus();
    await sendKeys({ press: 'End' });
    await until(() => notes.getClientRects().length > 0, 'the section never showed');
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Notes');
    expect(deepActiveElement()!.getAttribute('aria-selected')).to.equal('true');
    expect(notes.textContent).to.include('Our notes');
    // Back to the chat: the section is hidden again.
    await sendKeys({ press: 'Home' });
    await until(() => notes.getClientRects().length === 0, 'the section stayed');
    root.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });

  it('from JavaScript inside rtk-meeting: opened by openSidebarSection, removed with its remover', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 1280px; height: 800px"></rtk-meeting>`,
    );
    let cleaned = false;
    const remove = addSidebarSection(el, {
      id: 'agenda',
      label: 'Agenda',
      render: (container) => {
        const list = document.createElement('ol');
        list.append(Object.assign(document.createElement('li'), { textContent: 'Welcome' }));
        container.append(list);
        return () => (cleaned = true);
      },
    });
    await until(() => queryDeep(el, 'rtk-controlbar'), 'not joined');
    openSidebarSection(el, 'agenda');
    const sidebar = await until(
      () => queryDeep(el, 'rtk-sidebar:not([hidden])'),
      'the sidebar never opened',
    );
    await until(
      () => tabNames(sidebar).includes('Agenda'),
      () => `no tab: ${tabNames(sidebar)}`,
    );
    const section = el.querySelector<HTMLElement>('[data-id="agenda"]')!;
    await until(() => section.getClientRects().length > 0, 'the section is not shown');
    const selectedTab = tabs(sidebar).find((t) => t.getAttribute('aria-selected') === 'true');
    expect(selectedTab!.textContent!.trim()).to.equal('Agenda');
    remove();
    expect(cleaned).to.equal(true);
    await until(() => !tabNames(sidebar).includes('Agenda'), 'the tab stayed');
  });
});
