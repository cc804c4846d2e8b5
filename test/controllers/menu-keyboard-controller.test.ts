import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  loadTypeAhead,
  MenuKeyboardController,
  type MenuKeyboardOptions,
} from '../../src/controllers/menu-keyboard-controller.js';

/**
 * A bare menu button around the controller: a trigger, and a list of buttons shown while open.
 * Items with `data-off` are left out of `items()`, as a host leaves out disabled ones.
 */
class TestMenuButton extends LitElement {
  /** Options for the next element created (`triggerEnterOpens`, `sideArrows`). */
  static nextOptions: Partial<MenuKeyboardOptions> = {};
  static override properties = { open: { type: Boolean } };
  declare open: boolean;
  closedWith: boolean[] = [];

  readonly keyboard = new MenuKeyboardController(this, {
    items: () => this.items(),
    labelOf: (item) => item.textContent ?? '',
    isOpen: () => this.open,
    open: (focus) => {
      this.open = true;
      (focus === 'first' ? this.items()[0] : this.items().at(-1))?.focus();
    },
    close: (returnFocus) => {
      this.open = false;
      this.closedWith.push(returnFocus);
      if (returnFocus) this.querySelector<HTMLElement>('[slot="trigger"]')?.focus();
    },
    ...TestMenuButton.nextOptions,
  });

  constructor() {
    super();
    this.open = false;
  }

  private items(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[slot="item"]:not([data-off])')];
  }

  override render() {
    return html`<div @keydown=${this.keyboard.handleTriggerKeydown}><slot name="trigger"></slot></div>
      <div role="menu" @keydown=${this.keyboard.handleMenuKeydown}><slot name="item"></slot></div>`;
  }
}
customElements.define('test-menu-button', TestMenuButton);

