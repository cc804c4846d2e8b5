import { expect } from '@open-wc/testing';
import { createDemoMeeting, type DemoMeeting, type DemoPlugins } from '../../src/demo/index.js';
import type { Plugins } from '../../src/meeting/plugins.js';
import { record, rejectionOf } from './core-helpers.js';

// Compile-time: the demo plugins are `Plugins`.
const asPlugins: (p: DemoPlugins) => Plugins = (p) => p;

describe('demo meeting: plugins', () => {
  let meeting: DemoMeeting;
  afterEach(() => meeting?.destroy());

  it('lists the built-in plugins; icons are data URLs', () => {
    meeting = createDemoMeeting({ latency: 0 });
    const plugins = meeting.plugins;
    expect(asPlugins(plugins)).to.equal(plugins);
    expect(plugins.all.toArray().map((p) => p.name)).to.deep.equal([
      'Whiteboard',
      'Notes',
      'Timer',
    ]);
    expect(plugins.all.size).to.equal(3);
    expect(plugins.active.size).to.equal(0);
    for (const plugin of plugins.all.values()) {
      expect(plugin.id).to.equal(`${meeting.meta.meetingId}:${plugin.id.split(':')[1]}`);
      expect(plugins.all.get(plugin.id)).to.equal(plugin);
      expect(plugin.icon).to.match(/^data:image\/svg\+xml,/);
      expect(plugin.active).to.equal(false);
      expect(plugin.permissions).to.deep.equal({ canActivate: true, canDeactivate: true });
    }
  });

  it('activate: stateUpdate on all, pluginAdded on active, then enabled; deactivate reverses', async () => {
    meeting = createDemoMeeting({ latency: 2 });
    await meeting.join();
    const plugin = meeting.plugins.all.toArray()[0]!;
    const log = record({
      plugin: plugin as never,
      all: meeting.plugins.all,
      active: meeting.plugins.active,
    });
    const activate = plugin.activate();
    expect(log.events).to.have.length(0);
    await activate;
    expect(log.names()).to.deep.equal([
      'all.stateUpdate',
      'active.pluginAdded',
      'plugin.stateUpdate',
      'all.enabled',
      'plugin.enabled',
      // `active` subscribed to the plugin while it emitted: it relays from the next event on.
      'active.enabled',
    ]);
    expect(log.events[0]!.args).to.deep.equal([
      plugin,
      { active: true, pluginId: plugin.id, views: undefined },
    ]);
    expect(log.events[1]!.args).to.deep.equal([plugin]);
    expect(plugin.active).to.equal(true);
    expect(plugin.enabledBy).to.equal(meeting.self.id);
    expect(meeting.plugins.active.get(plugin.id)).to.equal(plugin);
    log.events.length = 0;
    await plugin.deactivate();
    // As with Node's EventEmitter, listeners removed during an emit still get that event.
    expect(log.names()).to.deep.equal([
      'all.stateUpdate',
      'active.pluginDeleted',
      'plugin.stateUpdate',
      'active.stateUpdate',
      'all.closed',
      'plugin.closed',
    ]);
    expect(meeting.plugins.active.size).to.equal(0);
  });

  it('rejects before joining (0604) and without permission (0601), before any event', async () => {
    meeting = createDemoMeeting({ latency: 0, preset: 'participant' });
    const plugin = meeting.plugins.all.toArray()[1]!;
    expect((await rejectionOf(plugin.activate())).code).to.equal('0604');
    await meeting.join();
    expect(plugin.permissions.canActivate).to.equal(false);
    const log = record({ all: meeting.plugins.all });
    const error = await rejectionOf(plugin.activate());
    expect(error.code).to.equal('0601');
    expect(error.message).to.match(/^\[ERR0601\]: \{Plugins\}/);
    expect(log.events).to.deep.equal([]);
    meeting.director.updatePermissions({ plugins: { canStart: true } });
    await plugin.activate();
    expect(plugin.active).to.equal(true);
    // Whoever opened a plugin may close it.
    await plugin.deactivate();
    expect(plugin.active).to.equal(false);
    meeting.director.plugins.activate('Notes');
    expect((await rejectionOf(plugin.deactivate())).code).to.equal('0601');
  });

  it('director: someone opens and closes a plugin for everyone', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    await meeting.join();
    const person = meeting.director.people[1]!;
    const log = record({ active: meeting.plugins.active });
    meeting.director.plugins.activate('whiteboard', person.id);
    const plugin = meeting.plugins.active.toArray()[0]!;
    expect(plugin.name).to.equal('Whiteboard');
    expect(plugin.enabledBy).to.equal(person.id);
    meeting.director.plugins.deactivate('Whiteboard');
    expect(log.names()).to.deep.equal([
      'active.pluginAdded',
      'active.enabled',
      'active.pluginDeleted',
      'active.stateUpdate',
    ]);
  });

  it('plugins open before joining are activated on join', async () => {
    meeting = createDemoMeeting({ latency: 0 });
    meeting.director.plugins.activate('Timer');
    expect(meeting.plugins.active.size).to.equal(0);
    const log = record({ self: meeting.self, active: meeting.plugins.active });
    await meeting.join();
    expect(log.names()).to.deep.equal(['self.roomJoined', 'active.pluginAdded', 'active.enabled']);
    expect(meeting.plugins.active.toArray()[0]!.name).to.equal('Timer');
  });

  it('activateForSelf / deactivateForSelf act locally', () => {
    meeting = createDemoMeeting({ latency: 0 });
    const plugin = meeting.plugins.all.toArray()[2]!;
    plugin.activateForSelf();
    expect(meeting.plugins.active.has(plugin.id)).to.equal(true);
    plugin.deactivateForSelf();
    expect(meeting.plugins.active.has(plugin.id)).to.equal(false);
  });

  it("stores: create rejects before joining; set/get/delete; others' writes reach subscribers", async () => {
    meeting = createDemoMeeting({ latency: 0 });
    expect((await rejectionOf(meeting.stores.create('notes'))).code).to.equal('0604');
    await meeting.join();
    const store = await meeting.stores.create('notes');
    expect(meeting.stores.stores.get('notes')).to.equal(store);
    expect(await meeting.stores.create('notes')).to.equal(store);
    const heard: unknown[] = [];
    const listener = (change: unknown) => heard.push(change);
    store.subscribe('*', listener);
    await store.set('a', { text: 'hi' });
    // The writer's own listeners are not called (the SDK's default).
    expect(heard).to.deep.equal([]);
    expect(store.get('a')).to.deep.equal({ text: 'hi' });
    store.remoteSet('b', 2);
    store.remoteDelete('a');
    expect(heard).to.deep.equal([{ b: 2 }, { a: undefined }]);
    expect(store.getAll()).to.deep.equal({ b: 2 });
    store.unsubscribe('*', listener);
    expect(store.listenerCount()).to.equal(0);
  });

  it('director.plugins.draw: a person draws on the whiteboard store, point by point', async () => {
    meeting = createDemoMeeting({ latency: 0, people: 2 });
    await meeting.join();
    const board = meeting.plugins.all.toArray().find((p) => p.name === 'Whiteboard')!;
    const store = await meeting.stores.create(`whiteboard:${board.id}`);
    const sizes: number[] = [];
    store.subscribe('*', (change: unknown) => {
      const [value] = Object.values(change as Record<string, { points: number[] }>);
      if (value) sizes.push(value.points.length);
    });
    const person = meeting.director.people[1]!;
    const id = await meeting.director.plugins.draw({
      by: person.id,
      shape: 'zigzag',
      color: 'green',
    });
    expect(sizes.length).to.be.greaterThan(3);
    expect(sizes).to.deep.equal([...sizes].sort((a, b) => a - b));
    const stroke = store.get(`stroke:${id}`) as { by: string; name: string; color: string };
    expect([stroke.by, stroke.name, stroke.color]).to.deep.equal([person.id, person.name, 'green']);
    meeting.director.plugins.clearBoard();
    expect(store.getAll()).to.deep.equal({});
  });
});
