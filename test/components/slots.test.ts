// The official kit's slots on our tags: slotted content appears where the official kit shows it
// and keeps working (focus, keyboard, right to left). rtk-more-toggle's slots are tested in
// more-toggle.test.ts.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/audio-grid/rtk-audio-grid.js';
import '../../src/components/audio-tile/rtk-audio-tile.js';
import '../../src/components/avatar/rtk-avatar.js';
import '../../src/components/chat/rtk-chat.js';
import '../../src/components/chat-composer-ui/rtk-chat-composer-ui.js';
import '../../src/components/chat-composer-view/rtk-chat-composer-view.js';
import '../../src/components/chat-selector/rtk-chat-selector.js';
import '../../src/components/idle-screen/rtk-idle-screen.js';
import '../../src/components/information-tooltip/rtk-information-tooltip.js';
import '../../src/components/menu-item/rtk-menu-item.js';
import '../../src/components/microphone-selector/rtk-microphone-selector.js';
import '../../src/components/participant/rtk-participant.js';
import '../../src/components/participant-setup/rtk-participant-setup.js';
import '../../src/components/participants/rtk-participants.js';
import '../../src/components/permissions-message/rtk-permissions-message.js';
import '../../src/components/pinned-message-selector/rtk-pinned-message-selector.js';
import '../../src/components/plugin-main/rtk-plugin-main.js';
import '../../src/components/screenshare-view/rtk-screenshare-view.js';
import '../../src/components/sidebar-ui/rtk-sidebar-ui.js';
import '../../src/components/waiting-screen/rtk-waiting-screen.js';
import type { RtkParticipant } from '../../src/components/participant/rtk-participant.js';
import {
  deepActiveElement,
  deepText,
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryDeep,
} from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

/** The element is assigned to a slot of its host and takes room on the page. */
function shows(child: Element): boolean {
  const box = child.getBoundingClientRect();
  return child.assignedSlot !== null && box.width > 0 && box.height > 0;
}

/** Waits until the page's child shows in its host. */
async function appears(host: Element, selector = '.mine'): Promise<HTMLElement> {
  const child = host.querySelector<HTMLElement>(selector)!;
  await until(() => shows(child), `${selector} does not show in <${host.localName}>`);
  return child;
}

/** A page's button that counts its clicks. */
function counter() {
  const state = { clicks: 0 };
  const click = () => state.clicks++;
  return { state, click };
}

