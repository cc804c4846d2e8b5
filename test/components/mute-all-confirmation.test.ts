import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/mute-all-confirmation/rtk-mute-all-confirmation.js';
import type { RtkMuteAllConfirmation } from '../../src/components/mute-all-confirmation/rtk-mute-all-confirmation.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkApiErrorEvent } from '../../src/events/rtk-api-error.js';
import type { RtkDialog } from '../../src/components/dialog/rtk-dialog.js';
import { EffectController } from '../../src/controllers/effect-controller.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import {
  deepText,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
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
    meeting.director.failNextCall(meeting.participants, 'disableAllAudio');
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    const reported = oneEvent(el, 'rtkApiError') as Promise<RtkApiErrorEvent>;
    part(el, 'confirm')!.click();
    const event = await notified;
    expect(event.detail.message).to.equal('Mute all failed: The server refused the call.');
    expect((await reported).detail.trace).to.equal('participants.disableAllAudio');
    expect(meeting.director.people.every((p) => p.audioEnabled)).to.equal(true);
    await until(() => part(el, 'confirm')!.getAttribute('loading') === null, 'still busy');
    expect(queryDeep<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog stays').to.equal(true);
  });

  it('a call that never takes effect: busy and not closable meanwhile, then says so', async () => {
    const { el, meeting } = await mount();
    const dialog = part(el, 'dialog') as RtkDialog;
    const timeout = EffectController.timeout;
    EffectController.timeout = 400;
    try {
      meeting.director.failNextCall(meeting.participants, 'disableAllAudio', 'drop');
      const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
      part(el, 'confirm')!.click();
      await until(() => dialog.disableEscapeKey && dialog.hideCloseButton, 'closable while busy');
      expect(part(el, 'confirm')!.getAttribute('loading')).to.equal('');
      const event = await notified;
      expect(event.detail.message).to.equal(
        'Not everyone was muted: the meeting did not confirm it. Try again.',
      );
    } finally {
      EffectController.timeout = timeout;
    }
    await until(() => !dialog.disableEscapeKey && !dialog.hideCloseButton, 'still locked');
    expect(queryDeep<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog stays').to.equal(true);
    expect(meeting.director.people.every((p) => p.audioEnabled)).to.equal(true);
    // Trying again works, and closes the dialog.
    const closed = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    part(el, 'confirm')!.click();
    expect((await closed).detail).to.deep.equal({ activeMuteAllConfirmation: false });
    expect(meeting.director.people.every((p) => !p.audioEnabled)).to.equal(true);
  });

  it('a mute that arrives late from the server still closes the dialog', async () => {
    const { el, meeting } = await mount();
    // The real client resolves first; the people's audioUpdate comes after.
    const original = meeting.participants.disableAllAudio.bind(meeting.participants);
    meeting.participants.disableAllAudio = (allow: boolean) => {
      setTimeout(() => void original(allow), 200);
      return Promise.resolve();
    };
    const closed = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    part(el, 'confirm')!.click();
    await until(() => part(el, 'confirm')!.getAttribute('loading') === '', 'not busy');
    expect((await closed).detail).to.deep.equal({ activeMuteAllConfirmation: false });
    expect(meeting.director.people.every((p) => !p.audioEnabled)).to.equal(true);
  });

  it('leaves no listener when removed, even while muting', async () => {
    const { el, meeting } = await mount();
    el.remove();
    const before = totalListeners(meeting);
    document.body.append(el);
    await settle(el);
    meeting.director.failNextCall(meeting.participants, 'disableAllAudio', 'drop');
    part(el, 'confirm')!.click();
    await until(() => part(el, 'confirm')!.getAttribute('loading') === '', 'not busy');
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
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
