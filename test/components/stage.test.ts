import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/stage/rtk-stage.js';
import type { RtkStage } from '../../src/components/stage/rtk-stage.js';
import { createT } from '../../src/i18n/t.js';

describe('<rtk-stage>', () => {
  it('is a labelled region that shows its slotted content', async () => {
    const el = await fixture<RtkStage>(html`<rtk-stage><p>Grid</p></rtk-stage>`);
    expect(el.getAttribute('role')).to.equal('region');
    expect(el.getAttribute('aria-label')).to.equal('Stage');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Grid');
    await expect(el).to.be.accessible();
  });

  it('translates its label', async () => {
    const el = await fixture<RtkStage>(
      html`<rtk-stage .t=${createT({ 'shell.stage': 'Bühne' })}></rtk-stage>`,
    );
    expect(el.getAttribute('aria-label')).to.equal('Bühne');
  });
});
