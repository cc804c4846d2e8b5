import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/controlbar-button/rtk-controlbar-button.js';
import type { RtkControlbarButton } from '../../src/components/controlbar-button/rtk-controlbar-button.js';
import { until } from '../helpers/wait.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<rtk-controlbar-button>', () => {
  it('is a real button named by its label, with an icon', async () => {
    const el = await fixture<RtkControlbarButton>(
      html`<rtk-controlbar-button label="Chat" icon="mic_on"></rtk-controlbar-button>`,
    );
    const button = part(el, 'button')!;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.textContent!.trim()).to.equal('Chat');
    // An icon given by name only: the default pack loads on first use, then it is drawn.
    await until(() => part(el, 'icon'), 'the named icon was never drawn');
    expect(button.hasAttribute('aria-pressed')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('draws the path data it is given at once, unless the icon pack has the icon', async () => {
    const el = await fixture<RtkControlbarButton>(
      html`<rtk-controlbar-button label="Mic on" icon="mic_on" .iconPath=${'M1 1h2v2H1z'}></rtk-controlbar-button>`,
    );
    expect(part(el, 'icon')?.querySelector('path')?.getAttribute('d')).to.equal('M1 1h2v2H1z');
    el.iconPack = { mic_on: 'M5 5h1v1H5z' } as RtkControlbarButton['iconPack'];
    await el.updateComplete;
    expect(part(el, 'icon')?.querySelector('path')?.getAttribute('d')).to.equal('M5 5h1v1H5z');
  });

  it('reports a toggle state with aria-pressed', async () => {
    const el = await fixture<RtkControlbarButton>(
      html`<rtk-controlbar-button label="Mic on" .pressed=${true}></rtk-controlbar-button>`,
    );
    expect(part(el, 'button')!.getAttribute('aria-pressed')).to.equal('true');
    el.pressed = false;
    await el.updateComplete;
    expect(part(el, 'button')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('shows a spinner and swallows clicks while loading', async () => {
    let clicks = 0;
    const el = await fixture<RtkControlbarButton>(
      html`<rtk-controlbar-button label="Leave" is-loading @click=${() => clicks++}></rtk-controlbar-button>`,
    );
    expect(part(el, 'spinner')).to.exist;
    expect(part(el, 'button')!.getAttribute('aria-busy')).to.equal('true');
    part(el, 'button')!.click();
    expect(clicks).to.equal(0);
    el.isLoading = false;
    await el.updateComplete;
    part(el, 'button')!.click();
    expect(clicks).to.equal(1);
  });

  it('stays focusable when disabled and explains why', async () => {
    let clicks = 0;
    const el = await fixture<RtkControlbarButton>(
      html`<rtk-controlbar-button label="Mic off" disabled description="Not allowed here" @click=${() => clicks++}></rtk-controlbar-button>`,
    );
    const button = part(el, 'button')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    const description = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('Not allowed here');
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    expect(clicks).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows a warning dot and hides the label visually (not from screen readers) when small', async () => {
    const el = await fixture<RtkControlbarButton>(
      html`<rtk-controlbar-button label="Camera" show-warning size="sm"></rtk-controlbar-button>`,
    );
    expect(part(el, 'warning-indicator')).to.exist;
    expect(part(el, 'label')!.classList.contains('visually-hidden')).to.equal(true);
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Camera');
  });

  it('activates with Enter and Space', async () => {
    let clicks = 0;
    const el = await fixture<RtkControlbarButton>(
      html`<rtk-controlbar-button label="Go" @click=${() => clicks++}></rtk-controlbar-button>`,
    );
    el.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(clicks).to.equal(2);
  });
});
