import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/button/rtk-button.js';
import type { RtkButton } from '../../src/components/button/rtk-button.js';
import '../../src/components/icon/rtk-icon.js';
import { axFind } from '../helpers/ax.js';
import { deepActiveElement } from '../helpers/fixtures.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { until } from '../helpers/wait.js';

const inner = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;

function spyWarn() {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

describe('<rtk-button>', () => {
  failOnConsoleErrors();

  it('is a real button named by its text, focused through the element', async () => {
    const el = await fixture<RtkButton>(html`<rtk-button>Join</rtk-button>`);
    expect(inner(el).tagName).to.equal('BUTTON');
    expect(el.variant).to.equal('primary');
    el.focus();
    expect(deepActiveElement()).to.equal(inner(el));
    await expect(el).to.be.accessible();
  });

  it('activates with Enter and Space', async () => {
    let clicks = 0;
    const el = await fixture<RtkButton>(html`<rtk-button @click=${() => clicks++}>Go</rtk-button>`);
    el.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(clicks).to.equal(2);
  });

  it('renders every variant, size and kind with sufficient contrast', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="background: #080808; padding: 8px">
      ${['primary', 'secondary', 'danger', 'ghost', 'outline'].map(
        (v) =>
          html`${['sm', 'md', 'lg', 'xl'].map((s) => html`<rtk-button variant=${v} size=${s}>${v} ${s}</rtk-button>`)}`,
      )}
      <rtk-button kind="wide">Wide</rtk-button>
      <rtk-button kind="icon" label="Settings"><rtk-icon icon="settings"></rtk-icon></rtk-button>
    </div>`);
    await Promise.all(
      [...wrap.querySelectorAll<RtkButton>('rtk-button')].map((b) => b.updateComplete),
    );
    await expect(wrap).to.be.accessible();
  });

  it('names an icon-only button from label or aria-label, and warns when it has neither', async () => {
    const spy = spyWarn();
    try {
      const labelled = await fixture<RtkButton>(
        html`<rtk-button kind="icon" label="Open chat"><rtk-icon icon="chat"></rtk-icon></rtk-button>`,
      );
      expect(inner(labelled).getAttribute('aria-label')).to.equal('Open chat');
      const aria = await fixture<RtkButton>(
        html`<rtk-button kind="icon" aria-label="Settings"><rtk-icon icon="settings"></rtk-icon></rtk-button>`,
      );
      expect(inner(aria).getAttribute('aria-label')).to.equal('Settings');
      await expect(aria).to.be.accessible();
      expect(await axFind('button', 'Open chat')).to.exist;
      expect(await axFind('button', 'Settings')).to.exist;
      expect(spy.calls.length).to.equal(0);
      await fixture<RtkButton>(
        html`<rtk-button kind="icon"><rtk-icon icon="chat"></rtk-icon></rtk-button>`,
      );
      expect(spy.calls.length).to.equal(1);
      expect(String(spy.calls[0][0])).to.match(/accessible name/);
    } finally {
      spy.restore();
    }
  });

  it('while loading: busy, spinner, stays focused, swallows clicks', async () => {
    let clicks = 0;
    const el = await fixture<RtkButton>(
      html`<rtk-button loading @click=${() => clicks++}>Save</rtk-button>`,
    );
    const button = inner(el);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="spinner"]')).to.exist;
    el.focus();
    expect(deepActiveElement()).to.equal(button);
    await sendKeys({ press: 'Enter' });
    button.click();
    expect(clicks).to.equal(0);
    await expect(el).to.be.accessible();
    el.loading = false;
    await el.updateComplete;
    button.click();
    expect(clicks).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part="spinner"]')).to.equal(null);
  });

  it('when disabled: not focusable and ignores clicks', async () => {
    let clicks = 0;
    const el = await fixture<RtkButton>(
      html`<rtk-button disabled @click=${() => clicks++}>Save</rtk-button>`,
    );
    expect(inner(el).disabled).to.equal(true);
    inner(el).click();
    el.click();
    expect(clicks).to.equal(0);
    el.focus();
    expect(deepActiveElement()).to.not.equal(inner(el));
  });

  it('submits and resets the form it is in', async () => {
    const form =
      await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <input name="name" value="Ada" />
      <rtk-button type="reset">Reset</rtk-button>
      <rtk-button type="submit">Send</rtk-button>
      <rtk-button>Plain</rtk-button>
    </form>`);
    const [reset, submit, plain] = [...form.querySelectorAll('rtk-button')] as RtkButton[];
    expect(submit.form).to.equal(form);
    let submits = 0;
    form.addEventListener('submit', () => submits++);
    plain.click();
    expect(submits).to.equal(0);
    setTimeout(() => inner(submit).click());
    await oneEvent(form, 'submit');
    expect(submits).to.equal(1);
    form.querySelector('input')!.value = 'changed';
    inner(reset).click();
    await until(() => form.querySelector('input')!.value === 'Ada', 'the form was not reset');
  });

  it('does not submit when a click listener prevents it, nor inside a disabled fieldset', async () => {
    let submits = 0;
    const form = await fixture<HTMLFormElement>(html`<form
      @submit=${(e: Event) => {
        e.preventDefault();
        submits++;
      }}
    >
      <fieldset><rtk-button type="submit" @click=${(e: Event) => e.preventDefault()}>A</rtk-button></fieldset>
      <fieldset disabled><rtk-button type="submit">B</rtk-button></fieldset>
      <rtk-button type="submit">C</rtk-button>
    </form>`);
    const [a, b, c] = [...form.querySelectorAll('rtk-button')] as RtkButton[];
    await b.updateComplete;
    inner(a).click();
    inner(b).click();
    // C's submission comes after A's and B's would have: only C's happens.
    inner(c).click();
    await oneEvent(form, 'submit');
    expect(submits).to.equal(1);
    expect(inner(b).disabled).to.equal(true);
  });

  it('forwards aria-describedby to the inner button', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><span id="hint">Opens in a new window</span><rtk-button aria-describedby="hint">Help</rtk-button></div>`,
    );
    const el = wrap.querySelector('rtk-button')!;
    await el.updateComplete;
    const described = (inner(el) as unknown as { ariaDescribedByElements: Element[] })
      .ariaDescribedByElements;
    expect(described).to.deep.equal([wrap.querySelector('#hint')]);
    await expect(wrap).to.be.accessible();
  });

  it('puts the end slot first when reversed', async () => {
    const el = await fixture<RtkButton>(
      html`<rtk-button reverse><rtk-icon slot="start" icon="send"></rtk-icon>Send</rtk-button>`,
    );
    expect(getComputedStyle(inner(el)).flexDirection).to.equal('row-reverse');
  });
});
