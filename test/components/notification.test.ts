import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/components/notification/rtk-notification.js';
import type { RtkNotification } from '../../src/components/notification/rtk-notification.js';
import type { RtkNotificationDetail } from '../../src/events/rtk-notification.js';
import { buttonByName } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const info: RtkNotificationDetail = { id: 'n1', message: 'Recording started', variant: 'info' };

const countdown = (el: RtkNotification) =>
  el.shadowRoot!.querySelector('[part="progress"]')!.getAnimations()[0];

async function mount(notification: RtkNotificationDetail, duration = 60_000) {
  const el = await fixture<RtkNotification>(
    html`<div style="padding: 40px"><rtk-notification .notification=${notification} .duration=${duration}></rtk-notification></div>`,
  );
  const notificationEl = el.querySelector('rtk-notification')!;
  await notificationEl.updateComplete;
  return notificationEl;
}

function centerOf(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

describe('<rtk-notification>', () => {
  afterEach(() => resetMouse());

  it('shows the message as text, never as HTML', async () => {
    const el = await mount({
      id: 'x',
      message: '<img src=x onerror=alert(1)><b>bold</b>',
      variant: 'info',
    });
    expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim()).to.equal(
      '<img src=x onerror=alert(1)><b>bold</b>',
    );
  });

  it('has an icon per variant, says "Error" for errors, and a named dismiss button', async () => {
    const el = await mount({ id: 'e', message: 'Camera failed', variant: 'error' });
    expect(el.dataset.variant).to.equal('error');
    expect(el.shadowRoot!.querySelector('svg[part="icon"]')!.getAttribute('aria-hidden')).to.equal(
      'true',
    );
    expect(
      el.shadowRoot!.querySelector('[part="message"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    ).to.equal('Error: Camera failed');
    const dismissed = oneEvent(el, 'rtkNotificationDismiss');
    buttonByName(el, 'Dismiss notification')!.click();
    expect((await dismissed).detail).to.deep.equal({ id: 'e' });
    await expect(el).to.be.accessible();
  });

  it('runs an action and dismisses itself', async () => {
    let ran = 0;
    const el = await mount({
      id: 'a',
      message: 'Ana asks to join',
      variant: 'info',
      actions: [
        { label: 'Admit', handler: () => ran++ },
        { label: 'Fails', handler: () => Promise.reject(new Error('no')) },
      ],
    });
    const dismissed = oneEvent(el, 'rtkNotificationDismiss');
    buttonByName(el, 'Admit')!.click();
    expect((await dismissed).detail.id).to.equal('a');
    expect(ran).to.equal(1);
    buttonByName(el, 'Fails')!.click(); // a rejecting handler is swallowed
    await expect(el).to.be.accessible();
  });

  it('dismisses itself when its time is up, with a visible progress bar', async () => {
    const el = await mount(info, 5000);
    const anim = countdown(el);
    expect(anim.playState).to.equal('running');
    expect(anim.effect!.getTiming().duration).to.equal(5000);
    const dismissed = oneEvent(el, 'rtkNotificationDismiss');
    anim.currentTime = 4990; // jump near the end instead of waiting
    expect((await dismissed).detail.id).to.equal('n1');
  });

  it('pauses while hovered and resumes after', async () => {
    const el = await mount(info, 5000);
    await sendMouse({ type: 'move', position: centerOf(el) });
    await el.updateComplete;
    expect(el.isPaused).to.be.true;
    expect(countdown(el).playState).to.equal('paused');
    const at = countdown(el).currentTime;
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(countdown(el).currentTime).to.equal(at);
    await sendMouse({ type: 'move', position: [1, 1] });
    await el.updateComplete;
    expect(countdown(el).playState).to.equal('running');
  });

  it('pauses while focus is inside and resumes when it leaves', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Before</button>
      <rtk-notification .notification=${info} .duration=${5000}></rtk-notification>
    </div>`);
    const el = page.querySelector('rtk-notification')!;
    await el.updateComplete;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('dismiss');
    expect(countdown(el).playState).to.equal('paused');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await until(() => countdown(el).playState === 'running', 'did not resume');
    expect(el.isPaused).to.be.false;
  });

  it('pauses with the paused property, and stays with duration 0', async () => {
    const el = await mount(info, 5000);
    el.paused = true;
    await el.updateComplete;
    expect(countdown(el).playState).to.equal('paused');
    el.paused = false;
    await el.updateComplete;
    expect(countdown(el).playState).to.equal('running');
    el.duration = 0;
    await el.updateComplete;
    expect(countdown(el)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="progress"]')!.hidden).to.be.true;
  });
});
