import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/idle-screen/rtk-idle-screen.js';
import type { RtkIdleScreen } from '../../src/components/idle-screen/rtk-idle-screen.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

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
    const el = await fixture<RtkIdleScreen>(html`<rtk-idle-screen variant="waiting"></rtk-idle-screen>`);
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
