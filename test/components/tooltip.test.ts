import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/button/rtk-button.js';
import type { RtkButton } from '../../src/components/button/rtk-button.js';
import '../../src/components/icon/rtk-icon.js';
import '../../src/components/tooltip/rtk-tooltip.js';
import type { RtkTooltip } from '../../src/components/tooltip/rtk-tooltip.js';
import { axFind } from '../helpers/ax.js';
import { deepActiveElement } from '../helpers/fixtures.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { until } from '../helpers/wait.js';

const bubble = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
const visible = (el: Element) => bubble(el).matches(':popover-open');

/** The centre of an element, in the page's CSS pixels, for sendMouse. */
function centre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

async function mount(attrs = html``) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="padding: 80px">
    <rtk-tooltip label="Mute your microphone" ${attrs}>
      <button id="trigger">Mic</button>
    </rtk-tooltip>
    <button id="other">Other</button>
  </div>`);
  const el = wrap.querySelector('rtk-tooltip')!;
  await el.updateComplete;
  return {
    wrap,
    el,
    trigger: wrap.querySelector<HTMLButtonElement>('#trigger')!,
    other: wrap.querySelector<HTMLButtonElement>('#other')!,
  };
}

describe('<rtk-tooltip>', () => {
  failOnConsoleErrors();

  afterEach(() => resetMouse());

  it('describes its trigger with its text, across the shadow boundary', async () => {
    const { el, trigger, wrap } = await mount();
    expect(bubble(el).getAttribute('role')).to.equal('tooltip');
    const id = trigger.getAttribute('aria-describedby')!;
    const description = document.getElementById(id)!;
    expect(description.textContent).to.equal('Mute your microphone');
    expect(description.hidden).to.equal(true);
    expect(description.getRootNode()).to.equal(trigger.getRootNode());
    expect(visible(el)).to.equal(false);
    el.label = 'Unmute';
    await el.updateComplete;
    expect(description.textContent).to.equal('Unmute');
    await expect(wrap).to.be.accessible();
  });

  it('opens on keyboard focus, positioned by floating-ui, and closes with Escape', async () => {
    const { el, trigger, wrap } = await mount();
    const opened = oneEvent(el, 'rtkOpenChange');
    trigger.focus();
    expect((await opened).detail).to.equal(true);
    await el.updateComplete;
    expect(visible(el)).to.equal(true);
    // Positioned (lazily loaded floating-ui) above the trigger.
    await until(() => bubble(el).style.left !== '', 'never positioned');
    const [tip, anchor] = [bubble(el).getBoundingClientRect(), trigger.getBoundingClientRect()];
    expect(tip.bottom).to.be.at.most(anchor.top);
    expect(anchor.top - tip.bottom).to.be.closeTo(8, 1);
    expect(tip.left + tip.width / 2).to.be.closeTo(anchor.left + anchor.width / 2, 1);
    await expect(wrap).to.be.accessible();
    let escapesSeen = 0;
    const count = (e: KeyboardEvent) => e.key === 'Escape' && escapesSeen++;
    document.addEventListener('keydown', count);
    await sendKeys({ press: 'Escape' });
    document.removeEventListener('keydown', count);
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(visible(el)).to.equal(false);
    // Escape was used by the tooltip, not passed on to (say) a dialog around it.
    expect(escapesSeen).to.equal(0);
    expect(deepActiveElement()).to.equal(trigger);
  });

  it('closes when focus leaves', async () => {
    const { el, trigger, other } = await mount();
    trigger.focus();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(other);
    expect(el.open).to.equal(false);
  });

  it('opens on hover after `delay`, stays open over the tooltip, closes when the pointer leaves', async () => {
    const { el, trigger } = await mount(html``);
    el.delay = 50;
    // Not open yet when the pointer arrives: looked at right then, since the round trip of
    // sendMouse may take longer than the delay on a busy machine.
    let openOnEnter: boolean | undefined;
    const area = el.shadowRoot!.querySelector('[part="trigger"]')!;
    area.addEventListener('pointerenter', () => (openOnEnter = el.open), { once: true });
    await sendMouse({ type: 'move', position: centre(trigger) });
    expect(openOnEnter).to.equal(false);
    await until(() => el.open, 'did not open on hover');
    await el.updateComplete;
    await until(() => bubble(el).style.left !== '', 'never positioned');
    await sendMouse({ type: 'move', position: centre(bubble(el)) });
    // Past the grace the pointer has to reach the tooltip (120 ms): timers run in the order they
    // are due, so this one runs after a hide the leave may have scheduled, however busy the machine.
    await new Promise((r) => setTimeout(r, 200));
    expect(el.open).to.equal(true);
    await sendMouse({ type: 'move', position: [5, 5] });
    await until(() => !el.open, 'did not close when the pointer left');
  });

  it('Escape closes a hovered tooltip without moving focus', async () => {
    const { el, trigger, other } = await mount();
    other.focus();
    await sendMouse({ type: 'move', position: centre(trigger) });
    await until(() => el.open, 'did not open on hover');
    await sendKeys({ press: 'Escape' });
    expect(el.open).to.equal(false);
    expect(deepActiveElement()).to.equal(other);
  });

  it('never opens while disabled, and can be opened from code', async () => {
    const { el, trigger } = await mount();
    el.disabled = true;
    await el.updateComplete;
    trigger.focus();
    await el.updateComplete;
    expect(visible(el)).to.equal(false);
    el.disabled = false;
    el.open = true;
    await el.updateComplete;
    expect(visible(el)).to.equal(true);
  });

  it('describes an rtk-button trigger through to its inner button', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <rtk-tooltip label="Open the chat">
        <rtk-button kind="icon" label="Chat"><rtk-icon icon="chat"></rtk-icon></rtk-button>
      </rtk-tooltip>
    </div>`);
    const tip = wrap.querySelector('rtk-tooltip')!;
    const button = wrap.querySelector<RtkButton>('rtk-button')!;
    await tip.updateComplete;
    await button.updateComplete;
    const inner = button.shadowRoot!.querySelector('button') as HTMLButtonElement & {
      ariaDescribedByElements: Element[];
    };
    expect(inner.ariaDescribedByElements.map((e) => e.textContent)).to.deep.equal([
      'Open the chat',
    ]);
    await expect(wrap).to.be.accessible();
    tip.remove();
    expect(button.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('gives triggers their description in the browser accessibility tree', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <rtk-tooltip label="Open the chat">
        <rtk-button kind="icon" label="Chat"><rtk-icon icon="chat"></rtk-icon></rtk-button>
      </rtk-tooltip>
      <rtk-tooltip label="Leave the meeting"><button>Leave</button></rtk-tooltip>
    </div>`);
    await Promise.all(
      [...wrap.querySelectorAll<RtkTooltip | RtkButton>('rtk-tooltip, rtk-button')].map(
        (e) => e.updateComplete,
      ),
    );
    expect((await axFind('button', 'Chat'))?.description).to.equal('Open the chat');
    expect((await axFind('button', 'Leave'))?.description).to.equal('Leave the meeting');
    // Closed, the text is only a description; open, the bubble shows it.
    expect(await axFind('StaticText', 'Open the chat')).to.equal(undefined);
    const tip = wrap.querySelector<RtkTooltip>('rtk-tooltip')!;
    tip.open = true;
    await tip.updateComplete;
    expect(await axFind('StaticText', 'Open the chat')).to.exist;
  });

  it('uses rich content from the tooltip slot as the description too', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <rtk-tooltip><button>Rec</button><span slot="tooltip">Recording <b>on</b></span></rtk-tooltip>
    </div>`);
    const tip = wrap.querySelector<RtkTooltip>('rtk-tooltip')!;
    await tip.updateComplete;
    const id = wrap.querySelector('button')!.getAttribute('aria-describedby')!;
    expect(document.getElementById(id)!.textContent).to.equal('Recording on');
  });
});
