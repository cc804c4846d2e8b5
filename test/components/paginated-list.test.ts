import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/paginated-list/rtk-paginated-list.js';
import type { RtkPaginatedList } from '../../src/components/paginated-list/rtk-paginated-list.js';
import { buttonByName, watchErrors } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

interface Row {
  id: number;
  text: string;
  timestamp: number;
}

/** 50 rows, newest first, one second apart. */
const rows: Row[] = Array.from({ length: 50 }, (_, i) => ({
  id: i,
  text: `Message ${i}`,
  timestamp: 1_000_000 - i * 1000,
}));

/** A fetchData over `rows` that records its calls and can be held until released. */
function fakeFetch() {
  const calls: Array<[number, number, boolean]> = [];
  let hold: Promise<void> | undefined;
  let release = () => {};
  const fetchData = async (timestamp: number, size: number, reversed: boolean) => {
    calls.push([timestamp, size, reversed]);
    if (hold) await hold;
    return rows.filter((r) => r.timestamp < timestamp).slice(0, size);
  };
  return {
    calls,
    fetchData,
    holdNext() {
      hold = new Promise((r) => (release = () => r()));
    },
    release() {
      hold = undefined;
      release();
    },
  };
}

const texts = (el: RtkPaginatedList<Row>) =>
  [...el.shadowRoot!.querySelectorAll('[part="item"]')].map((li) => li.textContent!.trim());

const renderRow = (row: Row) => html`<div style="height: 60px">${row.text}</div>`;
const renderName = (name: string) => html`<div style="height: 60px">${name}</div>`;
/** Short enough that the end of a first page is out of view, so pages load only when asked. */
const short = '--rtk-paginated-list-max-height: 60px';

describe('<rtk-paginated-list>', () => {
  it('shows an items array page by page, with a Load more button', async () => {
    const el = await fixture<RtkPaginatedList<string>>(html`<rtk-paginated-list
      label="People"
      style=${short}
      .renderItem=${renderName}
      page-size="3"
      .items=${['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus']}
    ></rtk-paginated-list>`);
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('aria-label')).to.equal('People');
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(3);
    await expect(el).to.be.accessible();
    buttonByName(el, 'Load more')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(6);
    buttonByName(el, 'Load more')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(7);
    expect(buttonByName(el, 'Load more')).to.equal(undefined);
  });

  it('fetches pages with (timestamp, size, reversed) and is busy while loading', async () => {
    const fake = fakeFetch();
    fake.holdNext();
    const before = Date.now();
    const el = await fixture<RtkPaginatedList<Row>>(html`<rtk-paginated-list
      page-size="5"
      style=${short}
      .fetchData=${fake.fetchData}
      .renderItem=${renderRow}
    ></rtk-paginated-list>`);
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.getAttribute('aria-busy')).to.equal('true');
    expect(fake.calls[0][0]).to.be.at.least(before);
    expect(fake.calls[0].slice(1)).to.deep.equal([5, true]);
    fake.release();
    await until(() => list.getAttribute('aria-busy') === 'false');
    expect(texts(el)).to.deep.equal([
      'Message 0',
      'Message 1',
      'Message 2',
      'Message 3',
      'Message 4',
    ]);
    await el.loadMore();
    await el.updateComplete;
    expect(fake.calls[1]).to.deep.equal([rows[4].timestamp, 5, true]);
    expect(texts(el).length).to.equal(10);
  });

  it('loads the next page when its end scrolls into view', async () => {
    const fake = fakeFetch();
    const el = await fixture<RtkPaginatedList<Row>>(html`<rtk-paginated-list
      style="--rtk-paginated-list-max-height: 120px"
      page-size="10"
      .fetchData=${fake.fetchData}
      .renderItem=${(row: Row) => html`<div style="height: 30px">${row.text}</div>`}
    ></rtk-paginated-list>`);
    await until(() => texts(el).length === 10, 'first page');
    await el.updateComplete;
    expect(fake.calls.length).to.equal(1); // the end is out of view
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
    box.scrollTop = box.scrollHeight;
    await until(() => texts(el).length === 20, 'second page after scrolling');
  });

  it('is operable from the keyboard', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <button>Before</button>
      <rtk-paginated-list page-size="2" style=${short} .renderItem=${renderName} .items=${['a', 'b', 'c']}></rtk-paginated-list>
    </div>`);
    const el = page.querySelector<RtkPaginatedList<string>>('rtk-paginated-list')!;
    await el.updateComplete;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('load-more');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(3);
    // The button went with the last page: focus stays in the list, not lost to the page.
    await until(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'container');
  });

  it('says so when the list is empty', async () => {
    const el = await fixture<RtkPaginatedList>(
      html`<rtk-paginated-list .fetchData=${async () => []}></rtk-paginated-list>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part="empty"]'));
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(
      'Nothing here yet.',
    );
    el.emptyListLabel = 'No messages yet';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('No messages yet');
    await expect(el).to.be.accessible();
  });

  it('shows a failed fetch and retries from the button, without unhandled rejections', async () => {
    const watch = watchErrors();
    try {
      let fail = true;
      const el = await fixture<RtkPaginatedList<Row>>(html`<rtk-paginated-list
        page-size="5"
        style=${short}
        .fetchData=${async (t: number, size: number) => {
          if (fail) throw new Error('offline');
          return rows.filter((r) => r.timestamp < t).slice(0, size);
        }}
        .renderItem=${renderRow}
      ></rtk-paginated-list>`);
      await until(() => el.shadowRoot!.textContent!.includes('Could not load more items.'));
      fail = false;
      buttonByName(el, 'Load more')!.click();
      await until(() => texts(el).length === 5);
      expect(el.shadowRoot!.textContent).not.to.include('Could not load');
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('adds, updates and deletes nodes, and resets', async () => {
    const fake = fakeFetch();
    const el = await fixture<RtkPaginatedList<Row>>(html`<rtk-paginated-list
      page-size="2"
      style=${short}
      .fetchData=${fake.fetchData}
      .renderItem=${renderRow}
    ></rtk-paginated-list>`);
    await until(() => texts(el).length === 2);
    el.onNewNode({ id: 99, text: 'Newest', timestamp: 2_000_000 });
    el.onNodeUpdate(0, { ...rows[0], text: 'Edited' });
    el.onNodeDelete(1);
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Newest', 'Edited']);
    el.reset();
    await until(() => texts(el).join() === 'Message 0,Message 1');
  });

  it('offers "Show new items" when a new item arrives while scrolled away', async () => {
    const fake = fakeFetch();
    const el = await fixture<RtkPaginatedList<Row>>(html`<rtk-paginated-list
      page-size="5"
      style=${short}
      .fetchData=${fake.fetchData}
      .renderItem=${renderRow}
    ></rtk-paginated-list>`);
    await until(() => texts(el).length === 5);
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
    box.scrollTop = 100;
    el.onNewNode({ id: 100, text: 'Fresh', timestamp: 3_000_000 });
    await el.updateComplete;
    const show = buttonByName(el, 'Show new items')!;
    expect(show).to.exist;
    show.click();
    await el.updateComplete;
    expect(box.scrollTop).to.equal(0);
    expect(buttonByName(el, 'Show new items')).to.equal(undefined);
  });
});
