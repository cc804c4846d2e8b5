import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/controlbar/rtk-controlbar.js';
import type { RtkControlbar } from '../../src/components/controlbar/rtk-controlbar.js';
import { deepActiveElement, demoMeeting, mountWithMeeting, nameOf, queryAllDeep, totalListeners } from '../helpers/fixtures.js';

async function settle(el: HTMLElement) {
  for (const child of queryAllDeep<HTMLElement & { updateComplete?: Promise<unknown> }>(el, '*')) await child.updateComplete;
}

const buttonNames = (el: HTMLElement) => queryAllDeep<HTMLButtonElement>(el, 'button').map(nameOf);

describe('<rtk-controlbar>', () => {
  it('is a labelled toolbar with the microphone, camera and leave controls by default', async () => {
    const { el } = await mountWithMeeting<RtkControlbar>(html`<rtk-controlbar></rtk-controlbar>`, { join: true });
    await settle(el);
    const toolbar = el.shadowRoot!.querySelector('[role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).to.equal('Meeting controls');
    expect(buttonNames(el)).to.deep.equal(['Mic on', 'Camera on', 'Leave']);
    await expect(el).to.be.accessible();
  });

  it('shows its children instead of the defaults', async () => {
    const { el } = await mountWithMeeting<RtkControlbar>(
      html`<rtk-controlbar><rtk-leave-button></rtk-leave-button></rtk-controlbar>`,
      { join: true },
    );
    await settle(el);
    expect(buttonNames(el)).to.deep.equal(['Leave']);
  });

  it('moves focus between controls with the arrow keys, Home and End', async () => {
    const { el } = await mountWithMeeting<RtkControlbar>(html`<rtk-controlbar></rtk-controlbar>`, { join: true });
    await settle(el);
    const focused = () => nameOf(deepActiveElement()!);
    (el.shadowRoot!.querySelector('rtk-mic-toggle') as HTMLElement).focus();
    expect(focused()).to.equal('Mic on');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('Camera on');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('Leave');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('Mic on');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal('Leave');
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal('Mic on');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Camera on');
  });

  it('renders an empty toolbar for a half-shaped meeting', async () => {
    const { el } = await mountWithMeeting<RtkControlbar>(html`<rtk-controlbar .meeting=${{} as never}></rtk-controlbar>`);
    await settle(el);
    expect(buttonNames(el)).to.deep.equal([]);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkControlbar>(html`<rtk-controlbar .meeting=${meeting}></rtk-controlbar>`);
    await settle(el);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
