import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/draft-attachment-view/rtk-draft-attachment-view.js';
import { DeleteAttachmentEvent, type DraftAttachment } from '../../src/events/delete-attachment.js';
import { buttonByName, deepText, nameOf } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

describe('<rtk-draft-attachment-view>', () => {
  it('shows the file name and size; the remove button fires deleteAttachment with the attachment', async () => {
    const attachment: DraftAttachment = {
      type: 'file',
      file: new File(['x'.repeat(2048)], 'notes.txt', { type: 'text/plain' }),
    };
    const el = await fixture<HTMLElement>(
      html`<rtk-draft-attachment-view .attachment=${attachment}></rtk-draft-attachment-view>`,
    );
    expect(deepText(el)).to.contain('notes.txt');
    const removed = oneEvent(el, 'deleteAttachment');
    const remove = await until(() => buttonByName(el, /^Remove/), 'no remove button');
    expect(nameOf(remove)).to.equal('Remove notes.txt');
    remove.click();
    const event = await removed;
    expect(event).to.be.instanceOf(DeleteAttachmentEvent);
    expect(event.detail).to.equal(attachment);
  });
});