describe('the official slots', () => {
  it('rtk-information-tooltip: tootlip-text (sic) is the information, like our tooltip slot', async () => {
    const { el } = await mountWithMeeting<HTMLElement>(
      html`<rtk-information-tooltip
        ><span slot="tootlip-text" class="mine">Only hosts see this</span></rtk-information-tooltip
      >`,
    );
    await rendered(el);
    const text = el.querySelector('.mine')!;
    expect(text.assignedSlot?.name).to.equal('tootlip-text');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    button.focus();
    await appears(el);
    expect(deepText(el.querySelector('.mine')!)).to.equal('Only hosts see this');
  });

  it("default slots: audio grid, audio tile, avatar, participant setup show the page's child", async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const person = meeting.director.people[0];
    for (const template of [
      html`<rtk-audio-grid .meeting=${meeting} style="inline-size: 480px; block-size: 320px"
        ><p class="mine">Music room</p></rtk-audio-grid
      >`,
      html`<rtk-audio-tile .meeting=${meeting} .participant=${person}
        ><span class="mine">DJ</span></rtk-audio-tile
      >`,
      html`<rtk-avatar .meeting=${meeting} .participant=${person}
        ><span class="mine">●</span></rtk-avatar
      >`,
      html`<rtk-participant-setup .meeting=${meeting} style="inline-size: 320px"
        ><p class="mine">You look great</p></rtk-participant-setup
      >`,
    ]) {
      const { el } = await mountWithMeeting<HTMLElement>(template);
      await rendered(el);
      await appears(el);
    }
  });

  it('rtk-avatar: the badge sits over the picture, at its end corner, mirrored right to left', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const person = meeting.director.people[0];
    for (const dir of ['ltr', 'rtl']) {
      const { el } = await mountWithMeeting<HTMLElement>(
        html`<rtk-avatar dir=${dir} .meeting=${meeting} .participant=${person} size="lg"
          ><span class="mine" style="inline-size: 8px; block-size: 8px; display: block"></span
        ></rtk-avatar>`,
      );
      const badge = await appears(el);
      const box = el.getBoundingClientRect();
      const b = badge.getBoundingClientRect();
      expect(Math.round(b.bottom)).to.equal(Math.round(box.bottom));
      if (dir === 'ltr') expect(Math.round(b.right)).to.equal(Math.round(box.right));
      else expect(Math.round(b.left)).to.equal(Math.round(box.left));
    }
  });

  it('rtk-idle-screen and rtk-waiting-screen: a child replaces the screen', async () => {
    for (const template of [
      html`<rtk-idle-screen><p class="mine">Getting things ready…</p></rtk-idle-screen>`,
      html`<rtk-waiting-screen><p class="mine">The host lets you in soon</p></rtk-waiting-screen>`,
    ]) {
      const { el } = await mountWithMeeting<HTMLElement>(template);
      await rendered(el);
      await appears(el);
      expect(el.shadowRoot!.querySelector('[part="message"]')!.getClientRects().length).to.equal(0);
    }
    // Without a child, the screen's own content.
    const { el } = await mountWithMeeting<HTMLElement>(html`<rtk-idle-screen></rtk-idle-screen>`);
    await rendered(el);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.getClientRects().length).to.equal(1);
  });

  it('rtk-screenshare-view: a page control over the screen keeps working', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const person = meeting.director.people[0];
    meeting.director.setScreenShare(person.id, true);
    const { state, click } = counter();
    const { el } = await mountWithMeeting<HTMLElement>(
      html`<rtk-screenshare-view
        style="inline-size: 480px; block-size: 270px"
        .meeting=${meeting}
        .participant=${person}
        ><button class="mine" @click=${click}>Annotate</button></rtk-screenshare-view
      >`,
    );
    await rendered(el);
    const button = await appears(el);
    const box = el.shadowRoot!.querySelector('[part="container"]')!.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    expect(b.top).to.be.at.least(box.top - 1);
    expect(b.bottom).to.be.at.most(box.bottom + 1);
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(state.clicks).to.equal(1);
  });

  it("rtk-permissions-message: the page's help link shows in the box with the steps", async () => {
    const { el, meeting } = await mountWithMeeting<HTMLElement>(
      html`<rtk-permissions-message
        ><a class="mine" href="#help" style="color: inherit">Still stuck? Read our help</a></rtk-permissions-message
      >`,
    );
    await meeting.director.denyMedia('video');
    await rendered(el);
    const link = await appears(el);
    const section = el.shadowRoot!.querySelector('[part="container"]')!;
    expect(link.assignedSlot!.parentElement).to.equal(section);
    await expect(el).to.be.accessible();
  });

  it("rtk-plugin-main: the page's notes show below the plugin", async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = meeting.plugins.all.toArray().find((p) => p.name === 'Whiteboard')!;
    await plugin.activate();
    const { el } = await mountWithMeeting<HTMLElement>(
      html`<rtk-plugin-main
        style="inline-size: 480px; block-size: 320px"
        .meeting=${meeting}
        .plugin=${plugin}
        ><p class="mine">Drawn by the class</p></rtk-plugin-main
      >`,
    );
    await rendered(el);
    await appears(el);
  });

  it("rtk-chat-selector and rtk-pinned-message-selector: the page's child follows the selector", async () => {
    const { el, meeting } = await mountWithMeeting<HTMLElement>(
      html`<div>
        <rtk-chat-selector><small class="mine">Private chats are not recorded</small></rtk-chat-selector>
        <rtk-pinned-message-selector><small class="other">Pins stay for everyone</small></rtk-pinned-message-selector>
      </div>`,
      { join: true, people: 2 },
    );
    const [ana] = meeting.director.people;
    meeting.director.chat.pin(meeting.director.chat.send(ana.name, 'Agenda').id);
    await appears(el.querySelector('rtk-chat-selector')!);
    await appears(el.querySelector('rtk-pinned-message-selector')!, '.other');
  });

  it('rtk-microphone-selector: indicator sits beside the list, before it right to left', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const { el } = await mountWithMeeting<HTMLElement>(
        html`<rtk-microphone-selector dir=${dir} style="inline-size: 360px"
          ><span slot="indicator" class="mine">▮▮▯</span></rtk-microphone-selector
        >`,
        { join: true },
      );
      const meter = await appears(el);
      const select = el.shadowRoot!.querySelector('select')!.getBoundingClientRect();
      const m = meter.getBoundingClientRect();
      expect(m.top).to.be.below(select.bottom);
      if (dir === 'ltr') expect(m.left).to.be.at.least(select.right - 1);
      else expect(m.right).to.be.at.most(select.left + 1);
    }
  });

  it('rtk-sidebar-ui: pinned-state in the header, before the close button', async () => {
    const { state, click } = counter();
    const { el } = await mountWithMeeting<HTMLElement>(
      html`<rtk-sidebar-ui style="inline-size: 360px; block-size: 400px"
        ><button slot="pinned-state" class="mine" @click=${click}>Pin</button>
        <p>Content</p></rtk-sidebar-ui
      >`,
    );
    await rendered(el);
    const pin = await appears(el);
    const header = el.shadowRoot!.querySelector('[part="header"]')!;
    expect(pin.assignedSlot!.parentElement).to.equal(header);
    const close = queryDeep(header, '[part="close"]')!;
    expect(pin.getBoundingClientRect().right).to.be.at.most(close.getBoundingClientRect().left + 1);
    pin.focus();
    await sendKeys({ press: 'Enter' });
    expect(state.clicks).to.equal(1);
  });

  it('rtk-participants: start above the list, end below it', async () => {
    const { el } = await mountWithMeeting<HTMLElement>(
      html`<rtk-participants style="inline-size: 360px; block-size: 500px"
        ><button slot="start" class="mine">Copy invite link</button
        ><p slot="end" class="other">3 people are dialled in</p></rtk-participants
      >`,
      { join: true, people: 3 },
    );
    await rendered(el);
    const start = await appears(el);
    const end = await appears(el, '.other');
    const list = el.shadowRoot!.querySelector('[part="container"]')!.getBoundingClientRect();
    expect(start.getBoundingClientRect().bottom).to.be.at.most(list.top + 1);
    expect(end.getBoundingClientRect().top).to.be.at.least(list.bottom - 1);
  });

  it('rtk-chat: chat-addon reaches the composer, above the message field, and keeps focus', async () => {
    const { el } = await mountWithMeeting<HTMLElement>(
      html`<rtk-chat style="inline-size: 360px; block-size: 560px"
        ><button slot="chat-addon" class="mine">Insert poll</button></rtk-chat
      >`,
      { join: true },
    );
    await rendered(el);
    const addon = await appears(el);
    const field = queryDeep(el, 'rtk-text-composer-view')!;
    expect(addon.getBoundingClientRect().bottom).to.be.at.most(
      field.getBoundingClientRect().top + 1,
    );
    addon.focus();
    expect(document.activeElement).to.equal(addon);
  });

  it('rtk-chat-composer-ui: chat-addon and quote-block above the composer', async () => {
    const { el } = await mountWithMeeting<HTMLElement>(
      html`<rtk-chat-composer-ui style="inline-size: 360px"
        ><p slot="chat-addon" class="mine">Be kind</p
        ><blockquote slot="quote-block" class="other">“Agenda”</blockquote></rtk-chat-composer-ui
      >`,
      { join: true },
    );
    await rendered(el);
    await appears(el);
    const quote = await appears(el, '.other');
    const field = queryDeep(el, 'rtk-text-composer-view')!;
    expect(quote.getBoundingClientRect().bottom).to.be.at.most(
      field.getBoundingClientRect().top + 1,
    );
  });

  it('rtk-chat-composer-view: chat-buttons after the emoji button, not while editing', async () => {
    const { state, click } = counter();
    const { el } = await mountWithMeeting<HTMLElement & { isEditing: boolean }>(
      html`<rtk-chat-composer-view style="inline-size: 360px"
        ><p slot="chat-addon" class="other">Tip: **bold**</p
        ><button slot="chat-buttons" class="mine" aria-label="Add GIF" @click=${click}>
          GIF
        </button></rtk-chat-composer-view
      >`,
      { join: true },
    );
    await rendered(el);
    await appears(el, '.other');
    const gif = await appears(el);
    const left = el.shadowRoot!.querySelector('[part="chat-buttons-left"]')!;
    expect(gif.assignedSlot!.parentElement).to.equal(left);
    gif.focus();
    await sendKeys({ press: 'Enter' });
    expect(state.clicks).to.equal(1);
    el.isEditing = true;
    await rendered(el);
    expect(gif.assignedSlot).to.equal(null);
  });

  it("rtk-participant: the page's menu items join the menu and its keyboard", async () => {
    const { state, click } = counter();
    const { el, meeting } = await mountWithMeeting<RtkParticipant>(
      html`<rtk-participant
        ><rtk-menu-item class="mine" @click=${click}>Send a private note</rtk-menu-item></rtk-participant
      >`,
      { join: true, people: 0, preset: 'participant' },
    );
    // A participant may do nothing to another person: the page's item alone makes the menu.
    el.participant = meeting.director.addPerson({ name: 'Grace Hopper' });
    await rendered(el);
    const trigger = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
    expect(trigger, 'no menu').to.exist;
    trigger.focus();
    await sendKeys({ press: 'ArrowUp' });
    const item = el.querySelector('.mine')!;
    await until(
      () => deepActiveElement() === item || item.contains(deepActiveElement()),
      () => `focus on ${nameOf(deepActiveElement()!)}`,
    );
    await sendKeys({ press: 'Enter' });
    await until(() => state.clicks === 1, 'the item did not run');
  });
});
