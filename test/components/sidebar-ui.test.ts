import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as litHtml, render } from 'lit';
import '../../src/components/sidebar-ui/rtk-sidebar-ui.js';
import type { RtkSidebarUi } from '../../src/components/sidebar-ui/rtk-sidebar-ui.js';
import { deepActiveElement, queryDeep } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

const TABS = [
  { id: 'chat', name: 'Chat' },
  { id: 'polls', name: 'Polls' },
];

describe('<rtk-sidebar-ui>', () => {
  it('shows tabs, the current panel and a close button', async () => {
    const el = await fixture<RtkSidebarUi>(
      html`<rtk-sidebar-ui .tabs=${TABS} current-tab="polls"><p>Content</p></rtk-sidebar-ui>`,
    );
    const tabs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')];
    expect(
      tabs.map((t) => [
        t.textContent!.trim(),
        t.getAttribute('aria-selected'),
        t.getAttribute('tabindex'),
      ]),
    ).to.deep.equal([
      ['Chat', 'false', '-1'],
      ['Polls', 'true', '0'],
    ]);
    expect(el.shadowRoot!.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal(
      'Sidebar sections',
    );
    expect(el.shadowRoot!.querySelector('[part="close"]')!.getAttribute('label')).to.equal(
      'Close sidebar',
    );
    await expect(el).to.be.accessible();
  });

  it('fires tabChange on click and arrows (mirrored right to left), sidebarClose on Escape and close', async () => {
    const el = await fixture<RtkSidebarUi>(
      html`<rtk-sidebar-ui .tabs=${TABS} current-tab="chat"></rtk-sidebar-ui>`,
    );
    let change = oneEvent(el, 'tabChange');
    (el.shadowRoot!.querySelectorAll('[role="tab"]')[1] as HTMLElement).click();
    expect((await change).detail).to.equal('polls');
    (el.shadowRoot!.querySelector('[role="tab"]') as HTMLElement).focus();
    change = oneEvent(el, 'tabChange');
    await sendKeys({ press: 'ArrowRight' });
    expect((await change).detail).to.equal('polls');
    el.setAttribute('dir', 'rtl');
    change = oneEvent(el, 'tabChange');
    await sendKeys({ press: 'ArrowLeft' });
    expect((await change).detail).to.equal('polls');
    let close = oneEvent(el, 'sidebarClose');
    await sendKeys({ press: 'Escape' });
    await close;
    close = oneEvent(el, 'sidebarClose');
    queryDeep<HTMLElement>(el, '[part="close"]')!.click();
    await close;
  });

  it('focuses the close button with focus-close-button, and hides header or close on request', async () => {
    const el = await fixture<RtkSidebarUi>(
      html`<rtk-sidebar-ui focus-close-button .tabs=${TABS}></rtk-sidebar-ui>`,
    );
    expect(deepActiveElement()?.closest('button')).to.equal(
      queryDeep(el, '[part="close"]')!.shadowRoot!.querySelector('button'),
    );
    const bare = await fixture<RtkSidebarUi>(
      html`<rtk-sidebar-ui hide-close-action .tabs=${[TABS[0]]}></rtk-sidebar-ui>`,
    );
    expect(bare.shadowRoot!.querySelector('[part="close"]')).to.equal(null);
    expect(bare.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Chat');
    const headless = await fixture<RtkSidebarUi>(
      html`<rtk-sidebar-ui hide-header .tabs=${TABS}></rtk-sidebar-ui>`,
    );
    expect(headless.shadowRoot!.querySelector('[part="header"]')).to.equal(null);
  });

  describe('tabs that do not fit', () => {
    const GERMAN = [
      { id: 'chat', name: 'Chat' },
      { id: 'polls', name: 'Umfragen' },
      { id: 'participants', name: 'Teilnehmende' },
      { id: 'plugins', name: 'Plugins' },
    ];
    const ARABIC = [
      { id: 'chat', name: 'الدردشة' },
      { id: 'polls', name: 'الاستطلاعات' },
      { id: 'participants', name: 'المشاركون' },
      { id: 'plugins', name: 'الإضافات' },
    ];

    /** A sidebar-ui that sets currentTab on tabChange, as its owner would, `width` px wide. */
    async function mountFolding(tabs = GERMAN, width = 352, current = 'chat', dir = 'ltr') {
      const box = await fixture<HTMLElement>(
        html`<div dir=${dir} style="width: ${width}px; height: 400px"></div>`,
      );
      render(
        litHtml`<rtk-sidebar-ui
          style="width: 100%"
          .tabs=${tabs}
          current-tab=${current}
          @tabChange=${(e: CustomEvent<string>) => ((e.currentTarget as RtkSidebarUi).currentTab = e.detail)}
        ></rtk-sidebar-ui>`,
        box,
      );
      const el = box.querySelector<RtkSidebarUi>('rtk-sidebar-ui')!;
      await rendered(box);
      return el;
    }

    const box = (el: Element | null | undefined) => el!.getBoundingClientRect();
    /** The tabs a person sees: not folded, and with their box inside the header. */
    const visibleTabs = (el: RtkSidebarUi) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].filter(
        (t) => getComputedStyle(t).visibility !== 'hidden',
      );
    const more = (el: RtkSidebarUi) =>
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-tabs"]');

    /** Nothing clipped or covered: each visible tab and More inside the header, clear of close. */
    function expectClear(el: RtkSidebarUi) {
      const header = box(el.shadowRoot!.querySelector('[part="header"]'));
      const close = box(el.shadowRoot!.querySelector('[part="close"]'));
      for (const control of [...visibleTabs(el), more(el)].filter(Boolean)) {
        const r = box(control);
        const name = control!.textContent!.trim();
        expect(r.left, `${name} starts inside`).to.be.at.least(header.left);
        expect(r.right, `${name} ends inside`).to.be.at.most(header.right);
        expect(r.right <= close.left || r.left >= close.right, `${name} clear of close`).to.equal(
          true,
        );
        expect(control!.scrollWidth, `${name} not cut off`).to.be.at.most(control!.clientWidth);
      }
    }

    it('all fit: no More button', async () => {
      const el = await mountFolding(GERMAN, 600);
      expect(visibleTabs(el).map((t) => t.textContent!.trim())).to.deep.equal(
        GERMAN.map((t) => t.name),
      );
      expect(more(el)).to.equal(null);
      expectClear(el);
    });

    it('folds German tabs that do not fit into More, keeping the current one', async () => {
      const el = await mountFolding(GERMAN, 352, 'plugins');
      await until(() => more(el), 'no More button');
      await rendered(el);
      const shown = visibleTabs(el).map((t) => t.textContent!.trim());
      expect(shown).to.include('Plugins');
      expect(shown.length).to.be.within(1, 3);
      expectClear(el);
      // Folded tabs are out of the accessibility tree; More names itself and its menu.
      expect(more(el)!.getAttribute('aria-label')).to.equal('More sections');
      expect(more(el)!.getAttribute('aria-haspopup')).to.equal('menu');
      await expect(el).to.be.accessible();
    });

    it('right to left (Arabic) at a phone width', async () => {
      const el = await mountFolding(ARABIC, 300, 'chat', 'rtl');
      await until(() => more(el), 'no More button');
      await rendered(el);
      expectClear(el);
      // The first tab sits at the right edge, More after the tabs (to their left).
      const [first] = visibleTabs(el);
      expect(first.textContent!.trim()).to.equal('الدردشة');
      expect(box(more(el)).right).to.be.at.most(box(visibleTabs(el).at(-1)).left);
    });

    it('choosing a folded tab from More shows and focuses it', async () => {
      const el = await mountFolding(GERMAN, 300, 'chat');
      await until(() => more(el), 'no More button');
      await rendered(el);
      more(el)!.click();
      const menu = el.shadowRoot!.querySelector('rtk-menu')!;
      await until(() => menu.hasAttribute('open'), 'menu did not open');
      const items = [...menu.querySelectorAll<HTMLElement>('rtk-menu-item')];
      const folded = items.map((i) => i.textContent!.trim());
      expect(folded).to.include('Plugins');
      const change = oneEvent(el, 'tabChange');
      items[folded.indexOf('Plugins')].click();
      expect((await change).detail).to.equal('plugins');
      await until(
        () => deepActiveElement()?.textContent?.trim() === 'Plugins',
        () => `focus on ${deepActiveElement()?.outerHTML}`,
      );
      expect(visibleTabs(el).map((t) => t.textContent!.trim())).to.include('Plugins');
      expectClear(el);
    });

    it('arrow keys reach folded tabs, which unfold and take focus', async () => {
      const el = await mountFolding(GERMAN, 300, 'chat');
      await until(() => more(el), 'no More button');
      await rendered(el);
      visibleTabs(el)[0].focus();
      await sendKeys({ press: 'End' });
      await until(() => deepActiveElement()?.textContent?.trim() === 'Plugins', 'End');
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => deepActiveElement()?.textContent?.trim() === 'Teilnehmende', 'Left');
      expectClear(el);
    });

    it('unfolds when the panel grows', async () => {
      const el = await mountFolding(GERMAN, 300, 'chat');
      await until(() => more(el), 'no More button');
      el.parentElement!.style.width = '640px';
      await until(() => !more(el), 'still folded');
      expect(visibleTabs(el)).to.have.length(4);
    });
  });
});
