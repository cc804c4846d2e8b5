import { expect, fixture, html } from '@open-wc/testing';
import '../../src/plugins/whiteboard/rtk-whiteboard.js';
import type { RtkWhiteboard } from '../../src/plugins/whiteboard/rtk-whiteboard.js';
import { whiteboardPlugin } from '../../src/plugins/whiteboard/index.js';
import {
  BOARD_HEIGHT,
  BOARD_WIDTH,
  storeNameOf,
  strokeKey,
  strokesOf,
} from '../../src/plugins/whiteboard/strokes.js';
import type { DemoMeeting, DemoStore } from '../../src/demo/index.js';
import type { Meeting } from '../../src/meeting/meeting.js';
import type { Plugin } from '../../src/meeting/plugins.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { buttonByName, deepText, demoMeeting, totalListeners } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

async function openBoard(meeting: DemoMeeting): Promise<Plugin> {
  const plugin = meeting.plugins.all.toArray().find((p) => p.name === 'Whiteboard')!;
  await plugin.activate();
  return plugin;
}

async function mount(meeting: Meeting, plugin: Plugin): Promise<RtkWhiteboard> {
  const el = await fixture<RtkWhiteboard>(
    html`<rtk-whiteboard
      style="display: flex; width: 800px; height: 600px"
      .meeting=${meeting}
      .plugin=${plugin}
    ></rtk-whiteboard>`,
  );
  await until(() => canvasOf(el).width > 100, 'the canvas was never sized');
  return el;
}

const canvasOf = (el: RtkWhiteboard) => el.shadowRoot!.querySelector('canvas')!;

/** Draws a stroke with the pointer through board points (board units). */
function drawWith(el: RtkWhiteboard, points: [number, number][]): void {
  const canvas = canvasOf(el);
  const rect = canvas.getBoundingClientRect();
  const at = ([x, y]: [number, number]) => ({
    clientX: rect.left + (x / BOARD_WIDTH) * rect.width,
    clientY: rect.top + (y / BOARD_HEIGHT) * rect.height,
    pointerId: 7,
    bubbles: true,
    composed: true,
  });
  canvas.dispatchEvent(new PointerEvent('pointerdown', { ...at(points[0]!), button: 0 }));
  for (const p of points.slice(1)) canvas.dispatchEvent(new PointerEvent('pointermove', at(p)));
  canvas.dispatchEvent(new PointerEvent('pointerup', at(points[points.length - 1]!)));
}

/** The alpha of the canvas pixel at a board point (0: nothing drawn there). */
function inkAt(el: RtkWhiteboard, x: number, y: number): number {
  const canvas = canvasOf(el);
  const px = Math.round((x / BOARD_WIDTH) * canvas.width);
  const py = Math.round((y / BOARD_HEIGHT) * canvas.height);
  return canvas.getContext('2d')!.getImageData(px, py, 1, 1).data[3]!;
}

const line = (y: number): [number, number][] =>
  Array.from({ length: 11 }, (_, i) => [200 + i * 40, y] as [number, number]);

function storeOf(meeting: DemoMeeting, plugin: Plugin): DemoStore {
  return meeting.stores.serverStore(storeNameOf(plugin.id));
}

const label = (el: RtkWhiteboard) => canvasOf(el).getAttribute('aria-label');

