import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/file-picker-button/rtk-file-picker-button.js';
import type { RtkFilePickerButton } from '../../src/components/file-picker-button/file-picker-button.js';
import { FileChangeEvent } from '../../src/events/file-change.js';
import { buttonByName } from '../helpers/fixtures.js';

describe('<rtk-file-picker-button>', () => {
  it('is a named button, and fires one fileChange per chosen file', async () => {
    const el = await fixture<RtkFilePickerButton>(
      html`<rtk-file-picker-button multiple></rtk-file-picker-button>`,
    );
    await (
      el.shadowRoot!.querySelector('rtk-button') as HTMLElement & {
        updateComplete?: Promise<unknown>;
      }
    )?.updateComplete;
    expect(buttonByName(el, 'Attach a file')).to.exist;
    const events: Event[] = [];
    el.addEventListener('fileChange', (e) => events.push(e));
    const files = [
      new File(['a'], 'a.txt', { type: 'text/plain' }),
      new File(['b'], 'b.png', { type: 'image/png' }),
    ];
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    const input = el.shadowRoot!.querySelector('input')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    expect(events.map((e) => e instanceof FileChangeEvent)).to.deep.equal([true, true]);
    expect(events.map((e) => (e as FileChangeEvent).detail.name)).to.deep.equal(['a.txt', 'b.png']);
    expect(input.value, 'cleared so the same file fires again').to.equal('');
  });
});
