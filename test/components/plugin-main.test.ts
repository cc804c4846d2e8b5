import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/plugin-main/rtk-plugin-main.js';
import type { RtkPluginMain } from '../../src/components/plugin-main/rtk-plugin-main.js';
import { EffectController } from '../../src/controllers/effect-controller.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import type { Plugin } from '../../src/meeting/plugins.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { buttonByName, deepText, demoMeeting, totalListeners } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

/** The active plugin of that name, opened by self. */
async function open(meeting: DemoMeeting, name: string): Promise<Plugin> {
  const plugin = meeting.plugins.all.toArray().find((p) => p.name === name)!;
  await plugin.activate();
  return plugin;
}

/** A plugin with a component of the page's own, for the cases the built-in ones do not cover. */
function withComponent(plugin: Plugin, component: unknown): Plugin {
  return Object.create(plugin, { component: { value: component } }) as Plugin;
}

async function mount(meeting: DemoMeeting, plugin: Plugin): Promise<RtkPluginMain> {
  return fixture<RtkPluginMain>(
    html`<rtk-plugin-main .meeting=${meeting} .plugin=${plugin}></rtk-plugin-main>`,
  );
}

describe('<rtk-plugin-main>', () => {
  failOnConsoleErrors();

  it('shows the plugin: header with its icon and name, full screen and Close, and its own view', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await open(meeting, 'Whiteboard');
    const el = await mount(meeting, plugin);
    const header = el.shadowRoot!.querySelector('[part="header"]')!;
    expect(deepText(header)).to.equal('Whiteboard');
    expect(header.querySelector('img')!.getAttribute('alt')).to.equal('');
    const full = buttonByName(el, 'Full screen')!;
    expect(full.getAttribute('aria-pressed')).to.equal('false');
    expect(buttonByName(el, 'Close Whiteboard')).to.exist;
    // The whiteboard's code loads when shown; it gets the meeting, the plugin and viewOnly.
    const view = await until(() => el.shadowRoot!.querySelector('rtk-whiteboard'));
    expect((view as unknown as { plugin: Plugin }).plugin).to.equal(plugin);
    expect((view as unknown as { viewOnly: boolean }).viewOnly).to.equal(false);
    await rendered(el);
    await expect(el).to.be.accessible();
  });

  it('says when the app has no view for a plugin', async () => {
    const meeting = await demoMeeting({ join: true });
    const el = await mount(meeting, await open(meeting, 'Notes'));
    expect(deepText(el.shadowRoot!.querySelector('[part="content"]')!)).to.equal(
      'Notes is open for the meeting, but this app has no view for it.',
    );
  });

  it('makes the view from a tag name or a class too', async () => {
    const meeting = await demoMeeting({ join: true });
    const notes = await open(meeting, 'Notes');
    class NotesView extends HTMLElement {
      connectedCallback() {
        this.textContent = 'My notes';
      }
    }
    customElements.define('test-notes-view', NotesView);
    let el = await mount(meeting, withComponent(notes, 'test-notes-view'));
    await until(() => deepText(el).includes('My notes'));
    const view = el.shadowRoot!.querySelector('test-notes-view') as unknown as { meeting: unknown };
    expect(view.meeting).to.equal(meeting);
    el = await mount(meeting, withComponent(notes, NotesView));
    await until(() => deepText(el).includes('My notes'));
  });

  it('says "Opening…" while the view loads, and when it fails to load offers to try again', async () => {
    const meeting = await demoMeeting({ join: true });
    const notes = await open(meeting, 'Notes');
    let fail = true;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await mount(
        meeting,
        withComponent(notes, async () => {
          await gate;
          if (fail) throw new Error('chunk failed');
          const div = document.createElement('div');
          div.textContent = 'Loaded notes';
          return div;
        }),
      );
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'Opening Notes…',
      );
      release();
      const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
      expect(deepText(alert)).to.equal('Notes could not be loaded. Try again');
      fail = false;
      buttonByName(el, 'Try again')!.click();
      await until(() => deepText(el).includes('Loaded notes'));
    } finally {
      console.warn = warn;
    }
  });

  it('Close closes the plugin for everyone and stays busy until the meeting confirms it', async () => {
    const meeting = await demoMeeting({ join: true, latency: 30 });
    const plugin = await open(meeting, 'Whiteboard');
    const el = await mount(meeting, plugin);
    buttonByName(el, 'Close Whiteboard')!.click();
    await el.updateComplete;
    const closing = buttonByName(el, 'Closing Whiteboard…')!;
    expect(closing.getAttribute('aria-disabled')).to.equal('true');
    await until(() => !meeting.plugins.active.has(plugin.id));
    expect(plugin.active).to.equal(false);
  });

  it('a refused close is a notification; the plugin stays', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await open(meeting, 'Whiteboard');
    const el = await mount(meeting, plugin);
    meeting.director.failNextCall(plugin, 'deactivate', 'reject');
    setTimeout(() => buttonByName(el, 'Close Whiteboard')!.click());
    const event = (await oneEvent(el, 'rtkNotification')) as RtkNotificationEvent;
    expect(event.detail.message).to.match(/^Closing Whiteboard/);
    expect(meeting.plugins.active.has(plugin.id)).to.equal(true);
    await el.updateComplete;
    expect(buttonByName(el, 'Close Whiteboard')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('a close the meeting never confirms is a notification after the timeout', async () => {
    const timeout = EffectController.timeout;
    EffectController.timeout = 300;
    try {
      const meeting = await demoMeeting({ join: true });
      const plugin = await open(meeting, 'Notes');
      const el = await mount(meeting, plugin);
      meeting.director.failNextCall(plugin, 'deactivate', 'drop');
      setTimeout(() => buttonByName(el, 'Close Notes')!.click());
      const event = (await oneEvent(el, 'rtkNotification')) as RtkNotificationEvent;
      expect(event.detail.message).to.equal('Notes did not close: the meeting did not confirm it.');
    } finally {
      EffectController.timeout = timeout;
    }
  });

  it('offers no Close to those the preset does not allow', async () => {
    const meeting = await demoMeeting({ join: true, preset: 'participant' });
    meeting.director.plugins.activate('notes');
    const notes = meeting.plugins.active.toArray()[0]!;
    const el = await mount(meeting, notes);
    expect(buttonByName(el, /Close/)).to.equal(undefined);
    expect(buttonByName(el, 'Full screen')).to.exist;
  });

  it('view-only when the plugin asks (toggleViewMode) or the preset says so', async () => {
    const meeting = await demoMeeting({ join: true });
    const notes = await open(meeting, 'Notes');
    const el = await mount(meeting, notes);
    expect(el.shadowRoot!.querySelector('[part="view-only"]')).to.equal(null);
    meeting.director.plugins.viewMode('notes', true);
    await el.updateComplete;
    expect(deepText(el.shadowRoot!.querySelector('[part="view-only"]')!)).to.equal('View only');
    meeting.director.plugins.viewMode('notes', false);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="view-only"]')).to.equal(null);
    // The preset: plugins.config[id].accessControl.
    const plugins = meeting.self.permissions.plugins as { config?: Record<string, unknown> };
    plugins.config = { notes: { accessControl: 'VIEW_ONLY' } };
    const other = await mount(meeting, notes);
    expect(other.shadowRoot!.querySelector('[part="view-only"]')).to.exist;
  });

  it('the whiteboard in view-only mode has no tools, and a plain view gets a layer over it', async () => {
    const meeting = await demoMeeting({ join: true });
    const board = await open(meeting, 'Whiteboard');
    const el = await mount(meeting, board);
    const view = await until(() => el.shadowRoot!.querySelector('rtk-whiteboard'));
    await rendered(el);
    expect(view.shadowRoot!.querySelector('[part="toolbar"]')).to.exist;
    meeting.director.plugins.viewMode('whiteboard', true);
    await rendered(el);
    expect((view as unknown as { viewOnly: boolean }).viewOnly).to.equal(true);
    expect(view.shadowRoot!.querySelector('[part="toolbar"]')).to.equal(null);
    expect(deepText(view)).to.contain('You can watch this board but not draw on it.');
    const notes = await open(meeting, 'Notes');
    const plain = await mount(
      meeting,
      withComponent(notes, () => document.createElement('textarea')),
    );
    await until(() => plain.shadowRoot!.querySelector('textarea'));
    meeting.director.plugins.viewMode('notes', true);
    await plain.updateComplete;
    expect(plain.shadowRoot!.querySelector('.shield')).to.exist;
  });

  it('full screen: the button shows its state; a refusal is a notification', async () => {
    const meeting = await demoMeeting({ join: true });
    const el = await mount(meeting, await open(meeting, 'Notes'));
    const request = el.requestFullscreen;
    el.requestFullscreen = () => Promise.reject(new Error('not allowed'));
    try {
      setTimeout(() => buttonByName(el, 'Full screen')!.click());
      const event = (await oneEvent(el, 'rtkNotification')) as RtkNotificationEvent;
      expect(event.detail.message).to.equal('Full screen is not available here.');
    } finally {
      el.requestFullscreen = request;
    }
  });

  it('renders nothing without a meeting or a plugin', async () => {
    const el = await fixture<RtkPluginMain>(html`<rtk-plugin-main></rtk-plugin-main>`);
    expect(deepText(el)).to.equal('');
    const meeting = await demoMeeting({ join: true });
    const none = await fixture<RtkPluginMain>(
      html`<rtk-plugin-main .meeting=${meeting}></rtk-plugin-main>`,
    );
    expect(deepText(none)).to.equal('');
  });

  it('leaves no listener on the meeting or the store when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await open(meeting, 'Whiteboard');
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-plugin-main');
    el.meeting = meeting;
    el.plugin = plugin;
    document.body.append(el);
    await until(() => meeting.stores.stores.size > 0);
    const store = [...meeting.stores.stores.values()][0]!;
    await until(() => store.listenerCount() > 0);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
    expect(store.listenerCount()).to.equal(0);
  });
});
