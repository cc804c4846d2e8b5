import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/more-toggle/rtk-more-toggle.js';
import '../../src/components/settings-toggle/rtk-settings-toggle.js';
import '../../src/components/recording-toggle/rtk-recording-toggle.js';
import '../../src/components/mic-toggle/rtk-mic-toggle.js';
import '../../src/components/chat-toggle/rtk-chat-toggle.js';
import '../../src/components/controlbar/rtk-controlbar.js';
import type { RtkMoreToggle } from '../../src/components/more-toggle/rtk-more-toggle.js';
import type { RtkControlbar } from '../../src/components/controlbar/rtk-controlbar.js';
import { deepActiveElement, mountWithMeeting, nameOf, queryDeep } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

/** The lazily loaded menu, its updates and a quiet frame. */
const settle = (el: HTMLElement) => rendered(el);

async function menu() {
  const { el, meeting } = await mountWithMeeting<RtkMoreToggle>(
    html`<rtk-more-toggle>
      <rtk-settings-toggle variant="horizontal"></rtk-settings-toggle>
      <rtk-mic-toggle variant="horizontal"></rtk-mic-toggle>
      <rtk-recording-toggle variant="horizontal"></rtk-recording-toggle>
    </rtk-more-toggle>`,
    { join: true },
  );
  await until(() => !el.hidden, 'hidden');
  await settle(el);
  const trigger = queryDeep<HTMLButtonElement>(el, 'button')!;
  return { el, meeting, trigger };
}

const focused = () => nameOf(deepActiveElement()!);

