import { expect, html } from '@open-wc/testing';
import '../../src/components/pip-toggle/rtk-pip-toggle.js';
import type { RtkPipToggle } from '../../src/components/pip-toggle/rtk-pip-toggle.js';
import { DemoEmitter } from '../../src/demo/emitter.js';
import {
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

/** A picture-in-picture controller that works (the demo's does not). */
class FakePip extends DemoEmitter {
  isActive = false;
  isSupported = () => true;
  init(): void {}
  enable(): void {
    this.isActive = true;
    this.emit('pipStarted');
  }
  disable(): void {
    this.isActive = false;
    this.emit('pipEnded');
  }
}

describe('<rtk-pip-toggle>', () => {
  it('is hidden when picture-in-picture is not supported', async () => {
    const { el } = await mountWithMeeting<RtkPipToggle>(html`<rtk-pip-toggle></rtk-pip-toggle>`, {
      join: true,
    });
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
  });

  it('turns picture-in-picture on and off, following its events', async () => {
    const meeting = await demoMeeting({ join: true });
    const pip = new FakePip();
    Object.defineProperty(meeting.participants, 'pip', { value: pip, configurable: true });
    const { el } = await mountWithMeeting<RtkPipToggle>(
      html`<rtk-pip-toggle .meeting=${meeting}></rtk-pip-toggle>`,
    );
    const button = () => queryDeep<HTMLButtonElement>(el, 'button')!;
    expect(nameOf(button())).to.equal('Picture in picture');
    button().click();
    await until(() => button().getAttribute('aria-pressed') === 'true');
    expect(nameOf(button())).to.equal('Exit picture in picture');
    await expect(el).to.be.accessible();
    el.remove();
    expect(pip.listenerCount('pipStarted')).to.equal(0);
    expect(totalListeners(meeting)).to.be.a('number');
  });
});