describe('<rtk-whiteboard> (the whiteboard plugin)', () => {
  failOnConsoleErrors();

  it('is a client plugin whose view loads when created', async () => {
    const config = whiteboardPlugin();
    expect(config.id).to.equal('whiteboard');
    expect(config.name).to.equal('Whiteboard');
    expect(config.icon).to.match(/^data:image\/svg\+xml,/);
    const view = await config.component();
    expect(view.localName).to.equal('rtk-whiteboard');
    expect(customElements.get('rtk-whiteboard')).to.exist;
  });

  it('draws your stroke and writes it to the plugin store', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    const el = await mount(meeting, plugin);
    expect(label(el)).to.equal('Shared whiteboard, empty');
    expect(inkAt(el, 400, 300)).to.equal(0);
    drawWith(el, line(300));
    await el.updateComplete;
    expect(inkAt(el, 400, 300)).to.be.greaterThan(0);
    const store = storeOf(meeting, plugin);
    await until(() => strokesOf(store.getAll()).length === 1, 'the stroke never reached the store');
    const [stroke] = strokesOf(store.getAll());
    expect(stroke!.by).to.equal(meeting.self.id);
    expect(stroke!.tool).to.equal('pen');
    expect(stroke!.color).to.equal('black');
    expect(stroke!.points.slice(0, 2)).to.deep.equal([200, 300]);
    await el.updateComplete;
    expect(label(el)).to.equal('Shared whiteboard: 1 drawing by you');
    await rendered(el);
    await expect(el).to.be.accessible();
  });

  it("draws others' strokes as they arrive through the store, with their name for a moment", async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const plugin = await openBoard(meeting);
    const el = await mount(meeting, plugin);
    drawWith(el, line(200));
    // Your stroke is stored first (the store writes it a moment later), then the others draw.
    const store = storeOf(meeting, plugin);
    await until(
      () => strokesOf(store.getAll()).length === 1,
      'your stroke never reached the store',
    );
    const [ana, ben] = meeting.director.people;
    await meeting.director.plugins.draw({
      by: ana!.id,
      shape: 'underline',
      at: { x: 800, y: 600 },
    });
    await meeting.director.plugins.draw({
      by: ben!.id,
      shape: 'underline',
      at: { x: 800, y: 850 },
      animate: false,
    });
    await el.updateComplete;
    expect(inkAt(el, 800, 600)).to.be.greaterThan(0);
    expect(inkAt(el, 800, 850)).to.be.greaterThan(0);
    expect(inkAt(el, 400, 200)).to.be.greaterThan(0);
    expect(label(el)).to.equal(
      `Shared whiteboard: 3 drawings by you, ${ana!.name}, and ${ben!.name}`,
    );
    const names = [...el.shadowRoot!.querySelectorAll('.who')].map((n) => n.textContent);
    expect(names).to.have.members([ana!.name, ben!.name]);
    // The names go after a moment.
    await until(() => el.shadowRoot!.querySelectorAll('.who').length === 0, 'names stayed', {
      timeout: 6000,
    });
  });

  it('ignores what in the store is not a stroke, and shows names as text', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    const el = await mount(meeting, plugin);
    const store = storeOf(meeting, plugin);
    store.remoteSet('stroke:bad', { id: 'bad', tool: 'laser', points: [1, 2, 3, 4] });
    store.remoteSet('stroke:short', { id: 'short', tool: 'pen', points: [1] });
    store.remoteSet('other', { hello: true });
    store.remoteSet(strokeKey('x'), {
      id: 'x',
      by: 'someone',
      name: '<img src=x onerror=alert(1)>',
      tool: 'pen',
      color: 'javascript:alert(1)',
      points: [100, 100, 300, 100],
      at: 1,
    });
    await el.updateComplete;
    expect(label(el)).to.equal('Shared whiteboard: 1 drawing by <img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.who')!.textContent).to.equal(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('colours and the eraser: the eraser removes ink under it', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    const el = await mount(meeting, plugin);
    buttonByName(el, 'Red')!.click();
    await el.updateComplete;
    expect(buttonByName(el, 'Red')!.getAttribute('aria-pressed')).to.equal('true');
    drawWith(el, line(500));
    await el.updateComplete;
    expect(inkAt(el, 400, 500)).to.be.greaterThan(0);
    buttonByName(el, 'Eraser')!.click();
    await el.updateComplete;
    expect(buttonByName(el, 'Eraser')!.getAttribute('aria-pressed')).to.equal('true');
    expect(buttonByName(el, 'Pen')!.getAttribute('aria-pressed')).to.equal('false');
    drawWith(el, [
      [400, 420],
      [400, 580],
    ]);
    await el.updateComplete;
    expect(inkAt(el, 400, 500)).to.equal(0);
    expect(inkAt(el, 560, 500)).to.be.greaterThan(0);
    const store = storeOf(meeting, plugin);
    await until(() => strokesOf(store.getAll()).length === 2);
    expect(strokesOf(store.getAll()).map((s) => [s.tool, s.color])).to.deep.equal([
      ['pen', 'red'],
      ['eraser', 'red'],
    ]);
  });

  it("Undo takes back your own last stroke for everyone, never someone else's", async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    const el = await mount(meeting, plugin);
    const store = storeOf(meeting, plugin);
    expect(buttonByName(el, 'Undo')!.disabled).to.equal(true);
    drawWith(el, line(200));
    drawWith(el, line(400));
    await until(() => strokesOf(store.getAll()).length === 2);
    await meeting.director.plugins.draw({ shape: 'underline', at: { x: 800, y: 800 } });
    buttonByName(el, 'Undo')!.click();
    await until(() => strokesOf(store.getAll()).length === 2);
    expect(inkAt(el, 400, 400)).to.equal(0);
    expect(inkAt(el, 400, 200)).to.be.greaterThan(0);
    buttonByName(el, 'Undo')!.click();
    await until(() => strokesOf(store.getAll()).length === 1);
    const [left] = strokesOf(store.getAll());
    expect(left!.by).to.not.equal(meeting.self.id);
    await el.updateComplete;
    expect(buttonByName(el, 'Undo')!.disabled).to.equal(true);
  });

  it('Clear asks first, then empties the board for everyone', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    const el = await mount(meeting, plugin);
    const store = storeOf(meeting, plugin);
    drawWith(el, line(200));
    await meeting.director.plugins.draw({ shape: 'loop', animate: false });
    await until(() => strokesOf(store.getAll()).length === 2);
    buttonByName(el, 'Clear')!.click();
    await el.updateComplete;
    expect(deepText(el.shadowRoot!.querySelector('[part="toolbar"]')!)).to.equal(
      'Clear the board for everyone? Clear for everyone Cancel',
    );
    buttonByName(el, 'Cancel')!.click();
    await el.updateComplete;
    expect(strokesOf(store.getAll())).to.have.length(2);
    buttonByName(el, 'Clear')!.click();
    await el.updateComplete;
    buttonByName(el, 'Clear for everyone')!.click();
    await until(() => strokesOf(store.getAll()).length === 0);
    await el.updateComplete;
    expect(label(el)).to.equal('Shared whiteboard, empty');
    expect(inkAt(el, 400, 200)).to.equal(0);
    expect(buttonByName(el, 'Clear')!.disabled).to.equal(true);
    // Someone else clears: the board follows.
    drawWith(el, line(300));
    await until(() => strokesOf(store.getAll()).length === 1);
    meeting.director.plugins.clearBoard();
    await el.updateComplete;
    expect(inkAt(el, 400, 300)).to.equal(0);
  });

  it('Export PNG saves the board, 1600 × 1000 on white', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    const el = await mount(meeting, plugin);
    buttonByName(el, 'Blue')!.click();
    drawWith(el, line(500));
    const blob = await el.toBlob();
    expect(blob.type).to.equal('image/png');
    const image = await createImageBitmap(blob);
    expect([image.width, image.height]).to.deep.equal([1600, 1000]);
    const canvas = new OffscreenCanvas(1600, 1000);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    expect([...ctx.getImageData(50, 50, 1, 1).data]).to.deep.equal([255, 255, 255, 255]);
    const [r, g, b] = ctx.getImageData(400, 500, 1, 1).data;
    expect(b).to.be.greaterThan(r! + 60);
    expect(b).to.be.greaterThan(g! + 60);
    // The button saves it as a file.
    const click = HTMLAnchorElement.prototype.click;
    let saved: { href: string; download: string } | undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = { href: this.href, download: this.download };
    };
    try {
      buttonByName(el, 'Export PNG')!.click();
      await until(() => saved);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved!.download).to.equal('whiteboard.png');
    expect(saved!.href).to.match(/^blob:/);
  });

  it('without a store it says so, still draws here, and sends it all on Try again', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    meeting.director.failNextCall(meeting.stores, 'create', 'reject');
    const el = await mount(meeting, plugin);
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(deepText(alert)).to.equal(
      'The shared board is not available: what you draw stays on your screen. Try again',
    );
    drawWith(el, line(300));
    await el.updateComplete;
    expect(inkAt(el, 400, 300)).to.be.greaterThan(0);
    const store = storeOf(meeting, plugin);
    expect(strokesOf(store.getAll())).to.have.length(0);
    buttonByName(el, 'Try again')!.click();
    await until(() => strokesOf(store.getAll()).length === 1, 'the stroke was never sent');
    await until(() => !el.shadowRoot!.querySelector('[role="alert"]'));
  });

  it('a meeting without plugin stores: the board works here and says others do not see it', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    const noStores = { ...meeting, self: meeting.self, stores: undefined } as unknown as Meeting;
    const el = await mount(noStores, plugin);
    expect(deepText(el.shadowRoot!.querySelector('[role="alert"]')!)).to.contain(
      'The shared board is not available',
    );
    drawWith(el, line(300));
    await el.updateComplete;
    expect(label(el)).to.equal('Shared whiteboard: 1 drawing by you');
  });

  it('a stroke the store refused is kept and said; Try again sends it', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    const el = await mount(meeting, plugin);
    const store = storeOf(meeting, plugin);
    await until(() => meeting.stores.stores.size === 1);
    meeting.director.failNextCall(store, 'set', 'reject');
    drawWith(el, line(300));
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(deepText(alert)).to.equal('Some of your drawing did not reach the others. Try again');
    expect(inkAt(el, 400, 300)).to.be.greaterThan(0);
    buttonByName(el, 'Try again')!.click();
    await until(() => strokesOf(store.getAll()).length === 1);
    await until(() => !el.shadowRoot!.querySelector('[role="alert"]'));
  });

  it('view-only: no tools, the pointer draws nothing', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    const el = await mount(meeting, plugin);
    el.viewOnly = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="toolbar"]')).to.equal(null);
    expect(buttonByName(el, 'Export PNG')).to.exist;
    drawWith(el, line(300));
    await el.updateComplete;
    expect(inkAt(el, 400, 300)).to.equal(0);
  });

  it('leaves no listener on the meeting or on the store when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const plugin = await openBoard(meeting);
    const before = totalListeners(meeting);
    const el = await mount(meeting, plugin);
    const store = storeOf(meeting, plugin);
    await until(() => store.listenerCount() === 1);
    el.remove();
    expect(store.listenerCount()).to.equal(0);
    expect(totalListeners(meeting)).to.equal(before);
    // Put back, it listens again.
    document.body.append(el);
    expect(store.listenerCount()).to.equal(1);
    el.remove();
    expect(store.listenerCount()).to.equal(0);
  });
});
