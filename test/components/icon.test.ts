import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/icon/rtk-icon.js';
import type { RtkIcon } from '../../src/components/icon/rtk-icon.js';
import { defaultIconPack } from '../../src/icons/icon-pack.js';
import { failOnConsoleErrors } from '../helpers/console.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Collects console.warn calls until restored. */
function spyWarn() {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

describe('<rtk-icon>', () => {
  failOnConsoleErrors();

  it('renders an icon of the default pack, hidden from assistive technology', async () => {
    const el = await fixture<RtkIcon>(html`<rtk-icon icon="mic_on"></rtk-icon>`);
    const wrapper = part(el, 'wrapper')!;
    expect(wrapper.getAttribute('aria-hidden')).to.equal('true');
    expect(wrapper.hasAttribute('role')).to.equal(false);
    expect(el.shadowRoot!.querySelector('path')!.getAttribute('d')).to.equal(
      defaultIconPack.mic_on,
    );
    await expect(el).to.be.accessible();
  });

  it('draws a real SVG path, with a size on screen', async () => {
    const el = await fixture<RtkIcon>(
      html`<rtk-icon icon="mic_on" style="font-size: 24px"></rtk-icon>`,
    );
    const path = el.shadowRoot!.querySelector('path')!;
    expect(path.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    const box = (path as SVGPathElement).getBBox();
    expect(box.width).to.be.above(0);
    expect(box.height).to.be.above(0);
  });

  it('is an image named by its label', async () => {
    const el = await fixture<RtkIcon>(
      html`<rtk-icon icon="warning" label="Poor connection"></rtk-icon>`,
    );
    const wrapper = part(el, 'wrapper')!;
    expect(wrapper.getAttribute('role')).to.equal('img');
    expect(wrapper.getAttribute('aria-label')).to.equal('Poor connection');
    expect(wrapper.hasAttribute('aria-hidden')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('takes icons from its iconPack, falling back to the default pack', async () => {
    const el = await fixture<RtkIcon>(
      html`<rtk-icon icon="chat" .iconPack=${{ chat: 'M1 1h2' }}></rtk-icon>`,
    );
    expect(el.shadowRoot!.querySelector('path')!.getAttribute('d')).to.equal('M1 1h2');
    el.icon = 'send';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('path')!.getAttribute('d')).to.equal(defaultIconPack.send);
  });

  it('renders nothing and warns once for an unknown name or SVG markup, never parsing it', async () => {
    const spy = spyWarn();
    try {
      const svg = '<svg><script>alert(1)</script><path d="M0 0"/></svg>';
      const el = await fixture<RtkIcon>(html`<rtk-icon .icon=${svg}></rtk-icon>`);
      expect(el.shadowRoot!.querySelector('svg, script, path')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      await fixture<RtkIcon>(html`<rtk-icon .icon=${svg}></rtk-icon>`);
      expect(spy.calls.length).to.equal(1);
      expect(String(spy.calls[0][0])).to.match(/no icon named/);
      await fixture<RtkIcon>(html`<rtk-icon icon="constructor"></rtk-icon>`);
      expect(spy.calls.length).to.equal(2);
    } finally {
      spy.restore();
    }
  });

  it('mirrors directional icons in right-to-left text only', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><rtk-icon icon="chevron_right"></rtk-icon><rtk-icon icon="mic_on"></rtk-icon></div>`,
    );
    const [arrow, mic] = [...wrap.querySelectorAll('rtk-icon')] as RtkIcon[];
    await arrow.updateComplete;
    await mic.updateComplete;
    expect(getComputedStyle(arrow.shadowRoot!.querySelector('svg')!).scale).to.equal('-1 1');
    expect(getComputedStyle(mic.shadowRoot!.querySelector('svg')!).scale).to.equal('none');
    wrap.dir = 'ltr';
    expect(getComputedStyle(arrow.shadowRoot!.querySelector('svg')!).scale).to.equal('none');
  });

  it('has every icon the kit needs, each valid path data', () => {
    const needed = [
      'chat',
      'poll',
      'participants',
      'plugins',
      'settings',
      'more_vertical',
      'share_screen_start',
      'share_screen_stop',
      'record',
      'stop',
      'stage_join',
      'stage_leave',
      'hand_raise',
      'send',
      'attach',
      'image',
      'file',
      'download',
      'emoji',
      'search',
      'chevron_up',
      'chevron_down',
      'chevron_left',
      'chevron_right',
      'check',
      'info',
      'fullscreen_enter',
      'fullscreen_exit',
      'pip',
      'spotlight',
      'grid',
      'speaker',
      'person_remove',
      'crown',
      'wifi',
      'wifi_weak',
      'copy',
      'edit',
      'delete',
      'reply',
      'clock',
      'mic_on',
      'mic_off',
      'video_on',
      'video_off',
      'call_end',
      'pin',
      'person',
      'warning',
      'rejoin',
      'close',
    ];
    const pack = defaultIconPack as Record<string, string>;
    for (const name of needed) expect(pack[name], name).to.be.a('string');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    svg.append(path);
    document.body.append(svg);
    try {
      for (const [name, d] of Object.entries(pack)) {
        path.setAttribute('d', d);
        expect(path.getTotalLength(), name).to.be.greaterThan(0);
      }
    } finally {
      svg.remove();
    }
  });
});
