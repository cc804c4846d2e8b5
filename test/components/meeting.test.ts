import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/meeting/rtk-meeting.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import type { RtkStatesUpdateEvent } from '../../src/events/rtk-states-update.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import type { Meeting } from '../../src/meeting/meeting.js';
import { presetOf, type UiConfig } from '../../src/context/config.js';
import { resolveOverrides } from '../../src/context/overrides.js';
import {
  buttonByName,
  deepActiveElement,
  deepText,
  demoMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
  watchErrors,
} from '../helpers/fixtures.js';
import type { MountOptions } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

async function mountMeeting(options: MountOptions = {}, extra = html``) {
  const meeting = await demoMeeting({ people: 3, ...options });
  const el = await fixture<RtkMeeting>(
    html`<rtk-meeting .meeting=${meeting} style="width: 1000px; height: 700px">${extra}</rtk-meeting>`,
  );
  return { el, meeting };
}

/** Waits until the text a person sees in `el` contains `text`. */
const seen = (el: Element, text: string) =>
  // Screens and panels load on first use: allow for a dynamic import on a busy machine.
  until(
    () => deepText(el).includes(text),
    () => `never showed "${text}": ${deepText(el)}`,
  );
const tileNames = (el: Element) =>
  queryAllDeep(el, 'rtk-participant-tile').map((t) => queryDeep(t, '[part="name"]')?.textContent);

