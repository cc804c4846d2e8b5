import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/emoji-picker/rtk-emoji-picker.js';
import '../../src/components/emoji-picker-button/rtk-emoji-picker-button.js';
import type { RtkEmojiPicker } from '../../src/components/emoji-picker/emoji-picker.js';
import { PickerCloseEvent } from '../../src/events/picker-close.js';
import { RtkEmojiClickedEvent } from '../../src/events/rtk-emoji-clicked.js';
import { deepActiveElement } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const cells = (el: RtkEmojiPicker) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="emoji"]'),
];
const search = (el: RtkEmojiPicker) =>
  el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;

async function mount(): Promise<RtkEmojiPicker> {
  const el = await fixture<RtkEmojiPicker>(
    html`<rtk-emoji-picker focus-when-opened></rtk-emoji-picker>`,
  );
  await until(() => cells(el).length > 0, 'emoji loaded');
  return el;
}

describe('<rtk-emoji-picker>', function () {
  it('loads a few hundred emoji in a grid and focuses the search field', async () => {
    const el = await mount();
    expect(cells(el).length).to.be.greaterThan(300);
    expect(el.shadowRoot!.querySelector('[role="grid"]')).to.exist;
    await until(() => deepActiveElement() === search(el), 'search focused');
    expect(cells(el).filter((c) => c.tabIndex === 0).length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('searches by name', async () => {
    const el = await mount();
    search(el).value = 'thumbs up';
    search(el).dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(cells(el).map((c) => c.textContent!.trim())).to.deep.equal(['👍']);
    search(el).value = 'zzzz-no-such-emoji';
    search(el).dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('No emoji found');
  });

  it('moves with the arrow keys and picks with Enter; Escape closes', async () => {
    const el = await mount();
    search(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(cells(el)[0]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(cells(el)[1]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(cells(el)[9]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(cells(el)[8]);
    const picked = oneEvent(el, 'rtkEmojiClicked');
    await sendKeys({ press: 'Enter' });
    const pick = await picked;
    expect(pick).to.be.instanceOf(RtkEmojiClickedEvent);
    expect(pick.detail).to.equal(cells(el)[8].textContent!.trim());
    const closed = oneEvent(el, 'pickerClose');
    await sendKeys({ press: 'Escape' });
    expect(await closed).to.be.instanceOf(PickerCloseEvent);
  });
});

describe('<rtk-emoji-picker-button>', function () {
  it('says whether the picker is open', async () => {
    const el = await fixture<HTMLElement & { isActive: boolean; updateComplete: Promise<unknown> }>(
      html`<rtk-emoji-picker-button></rtk-emoji-picker-button>`,
    );
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Emoji');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    el.isActive = true;
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
