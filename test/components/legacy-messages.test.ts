import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/text-message/rtk-text-message.js';
import '../../src/components/image-message/rtk-image-message.js';
import '../../src/components/file-message/rtk-file-message.js';
import { fileMessage, imageMessage, textMessage } from '../../stories/helpers/chat-messages.js';
import { deepText, queryAllDeep, queryDeep } from '../helpers/fixtures.js';
import { brokenImageFailed, rendered } from '../helpers/wait.js';

/** The official kit's deprecated per-type message tags, sharing one base. */
describe('<rtk-text-message>, <rtk-image-message>, <rtk-file-message>', () => {
  it('show the sender, the text as text, and hide the name when continued', async () => {
    const el = await fixture<
      HTMLElement & { isContinued: boolean; updateComplete: Promise<unknown> }
    >(
      html`<rtk-text-message .message=${textMessage('<img src=x onerror="window.__pwned=1"> **hi**')}></rtk-text-message>`,
    );
    await rendered(el);
    await brokenImageFailed();
    expect(deepText(el)).to.contain('Amara Okafor');
    expect(deepText(el)).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(queryAllDeep(el, 'img')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    el.isContinued = true;
    await rendered(el);
    expect(deepText(el)).not.to.contain('Amara Okafor');
    await expect(el).to.be.accessible();
  });

  it('show a file by name with a safe download link, and an unsafe image address as no image', async () => {
    const file = await fixture<HTMLElement>(
      html`<rtk-file-message .message=${fileMessage('notes.pdf', 2048, 'https://example.com/notes.pdf')}></rtk-file-message>`,
    );
    await rendered(file);
    expect(deepText(file)).to.contain('notes.pdf');
    expect(queryDeep<HTMLAnchorElement>(file, 'a[href]')?.href).to.equal(
      'https://example.com/notes.pdf',
    );
    const image = await fixture<HTMLElement>(
      html`<rtk-image-message .message=${imageMessage('javascript:alert(1)')}></rtk-image-message>`,
    );
    await rendered(image);
    expect(queryAllDeep(image, 'img')).to.have.length(0);
    expect(deepText(image)).to.contain('Amara Okafor');
  });
});