async function mount(options: Partial<MenuKeyboardOptions> = {}) {
  TestMenuButton.nextOptions = options;
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <test-menu-button>
      <button slot="trigger">Options</button>
      <button slot="item">Pin</button>
      <button slot="item" data-off>Kick</button>
      <button slot="item">Mute</button>
      <button slot="item">Mirror</button>
      <button slot="item">Captions</button>
    </test-menu-button>
  </div>`);
  const el = wrapper.querySelector<TestMenuButton>('test-menu-button')!;
  const trigger = el.querySelector<HTMLButtonElement>('[slot="trigger"]')!;
  const heard: string[] = [];
  wrapper.addEventListener('keydown', (e) => heard.push(e.key));
  return { el, trigger, heard };
}

/** Presses `key` where focus is; returns whether the default was prevented. */
function press(key: string, init: KeyboardEventInit = {}): boolean {
  const target = (document.activeElement ?? document.body) as HTMLElement;
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

const focused = () => document.activeElement?.textContent?.trim();

describe('MenuKeyboardController', () => {
  // Type-ahead loads with the first letter typed (the more-toggle test covers that); loaded, it
  // answers each key at once, which these synchronous key presses rely on.
  before(() => loadTypeAhead());

  it('opens from the trigger: ArrowDown, Enter and Space on the first item, ArrowUp on the last', async () => {
    const { el, trigger } = await mount();
    for (const [key, expected] of [
      ['ArrowDown', 'Pin'],
      ['Enter', 'Pin'],
      [' ', 'Pin'],
      ['ArrowUp', 'Captions'],
    ] as const) {
      el.open = false;
      trigger.focus();
      expect(press(key), key).to.equal(true);
      expect(el.open, key).to.equal(true);
      expect(focused(), key).to.equal(expected);
    }
  });

  it('leaves Enter and Space to the trigger’s own click when triggerEnterOpens is off', async () => {
    const { el, trigger } = await mount({ triggerEnterOpens: false });
    trigger.focus();
    expect(press('Enter')).to.equal(false);
    expect(press(' ')).to.equal(false);
    expect(el.open).to.equal(false);
    expect(press('ArrowDown')).to.equal(true);
    expect(el.open).to.equal(true);
  });

  it('closes from the trigger on Escape only while open, and ignores other keys', async () => {
    const { el, trigger, heard } = await mount();
    trigger.focus();
    expect(press('Escape')).to.equal(false);
    expect(heard).to.deep.equal(['Escape']);
    el.open = true;
    trigger.focus();
    expect(press('Escape')).to.equal(true);
    expect(el.open).to.equal(false);
    expect(el.closedWith).to.deep.equal([true]);
    expect(press('a')).to.equal(false);
  });

  it('moves with the arrows (wrapping), Home/End and PageUp/PageDown, over the items it is given', async () => {
    const { trigger } = await mount();
    trigger.focus();
    press('ArrowDown');
    const moves: Array<[string, string]> = [
      ['ArrowDown', 'Mute'], // "Kick" is not an item
      ['ArrowUp', 'Pin'],
      ['ArrowUp', 'Captions'], // wraps
      ['ArrowDown', 'Pin'], // wraps
      ['End', 'Captions'],
      ['Home', 'Pin'],
      ['PageDown', 'Captions'],
      ['PageUp', 'Pin'],
    ];
    for (const [key, expected] of moves) {
      expect(press(key), key).to.equal(true);
      expect(focused(), key).to.equal(expected);
    }
  });

  it('moves with ArrowRight/ArrowLeft only with sideArrows', async () => {
    const plain = await mount();
    plain.trigger.focus();
    press('ArrowDown');
    expect(press('ArrowRight')).to.equal(false);
    expect(focused()).to.equal('Pin');
    plain.el.remove();

    const side = await mount({ sideArrows: true });
    side.trigger.focus();
    press('ArrowDown');
    expect(press('ArrowRight')).to.equal(true);
    expect(focused()).to.equal('Mute');
    expect(press('ArrowLeft')).to.equal(true);
    expect(focused()).to.equal('Pin');
  });

  it('moves by type-ahead: a letter, the same letter again cycles, several letters spell a label', async () => {
    const { trigger } = await mount();
    trigger.focus();
    press('ArrowDown');
    press('m');
    expect(focused()).to.equal('Mute');
    press('m');
    expect(focused()).to.equal('Mirror');
    press('c');
    expect(focused()).to.equal('Captions'); // a new letter starts a new search
    press('k');
    expect(focused()).to.equal('Captions'); // "Kick" is not an item: nothing matches
  });

  it('types a longer prefix onto the current item', async () => {
    const { el, trigger } = await mount();
    trigger.focus();
    press('ArrowDown');
    press('m');
    press('i');
    expect(focused()).to.equal('Mirror');
    el.keyboard.reset();
    press('m');
    expect(focused()).to.equal('Mute'); // after a reset the search starts afresh
  });

  it('ignores letters typed with Ctrl, Meta or Alt', async () => {
    const { trigger } = await mount();
    trigger.focus();
    press('ArrowDown');
    expect(press('m', { ctrlKey: true })).to.equal(false);
    expect(press('m', { metaKey: true })).to.equal(false);
    expect(press('m', { altKey: true })).to.equal(false);
    expect(focused()).to.equal('Pin');
  });

  it('closes on Escape with focus back on the trigger, on Tab without it, and forgets typing', async () => {
    const { el, trigger } = await mount();
    trigger.focus();
    press('ArrowDown');
    press('m');
    expect(press('Escape')).to.equal(true);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(trigger);
    press('ArrowDown');
    press('c');
    expect(focused()).to.equal('Captions'); // "m" was forgotten: not "mc"
    expect(press('Tab')).to.equal(false); // focus moves on by itself
    expect(el.open).to.equal(false);
    expect(el.closedWith).to.deep.equal([true, false]);
  });

  it('keeps the keys it handles from enclosing elements, and passes the others on', async () => {
    const { trigger, heard } = await mount();
    trigger.focus();
    press('ArrowDown');
    for (const key of [
      'ArrowDown',
      'ArrowUp',
      'Home',
      'End',
      'PageUp',
      'PageDown',
      'm',
      'Escape',
    ]) {
      if (!document.activeElement?.matches('[slot="item"]')) press('ArrowDown');
      press(key);
    }
    expect(heard).to.deep.equal([]);
    press('ArrowDown');
    press('Tab');
    press('F2');
    expect(heard).to.deep.equal(['Tab', 'F2']);
  });
});
