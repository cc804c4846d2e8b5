import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/spinner/rtk-spinner.js';
import type { RtkSpinner } from '../../src/components/spinner/rtk-spinner.js';
import { failOnConsoleErrors } from '../helpers/console.js';

const part = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="spinner"]')!;

describe('<rtk-spinner>', () => {
  failOnConsoleErrors();

  it('is decorative by default', async () => {
    const el = await fixture<RtkSpinner>(html`<rtk-spinner></rtk-spinner>`);
    expect(part(el).getAttribute('aria-hidden')).to.equal('true');
    expect(part(el).hasAttribute('role')).to.equal(false);
    expect(el.shadowRoot!.querySelector('svg path')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('with a label is a named progressbar, not a live region', async () => {
    const el = await fixture<RtkSpinner>(
      html`<rtk-spinner label="Loading participants"></rtk-spinner>`,
    );
    expect(part(el).getAttribute('role')).to.equal('progressbar');
    expect(part(el).getAttribute('aria-label')).to.equal('Loading participants');
    expect(el.shadowRoot!.querySelector('[aria-live], [role="status"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('spins, and takes its size from `size`', async () => {
    const el = await fixture<RtkSpinner>(html`<rtk-spinner size="lg"></rtk-spinner>`);
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(getComputedStyle(part(el)).animationName).to.equal(reduced ? 'pulse' : 'spin');
    expect(el.getBoundingClientRect().width).to.equal(32);
  });
});
