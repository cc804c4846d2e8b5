import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/plugins/rtk-plugins.js';
import type { RtkPlugins } from '../../src/components/plugins/rtk-plugins.js';
import { EffectController } from '../../src/controllers/effect-controller.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import type { Meeting } from '../../src/meeting/meeting.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

/** Name, state and buttons of each row, as a person reads them. */
function rows(el: RtkPlugins): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="plugin"]')].map((li) => deepText(li));
}

const whiteboard = (meeting: DemoMeeting) =>
  meeting.plugins.all.toArray().find((p) => p.name === 'Whiteboard')!;

describe('<rtk-plugins>', () => {
  failOnConsoleErrors();

  it('lists every plugin with its icon, name and state; a host may start each', async () => {
    const { el } = await mountWithMeeting<RtkPlugins>(html`<rtk-plugins></rtk-plugins>`, {
      join: true,
    });
    expect(el.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal(
      'Plugins',
    );
    expect(rows(el)).to.deep.equal([
      'Whiteboard Not open Start',
      'Notes Not open Start',
      'Timer Not open Start',
    ]);
    const icons = [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('[part="icon"] img')];
    expect(icons).to.have.length(3);
    for (const img of icons) {
      expect(img.src).to.match(/^data:image\/svg\+xml,/);
      expect(img.alt).to.equal('');
    }
    expect(buttonByName(el, 'Start Whiteboard')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('starts a plugin: "Starting…" until the meeting confirms, then open, with Show and Close', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPlugins>(html`<rtk-plugins></rtk-plugins>`, {
      join: true,
      latency: 30,
    });
    const updates: unknown[] = [];
    el.addEventListener('rtkStateUpdate', (e) => updates.push((e as RtkStateUpdateEvent).detail));
    buttonByName(el, 'Start Whiteboard')!.click();
    await el.updateComplete;
    expect(rows(el)[0]).to.equal('Whiteboard Starting… Start');
    expect(buttonByName(el, 'Start Whiteboard')!.getAttribute('aria-disabled')).to.equal('true');
    await until(() => rows(el)[0] === 'Whiteboard You opened it for everyone Show Close');
    const plugin = whiteboard(meeting);
    expect(meeting.plugins.active.has(plugin.id)).to.equal(true);
    // A plugin that starts is shown on the stage.
    expect(updates).to.deep.include({ activeTab: { type: 'plugin', id: plugin.id } });
    buttonByName(el, 'Close Whiteboard for everyone')!.click();
    await el.updateComplete;
    expect(rows(el)[0]).to.equal('Whiteboard Closing… Close');
    await until(() => rows(el)[0] === 'Whiteboard Not open Start');
    expect(meeting.plugins.active.size).to.equal(0);
  });

  it('Show brings an open plugin to the stage, and closes the sidebar on a small screen', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPlugins>(
      html`<rtk-plugins size="sm"></rtk-plugins>`,
      { join: true },
    );
    meeting.director.plugins.activate('notes');
    await el.updateComplete;
    const notes = meeting.plugins.all.toArray().find((p) => p.name === 'Notes')!;
    setTimeout(() => buttonByName(el, 'Show Notes on the stage')!.click());
    const event = (await oneEvent(el, 'rtkStateUpdate')) as RtkStateUpdateEvent;
    expect(event.detail).to.deep.equal({
      activeTab: { type: 'plugin', id: notes.id },
      activeSidebar: false,
    });
  });

  it('says who else started a plugin; without canClose, that only someone allowed can close it', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPlugins>(html`<rtk-plugins></rtk-plugins>`, {
      join: true,
      preset: 'participant',
      people: 2,
    });
    // A participant may not start plugins: no Start buttons.
    expect(rows(el)).to.deep.equal(['Whiteboard Not open', 'Notes Not open', 'Timer Not open']);
    const host = meeting.director.people[0]!;
    meeting.director.plugins.activate('whiteboard', host.id);
    await until(() => rows(el)[0]?.startsWith(`Whiteboard ${host.name} opened it for everyone`));
    expect(rows(el)[0]).to.equal(
      `Whiteboard ${host.name} opened it for everyone Only someone allowed to close plugins can close it. Show`,
    );
    expect(buttonByName(el, /Close/)).to.equal(undefined);
    // The preset now lets them close plugins: Close appears, the hint goes.
    meeting.self.permissions.apply({ plugins: { canClose: true } });
    await until(() => buttonByName(el, 'Close Whiteboard for everyone'));
    expect(rows(el)[0]).to.equal(`Whiteboard ${host.name} opened it for everyone Show Close`);
    meeting.director.plugins.deactivate('whiteboard');
    await until(() => rows(el)[0] === 'Whiteboard Not open');
  });

  it('a refused start is a notification and the row shows the real state again', async () => {
    const { el, meeting } = await mountWithMeeting<RtkPlugins>(html`<rtk-plugins></rtk-plugins>`, {
      join: true,
    });
    const plugin = whiteboard(meeting);
    meeting.director.failNextCall(plugin, 'activate', 'reject');
    const errors: string[] = [];
    el.addEventListener('rtkApiError', (e) => errors.push((e as CustomEvent).detail.trace));
    setTimeout(() => buttonByName(el, 'Start Whiteboard')!.click());
    const event = (await oneEvent(el, 'rtkNotification')) as RtkNotificationEvent;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.match(/^Starting Whiteboard/);
    expect(errors).to.deep.equal(['plugin.activate']);
    await el.updateComplete;
    expect(rows(el)[0]).to.equal('Whiteboard Not open Start');
    expect(meeting.plugins.active.size).to.equal(0);
  });

  it('a start the meeting never confirms is a notification after the timeout', async () => {
    const timeout = EffectController.timeout;
    EffectController.timeout = 300;
    try {
      const { el, meeting } = await mountWithMeeting<RtkPlugins>(
        html`<rtk-plugins></rtk-plugins>`,
        { join: true },
      );
      meeting.director.failNextCall(whiteboard(meeting), 'activate', 'drop');
      setTimeout(() => buttonByName(el, 'Start Whiteboard')!.click());
      const event = (await oneEvent(el, 'rtkNotification')) as RtkNotificationEvent;
      expect(event.detail.message).to.equal(
        'Whiteboard did not start: the meeting did not confirm it.',
      );
      await el.updateComplete;
      expect(rows(el)[0]).to.equal('Whiteboard Not open Start');
    } finally {
      EffectController.timeout = timeout;
    }
  });

  it('leaves out a plugin the preset disables', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugins = meeting.self.permissions.plugins as { config?: Record<string, unknown> };
    plugins.config = { timer: { disabled: true } };
    const el = await fixture<RtkPlugins>(html`<rtk-plugins .meeting=${meeting}></rtk-plugins>`);
    expect(rows(el).map((r) => r.split(' ')[0])).to.deep.equal(['Whiteboard', 'Notes']);
  });

  it('says so when the app declared no plugin; shows nothing without a plugins module', async () => {
    const meeting = await demoMeeting({ join: true });
    const empty = {
      ...meeting,
      self: meeting.self,
      plugins: { all: { size: 0, toArray: () => [] }, active: { size: 0, toArray: () => [] } },
    } as unknown as Meeting;
    const el = await fixture<RtkPlugins>(html`<rtk-plugins .meeting=${empty}></rtk-plugins>`);
    expect(deepText(el)).to.equal('This meeting has no plugins.');
    const none = await fixture<RtkPlugins>(
      html`<rtk-plugins .meeting=${{ self: meeting.self } as unknown as Meeting}></rtk-plugins>`,
    );
    expect(deepText(none)).to.equal('');
    const bare = await fixture<RtkPlugins>(html`<rtk-plugins></rtk-plugins>`);
    expect(deepText(bare)).to.equal('');
  });

  it('works with only .meeting, and leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-plugins');
    el.meeting = meeting;
    document.body.append(el);
    await el.updateComplete;
    expect(rows(el)).to.have.length(3);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
