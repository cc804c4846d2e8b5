import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/message-list-view/rtk-message-list-view.js';
import type { RtkMessageListView } from '../../src/components/message-list-view/rtk-message-list-view.js';
import { deepText, nameOf, queryAllDeep } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

interface Item {
  id: string;
  text: string;
}

const ROW = 40;

function items(from: number, to: number): Item[] {
  return Array.from({ length: to - from }, (_, i) => ({
    id: `m${from + i}`,
    text: `Message ${from + i}`,
  }));
}

const renderer = (item: unknown) =>
  html`<div class="row" style="block-size: ${ROW}px">${(item as Item).text}</div>`;

async function mount(messages: Item[], props: Partial<RtkMessageListView> = {}) {
  const box =
    await fixture<HTMLDivElement>(html`<div style="block-size: 320px; inline-size: 360px; display: flex; flex-direction: column">
    <rtk-message-list-view style="flex: 1" .messages=${messages} .renderer=${renderer} estimate-item-size="40"></rtk-message-list-view>
  </div>`);
  const el = box.querySelector('rtk-message-list-view')!;
  Object.assign(el, props);
  await settle(el);
  return el;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Lets the list and its virtualizer finish rendering and measuring (the machine may be slow). */
async function settle(el: RtkMessageListView, rounds = 3) {
  for (let i = 0; i < rounds; i++) {
    await el.updateComplete;
    const virtualizer = el.shadowRoot!.querySelector('lit-virtualizer') as
      (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await virtualizer?.updateComplete;
    await frame();
    await frame();
  }
}

function scroller(el: RtkMessageListView): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('lit-virtualizer')!;
}

function distanceFromBottom(el: RtkMessageListView): number {
  const s = scroller(el);
  return s.scrollHeight - s.scrollTop - s.clientHeight;
}

/** The texts of the rows that are at least partly inside the list's box. */
function visibleTexts(el: RtkMessageListView): string[] {
  const box = scroller(el).getBoundingClientRect();
  return queryAllDeep<HTMLElement>(el, '.row')
    .filter((row) => {
      const r = row.getBoundingClientRect();
      return r.bottom > box.top + 1 && r.top < box.bottom - 1;
    })
    .map((row) => row.textContent ?? '');
}

function jumpButton(el: RtkMessageListView): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="show-new-messages"]');
}

/** Scrolls as a person would (the list sees a scroll event), then lets it settle. */
async function scrollTo(el: RtkMessageListView, top: number) {
  scroller(el).scrollTop = top;
  scroller(el).dispatchEvent(new Event('scroll'));
  await settle(el);
}

/** Scrolls up to `top` and waits until the list stopped following the newest message. */
async function scrollUp(el: RtkMessageListView, top: number) {
  await until(async () => {
    await scrollTo(el, top);
    return !el.isAtNewest && Math.abs(scroller(el).scrollTop - top) < ROW;
  }, 'the list still follows the newest message');
}

