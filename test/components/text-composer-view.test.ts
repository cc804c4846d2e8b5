import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/text-composer-view/rtk-text-composer-view.js';
import type { RtkTextComposerView } from '../../src/components/text-composer-view/text-composer-view.js';
import { TextChangeEvent } from '../../src/events/text-change.js';

const field = (el: RtkTextComposerView) => el.shadowRoot!.querySelector('textarea')!;
const warning = (el: RtkTextComposerView) =>
  el.shadowRoot!.querySelector('[part="warning-indicator"]');

describe('<rtk-text-composer-view>', function () {
  it('reports typed text with textChange and passes keydowns to keyDownHandler', async () => {
    const keys: string[] = [];
    const el = await fixture<RtkTextComposerView>(
      html`<rtk-text-composer-view .keyDownHandler=${(e: KeyboardEvent) => keys.push(e.key)}></rtk-text-composer-view>`,
    );
    field(el).focus();
    const changed = oneEvent(el, 'textChange');
    await sendKeys({ type: 'a' });
    const event = await changed;
    expect(event).to.be.instanceOf(TextChangeEvent);
    expect(event.detail).to.equal('a');
    expect(keys).to.deep.equal(['a']);
    expect(field(el).getAttribute('aria-label')).to.equal('Message');
    await expect(el).to.be.accessible();
  });

  it('shows the characters left near the limit, and too many past it', async () => {
    const el = await fixture<RtkTextComposerView>(
      html`<rtk-text-composer-view max-length="10" value="12345"></rtk-text-composer-view>`,
    );
    expect(warning(el)).to.equal(null);
    el.value = '123456789';
    await el.updateComplete;
    expect(warning(el)!.textContent).to.equal('1 character left');
    expect(field(el).getAttribute('aria-describedby')).to.equal('warning');
    el.value = '123456789012';
    await el.updateComplete;
    expect(warning(el)!.textContent).to.equal('2 characters too many');
    expect(field(el).getAttribute('aria-invalid')).to.equal('true');
  });

  it('setText replaces the text and insertText inserts at the caret', async () => {
    const el = await fixture<RtkTextComposerView>(
      html`<rtk-text-composer-view></rtk-text-composer-view>`,
    );
    await el.setText('Hello world', true);
    field(el).setSelectionRange(5, 5);
    el.insertText(' 👋');
    expect(field(el).value).to.equal('Hello 👋 world');
    expect(el.value).to.equal('Hello 👋 world');
  });

  it('shows the rate-limit warning', async () => {
    const el = await fixture<RtkTextComposerView>(
      html`<rtk-text-composer-view rate-limit-breached></rtk-text-composer-view>`,
    );
    expect(warning(el)!.textContent).to.contain('too quickly');
  });
});
