import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/dialog/rtk-dialog.js';
import type { RtkDialog } from '../../src/components/dialog/rtk-dialog.js';
import { buttonByName, deepActiveElement } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const inner = (el: RtkDialog) => el.shadowRoot!.querySelector('dialog')!;

/** A page with a button inside a shadow root that opens the dialog. */
async function mountWithShadowOpener(
  dialogTemplate = html`<rtk-dialog label="Settings">
  <label>Name <input /></label>
  <button>Save</button>
</rtk-dialog>`,
) {
  const page = await fixture<HTMLDivElement>(html`<div>
    <div id="host"></div>
    <button id="outside">Outside</button>
    ${dialogTemplate}
  </div>`);
  const host = page.querySelector('#host')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<button>Open settings</button>';
  const opener = root.querySelector('button')!;
  const dialog = page.querySelector<RtkDialog>('rtk-dialog')!;
  opener.addEventListener('click', () => dialog.show());
  return { page, dialog, opener, outside: page.querySelector<HTMLButtonElement>('#outside')! };
}

describe('<rtk-dialog>', () => {
  it('is a modal dialog labelled by its title, with a named close button', async () => {
    const { dialog, opener, page } = await mountWithShadowOpener();
    opener.click();
    await dialog.updateComplete;
    const native = inner(dialog);
    expect(native.open).to.be.true;
    expect(native.matches(':modal')).to.be.true;
    expect(dialog.hasAttribute('open')).to.be.true;
    const title = dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!)!;
    expect(title.textContent!.trim()).to.equal('Settings');
    expect(buttonByName(dialog, 'Close')).to.exist;
    await expect(page).to.be.accessible();
  });

  it('takes its title from the title slot', async () => {
    const dialog =
      await fixture<RtkDialog>(html`<rtk-dialog open><span slot="title">Leave meeting?</span>
      <p>Everyone else stays.</p></rtk-dialog>`);
    await dialog.updateComplete;
    const native = inner(dialog);
    const title = dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!)!;
    const slot = title.querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((n) => n.textContent)
        .join(''),
    ).to.equal('Leave meeting?');
    await expect(dialog).to.be.accessible();
    dialog.open = false;
  });

  it('traps focus and makes the page inert', async () => {
    const { dialog, opener, outside } = await mountWithShadowOpener();
    opener.focus();
    opener.click();
    await dialog.updateComplete;
    const inside = () => {
      const active = deepActiveElement();
      return !!active && (dialog.contains(active) || dialog.shadowRoot!.contains(active));
    };
    expect(inside(), 'focus moved into the dialog').to.be.true;
    outside.focus();
    expect(deepActiveElement()).not.to.equal(outside);
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      expect(active === outside || active === opener, `Tab ${i + 1} left the dialog`).to.be.false;
    }
  });

  it('closes on Escape, fires rtkDialogClose and gives focus back to an opener inside a shadow root', async () => {
    const { dialog, opener } = await mountWithShadowOpener();
    opener.focus();
    opener.click();
    await dialog.updateComplete;
    const closed = oneEvent(dialog, 'rtkDialogClose');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialog.open).to.be.false;
    expect(dialog.hasAttribute('open')).to.be.false;
    expect(deepActiveElement()).to.equal(opener);
  });

  it('closes from its close button and restores focus', async () => {
    const { dialog, opener } = await mountWithShadowOpener();
    opener.focus();
    opener.click();
    await dialog.updateComplete;
    const closed = oneEvent(dialog, 'rtkDialogClose');
    buttonByName(dialog, 'Close')!.click();
    await closed;
    expect(inner(dialog).open).to.be.false;
    expect(deepActiveElement()).to.equal(opener);
  });

  it('ignores Escape with disableEscapeKey, and hides the close button with hideCloseButton', async () => {
    const { dialog, opener } = await mountWithShadowOpener(html`<rtk-dialog
      label="Required"
      disable-escape-key
      hide-close-button
      ><button>Accept</button></rtk-dialog
    >`);
    opener.focus();
    opener.click();
    await dialog.updateComplete;
    expect(buttonByName(dialog, 'Close')).to.equal(undefined);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await dialog.updateComplete;
    expect(dialog.open).to.be.true;
    expect(inner(dialog).open).to.be.true;
    dialog.open = false;
    await until(() => !inner(dialog).open);
    expect(deepActiveElement()).to.equal(opener);
  });

  it('opens and closes from the open property', async () => {
    const dialog = await fixture<RtkDialog>(html`<rtk-dialog label="Info"><p>Hi</p></rtk-dialog>`);
    expect(inner(dialog).open).to.be.false;
    dialog.open = true;
    await dialog.updateComplete;
    expect(inner(dialog).open).to.be.true;
    const closed = oneEvent(dialog, 'rtkDialogClose');
    dialog.open = false;
    await dialog.updateComplete;
    await closed;
    expect(inner(dialog).open).to.be.false;
  });
});
