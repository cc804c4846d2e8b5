import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/idle-screen/rtk-idle-screen.js';
import type { RtkIdleScreen } from '../../src/components/idle-screen/rtk-idle-screen.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<rtk-idle-screen>', () => {
  it('shows a spinner and a loading status', async () => {
    const el = await fixture<RtkIdleScreen>(html`<rtk-idle-screen></rtk-idle-screen>`);
    expect(part(el, 'spinner')!.getAttribute('aria-hidden')).to.equal('true');
    const message = part(el, 'message')!;
    expect(message.getAttribute('role')).to.equal('status');
    expect(message.textContent).to.equal('Getting your meeting ready…');
    await expect(el).to.be.accessible();
  });

  it('says why it waits', async () => {
    const el = await fixture<RtkIdleScreen>(
      html`<rtk-idle-screen variant="waiting"></rtk-idle-screen>`,
    );
    expect(part(el, 'message')!.textContent).to.equal('Waiting for the host to let you in…');
    el.variant = 'no-meeting';
    await el.updateComplete;
    expect(part(el, 'message')!.textContent).to.equal('No meeting to show yet.');
  });

  it('uses the given translations', async () => {
    const t = (key: string) => `[${key}]`;
    const el = await fixture<RtkIdleScreen>(html`<rtk-idle-screen .t=${t}></rtk-idle-screen>`);
    expect(part(el, 'message')!.textContent).to.equal('[idle.loading]');
  });
});

describe('<rtk-idle-screen> with a meeting', () => {
  it('shows a network badge while the socket is down, and leaves no listener', async () => {
    const { mountWithMeeting, totalListeners } = await import('../helpers/fixtures.js');
    const { el, meeting } = await mountWithMeeting<RtkIdleScreen>(
      html`<rtk-idle-screen></rtk-idle-screen>`,
      { join: true },
    );
    expect(part(el, 'network-badge')).to.equal(null);
    meeting.director.disconnect({ giveUpAfterMs: 60_000 });
    await el.updateComplete;
    expect(part(el, 'network-badge')!.textContent!.trim()).to.equal(
      'You are offline. Waiting for the network…',
    );
    expect(part(el, 'network-badge')!.getAttribute('role')).to.equal('alert');
    meeting.director.reconnect();
    await el.updateComplete;
    expect(part(el, 'network-badge')).to.equal(null);
    await expect(el).to.be.accessible();
    const before = totalListeners(meeting);
    el.remove();
    expect(totalListeners(meeting)).to.be.lessThan(before);
  });
});
