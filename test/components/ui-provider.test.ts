import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/mic-toggle/rtk-mic-toggle.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkUiProvider } from '../../src/components/ui-provider/ui-provider.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { buttonByName, demoMeeting, queryDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

describe('<rtk-ui-provider>', () => {
  it('renders its children in place, without a box of its own', async () => {
    const el = await fixture<RtkUiProvider>(html`<rtk-ui-provider><p>Inside</p></rtk-ui-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.above(0);
  });

  it('feeds a standalone rtk-mic-toggle the meeting, and follows it', async () => {
    const meeting = await demoMeeting({ join: true });
    const el = await fixture<RtkUiProvider>(
      html`<rtk-ui-provider .meeting=${meeting}><rtk-mic-toggle></rtk-mic-toggle></rtk-ui-provider>`,
    );
    const toggle = el.querySelector('rtk-mic-toggle')!;
    await toggle.updateComplete;
    expect(toggle.activeMeeting).to.equal(meeting);
    expect(queryDeep(toggle, 'button')).to.exist;
    const before = meeting.self.audioEnabled;
    queryDeep<HTMLButtonElement>(toggle, 'button')!.click();
    await until(() => meeting.self.audioEnabled !== before, 'the microphone never toggled');
    await toggle.updateComplete;
    expect(meeting.self.audioEnabled).to.equal(!before);
  });

  it('provides t: children speak its language', async () => {
    const meeting = await demoMeeting({ join: true });
    const t = (key: string) => `«${key}»`;
    const el = await fixture<RtkUiProvider>(
      html`<rtk-ui-provider .meeting=${meeting} .t=${t}><rtk-mic-toggle></rtk-mic-toggle></rtk-ui-provider>`,
    );
    const toggle = el.querySelector('rtk-mic-toggle')!;
    await toggle.updateComplete;
    expect(buttonByName(toggle, /«mic\./)).to.exist;
  });

  it('merges rtkStateUpdate from inside and announces rtkStatesUpdate', async () => {
    const el = await fixture<RtkUiProvider>(
      html`<rtk-ui-provider .states=${{ activeSidebar: true }}><span></span></rtk-ui-provider>`,
    );
    const announced = oneEvent(el, 'rtkStatesUpdate');
    el.querySelector('span')!.dispatchEvent(
      new RtkStateUpdateEvent({ activeSettings: true } as never),
    );
    const { detail } = await announced;
    expect(detail).to.include({ activeSidebar: true, activeSettings: true });
  });

  it('leaves no listener on the meeting after removal', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const el = await fixture<RtkUiProvider>(
      html`<rtk-ui-provider .meeting=${meeting}><rtk-mic-toggle></rtk-mic-toggle></rtk-ui-provider>`,
    );
    await el.querySelector('rtk-mic-toggle')!.updateComplete;
    expect(totalListeners(meeting)).to.be.above(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });

  it('hands its children over to a new meeting, listeners included', async () => {
    const first = await demoMeeting({ join: true });
    const second = await demoMeeting({ join: true });
    const idle = totalListeners(first);
    const el = await fixture<RtkUiProvider>(
      html`<rtk-ui-provider .meeting=${first}><rtk-mic-toggle></rtk-mic-toggle></rtk-ui-provider>`,
    );
    const toggle = el.querySelector('rtk-mic-toggle')!;
    await toggle.updateComplete;
    el.meeting = second;
    await el.updateComplete;
    await toggle.updateComplete;
    expect(toggle.activeMeeting).to.equal(second);
    expect(totalListeners(first)).to.equal(idle);
    expect(totalListeners(second)).to.be.above(totalListeners(first));
  });

  it('passes axe in every theme', async () => {
    const meeting = await demoMeeting({ join: true });
    for (const theme of ['dark', 'light', 'high-contrast']) {
      const el = await fixture<RtkUiProvider>(
        html`<rtk-ui-provider theme=${theme} .meeting=${meeting}>
          <rtk-mic-toggle></rtk-mic-toggle>
        </rtk-ui-provider>`,
      );
      await el.querySelector('rtk-mic-toggle')!.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});
