import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/chat-composer-view/rtk-chat-composer-view.js';
import { EditCancelEvent } from '../../src/events/edit-cancel.js';
import { EditMessageEvent } from '../../src/events/edit-message.js';
import { NewMessageEvent } from '../../src/events/new-message.js';
import { createT } from '../../src/i18n/t.js';
import { deepText, queryAllDeep, queryDeep } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

type View = HTMLElementTagNameMap['rtk-chat-composer-view'];

async function settled(el: View): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await Promise.all(
      queryAllDeep<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*').map(
        (e) => e.updateComplete,
      ),
    );
  }
}

const field = (el: View) => queryDeep<HTMLTextAreaElement>(el, 'textarea')!;

describe('<rtk-chat-composer-view>', () => {
  it('asks to send the trimmed text and the attachments with newMessage, sending nothing itself', async () => {
    const el = await fixture<View>(
      html`<rtk-chat-composer-view storage-key="view-test"></rtk-chat-composer-view>`,
    );
    await settled(el);
    const file = new File(['x'], 'notes.txt', { type: 'text/plain' });
    el.addFiles([file]);
    await settled(el);
    expect(deepText(el)).to.contain('notes.txt');
    field(el).focus();
    await sendKeys({ type: '  Hello  ' });
    const sent = oneEvent(el, 'newMessage');
    await sendKeys({ press: 'Enter' });
    const event = await sent;
    expect(event).to.be.instanceOf(NewMessageEvent);
    expect(event.detail).to.deep.equal({ text: 'Hello', attachments: [{ type: 'file', file }] });
    await settled(el);
    expect(field(el).value, 'the owner clears what was sent').to.equal('  Hello  ');
    el.clearText();
    el.removeAttachment(el.pendingAttachments[0]);
    await settled(el);
    expect(deepText(el)).not.to.contain('notes.txt');
  });

  it('in edit mode, asks to save with editMessage and to stop with editCancel', async () => {
    const el = await fixture<View>(
      html`<rtk-chat-composer-view is-editing message="Helo"></rtk-chat-composer-view>`,
    );
    await settled(el);
    await until(() => field(el).value === 'Helo', 'not prefilled');
    expect(deepText(el)).to.contain('Editing your message');
    el.setText('Hello');
    await settled(el);
    const saved = oneEvent(el, 'editMessage');
    el.submit();
    const save = await saved;
    expect(save).to.be.instanceOf(EditMessageEvent);
    expect(save.detail).to.deep.equal({ text: 'Hello' });
    const cancelled = oneEvent(el, 'editCancel');
    field(el).focus();
    await sendKeys({ press: 'Escape' });
    expect(await cancelled).to.be.instanceOf(EditCancelEvent);
  });

  it('passes its language down to the field and the buttons without forwarding', async () => {
    const t = createT({ 'chat.message_label': 'Nachricht', 'chat.emoji': 'Emoji wählen' });
    const el = await fixture<View>(html`<rtk-chat-composer-view .t=${t}></rtk-chat-composer-view>`);
    await settled(el);
    await until(
      () => field(el).getAttribute('aria-label') === 'Nachricht',
      () => `field: ${field(el).getAttribute('aria-label')}`,
    );
    const emoji = queryDeep(el, 'rtk-emoji-picker-button')!;
    expect(queryDeep(emoji, 'button')?.getAttribute('aria-label')).to.equal('Emoji wählen');
  });
});