describe('<rtk-more-toggle>', () => {
  it("shows a disabled item's reason as a line under its row, covering no other row", async () => {
    const { el } = await mountWithMeeting<RtkMoreToggle>(
      html`<rtk-more-toggle></rtk-more-toggle>`,
      {
        join: true,
      },
    );
    await settle(el);
    // Added once the menu is there, as the toggles' own buttons are.
    const make = (label: string) => {
      const button = document.createElement('rtk-controlbar-button');
      button.label = label;
      return el.appendChild(button);
    };
    make('First');
    Object.assign(make('Second'), {
      disabled: true,
      description: 'Not supported in this browser',
    });
    await until(() => !el.hidden, 'hidden');
    await settle(el);
    el.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const [first, second] = [...el.children] as HTMLElement[];
    await until(() => second.hasAttribute('in-menu'), 'not a menu row');
    const reason = second.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    const row = second.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    const box = reason.getBoundingClientRect();
    expect(getComputedStyle(reason).display).to.equal('block');
    expect(box.height).to.be.greaterThan(0);
    expect(box.top).to.be.at.least(row.bottom - 1);
    expect(box.top).to.be.at.least(first.getBoundingClientRect().bottom - 1);
  });

  it('is a menu button whose controls are menu items', async () => {
    const { el, trigger } = await menu();
    expect(nameOf(trigger)).to.equal('More');
    expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    const popup = el.shadowRoot!.querySelector('[part="menu"]')!;
    expect(popup.getAttribute('role')).to.equal('menu');
    expect(popup.getAttribute('aria-label')).to.equal('More controls');
    const items = [...el.children].map((c) => queryDeep<HTMLButtonElement>(c, 'button')!);
    expect(items.map((b) => b.getAttribute('role'))).to.deep.equal([
      'menuitem',
      'menuitemcheckbox',
      'menuitemcheckbox',
    ]);
    // On/off toggles are checked, not pressed, inside a menu.
    expect(items[1].getAttribute('aria-checked')).to.equal('true');
    expect(items[1].hasAttribute('aria-pressed')).to.equal(false);
    // Menu items are reached with the arrow keys, not Tab.
    expect(items.every((b) => b.tabIndex === -1)).to.equal(true);
    // The "More" button itself stays a button.
    expect(trigger.hasAttribute('role')).to.equal(false);
    el.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('runs the menu keyboard: arrows, Home/End, type-ahead, Escape back to the button', async () => {
    const { el, trigger } = await menu();
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    expect(focused()).to.equal('Settings');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('Mic on');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('Record');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('Settings');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal('Record');
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal('Settings');
    // The first letter typed loads type-ahead, then moves focus.
    await sendKeys({ press: 'm' });
    await until(
      () => focused() === 'Mic on',
      () => `type-ahead focused ${focused()}`,
    );
    await sendKeys({ press: 'r' });
    expect(focused()).to.equal('Record');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(focused()).to.equal('More');
    // ArrowUp on the button opens on the last item.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused()).to.equal('Record');
  });

  it('moves with ArrowRight/ArrowLeft too, and closes on Tab, letting focus move on', async () => {
    const { el, trigger } = await menu();
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('Mic on');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal('Settings');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part="menu"]')!.classList.contains('open')).to.equal(
      false,
    );
  });

  it('choosing an item runs it, closes the menu and returns focus to the button', async () => {
    const { el, meeting, trigger } = await menu();
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('Mic on');
    await sendKeys({ press: 'Enter' });
    await until(() => !meeting.self.audioEnabled, 'the microphone stayed on');
    await el.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(focused()).to.equal('More');
  });

  it('keeps a disabled item, with its reason, reachable and accessible', async () => {
    const { el } = await mountWithMeeting<RtkMoreToggle>(
      html`<rtk-more-toggle>
        <rtk-settings-toggle variant="horizontal"></rtk-settings-toggle>
        <rtk-mic-toggle variant="horizontal"></rtk-mic-toggle>
      </rtk-more-toggle>`,
      { join: true, preset: 'webinar-viewer' },
    );
    await until(() => !el.hidden, 'hidden');
    await settle(el);
    el.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focused()).to.equal('Mic off');
    const mic = deepActiveElement()!;
    expect(mic.getAttribute('aria-disabled')).to.equal('true');
    expect(mic.getAttribute('aria-describedby')).to.equal('description');
    await expect(el).to.be.accessible();
  });

  it('hides itself when none of its controls is visible', async () => {
    const { el } = await mountWithMeeting<RtkMoreToggle>(
      html`<rtk-more-toggle><rtk-recording-toggle></rtk-recording-toggle></rtk-more-toggle>`,
      { join: true, preset: 'participant' },
    );
    await until(() => el.hidden, 'still shown');
  });

  it('shows while a control is still loading, and opens on it once it is defined', async () => {
    const { el } = await mountWithMeeting<RtkMoreToggle>(
      html`<rtk-more-toggle><rtk-test-later-item></rtk-test-later-item></rtk-more-toggle>`,
      { join: true },
    );
    await settle(el);
    expect(el.hidden).to.equal(false);
    const trigger = queryDeep<HTMLButtonElement>(el, 'button')!;
    trigger.click();
    // The module arrives after the click: the menu opens on it.
    customElements.define(
      'rtk-test-later-item',
      class extends HTMLElement {
        connectedCallback() {
          this.tabIndex = 0;
          this.setAttribute('aria-label', 'Later item');
        }
      },
    );
    await until(() => focused() === 'Later item', 'the loaded item never got focus');
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
  });

  it("makes the page's more-elements (a wrapper div or single elements) real menu items", async () => {
    let custom = 0;
    const { el, meeting, trigger } = await (async () => {
      const r = await mountWithMeeting<RtkMoreToggle>(
        html`<rtk-more-toggle>
          <rtk-settings-toggle variant="horizontal"></rtk-settings-toggle>
          <div slot="more-elements">
            <rtk-mic-toggle variant="horizontal"></rtk-mic-toggle>
            <rtk-controlbar-button label="Wave" variant="horizontal"></rtk-controlbar-button>
          </div>
          <button slot="more-elements" @click=${() => custom++}>Say <b>hi</b></button>
          <p slot="expanded">Shortcuts: press ?</p>
        </rtk-more-toggle>`,
        { join: true },
      );
      await until(() => !r.el.hidden, 'hidden');
      await settle(r.el);
      return { ...r, trigger: queryDeep<HTMLButtonElement>(r.el, 'button')! };
    })();
    const note = el.querySelector<HTMLElement>('[slot="expanded"]')!;
    // The expanded slot shows with the open menu only.
    expect(note.getBoundingClientRect().height).to.equal(0);
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused()).to.equal('Settings');
    expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('Mic on');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('Wave');
    // The wrapper's items are rows of the menu, one under the other.
    const [mic, wave] = [...el.querySelector('div[slot]')!.children];
    expect(wave.getBoundingClientRect().top).to.be.at.least(mic.getBoundingClientRect().bottom - 1);
    expect(deepActiveElement()!.getAttribute('role')).to.equal('menuitem');
    await sendKeys({ press: 'ArrowDown' });
    const hi = el.querySelector('button')!;
    expect(deepActiveElement()).to.equal(hi);
    expect(hi.getAttribute('role')).to.equal('menuitem');
    expect(hi.tabIndex).to.equal(-1);
    expect(nameOf(hi)).to.equal('Say hi');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('Settings');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(custom).to.equal(1);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(focused()).to.equal('More');
    // A slotted kit toggle keeps working from the menu.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => !meeting.self.audioEnabled, 'the microphone stayed on');
    await expect(el).to.be.accessible();
  });

  it("makes a page's rtk-controlbar-button a menu item when it was defined before More was", async () => {
    const { el } = await mountWithMeeting<HTMLElement>(
      html`<rtk-test-late-more
        ><rtk-controlbar-button slot="more-elements" label="Early"></rtk-controlbar-button
      ></rtk-test-late-more>`,
      { join: true },
    );
    const { RtkMoreToggle: Base } = await import('../../src/components/more-toggle/more-toggle.js');
    customElements.define('rtk-test-late-more', class extends Base {});
    const item = el.querySelector('rtk-controlbar-button')!;
    await until(() => item.hasAttribute('in-menu'), 'not a menu item');
    expect(item.shadowRoot!.querySelector('button')!.getAttribute('role')).to.equal('menuitem');
  });

  it('is not hidden with only more-elements, and shows them in the phone sheet, right to left too', async () => {
    const { el } = await mountWithMeeting<RtkMoreToggle>(
      html`<rtk-more-toggle size="sm" dir="rtl">
        <button slot="more-elements">أهلا</button>
      </rtk-more-toggle>`,
      { join: true },
    );
    await until(() => !el.hidden, 'hidden with a page item');
    el.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const item = el.querySelector('button')!;
    await until(() => deepActiveElement() === item, 'the page item has no focus');
    const sheet = el.shadowRoot!.querySelector('.sheet')!.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(0);
    expect(box.bottom).to.be.at.most(sheet.bottom);
    expect(Math.round(sheet.bottom)).to.equal(innerHeight);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(focused()).to.equal('More');
  });

  it('keeps the chat unread count when the chat toggle moves into "More" and back', async () => {
    const { el, meeting } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar style="inline-size: 1400px"></rtk-controlbar>`,
      {
        join: true,
      },
    );
    await settle(el);
    const badge = () => queryDeep(el, '[part="unread-count"]')?.textContent;
    const chatInMore = () =>
      Boolean(queryDeep(el, 'rtk-more-toggle')?.querySelector(':scope > rtk-chat-toggle'));
    expect(chatInMore()).to.equal(false);
    const someone = meeting.director.people[0].name;
    meeting.director.chat.send(someone, 'Hello');
    meeting.director.chat.send(someone, 'Anyone?');
    await settle(el);
    expect(badge()).to.equal('2');
    el.size = 'sm';
    await until(chatInMore, 'chat did not move into More');
    await settle(el);
    expect(badge()).to.equal('2');
    meeting.director.chat.send(someone, 'Still there?');
    await settle(el);
    expect(badge()).to.equal('3');
    el.size = 'lg';
    await until(() => !chatInMore(), 'chat did not move back');
    await settle(el);
    expect(badge()).to.equal('3');
  });
});