describe('<rtk-meeting>', () => {
  it('goes from setup to the call to the ended screen', async () => {
    const { el, meeting } = await mountMeeting();
    await seen(el, 'Join meeting');
    await expect(el).to.be.accessible();
    const input = queryDeep<HTMLInputElement>(el, 'input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Ada Lovelace' });
    buttonByName(el, 'Join meeting')!.click();

    await until(() => tileNames(el).length === 4, 'grid never showed 4 tiles');
    const others = meeting.participants.active.toArray().map((p) => p.name);
    expect(tileNames(el)).to.deep.equal(['Ada Lovelace (you)', ...others]);
    expect(queryDeep(el, '[role="toolbar"]')!.getAttribute('aria-label')).to.equal(
      'Meeting controls',
    );
    await expect(el).to.be.accessible();

    buttonByName(el, 'Mic on')!.click();
    await until(() => buttonByName(el, 'Mic off'), 'mic never showed off');
    expect(meeting.self.audioEnabled).to.equal(false);

    buttonByName(el, 'Leave')!.click();
    // Leaving asks first (the official default).
    const leave = () =>
      [...(queryDeep(el, 'rtk-leave-meeting')?.shadowRoot?.querySelectorAll('rtk-button') ?? [])]
        .find((b) => b.textContent!.trim() === 'Leave meeting')
        ?.shadowRoot?.querySelector('button');
    await until(leave, 'no leave confirmation');
    leave()!.click();
    await seen(el, 'You left the meeting.');
    expect(meeting.self.roomState).to.equal('left');
    await expect(el).to.be.accessible();
  });

  it('joins at once without the setup screen', async () => {
    const meeting = await demoMeeting({ people: 1 });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting show-setup-screen="false" .meeting=${meeting}></rtk-meeting>`,
    );
    expect(el.showSetupScreen).to.equal(false);
    await until(() => tileNames(el).length === 2, 'never joined');
  });

  it('shows the waiting screen until the host lets you in', async () => {
    const { el, meeting } = await mountMeeting({ waitingRoom: true, join: true });
    await seen(el, 'Waiting for the host to let you in…');
    meeting.director.admitSelf();
    await until(() => tileNames(el).length === 4, 'never admitted');
  });

  it('says why you left, and announces its states', async () => {
    const { el, meeting } = await mountMeeting({ join: true });
    await until(() => tileNames(el).length === 4);
    const update = oneEvent(el, 'rtkStatesUpdate') as Promise<RtkStatesUpdateEvent>;
    meeting.director.kickSelf();
    expect((await update).detail.roomLeftState).to.equal('kicked');
    await seen(el, 'You were removed from the meeting.');
  });

  it('shows a failed media call as a dismissible notification', async () => {
    const { el, meeting } = await mountMeeting({ join: true, audio: false });
    await until(() => buttonByName(el, 'Mic off'));
    meeting.director.failNextMedia('audio');
    buttonByName(el, 'Mic off')!.click();
    const alert = () =>
      queryDeep(el, 'rtk-notifications')!.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
    await until(() => alert().textContent!.includes('Unmute microphone failed'), 'no notification');
    expect(meeting.self.audioEnabled).to.equal(false);
    expect(buttonByName(el, 'Mic off')).to.exist;
    await expect(el).to.be.accessible();
    // The toast element loads with the first notification; its button comes with it.
    await until(() => buttonByName(alert(), 'Dismiss notification'), 'no dismiss button');
    buttonByName(alert(), 'Dismiss notification')!.click();
    await until(() => !alert().textContent!.includes('failed'), 'not dismissed');
  });

  it('sets its size from its width and passes it down', async () => {
    const { el } = await mountMeeting();
    expect(el.getAttribute('size')).to.equal('lg');
    const narrow = await fixture<RtkMeeting>(
      html`<rtk-meeting style="width: 500px" .meeting=${await demoMeeting()}></rtk-meeting>`,
    );
    expect(narrow.getAttribute('size')).to.equal('sm');
    await narrow.updateComplete;
    expect(queryDeep(narrow, 'rtk-setup-screen')!.getAttribute('size')).to.equal('sm');
  });

  it('renders idle screens for missing or half-shaped meetings and never throws', async () => {
    const watch = watchErrors();
    try {
      const el = await fixture<RtkMeeting>(html`<rtk-meeting></rtk-meeting>`);
      expect(deepText(el)).to.equal('Getting your meeting ready…');
      for (const broken of [{}, { self: {} }, { self: null, participants: 3 }]) {
        el.meeting = broken as unknown as Meeting;
        await el.updateComplete;
        expect(deepText(el)).to.equal('No meeting to show yet.');
      }
      const meeting = await demoMeeting({ join: true });
      Object.defineProperty(meeting, 'stage', { value: undefined });
      Object.defineProperty(meeting, 'polls', { value: undefined });
      el.meeting = meeting;
      await until(() => tileNames(el).length === 4, 'grid missing');
      await expect(el).to.be.accessible();
    } finally {
      watch.stop();
    }
    expect(watch.errors).to.deep.equal([]);
  });

  it('leaves no listener when removed, and leaves the meeting if asked to', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting leave-on-unmount .meeting=${meeting}></rtk-meeting>`,
    );
    await until(() => tileNames(el).length === 4);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
    await until(() => meeting.self.roomState === 'left', 'did not leave on unmount');
  });

  it('stays in the meeting when moved within the page', async () => {
    const meeting = await demoMeeting({ join: true });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting leave-on-unmount .meeting=${meeting}></rtk-meeting>`,
    );
    const parent = el.parentElement!;
    parent.append(document.createElement('div'), el);
    await el.updateComplete;
    await Promise.resolve();
    expect(meeting.self.roomState).to.equal('joined');
  });
});

describe('<rtk-meeting> shell', () => {
  const notices = (el: Element) =>
    queryAllDeep(el, 'rtk-notifications').flatMap((n) =>
      [...n.shadowRoot!.querySelectorAll('rtk-notification')].map((x) => deepText(x)),
    );
  // The sidebar's own tabs (a section it shows, such as the participants, may have tabs too).
  const sidebarTabList = (el: Element) => [
    ...(queryDeep(el, 'rtk-sidebar-ui')?.shadowRoot?.querySelectorAll('[role="tab"]') ?? []),
  ];
  const sidebarTabs = (el: Element) => sidebarTabList(el).map((t) => t.textContent!.trim());
  const selectedSidebarTab = (el: Element) =>
    sidebarTabList(el)
      .find((t) => t.getAttribute('aria-selected') === 'true')
      ?.textContent?.trim();
  const openSidebar = (el: RtkMeeting, sidebar: string) =>
    queryDeep(el, 'rtk-stage')!.dispatchEvent(
      new RtkStateUpdateEvent({ activeSidebar: true, sidebar }),
    );

  it('lays out header, stage with grid, sidebar and control bar for a host', async () => {
    const { el } = await mountMeeting({ join: true });
    await until(() => tileNames(el).length === 4);
    const stage = queryDeep(el, 'rtk-stage')!;
    expect(stage.getAttribute('role')).to.equal('region');
    expect(stage.getAttribute('aria-label')).to.equal('Stage: Demo meeting');
    expect(stage.querySelector('rtk-grid')).to.exist;
    expect(queryDeep(el, 'rtk-header')).to.exist;
    expect(queryDeep(el, 'rtk-controlbar')).to.exist;
    expect(queryDeep(el, 'rtk-participants-audio')).to.exist;
    expect(queryDeep(el, 'rtk-dialog-manager')).to.exist;
    expect(queryDeep(el, 'rtk-sidebar'), 'the sidebar loads when first opened').to.equal(undefined);
    openSidebar(el, 'participants');
    // Opening loads the sidebar, its frame and the section it opens on: wait for those to render.
    await rendered(el);
    expect(queryDeep(el, 'rtk-sidebar'), 'the sidebar opened').to.exist;
    expect(sidebarTabs(el)).to.deep.equal([
      'Chat',
      'Polls',
      'Participants',
      'Transcript',
      'Plugins',
    ]);
    expect(selectedSidebarTab(el)).to.equal('Participants');
    expect(queryDeep(el, 'rtk-sidebar-ui')!.querySelector('rtk-participants')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('offers a participant and a webinar viewer only what their permissions allow', async () => {
    for (const preset of ['participant', 'webinar-viewer'] as const) {
      const { el, meeting } = await mountMeeting({ join: true, preset });
      await until(() => queryDeep(el, 'rtk-stage'));
      openSidebar(el, 'chat');
      await until(() => sidebarTabs(el).length > 0, 'sidebar never opened');
      // Live transcription is on for participants in the demo, not for webinar viewers.
      expect(sidebarTabs(el), preset).to.deep.equal(
        preset === 'participant'
          ? ['Chat', 'Polls', 'Participants', 'Transcript']
          : ['Chat', 'Polls', 'Participants'],
      );
      // Hosts hear about knocks and stage requests; these presets do not.
      meeting.director.knock('Grace Knock');
      await el.updateComplete;
      expect(notices(el).join(' ')).not.to.include('waiting');
      el.remove();
    }
  });

  it('shows a livestream viewer the player, and a livestream host the grid', async () => {
    const viewer = await mountMeeting({ join: true, preset: 'livestream-viewer' });
    await seen(viewer.el, 'The livestream has not started yet.');
    expect(queryDeep(viewer.el, 'rtk-grid')).to.equal(undefined);
    viewer.meeting.director.livestream!.start();
    // The player takes over: a video, or (the demo's URL never loads) the player's own error.
    await until(
      () =>
        queryDeep(viewer.el, 'rtk-livestream-player')?.shadowRoot?.querySelector(
          'video, [part="status"][data-state="error"]',
        ),
      'the player did not react to the stream starting',
    );
    const host = await mountMeeting({ join: true, preset: 'livestream-host' });
    await until(() => queryDeep(host.el, 'rtk-grid'), 'host has no grid');
    expect(queryDeep(host.el, 'rtk-livestream-player')).to.equal(undefined);
  });

  it('switches layout with the view type: chat as the main area', async () => {
    const { el } = await mountMeeting({ join: true, viewType: 'CHAT' });
    await until(() => queryDeep(el, '.main-chat'), 'no chat main area');
    expect(el.layout).to.equal('chat');
    expect(queryDeep(el, 'rtk-grid')).to.equal(undefined);
    expect(
      queryDeep(el, '.main-chat')!
        .shadowRoot!.querySelector('rtk-sidebar-ui')!
        .querySelector('rtk-chat'),
    ).to.exist;
    expect(buttonByName(queryDeep(el, '.main-chat')!, 'Close sidebar')).to.equal(undefined);
    const audio = await mountMeeting({ join: true, viewType: 'AUDIO_ROOM', preset: 'audio-room' });
    await until(() => queryDeep(audio.el, 'rtk-grid'));
    expect(audio.el.layout).to.equal('audio-room');
    const webinar = await mountMeeting({ join: true, preset: 'webinar-host' });
    await until(() => queryDeep(webinar.el, 'rtk-grid'));
    expect(webinar.el.layout).to.equal('webinar');
  });

  it('shows a banner while the socket is down and keeps the open sidebar across the reconnect', async () => {
    const { el, meeting } = await mountMeeting({ join: true });
    await until(() => tileNames(el).length === 4);
    openSidebar(el, 'polls');
    await until(() => sidebarTabs(el).length > 0, 'sidebar never opened');
    meeting.director.disconnect({ giveUpAfterMs: 60_000 });
    await seen(el, 'Reconnecting…');
    expect(queryDeep(el, '[part="banner"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    meeting.director.reconnect();
    await until(() => !queryDeep(el, '[part="banner"]'), 'banner stayed');
    expect(selectedSidebarTab(el)).to.equal('Polls');
    await until(() => notices(el).some((n) => n.includes('Reconnected')), 'no reconnected notice');
    meeting.director.failMedia();
    await seen(el, 'Audio and video connection lost');
    meeting.director.restoreMedia();
    await until(() => !queryDeep(el, '[part="banner"]'));
  });

  it('says "Connection lost" when reconnecting fails', async () => {
    const { el, meeting } = await mountMeeting({ join: true });
    await until(() => tileNames(el).length === 4);
    meeting.director.disconnect({ giveUpAfterMs: 40 });
    await until(() => meeting.self.roomState === 'disconnected');
    await until(() => deepText(el).length > 0 && !queryDeep(el, 'rtk-grid'), 'still in the call');
  });

  it('keeps notifications off an open sidebar', async () => {
    const { el, meeting } = await mountMeeting({ join: true, people: 0 });
    await until(() => tileNames(el).length === 1);
    openSidebar(el, 'participants');
    const sidebar = await until(() => queryDeep(el, 'rtk-sidebar-ui'), 'no sidebar').then(() =>
      queryDeep(el, 'rtk-sidebar-ui')!,
    );
    meeting.director.addPerson({ name: 'Ada Byron' });
    await until(() => notices(el).some((n) => n.includes('Ada Byron joined')), 'no join notice');
    await rendered(el);
    const toast = queryDeep(el, 'rtk-notification')!.getBoundingClientRect();
    const panel = sidebar.getBoundingClientRect();
    expect(panel.width, 'sidebar width').to.be.greaterThan(100);
    expect(
      toast.right,
      `toast ${toast.left}..${toast.right}, sidebar from ${panel.left}`,
    ).to.be.at.most(panel.left);
  });

  /** The box of each toast (its visible container). */
  const toasts = (el: Element) =>
    queryAllDeep(el, 'rtk-notification').map((n) =>
      n.shadowRoot!.querySelector('[part="container"]')!.getBoundingClientRect(),
    );
  const overlaps = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 1 && a.right > b.left + 1 && a.top < b.bottom - 1 && a.bottom > b.top + 1;
  /** Buttons a person can reach in `el`, outside the toasts, that a toast covers. */
  const coveredControls = (el: Element) => {
    const boxes = toasts(el);
    return queryAllDeep(el, 'button, input, [role="tab"]')
      .filter((c) => !c.closest('[inert]') && !queryAllDeep(el, 'rtk-notifications')[0].contains(c))
      .filter((c) => {
        for (
          let n: Node | null = c;
          n;
          n = (n as Element).parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null
        )
          if ((n as HTMLElement).inert || (n as HTMLElement).localName === 'rtk-notifications')
            return false;
        const r = c.getBoundingClientRect();
        return r.width > 0 && boxes.some((b) => overlaps(b, r));
      })
      .map((c) => c.getAttribute('aria-label') ?? c.textContent!.trim());
  };

  it('shows notifications at the end of the stage, which makes room: they cover no control', async () => {
    // More people than fit: the "+N" tile sits at the grid's bottom end, where toasts go.
    const { el, meeting } = await mountMeeting({ join: true, people: 30 });
    await until(
      () => tileNames(el).length > 1,
      () => `tiles: ${tileNames(el)}; ${deepText(el).slice(0, 200)}`,
    );
    await rendered(el);
    const before = queryDeep(el, 'rtk-grid')!.getBoundingClientRect();
    meeting.director.addPerson({ name: 'Ada Byron' });
    await until(() => toasts(el).length === 1 && toasts(el)[0].height > 0, 'no toast');
    await rendered(el);
    const [toast] = toasts(el);
    const grid = queryDeep(el, 'rtk-grid')!.getBoundingClientRect();
    expect(grid.bottom, 'the stage ends above the toast').to.be.at.most(toast.top);
    expect(grid.bottom).to.be.below(before.bottom);
    const header = queryDeep(el, 'rtk-header')!.getBoundingClientRect();
    const bar = queryDeep(el, 'rtk-controlbar')!.getBoundingClientRect();
    expect(toast.top, 'below the header').to.be.at.least(header.bottom);
    expect(toast.bottom, 'above the control bar').to.be.at.most(bar.top);
    // At the end of the stage: the right in English…
    expect(toast.right).to.be.closeTo(el.getBoundingClientRect().right, 40);
    // Once the tiles have glided into the smaller stage.
    await until(
      () => coveredControls(el).length === 0,
      () => `covered: ${coveredControls(el)}`,
    );
    // …the left in Arabic.
    el.setAttribute('dir', 'rtl');
    await until(
      () => Math.abs(toasts(el)[0].left - el.getBoundingClientRect().left) < 40,
      () => `toast at ${toasts(el)[0].left}`,
    );
  });

  it('on a phone: toasts span the stage, which makes room for them', async () => {
    const meeting = await demoMeeting({ join: true, people: 5 });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 390px; height: 844px"></rtk-meeting>`,
    );
    await until(() => tileNames(el).length > 1);
    meeting.director.addPerson({ name: 'Ada Byron' });
    await until(() => toasts(el).length === 1 && toasts(el)[0].height > 0, 'no toast');
    await rendered(el);
    const [toast] = toasts(el);
    expect(toast.width, 'nearly the full width').to.be.greaterThan(350);
    expect(toast.bottom).to.be.at.most(
      queryDeep(el, 'rtk-controlbar')!.getBoundingClientRect().top,
    );
    expect(toast.top).to.be.at.least(queryDeep(el, 'rtk-header')!.getBoundingClientRect().bottom);
    const grid = queryDeep(el, 'rtk-grid')!.getBoundingClientRect();
    expect(grid.bottom, 'the stage ends above the toast').to.be.at.most(toast.top);
    expect(coveredControls(el)).to.deep.equal([]);
    // Dismissed: the stage takes the room back.
    queryDeep<HTMLElement>(queryAllDeep(el, 'rtk-notification')[0], '[part="dismiss"]')!.click();
    await until(
      () => queryDeep(el, 'rtk-grid')!.getBoundingClientRect().bottom > grid.bottom + toast.height,
      'the stage did not grow back',
    );
  });

  it('on a phone the sidebar sheet makes what it covers inert, and makes room for toasts', async () => {
    const meeting = await demoMeeting({ join: true, people: 3 });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 390px; height: 844px"></rtk-meeting>`,
    );
    const toggle = await until(() => buttonByName(el, 'More'), 'no More');
    toggle.focus();
    openSidebar(el, 'chat');
    await until(() => sidebarTabs(el).length > 0, 'sidebar never opened');
    await rendered(el);
    for (const tag of ['rtk-header', 'rtk-stage', 'rtk-controlbar'])
      expect(queryDeep(el, tag)!.closest('[inert]'), `${tag} inert`).to.exist;
    const close = buttonByName(el, 'Close sidebar')!;
    expect(close.closest('[inert]')).to.equal(null);
    await until(() => deepActiveElement()?.closest('button') === close, 'focus not on close');
    meeting.director.addPerson({ name: 'Ada Byron' });
    await until(() => toasts(el).length === 1 && toasts(el)[0].height > 0, 'no toast');
    await rendered(el);
    // At the bottom of the sheet; the chat's composer moves up above it.
    const [toast] = toasts(el);
    expect(toast.bottom).to.be.closeTo(el.getBoundingClientRect().bottom, 16);
    const composer = queryDeep(el, 'rtk-chat-composer-ui')!.getBoundingClientRect();
    expect(composer.bottom, 'the composer above the toast').to.be.at.most(toast.top);
    expect(coveredControls(el)).to.deep.equal([]);
    close.click();
    await until(() => queryDeep(el, 'rtk-sidebar')!.hidden, 'did not close');
    await until(() => !queryDeep(el, 'rtk-controlbar')!.closest('[inert]'), 'still inert');
    await until(
      () => deepActiveElement() === toggle,
      () => `focus on ${deepActiveElement()?.outerHTML}`,
    );
  });

  it('batches joins and leaves into one notification', async () => {
    const { el, meeting } = await mountMeeting({ join: true, people: 0 });
    await until(() => tileNames(el).length === 1);
    const ada = meeting.director.addPerson({ name: 'Ada Byron' });
    await until(
      () => notices(el).some((n) => n.includes('Ada Byron joined')),
      `no join notice: ${notices(el)}`,
    );
    meeting.director.addPeople(4);
    await until(
      () => notices(el).some((n) => n.includes('Ada Byron and 4 others joined')),
      `not batched: ${notices(el)}`,
    );
    expect(notices(el).filter((n) => n.includes('joined'))).to.have.length(1);
    meeting.director.removePerson(ada.id);
    await until(() => notices(el).some((n) => n.includes('Ada Byron left')));
  });

  it('notifies chat while the chat is closed, polls, recording, knocks and stage requests for hosts', async () => {
    const { el, meeting } = await mountMeeting({ join: true, preset: 'webinar-host' });
    await until(() => queryDeep(el, 'rtk-stage'));
    const [first] = meeting.director.people;
    meeting.director.chat.send(first.id, 'Hello there');
    await until(
      () => notices(el).some((n) => n.includes(`${first.name}: Hello there`)),
      'no chat notice',
    );
    // The toast previews Markdown as plain text, never with its marks.
    meeting.director.chat.send(first.id, '**Agenda** is _here_: [docs](https://example.com/a)');
    await until(
      () => notices(el).some((n) => n.includes(`${first.name}: Agenda is here: docs`)),
      `marks shown: ${notices(el)}`,
    );
    const open = buttonByName(el, 'Open chat')!;
    open.click();
    await until(() => selectedSidebarTab(el) === 'Chat', 'chat not opened');
    const before = notices(el).length;
    meeting.director.chat.send(first.id, 'Seen in the panel');
    await el.updateComplete;
    expect(notices(el).length).to.be.at.most(before);
    expect(notices(el).join(' ')).not.to.include('Seen in the panel');

    meeting.director.polls.create(first.id, 'Lunch?', ['Yes', 'No']);
    await until(
      () => notices(el).some((n) => n.includes('created a poll: Lunch?')),
      'no poll notice',
    );
    meeting.director.recording.start();
    await until(
      () => notices(el).some((n) => n.includes('Recording started')),
      'no recording notice',
    );
    meeting.director.recording.stop();
    await until(() => notices(el).some((n) => n.includes('Recording stopped')));
    meeting.director.knock('Grace Hopper');
    await until(
      () => notices(el).some((n) => n.includes('Grace Hopper is waiting to join')),
      'no knock notice',
    );
    const viewer = meeting.director.addPerson({
      name: 'Vera Viewer',
      presetName: 'webinar-viewer',
    });
    meeting.director.stage.request(viewer.id);
    await until(
      () => notices(el).some((n) => n.includes('Vera Viewer asks to join the stage')),
      `no stage notice: ${notices(el)}`,
    );
  });

  it('batches stage requests and waiting-room knocks into one notification each', async () => {
    const { el, meeting } = await mountMeeting({ join: true, preset: 'webinar-host' });
    await until(() => queryDeep(el, 'rtk-stage'));
    const viewers = ['Vera Viewer', 'Will Viewer', 'Xena Viewer'].map((name) =>
      meeting.director.addPerson({ name, presetName: 'webinar-viewer' }),
    );
    for (const viewer of viewers) meeting.director.stage.request(viewer.id);
    await until(
      () => notices(el).some((n) => n.includes('Vera Viewer and 2 others ask to join the stage')),
      `not batched: ${notices(el)}`,
    );
    expect(notices(el).filter((n) => n.includes('join the stage'))).to.have.length(1);
    meeting.director.knock('Grace Hopper');
    meeting.director.knock('Alan Turing');
    await until(
      () => notices(el).some((n) => n.includes('Grace Hopper and 1 other are waiting to join')),
      `not batched: ${notices(el)}`,
    );
    expect(notices(el).filter((n) => n.includes('waiting to join'))).to.have.length(1);
  });

  it('puts the sidebar over the meeting as a sheet at phone width', async () => {
    const meeting = await demoMeeting({ join: true });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="width: 400px; height: 700px"></rtk-meeting>`,
    );
    await until(() => queryDeep(el, 'rtk-stage'));
    openSidebar(el, 'participants');
    await until(() => sidebarTabs(el).length > 0, 'sidebar never opened');
    const sidebar = queryDeep(el, 'rtk-sidebar')!;
    expect(sidebar.getAttribute('view')).to.equal('full-screen');
    const box = sidebar.getBoundingClientRect();
    expect(box.width).to.be.closeTo(el.getBoundingClientRect().width, 1);
  });

  it('leaves no listener on the meeting after a full in-call session', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'livestream-viewer' });
    const before = totalListeners(meeting);
    const el = await fixture<RtkMeeting>(html`<rtk-meeting .meeting=${meeting}></rtk-meeting>`);
    await until(() => queryDeep(el, 'rtk-livestream-player'));
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});

describe('<rtk-meeting> official props', () => {
  /** The config a kit element deep inside the meeting reads. */
  const configInside = (el: Element) =>
    (queryDeep(el, 'rtk-grid') as unknown as { activeConfig: UiConfig }).activeConfig;

  it('carries overrides down inside the config, key by key over config.overrides', async () => {
    const meeting = await demoMeeting({ join: true });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting
        .meeting=${meeting}
        .config=${{ overrides: { disableEmojiPicker: true } }}
        .overrides=${{ disablePrivateChat: true }}
      ></rtk-meeting>`,
    );
    await until(() => queryDeep(el, 'rtk-grid'), 'no grid');
    expect(configInside(el).overrides).to.deep.equal({
      disableEmojiPicker: true,
      disablePrivateChat: true,
    });
    // What a tag with overrides of its own gets from resolveOverrides: its own win key by key.
    expect(resolveOverrides(configInside(el), { disablePrivateChat: false })).to.deep.equal({
      disableEmojiPicker: true,
      disablePrivateChat: false,
    });
    el.overrides = { disableEmojiPicker: false };
    await el.updateComplete;
    await until(() => configInside(el).overrides?.disableEmojiPicker === false, 'not followed');
    expect(configInside(el).overrides).to.deep.equal({ disableEmojiPicker: false });
  });

  it('gives gridLayout to the grid as its layout', async () => {
    const meeting = await demoMeeting({ join: true });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting grid-layout="column" .meeting=${meeting}></rtk-meeting>`,
    );
    await until(() => queryDeep(el, 'rtk-grid'), 'no grid');
    const grid = queryDeep(el, 'rtk-grid') as HTMLElement & { layout: string };
    expect(grid.layout).to.equal('column');
    el.gridLayout = 'row';
    await el.updateComplete;
    expect(grid.layout).to.equal('row');
  });

  it('follows the preset for its bars unless loadConfigFromPreset is false', async () => {
    const meeting = await demoMeeting({ join: true });
    (meeting.self.config.header as { isEnabled: boolean }).isEnabled = false;
    const el = await fixture<RtkMeeting>(html`<rtk-meeting .meeting=${meeting}></rtk-meeting>`);
    await until(() => queryDeep(el, 'rtk-grid'), 'no grid');
    expect(queryDeep(el, 'rtk-header')).to.not.exist;
    expect(configInside(el).loadConfigFromPreset).to.equal(undefined);
    const own = await fixture<RtkMeeting>(
      html`<rtk-meeting load-config-from-preset="false" .meeting=${meeting}></rtk-meeting>`,
    );
    await until(() => queryDeep(own, 'rtk-header'), 'the preset still hid the header');
    expect(own.loadConfigFromPreset).to.equal(false);
    expect(configInside(own).loadConfigFromPreset).to.equal(false);
    // What the kit's elements read the preset through.
    expect(presetOf(meeting, configInside(own))).to.equal(undefined);
    expect(presetOf(meeting, configInside(el))).to.equal(meeting.self.config);
    // The app's own config still counts.
    own.config = { header: false };
    await until(() => !queryDeep(own, 'rtk-header'), 'config.header: false ignored');
  });

  it("with loadConfigFromPreset false, the preset's control bar choices no longer hide controls", async () => {
    const meeting = await demoMeeting({ join: true });
    const bar = meeting.self.config.controlBar as { elements?: Record<string, boolean> };
    bar.elements = { ...bar.elements, polls: false };
    const el = await fixture<RtkMeeting>(html`<rtk-meeting .meeting=${meeting}></rtk-meeting>`);
    await until(() => buttonByName(el, 'Chat') || buttonByName(el, 'Open chat'), 'no chat button');
    await rendered(el);
    expect(queryAllDeep(el, 'rtk-polls-toggle').filter((t) => !t.hidden)).to.have.length(0);
    const own = await fixture<RtkMeeting>(
      html`<rtk-meeting load-config-from-preset="false" .meeting=${meeting}></rtk-meeting>`,
    );
    await until(
      () => queryAllDeep(own, 'rtk-polls-toggle').some((t) => !t.hidden),
      'the preset still hid the polls button',
    );
  });

  it('applies config.designTokens unless applyDesignSystem is false', async () => {
    const meeting = await demoMeeting({ join: true });
    const config = { designTokens: { colors: { 'background-1000': '#123456' } } };
    const brandOf = (el: Element) =>
      getComputedStyle(el).getPropertyValue('--rtk-color-background-1000').trim();
    const on = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} .config=${config}></rtk-meeting>`,
    );
    await on.updateComplete;
    expect(brandOf(on)).to.equal('#123456');
    const off = await fixture<RtkMeeting>(
      html`<rtk-meeting apply-design-system="false" .meeting=${meeting} .config=${config}></rtk-meeting>`,
    );
    await off.updateComplete;
    expect(off.applyDesignSystem).to.equal(false);
    expect(brandOf(off)).to.not.equal('#123456');
    off.applyDesignSystem = true;
    await off.updateComplete;
    expect(brandOf(off)).to.equal('#123456');
  });

  it('takes the official theme name darkest as the dark theme', async () => {
    const meeting = await demoMeeting({ join: true });
    const wrapper = await fixture<HTMLElement>(
      html`<rtk-ui-provider theme="light"
        ><rtk-meeting theme="darkest" .meeting=${meeting}></rtk-meeting
      ></rtk-ui-provider>`,
    );
    const el = wrapper.querySelector('rtk-meeting')!;
    await el.updateComplete;
    const background = () => getComputedStyle(el).backgroundColor;
    expect(background()).to.equal('rgb(8, 8, 8)');
    el.theme = 'light';
    await el.updateComplete;
    expect(background()).to.equal('rgb(255, 255, 255)');
  });

  it('says so when joining without the setup screen is refused, and stays usable', async () => {
    const meeting = await demoMeeting({ people: 1 });
    meeting.director.failNextCall(meeting, 'join');
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting show-setup-screen="false" .meeting=${meeting}></rtk-meeting>`,
    );
    await seen(el, 'Join meeting failed');
    expect(meeting.self.roomState).to.equal('init');
  });
});
