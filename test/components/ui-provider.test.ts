import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/mic-toggle/rtk-mic-toggle.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkUiProvider } from '../../src/components/ui-provider/ui-provider.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { buttonByName, demoMeeting, queryDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';
import type { UiConfig } from '../../src/context/config.js';

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

  it('carries overrides down inside the config', async () => {
    const meeting = await demoMeeting({ join: true });
    const el = await fixture<RtkUiProvider>(
      html`<rtk-ui-provider .meeting=${meeting} .overrides=${{ disablePrivateChat: true }}>
        <rtk-mic-toggle></rtk-mic-toggle>
      </rtk-ui-provider>`,
    );
    const toggle = el.querySelector('rtk-mic-toggle')! as unknown as {
      activeConfig: UiConfig;
      updateComplete: Promise<boolean>;
    };
    await toggle.updateComplete;
    expect(toggle.activeConfig.overrides).to.deep.equal({ disablePrivateChat: true });
    el.overrides = undefined;
    await el.updateComplete;
    await until(() => !toggle.activeConfig.overrides, 'overrides kept after removal');
  });

  it('makes a box of its own with mode: fill fills its parent, fixed covers the viewport', async () => {
    const parent = await fixture<HTMLElement>(
      html`<div style="width: 300px; height: 200px"><rtk-ui-provider mode="fill"></rtk-ui-provider></div>`,
    );
    const el = parent.querySelector<RtkUiProvider>('rtk-ui-provider')!;
    await el.updateComplete;
    const box = () => el.getBoundingClientRect();
    expect([box().width, box().height]).to.deep.equal([300, 200]);
    el.mode = 'fixed';
    await el.updateComplete;
    expect([box().width, box().height]).to.deep.equal([innerWidth, innerHeight]);
    el.mode = undefined;
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('joins the meeting at once with show-setup-screen="false", and says so when refused', async () => {
    const meeting = await demoMeeting({ people: 1 });
    const kept = await fixture<RtkUiProvider>(
      html`<rtk-ui-provider .meeting=${meeting}></rtk-ui-provider>`,
    );
    await kept.updateComplete;
    expect(meeting.self.roomState).to.equal('init');
    meeting.director.failNextCall(meeting, 'join');
    const parent = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('rtk-ui-provider');
    el.setAttribute('show-setup-screen', 'false');
    el.meeting = meeting;
    const notified = oneEvent(el, 'rtkNotification');
    parent.append(el);
    const { detail } = await notified;
    expect(detail.message).to.match(/^Join meeting failed/);
    expect(meeting.self.roomState).to.equal('init');
    const other = await demoMeeting({ people: 1 });
    el.meeting = other;
    await until(() => other.self.roomState === 'joined', 'never joined');
  });
});
