import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/dialog/rtk-dialog.js';
import type { RtkDialog } from '../../src/components/dialog/rtk-dialog.js';
import '../../src/components/menu/rtk-menu.js';
import '../../src/components/menu-item/rtk-menu-item.js';
import '../../src/components/menu-list/rtk-menu-list.js';
import type { RtkMenu } from '../../src/components/menu/rtk-menu.js';
import type { RtkMenuItem } from '../../src/components/menu-item/rtk-menu-item.js';
import { deepActiveElement } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

async function mountMenu(extra = html``) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before</button>
    <rtk-menu>
      <button slot="trigger">Options</button>
      <rtk-menu-list>
        <rtk-menu-item>Pin</rtk-menu-item>
        <rtk-menu-item disabled>Kick</rtk-menu-item>
        <rtk-menu-item>Mute</rtk-menu-item>
        <rtk-menu-item>Mirror</rtk-menu-item>
        <rtk-menu-item .checked=${true}>Captions</rtk-menu-item>
        ${extra}
      </rtk-menu-list>
    </rtk-menu>
    <button id="after">After</button>
  </div>`);
  const menu = wrapper.querySelector<RtkMenu>('rtk-menu')!;
  const trigger = wrapper.querySelector<HTMLButtonElement>('[slot="trigger"]')!;
  const items = [...wrapper.querySelectorAll<RtkMenuItem>('rtk-menu-item')];
  const popup = menu.shadowRoot!.querySelector<HTMLElement>('[part="menu-list"]')!;
  await menu.updateComplete;
  await Promise.all(items.map((i) => i.updateComplete));
  return { wrapper, menu, trigger, items, popup };
}

const focused = () => deepActiveElement()?.textContent?.trim();

describe('<rtk-menu>', () => {
  it('has menu roles, names the list after the trigger, and reflects expansion', async () => {
    const { menu, trigger, items, wrapper } = await mountMenu();
    const list = wrapper.querySelector('rtk-menu-list')!;
    expect(list.getAttribute('role')).to.equal('menu');
    expect(list.getAttribute('aria-labelledby')).to.equal(trigger.id);
    expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(items[0].getAttribute('role')).to.equal('menuitem');
    expect(items[1].getAttribute('aria-disabled')).to.equal('true');
    expect(items[4].getAttribute('role')).to.equal('menuitemcheckbox');
    expect(items[4].getAttribute('aria-checked')).to.equal('true');
    await menu.show();
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    await expect(wrapper).to.be.accessible();
  });

  it('opens from the keyboard, moves focus with arrows, Home/End, skipping disabled items', async () => {
    const { menu, trigger } = await mountMenu();
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await menu.updateComplete;
    expect(menu.open).to.be.true;
    expect(focused()).to.equal('Pin');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('Mute'); // "Kick" is disabled
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal('Pin');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal('Captions'); // wraps
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal('Pin');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('Captions');
  });

  it('opens on ArrowDown and ArrowUp (last item), and on Space', async () => {
    const { menu, trigger } = await mountMenu();
    trigger.focus();
    await sendKeys({ press: 'ArrowUp' });
    await menu.updateComplete;
    expect(focused()).to.equal('Captions');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'ArrowDown' });
    await menu.updateComplete;
    expect(focused()).to.equal('Pin');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Space' });
    await menu.updateComplete;
    expect(menu.open).to.be.true;
  });

  it('moves by type-ahead', async () => {
    const { menu, trigger } = await mountMenu();
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await menu.updateComplete;
    // The first letter typed loads type-ahead, then moves focus; later letters move it at once.
    await sendKeys({ press: 'm' });
    await until(
      () => focused() === 'Mute',
      () => `type-ahead focused ${focused()}`,
    );
    await sendKeys({ press: 'm' });
    expect(focused()).to.equal('Mirror'); // same letter cycles
    await sendKeys({ press: 'c' });
    expect(focused()).to.equal('Captions');
    await sendKeys({ press: 'k' });
    expect(focused()).to.equal('Captions'); // "Kick" is disabled
  });

  it('closes on Escape and gives focus back to the trigger', async () => {
    const { menu, trigger, popup } = await mountMenu();
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await menu.updateComplete;
    await sendKeys({ press: 'Escape' });
    await menu.updateComplete;
    expect(menu.open).to.be.false;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(popup).display).to.equal('none');
    expect(deepActiveElement()).to.equal(trigger);
  });

  it('closes on Tab and lets focus move on', async () => {
    const { menu, trigger } = await mountMenu();
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await menu.updateComplete;
    await sendKeys({ press: 'Tab' });
    await menu.updateComplete;
    expect(menu.open).to.be.false;
    expect(deepActiveElement()?.id).to.equal('after');
  });

  it('fires click on the chosen item (Enter, Space, pointer) and closes; disabled items do nothing', async () => {
    const { menu, trigger, items } = await mountMenu();
    const clicks: string[] = [];
    for (const item of items)
      item.addEventListener('click', () => clicks.push(item.textContent!.trim()));
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await menu.updateComplete;
    await sendKeys({ press: 'Enter' });
    await menu.updateComplete;
    expect(clicks).to.deep.equal(['Pin']);
    expect(menu.open).to.be.false;
    expect(deepActiveElement()).to.equal(trigger);

    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await menu.updateComplete;
    expect(clicks).to.deep.equal(['Pin', 'Mute']);

    await menu.show();
    items[1].click();
    expect(clicks).to.deep.equal(['Pin', 'Mute']);
    expect(menu.open).to.be.true;
    items[3].click();
    await menu.updateComplete;
    expect(clicks).to.deep.equal(['Pin', 'Mute', 'Mirror']);
    expect(menu.open).to.be.false;
  });

  it('toggles on trigger click and closes on a click outside', async () => {
    const { menu, trigger } = await mountMenu();
    trigger.click();
    await menu.updateComplete;
    expect(menu.open).to.be.true;
    trigger.click();
    await menu.updateComplete;
    expect(menu.open).to.be.false;
    trigger.click();
    await menu.updateComplete;
    await sendMouse({ type: 'click', position: [2, 2] });
    await menu.updateComplete;
    expect(menu.open).to.be.false;
  });

  it('stays inside the viewport near its edges', async () => {
    const { menu, wrapper, popup } = await mountMenu();
    wrapper.style.cssText = `position: fixed; inset-block-end: 0; inset-inline-end: 0;`;
    menu.placement = 'bottom-start';
    await menu.show();
    await until(() => {
      const r = popup.getBoundingClientRect();
      return (
        r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth
      );
    }, 'menu left the viewport');
    const trigger = wrapper.querySelector('[slot="trigger"]')!.getBoundingClientRect();
    expect(popup.getBoundingClientRect().bottom).to.be.at.most(trigger.top + 1); // flipped above
  });

  it('works with items directly in the menu (the popup is then the menu)', async () => {
    const menu = await fixture<RtkMenu>(html`<rtk-menu>
      <button slot="trigger">More</button>
      <rtk-menu-item>One</rtk-menu-item>
      <rtk-menu-item>Two</rtk-menu-item>
    </rtk-menu>`);
    const popup = menu.shadowRoot!.querySelector('[part="menu-list"]')!;
    expect(popup.getAttribute('role')).to.equal('menu');
    menu.querySelector('button')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await menu.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('Two');
    await expect(menu).to.be.accessible();
  });

  it('inside a dialog, Escape closes only the menu', async () => {
    const dialog = await fixture<RtkDialog>(html`<rtk-dialog label="Settings" open>
      <rtk-menu>
        <button slot="trigger">Layout</button>
        <rtk-menu-item>Grid</rtk-menu-item>
        <rtk-menu-item>Speaker</rtk-menu-item>
      </rtk-menu>
    </rtk-dialog>`);
    await dialog.updateComplete;
    const menu = dialog.querySelector<RtkMenu>('rtk-menu')!;
    const trigger = dialog.querySelector('button')!;
    trigger.focus();
    await sendKeys({ press: 'ArrowDown' });
    await menu.updateComplete;
    expect(focused()).to.equal('Grid');
    await sendKeys({ press: 'Escape' });
    await menu.updateComplete;
    expect(menu.open).to.be.false;
    expect(dialog.open).to.be.true;
    expect(deepActiveElement()).to.equal(trigger);
    dialog.open = false;
  });

  it('stops listening to the page when removed while open', async () => {
    const { menu } = await mountMenu();
    await menu.show();
    menu.remove();
    // A click anywhere no longer reaches the removed menu (it would set open = false).
    await sendMouse({ type: 'click', position: [2, 2] });
    expect(menu.open).to.be.true;
  });
});
