import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/fullscreen-toggle/rtk-fullscreen-toggle.js';
import type { RtkFullscreenToggle } from '../../src/components/fullscreen-toggle/rtk-fullscreen-toggle.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { nameOf, queryDeep } from '../helpers/fixtures.js';

describe('<rtk-fullscreen-toggle>', () => {
  it('makes its target full screen and follows fullscreenchange', async () => {
    const target = await fixture<HTMLDivElement>(
      html`<div><rtk-fullscreen-toggle></rtk-fullscreen-toggle></div>`,
    );
    const el = target.querySelector<RtkFullscreenToggle>('rtk-fullscreen-toggle')!;
    el.targetElement = target;
    await el.updateComplete;
    if (!document.fullscreenEnabled) {
      expect(el.hidden).to.equal(true);
      return;
    }
    const button = () => queryDeep<HTMLButtonElement>(el, 'button')!;
    expect(nameOf(button())).to.equal('Full screen');
    await expect(el).to.be.accessible();
    // Headless Chromium may refuse without a user gesture; the state follows the event either way.
    const update = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    await target.requestFullscreen().catch(() => undefined);
    if (document.fullscreenElement !== target) return;
    expect((await update).detail).to.deep.equal({ activeFullscreen: true });
    await el.updateComplete;
    await (
      queryDeep(el, 'rtk-controlbar-button') as HTMLElement & { updateComplete: Promise<unknown> }
    ).updateComplete;
    expect(nameOf(button())).to.equal('Exit full screen');
    await document.exitFullscreen();
  });
});
