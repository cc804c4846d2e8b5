import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/file-dropzone/rtk-file-dropzone.js';
import type { RtkFileDropzone } from '../../src/components/file-dropzone/file-dropzone.js';
import { DropCallbackEvent } from '../../src/events/drop-callback.js';

function transferOf(...files: File[]): DataTransfer {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer;
}

async function mount(): Promise<{ box: HTMLElement; zone: RtkFileDropzone }> {
  const box = await fixture<HTMLElement>(html`<div style="position: relative; block-size: 100px">
    <textarea aria-label="field"></textarea><rtk-file-dropzone></rtk-file-dropzone>
  </div>`);
  const zone = box.querySelector('rtk-file-dropzone')!;
  await zone.updateComplete;
  return { box, zone };
}

describe('<rtk-file-dropzone>', function () {
  it('shows a layer while files are dragged over its parent, and reports the drop', async () => {
    const { box, zone } = await mount();
    const photo = new File(['x'], 'photo.png', { type: 'image/png' });
    box.dispatchEvent(
      new DragEvent('dragenter', {
        dataTransfer: transferOf(photo),
        bubbles: true,
        cancelable: true,
      }),
    );
    await zone.updateComplete;
    expect(zone.shadowRoot!.querySelector('[part="dropzone"]')!.textContent).to.contain(
      'Drop files here',
    );
    const dropped = oneEvent(zone, 'dropCallback');
    const drop = new DragEvent('drop', {
      dataTransfer: transferOf(photo),
      bubbles: true,
      cancelable: true,
    });
    box.dispatchEvent(drop);
    const event = await dropped;
    expect(event).to.be.instanceOf(DropCallbackEvent);
    const { detail } = event;
    expect(drop.defaultPrevented).to.equal(true);
    expect(detail.source).to.equal('drop');
    expect(detail.files.map((f: File) => f.name)).to.deep.equal(['photo.png']);
    await zone.updateComplete;
    expect(zone.shadowRoot!.querySelector('[part="dropzone"]')).to.equal(null);
  });

  it('reports an image pasted into a field inside', async () => {
    const { box, zone } = await mount();
    const dropped = oneEvent(zone, 'dropCallback');
    const paste = new ClipboardEvent('paste', {
      clipboardData: transferOf(new File(['x'], 'clip.png', { type: 'image/png' })),
      bubbles: true,
      cancelable: true,
    });
    box.querySelector('textarea')!.dispatchEvent(paste);
    const { detail } = await dropped;
    expect(detail.source).to.equal('paste');
    expect(paste.defaultPrevented).to.equal(true);
  });

  it('ignores text drags and pastes, and everything while disabled', async () => {
    const { box, zone } = await mount();
    let fired = 0;
    zone.addEventListener('dropCallback', () => fired++);
    const text = new DataTransfer();
    text.setData('text/plain', 'hello');
    box.dispatchEvent(new DragEvent('dragenter', { dataTransfer: text, bubbles: true }));
    await zone.updateComplete;
    expect(zone.shadowRoot!.querySelector('[part="dropzone"]')).to.equal(null);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: text, bubbles: true }));
    zone.disabled = true;
    await zone.updateComplete;
    box.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transferOf(new File(['x'], 'a.txt')), bubbles: true }),
    );
    expect(fired).to.equal(0);
  });

  it('stops listening when removed', async () => {
    const { box, zone } = await mount();
    let fired = 0;
    zone.addEventListener('dropCallback', () => fired++);
    zone.remove();
    box.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transferOf(new File(['x'], 'a.txt')), bubbles: true }),
    );
    expect(fired).to.equal(0);
  });
});
