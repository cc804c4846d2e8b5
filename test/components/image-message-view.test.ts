import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/image-message-view/rtk-image-message-view.js';
import type { RtkImageMessageView } from '../../src/components/image-message-view/image-message-view.js';
import { ImagePreviewEvent } from '../../src/events/image-preview.js';
import { ImageViewerCloseEvent } from '../../src/events/image-viewer-close.js';
import { demoPng } from '../../stories/helpers/chat-messages.js';
import { until } from '../helpers/wait.js';

const button = (el: RtkImageMessageView) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const viewer = (el: RtkImageMessageView) => el.shadowRoot!.querySelector('rtk-image-viewer');

describe('<rtk-image-message-view>, <rtk-image-viewer>', () => {
  it('fires a cancelable preview with the address; cancelled, no viewer opens', async () => {
    const url = demoPng();
    const el = await fixture<RtkImageMessageView>(
      html`<rtk-image-message-view .url=${url} author-name="Ada"></rtk-image-message-view>`,
    );
    expect(el.shadowRoot!.querySelector('img')!.alt).to.equal('Image from Ada');
    el.addEventListener('preview', (e) => e.preventDefault(), { once: true });
    const previewed = oneEvent(el, 'preview');
    button(el).click();
    const event = await previewed;
    expect(event).to.be.instanceOf(ImagePreviewEvent);
    expect(event.detail).to.deep.equal({ url });
    expect(event.cancelable).to.equal(true);
    await el.updateComplete;
    expect(viewer(el)).to.equal(null);
  });

  it('opens the viewer, and Escape closes it with an ImageViewerCloseEvent', async () => {
    const el = await fixture<RtkImageMessageView>(
      html`<rtk-image-message-view .url=${demoPng()} author-name="Ada"></rtk-image-message-view>`,
    );
    button(el).click();
    const opened = await until(
      () => viewer(el)?.shadowRoot?.querySelector('[part="image"]'),
      'viewer not shown',
    );
    expect(opened.getAttribute('alt')).to.equal('Image from Ada');
    const closed = oneEvent(el, 'close');
    await until(
      () =>
        viewer(el)!
          .shadowRoot!.querySelector('rtk-dialog')
          ?.shadowRoot?.querySelector('dialog[open]'),
      'dialog not open',
    );
    await sendKeys({ press: 'Escape' });
    const event = await closed;
    expect(event).to.be.instanceOf(ImageViewerCloseEvent);
    await el.updateComplete;
    expect(viewer(el)).to.equal(null);
  });
});
