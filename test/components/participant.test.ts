import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/participant/rtk-participant.js';
import type { RtkParticipant } from '../../src/components/participant/rtk-participant.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkSendNotificationEvent } from '../../src/events/rtk-send-notification.js';
import {
  deepText,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
  type MountOptions,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const part = (el: RtkParticipant, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const items = (el: RtkParticipant) => queryAllDeep<HTMLElement>(el, 'rtk-menu-item');
const actionsOf = (el: RtkParticipant) => items(el).map((i) => i.dataset.action);
async function settle(el: RtkParticipant) {
  await el.updateComplete;
  for (const child of queryAllDeep<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*'))
    await child.updateComplete;
}

// Floating UI may trigger Chromium's benign ResizeObserver loop report (see participant-tile tests).
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

async function mountRow(
  options: MountOptions = {},
  person: { audio?: boolean; video?: boolean } = {},
) {
  const { el, meeting } = await mountWithMeeting<RtkParticipant>(
    html`<rtk-participant></rtk-participant>`,
    {
      people: 0,
      join: true,
      ...options,
    },
  );
  const p = meeting.director.addPerson({
    name: 'Grace Hopper',
    audio: true,
    video: true,
    ...person,
  });
  el.participant = p;
  await settle(el);
  return { el, meeting, person: p };
}

describe('<rtk-participant>', function () {
  it('shows the name, media state as text alternatives, and is accessible', async () => {
    const { el } = await mountRow({}, { audio: false, video: true });
    expect(part(el, 'name')!.textContent).to.equal('Grace Hopper');
    expect(part(el, 'mic-icon')!.getAttribute('role')).to.equal('img');
    expect(part(el, 'mic-icon')!.getAttribute('aria-label')).to.equal('Microphone off');
    expect(part(el, 'video-icon')!.getAttribute('aria-label')).to.equal('Camera on');
    expect(part(el, 'menu-button')!.getAttribute('aria-label')).to.equal(
      'Options for Grace Hopper',
    );
    await expect(el).to.be.accessible();
  });

  it('labels you "(you)" and shows the host badge', async () => {
    const { el, meeting } = await mountRow();
    el.participant = meeting.self;
    await settle(el);
    expect(part(el, 'name')!.textContent).to.equal('You');
    expect(part(el, 'badge')!.textContent).to.equal('Host');
    const host = meeting.director.addPerson({ name: 'Hana Host', presetName: 'host' });
    el.participant = host;
    await settle(el);
    expect(deepText(part(el, 'name-container')!)).to.equal('Hana Host Host');
  });

  it('follows its person: mute, camera, pin', async () => {
    const { el, meeting, person } = await mountRow();
    meeting.director.setAudio(person.id, false);
    meeting.director.setVideo(person.id, false);
    await settle(el);
    expect(part(el, 'mic-icon')!.getAttribute('aria-label')).to.equal('Microphone off');
    expect(part(el, 'video-icon')!.getAttribute('aria-label')).to.equal('Camera off');
    meeting.director.pin(person.id);
    await settle(el);
    expect(part(el, 'pinned-icon')!.getAttribute('aria-label')).to.equal('Pinned');
  });

  it('offers a host pin, mute, video off and remove; each works', async () => {
    const { el, meeting, person } = await mountRow();
    expect(actionsOf(el)).to.deep.equal(['pin', 'mute', 'video', 'kick']);
    expect(items(el).map((i) => i.textContent!.trim())).to.deep.equal([
      'Pin',
      'Mute',
      'Turn off video',
      'Remove from meeting',
    ]);
    items(el)
      .find((i) => i.dataset.action === 'pin')!
      .click();
    await until(() => person.isPinned, 'never pinned');
    await settle(el);
    expect(actionsOf(el)[0]).to.equal('unpin');
    items(el)
      .find((i) => i.dataset.action === 'mute')!
      .click();
    await until(() => !person.audioEnabled, 'never muted');
    items(el)
      .find((i) => i.dataset.action === 'video')!
      .click();
    await until(() => !person.videoEnabled, 'video never off');
    await settle(el);
    expect(actionsOf(el)).to.deep.equal(['unpin', 'kick']);
    items(el)
      .find((i) => i.dataset.action === 'kick')!
      .click();
    await until(() => !meeting.participants.joined.has(person.id), 'never removed');
  });

  it('opens the menu from the keyboard', async () => {
    const { el } = await mountRow();
    const { sendKeys } = await import('@web/test-runner-commands');
    part(el, 'menu-button')!.focus();
    await sendKeys({ press: 'Enter' });
    const menu = part(el, 'menu') as HTMLElement & { open: boolean };
    await until(() => menu.open, 'menu never opened');
    await sendKeys({ press: 'Escape' });
    await until(() => !menu.open, 'menu never closed');
  });

  it('offers only what the permissions allow', async () => {
    const { el, meeting } = await mountRow({ preset: 'participant' });
    expect(actionsOf(el)).to.deep.equal(['pin']);
    meeting.director.updatePermissions({ pinParticipant: false });
    await settle(el);
    expect(part(el, 'menu')).to.equal(null);
  });

  it('offers nothing before the local user joins, and the menu on joining', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipant>(
      html`<rtk-participant></rtk-participant>`,
      { people: 0 },
    );
    el.participant = meeting.director.addPerson({ name: 'Early Bird', audio: true, video: true });
    await settle(el);
    expect(part(el, 'menu')).to.equal(null);
    await meeting.join();
    await until(() => actionsOf(el).length > 0, 'no menu after joining');
    expect(actionsOf(el)).to.deep.equal(['pin', 'mute', 'video', 'kick']);
  });

  it('removes a person from the stage in a webinar', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipant>(
      html`<rtk-participant></rtk-participant>`,
      {
        people: 0,
        join: true,
        preset: 'webinar-host',
      },
    );
    const speaker = meeting.director.addPerson({ name: 'Sam Speaker', presetName: 'webinar-host' });
    el.participant = speaker;
    await settle(el);
    expect(actionsOf(el)).to.include('stage');
    items(el)
      .find((i) => i.dataset.action === 'stage')!
      .click();
    await until(() => speaker.stageStatus === 'OFF_STAGE', 'never removed from the stage');
    await settle(el);
    expect(actionsOf(el)).to.not.include('stage');
  });

  it('notifies when the meeting refuses, and keeps showing the truth', async () => {
    const { el, person } = await mountRow();
    (person as unknown as { disableAudio: () => Promise<void> }).disableAudio = () =>
      Promise.reject(new Error('Not now'));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    const sent = oneEvent(el, 'rtkSendNotification') as Promise<RtkSendNotificationEvent>;
    items(el)
      .find((i) => i.dataset.action === 'mute')!
      .click();
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.equal('Mute failed: Not now');
    // The official kit's event, for pages that show notifications themselves.
    expect((await sent).detail).to.deep.equal({
      trace: 'participant.disableAudio',
      message: 'Mute failed: Not now',
    });
    await settle(el);
    expect(part(el, 'mic-icon')!.getAttribute('aria-label')).to.equal('Microphone on');
  });

  it('re-renders for its own person only, and leaves no listener', async () => {
    const { el, meeting } = await mountRow();
    const other = meeting.director.addPerson({ name: 'Other', audio: true });
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    meeting.director.setAudio(other.id, false);
    await settle(el);
    expect(updates).to.equal(0);
    const mine = (el as unknown as { events: { listenerCount: number } }).events.listenerCount;
    expect(mine).to.equal(6);
    const withRow = totalListeners(meeting);
    el.remove();
    expect(totalListeners(meeting)).to.equal(withRow - mine);
  });

  it('renders names as text', async () => {
    const { el, meeting } = await mountRow();
    el.participant = meeting.director.addPerson({ name: '<img src=x onerror=alert(1)>' });
    await settle(el);
    expect(part(el, 'name')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(queryDeep(el, 'img')).to.equal(undefined);
  });
});
