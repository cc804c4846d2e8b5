import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/mute-all-confirmation/rtk-mute-all-confirmation.js';
import type { RtkMuteAllConfirmation } from '../../src/components/mute-all-confirmation/rtk-mute-all-confirmation.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { deepText, mountWithMeeting, queryAllDeep, queryDeep } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

async function settle(el: HTMLElement) {
  for (const child of [el, ...queryAllDeep<HTMLElement>(el, '*')])
    await (child as { updateComplete?: Promise<unknown> }).updateComplete;
}
const part = (el: HTMLElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement & { click(): void }>(`[part~="${name}"]`);

async function mount(options: { preset?: 'host' | 'participant' } = {}) {
  const { el, meeting } = await mountWithMeeting<RtkMuteAllConfirmation>(
    html`<rtk-mute-all-confirmation .states=${{ activeMuteAllConfirmation: true }}></rtk-mute-all-confirmation>`,
    { join: true, people: 3, ...options },
  );
  for (const p of meeting.director.people) meeting.director.setAudio(p.id, true);
  await settle(el);
  return { el, meeting };
}

describe('<rtk-mute-all-confirmation>', () => {
  it('asks in a modal dialog, with the allow-unmute switch on; accessible', async () => {
    const { el } = await mount();
    const dialog = queryDeep<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(deepText(part(el, 'dialog')!)).to.contain('Mute everyone?');
    expect(deepText(part(el, 'body')!)).to.equal('Everyone else in the meeting will be muted.');
    expect(queryDeep(el, '[role="switch"]')!.getAttribute('aria-checked')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('mutes everyone with the chosen option, then closes', async () => {
    const { el, meeting } = await mount();
    let allowed: boolean | undefined;
    const original = meeting.participants.disableAllAudio.bind(meeting.participants);
    meeting.participants.disableAllAudio = (allow: boolean) => {
      allowed = allow;
      return original(allow);
    };
    (queryDeep(el, '[role="switch"]') as HTMLElement).click();
    await settle(el);
    const closed = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    part(el, 'confirm')!.click();
    expect((await closed).detail).to.deep.equal({ activeMuteAllConfirmation: false });
    expect(allowed).to.equal(false);
    expect(meeting.director.people.every((p) => !p.audioEnabled)).to.equal(true);
  });

  it('cancels without muting anyone', async () => {
    const { el, meeting } = await mount();
    const closed = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    part(el, 'cancel')!.click();
    expect((await closed).detail).to.deep.equal({ activeMuteAllConfirmation: false });
    expect(meeting.director.people.every((p) => p.audioEnabled)).to.equal(true);
  });

  it('notifies when the meeting refuses, and nobody is shown as muted', async () => {
    const { el, meeting } = await mount();
    meeting.participants.disableAllAudio = () => Promise.reject(new Error('Rate limited'));
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    part(el, 'confirm')!.click();
    const event = await notified;
    expect(event.detail.message).to.equal('Mute all failed: Rate limited');
    expect(meeting.director.people.every((p) => p.audioEnabled)).to.equal(true);
  });

  it('renders nothing unless asked, or without the permission', async () => {
    const { el } = await mount({ preset: 'participant' });
    expect(queryDeep(el, 'dialog')).to.equal(undefined);
    el.states = { activeMuteAllConfirmation: false };
    await settle(el);
    expect(queryDeep(el, 'dialog')).to.equal(undefined);
    await until(() => true);
  });
});
