import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/sidebar-ui/rtk-sidebar-ui.js';
import type { RtkSidebarUi } from '../../src/components/sidebar-ui/rtk-sidebar-ui.js';
import { deepActiveElement, queryDeep } from '../helpers/fixtures.js';

const TABS = [
  { id: 'chat', name: 'Chat' },
  { id: 'polls', name: 'Polls' },
];

describe('<rtk-sidebar-ui>', () => {
  it('shows tabs, the current panel and a close button', async () => {
    const el = await fixture<RtkSidebarUi>(
      html`<rtk-sidebar-ui .tabs=${TABS} current-tab="polls"><p>Content</p></rtk-sidebar-ui>`,
    );
    const tabs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')];
    expect(
      tabs.map((t) => [
        t.textContent!.trim(),
        t.getAttribute('aria-selected'),
        t.getAttribute('tabindex'),
      ]),
    ).to.deep.equal([
      ['Chat', 'false', '-1'],
      ['Polls', 'true', '0'],
    ]);
    expect(el.shadowRoot!.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal(
      'Sidebar sections',
    );
    expect(el.shadowRoot!.querySelector('[part="close"]')!.getAttribute('label')).to.equal(
      'Close sidebar',
    );
    await expect(el).to.be.accessible();
  });

  it('fires tabChange on click and arrows (mirrored right to left), sidebarClose on Escape and close', async () => {
    const el = await fixture<RtkSidebarUi>(
      html`<rtk-sidebar-ui .tabs=${TABS} current-tab="chat"></rtk-sidebar-ui>`,
    );
    let change = oneEvent(el, 'tabChange');
    (el.shadowRoot!.querySelectorAll('[role="tab"]')[1] as HTMLElement).click();
    expect((await change).detail).to.equal('polls');
    (el.shadowRoot!.querySelector('[role="tab"]') as HTMLElement).focus();
    change = oneEvent(el, 'tabChange');
    await sendKeys({ press: 'ArrowRight' });
    expect((await change).detail).to.equal('polls');
    el.setAttribute('dir', 'rtl');
    change = oneEvent(el, 'tabChange');
    await sendKeys({ press: 'ArrowLeft' });
    expect((await change).detail).to.equal('polls');
    let close = oneEvent(el, 'sidebarClose');
    await sendKeys({ press: 'Escape' });
    await close;
    close = oneEvent(el, 'sidebarClose');
    queryDeep<HTMLElement>(el, '[part="close"]')!.click();
    await close;
  });

  it('focuses the close button with focus-close-button, and hides header or close on request', async () => {
    const el = await fixture<RtkSidebarUi>(
      html`<rtk-sidebar-ui focus-close-button .tabs=${TABS}></rtk-sidebar-ui>`,
    );
    expect(deepActiveElement()?.closest('button')).to.equal(
      queryDeep(el, '[part="close"]')!.shadowRoot!.querySelector('button'),
    );
    const bare = await fixture<RtkSidebarUi>(
      html`<rtk-sidebar-ui hide-close-action .tabs=${[TABS[0]]}></rtk-sidebar-ui>`,
    );
    expect(bare.shadowRoot!.querySelector('[part="close"]')).to.equal(null);
    expect(bare.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Chat');
    const headless = await fixture<RtkSidebarUi>(
      html`<rtk-sidebar-ui hide-header .tabs=${TABS}></rtk-sidebar-ui>`,
    );
    expect(headless.shadowRoot!.querySelector('[part="header"]')).to.equal(null);
  });
});
