import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/information-tooltip/rtk-information-tooltip.js';
import type { RtkInformationTooltip } from '../../src/components/information-tooltip/rtk-information-tooltip.js';
import type { RtkTooltip } from '../../src/components/tooltip/rtk-tooltip.js';
import { axFind } from '../helpers/ax.js';
import { failOnConsoleErrors } from '../helpers/console.js';

const bubble = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;

describe('<rtk-information-tooltip>', () => {
  failOnConsoleErrors();

  it('is a named (i) button described by the information', async () => {
    const el = await fixture<RtkInformationTooltip>(
      html`<rtk-information-tooltip><span slot="tooltip">Only hosts can record.</span></rtk-information-tooltip>`,
    );
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('More information');
    const tip = el.shadowRoot!.querySelector<RtkTooltip>('rtk-tooltip')!;
    await tip.updateComplete;
    const description = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('Only hosts can record.');
    await expect(el).to.be.accessible();
    expect((await axFind('button', 'More information'))?.description).to.equal(
      'Only hosts can record.',
    );
  });

  it('shows on focus and on click, hides with Escape', async () => {
    const el = await fixture<RtkInformationTooltip>(
      html`<rtk-information-tooltip label="Counts everyone in the room"></rtk-information-tooltip>`,
    );
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector<RtkTooltip>('rtk-tooltip')!;
    el.focus();
    await tip.updateComplete;
    expect(tip.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip.open).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tip.updateComplete;
    expect(tip.open).to.equal(true);
    expect(bubble(tip).textContent!.trim()).to.equal('Counts everyone in the room');
  });
});