describe('<rtk-message-list-view>', function () {
  it('is a named, focusable list that opens on the newest message', async () => {
    const el = await mount(items(0, 200));
    await until(
      () => visibleTexts(el).includes('Message 199'),
      'the newest message is not in view',
    );
    const list = scroller(el);
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Messages');
    expect(list.tabIndex).to.equal(0);
    expect(
      queryAllDeep(el, '[role="listitem"]').length,
      'virtualized: only rows around the view',
    ).to.be.lessThan(60);
    expect(distanceFromBottom(el)).to.be.at.most(2);
    expect(el.isAtNewest).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state without messages', async () => {
    const el = await mount([]);
    expect(deepText(el)).to.contain('No messages yet.');
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.getAttribute('role')).to.equal('status');
  });

  it('stays anchored to the newest message while at the bottom', async () => {
    const el = await mount(items(0, 100));
    await until(() => visibleTexts(el).includes('Message 99'), 'the newest message is not in view');
    for (let n = 100; n < 105; n++) {
      el.messages = items(0, n + 1);
      await settle(el);
      expect(visibleTexts(el), `after message ${n}`).to.include(`Message ${n}`);
      expect(distanceFromBottom(el)).to.be.at.most(2);
    }
    expect(jumpButton(el)).to.equal(null);
    expect(el.isAtNewest).to.equal(true);
  });

  it('keeps the place and offers a "new messages" jump when scrolled up', async () => {
    const el = await mount(items(0, 100));
    await scrollUp(el, 20 * ROW);
    const before = visibleTexts(el);
    const top = scroller(el).scrollTop;
    expect(before).to.include('Message 22');

    el.messages = items(0, 102);
    await settle(el);
    expect(scroller(el).scrollTop, 'the view did not move').to.be.closeTo(top, 2);
    expect(visibleTexts(el)).to.deep.equal(before);
    const button = jumpButton(el)!;
    expect(button, 'the jump button').to.exist;
    expect(nameOf(button)).to.equal('2 new messages');

    el.messages = items(0, 103);
    await settle(el);
    expect(nameOf(jumpButton(el)!)).to.equal('3 new messages');

    jumpButton(el)!.shadowRoot!.querySelector('button')!.click();
    await until(() => distanceFromBottom(el) <= 2, 'did not scroll to the newest message');
    await settle(el);
    expect(visibleTexts(el)).to.include('Message 102');
    expect(jumpButton(el)).to.equal(null);
    expect(el.isAtNewest).to.equal(true);

    // Following again: the next message keeps the view at the bottom.
    el.messages = items(0, 104);
    await settle(el);
    expect(visibleTexts(el)).to.include('Message 103');
    expect(jumpButton(el)).to.equal(null);
  });

  it('the jump button works from the keyboard', async () => {
    const el = await mount(items(0, 100));
    await scrollUp(el, 10 * ROW);
    el.messages = items(0, 101);
    await settle(el);
    jumpButton(el)!.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => distanceFromBottom(el) <= 2 && !jumpButton(el), 'Enter did not jump down');
    expect(visibleTexts(el)).to.include('Message 100');
  });

  it('scrolling back to the bottom clears the jump button', async () => {
    const el = await mount(items(0, 100));
    await scrollUp(el, 10 * ROW);
    el.messages = items(0, 101);
    await settle(el);
    expect(jumpButton(el)).to.exist;
    const s = scroller(el);
    await scrollTo(el, s.scrollHeight - s.clientHeight);
    await until(() => !jumpButton(el), 'the button stayed');
    expect(el.isAtNewest).to.equal(true);
  });

  it('loads older messages near the top and keeps the view steady', async () => {
    let calls = 0;
    let release!: () => void;
    const el = await mount(items(100, 160));
    el.loadMore = () => {
      calls++;
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    await until(
      () => visibleTexts(el).includes('Message 159'),
      'the newest message is not in view',
    );
    await scrollUp(el, 2 * ROW);
    await until(() => calls === 1, 'loadMore was not called');
    await el.updateComplete;
    const loading = el.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(deepText(loading)).to.equal('Loading older messages…');
    // Scrolling more while loading does not ask again.
    await scrollTo(el, ROW);
    expect(calls).to.equal(1);
    await settle(el);

    const before = visibleTexts(el);
    const anchor = queryAllDeep<HTMLElement>(el, '.row').find((r) => r.textContent === before[1])!;
    const anchorTop = anchor.getBoundingClientRect().top;
    el.messages = items(50, 160);
    release();
    await settle(el, 4);
    await until(() => !el.shadowRoot!.querySelector('[part="loading"]'), 'still loading');
    const after = queryAllDeep<HTMLElement>(el, '.row').find((r) => r.textContent === before[1]);
    expect(after, `row "${before[1]}" is still in view`).to.exist;
    expect(after!.getBoundingClientRect().top, 'the same row stays in place').to.be.closeTo(
      anchorTop,
      ROW / 2,
    );
    expect(visibleTexts(el)).to.not.include('Message 50');
    expect(jumpButton(el), 'older messages are not "new"').to.equal(null);
  });

  it('does not ask for more with no-more set, nor without loadMore', async () => {
    let calls = 0;
    const el = await mount(items(0, 60), { noMore: true, loadMore: () => calls++ });
    await scrollTo(el, 0);
    await frame();
    expect(calls).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
  });

  it('uses the label for the list name', async () => {
    const el = await mount(items(0, 5), { label: 'Messages with Ana' });
    expect(scroller(el).getAttribute('aria-label')).to.equal('Messages with Ana');
  });
});
