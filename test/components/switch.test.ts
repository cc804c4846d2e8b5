import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/switch/rtk-switch.js';
import type { RtkSwitch } from '../../src/components/switch/rtk-switch.js';
import { axFind } from '../helpers/ax.js';
import { deepActiveElement } from '../helpers/fixtures.js';
import { failOnConsoleErrors } from '../helpers/console.js';

const base = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="base"]')!;

describe('<rtk-switch>', () => {
  failOnConsoleErrors();

  it('is a switch named by its label, reporting aria-checked', async () => {
    const el = await fixture<RtkSwitch>(html`<rtk-switch label="Mirror my video"></rtk-switch>`);
    expect(base(el).getAttribute('role')).to.equal('switch');
    expect(base(el).getAttribute('aria-checked')).to.equal('false');
    expect(base(el).textContent!.trim()).to.equal('Mirror my video');
    await expect(el).to.be.accessible();
    expect((await axFind('switch', 'Mirror my video'))?.checked).to.equal(false);
    el.checked = true;
    await el.updateComplete;
    expect(base(el).getAttribute('aria-checked')).to.equal('true');
    expect((await axFind('switch', 'Mirror my video'))?.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('takes its label from the slot, or aria-label', async () => {
    const slotted = await fixture<RtkSwitch>(html`<rtk-switch>Noise cancellation</rtk-switch>`);
    const slot = base(slotted).querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((n) => n.textContent)
        .join(''),
    ).to.equal('Noise cancellation');
    await expect(slotted).to.be.accessible();
    expect(await axFind('switch', 'Noise cancellation')).to.exist;
    const aria = await fixture<RtkSwitch>(html`<rtk-switch aria-label="Captions"></rtk-switch>`);
    expect(base(aria).getAttribute('aria-label')).to.equal('Captions');
    await expect(aria).to.be.accessible();
  });

  it('toggles with Space, Enter and click, firing rtkChange with the new state', async () => {
    const el = await fixture<RtkSwitch>(html`<rtk-switch label="Chat"></rtk-switch>`);
    const details: boolean[] = [];
    el.addEventListener('rtkChange', (e) => details.push(e.detail as boolean));
    el.focus();
    expect(deepActiveElement()).to.equal(base(el));
    await sendKeys({ press: 'Space' });
    expect(el.checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(el.checked).to.equal(false);
    setTimeout(() => base(el).click());
    const event = await oneEvent(el, 'rtkChange');
    expect(event.detail).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(details).to.deep.equal([true, false, true]);
  });

  it('when disabled: not focusable, does not change', async () => {
    let changes = 0;
    const el = await fixture<RtkSwitch>(
      html`<rtk-switch label="Chat" disabled @rtkChange=${() => changes++}></rtk-switch>`,
    );
    expect(base(el).disabled).to.equal(true);
    base(el).click();
    el.focus();
    expect(deepActiveElement()).to.not.equal(base(el));
    expect(el.checked).to.equal(false);
    expect(changes).to.equal(0);
  });

  it('when read-only: focusable and announced, does not change', async () => {
    let changes = 0;
    const el = await fixture<RtkSwitch>(
      html`<rtk-switch label="Chat" readonly checked @rtkChange=${() => changes++}></rtk-switch>`,
    );
    expect(base(el).getAttribute('aria-readonly')).to.equal('true');
    el.focus();
    expect(deepActiveElement()).to.equal(base(el));
    await sendKeys({ press: 'Space' });
    expect(el.checked).to.equal(true);
    expect(changes).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
