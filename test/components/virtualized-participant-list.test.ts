import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/virtualized-participant-list/rtk-virtualized-participant-list.js';
import type { RtkVirtualizedParticipantList } from '../../src/components/virtualized-participant-list/rtk-virtualized-participant-list.js';
import { until } from '../helpers/wait.js';

interface Item {
  id: string;
  name: string;
}
const make = (n: number, from = 0): Item[] =>
  Array.from({ length: n }, (_, i) => ({ id: `p${i + from}`, name: `Person ${i + from}` }));
const renderItem = (item: Item) =>
  html`<div class="row" style="block-size: 40px">${item.name}</div>`;

async function mount(items: Item[]) {
  const wrapper = await fixture<HTMLElement>(html`<div style="block-size: 400px">
    <rtk-virtualized-participant-list .items=${items} .renderItem=${renderItem} label="People"></rtk-virtualized-participant-list>
  </div>`);
  const el = wrapper.querySelector(
    'rtk-virtualized-participant-list',
  ) as RtkVirtualizedParticipantList<Item>;
  await el.updateComplete;
  await until(
    () => el.shadowRoot!.querySelectorAll('.row').length > 0 || items.length === 0,
    'no rows',
  );
  return el;
}
const texts = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('.row')].map((r) => r.textContent);

describe('<rtk-virtualized-participant-list>', function () {
  it('renders only the rows in view of 5,000, as a labelled list', async () => {
    const el = await mount(make(5000));
    const shown = texts(el);
    expect(shown[0]).to.equal('Person 0');
    expect(shown.length).to.be.greaterThan(5).and.lessThan(60);
    const list = el.shadowRoot!.querySelector('[role="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('People');
    const first = el.shadowRoot!.querySelector('[role="listitem"]')!;
    expect(first.getAttribute('aria-setsize')).to.equal('5000');
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('renders later rows when scrolled', async () => {
    const el = await mount(make(5000));
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    list.scrollTop = 48 * 2500;
    await until(() => texts(el).includes('Person 2500'), 'never rendered the rows scrolled to');
    expect(texts(el)).to.not.include('Person 0');
    const row = [...el.shadowRoot!.querySelectorAll('[role="listitem"]')].find((r) =>
      r.textContent!.includes('Person 2500'),
    )!;
    expect(row.getAttribute('aria-posinset')).to.equal('2501');
  });

  it('keeps each row with its item when one is added before it', async () => {
    const items = make(20);
    const el = await mount(items);
    const before = el.shadowRoot!.querySelector('[role="listitem"]')!;
    el.items = [{ id: 'new', name: 'New' }, ...items];
    await el.updateComplete;
    await until(() => texts(el)[0] === 'New' || texts(el).includes('New'), 'new row missing');
    const same = [...el.shadowRoot!.querySelectorAll('[role="listitem"]')].find((r) =>
      r.textContent!.includes('Person 0'),
    );
    expect(same).to.equal(before);
  });

  it('renders the visible rows plus the buffer on each side', async () => {
    const el = await mount(make(5000));
    el.bufferedItemsCount = 0;
    await el.updateComplete;
    // 400px / 48px per row: 9 rows in view (and one partly).
    expect(texts(el).length).to.be.within(9, 11);
    el.bufferedItemsCount = 10;
    await el.updateComplete;
    expect(texts(el).length).to.be.within(19, 21);
  });

  it('shows the empty element when there are no items', async () => {
    const empty = document.createElement('p');
    empty.textContent = 'Nobody';
    const el = await mount([]);
    el.emptyListElement = empty;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('Nobody');
    expect(el.shadowRoot!.querySelector('[role="list"]')).to.equal(null);
  });
});
