import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/counter/rtk-counter.js';
import type { RtkCounter } from '../../src/components/counter/rtk-counter.js';
import { axFind } from '../helpers/ax.js';
import { deepActiveElement } from '../helpers/fixtures.js';
import { failOnConsoleErrors } from '../helpers/console.js';

const q = <T extends HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part="${name}"]`)!;

async function mount(
  template = html`<rtk-counter value="2" min-value="1" max-value="5"></rtk-counter>`,
) {
  const el = await fixture<RtkCounter>(template);
  const values: number[] = [];
  el.addEventListener('valueChange', (e) => values.push(e.detail));
  return { el, values, input: q<HTMLInputElement>(el, 'input') };
}

describe('<rtk-counter>', () => {
  failOnConsoleErrors();

  it('is a named spinbutton between a Decrease and an Increase button', async () => {
    const { el, input } = await mount();
    expect(input.type).to.equal('number');
    expect(input.getAttribute('aria-label')).to.equal('Value');
    expect(input.value).to.equal('2');
    expect(q(el, 'decrement').getAttribute('aria-label')).to.equal('Decrease');
    expect(q(el, 'increment').getAttribute('aria-label')).to.equal('Increase');
    await expect(el).to.be.accessible();
    const field = await axFind('spinbutton', 'Value');
    expect(field?.valuemin).to.equal(1);
    expect(field?.valuemax).to.equal(5);
    expect(await axFind('button', 'Decrease')).to.exist;
    expect(await axFind('button', 'Increase')).to.exist;
  });

  it('steps with the buttons, firing valueChange, and stops at the limits', async () => {
    const { el, values, input } = await mount();
    q(el, 'increment').click();
    await el.updateComplete;
    expect(el.value).to.equal(3);
    q(el, 'decrement').click();
    q(el, 'decrement').click();
    await el.updateComplete;
    expect(el.value).to.equal(1);
    expect(q(el, 'decrement').getAttribute('aria-disabled')).to.equal('true');
    q(el, 'decrement').click();
    await el.updateComplete;
    expect(el.value).to.equal(1);
    expect(input.value).to.equal('1');
    expect(values).to.deep.equal([3, 2, 1]);
  });

  it('steps with Arrow Up/Down, Page Up/Down, Home and End', async () => {
    const { el, values, input } = await mount(
      html`<rtk-counter value="5" min-value="0" max-value="30"></rtk-counter>`,
    );
    input.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(values).to.deep.equal([6, 7, 6, 16, 30, 0]);
    expect(input.value).to.equal('0');
    expect(deepActiveElement()).to.equal(input);
  });

  it('commits a typed number clamped to the range on Enter', async () => {
    const { el, values, input } = await mount();
    input.focus();
    input.select();
    await sendKeys({ type: '42' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(5);
    expect(input.value).to.equal('5');
    expect(values).to.deep.equal([5]);
  });

  it('is reachable by Tab: decrease, field, increase', async () => {
    const { el, input } = await mount();
    q(el, 'decrement').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(input);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(q(el, 'increment'));
  });

  it('when disabled: nothing is focusable or changes', async () => {
    const { el, values, input } = await mount(html`<rtk-counter value="2" disabled></rtk-counter>`);
    expect(input.disabled).to.equal(true);
    expect(q<HTMLButtonElement>(el, 'increment').disabled).to.equal(true);
    q(el, 'increment').click();
    expect(values).to.deep.equal([]);
  });
});
