import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/icon/rtk-icon.js';
import '../../src/components/mic-toggle/rtk-mic-toggle.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkIcon } from '../../src/components/icon/rtk-icon.js';
import type { IconPack } from '../../src/icons/icon-pack.js';
import { render } from 'lit';
import { markupReady, renderIcon } from '../../src/icons/render-icon.js';
import { demoMeeting, queryDeep } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

declare global {
  interface Window {
    /** Set by any hostile markup that manages to run. */
    pwned?: string;
  }
}

const SVG = 'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"';
const SHAPE = '<path d="M4 4h16v16H4z" fill="currentColor"/>';

/** Official-style icons whose markup tries to act; each also draws a real shape. */
const hostile: Record<string, string> = {
  script: `<svg ${SVG}><script>window.pwned='script'</script>${SHAPE}</svg>`,
  onload: `<svg ${SVG} onload="window.pwned='onload'">${SHAPE}</svg>`,
  onerror: `<svg ${SVG}><image href="x:" onerror="window.pwned='onerror'"/>${SHAPE}</svg>`,
  foreign: `<svg ${SVG}><foreignObject width="24" height="24"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x:" onerror="window.pwned='foreign'"/><iframe src="javascript:parent.pwned='iframe'"></iframe></div></foreignObject>${SHAPE}</svg>`,
  link: `<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink"><a href="javascript:window.pwned='a'" xlink:href="javascript:window.pwned='xlink'"><circle cx="12" cy="12" r="9"/></a>${SHAPE}</svg>`,
  use: `<svg ${SVG}><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;/svg&gt;#x"/>${SHAPE}</svg>`,
  image: `<svg ${SVG}><image href="https://example.invalid/i.png" width="24" height="24"/>${SHAPE}</svg>`,
  animate: `<svg ${SVG}><a><animate attributeName="href" values="javascript:window.pwned='animate'"/><set attributeName="onclick" to="window.pwned='set'"/></a>${SHAPE}</svg>`,
  style: `<svg ${SVG}><style>path{fill:url(javascript:alert(1))}</style>${SHAPE.replace('/>', ' style="fill:red" onclick="window.pwned=1"/>')}</svg>`,
  url: `<svg ${SVG}><path d="M4 4h16v16H4z" fill="url(javascript:window.pwned='url')" clip-path="url(https://example.invalid/#c)"/>${SHAPE}</svg>`,
};

/** What a drawn markup icon holds: element names and attribute names, deep. */
function inventory(root: Element): { elements: string[]; attributes: string[] } {
  const elements: string[] = [];
  const attributes: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    elements.push(el.localName);
    for (const a of el.attributes) attributes.push(`${a.name}=${a.value}`);
  }
  return { elements, attributes };
}

async function drawn(pack: IconPack, name: string): Promise<SVGSVGElement> {
  const el = await fixture<RtkIcon>(
    html`<rtk-icon icon=${name} .iconPack=${pack} style="font-size: 24px"></rtk-icon>`,
  );
  await markupReady(pack);
  await el.updateComplete;
  return el.shadowRoot!.querySelector<SVGSVGElement>('svg[part="icon"]')!;
}

describe('icon packs as SVG markup', () => {
  beforeEach(() => delete window.pwned);

  // First: the drawer of markup icons is not loaded yet in this page.
  it('draws the default icon, never the markup as path data, until the drawer is in', () => {
    const markup = `<svg ${SVG}>${SHAPE}</svg>`;
    const box = document.createElement('div');
    render(renderIcon('mic_on', { mic_on: markup } as IconPack, 'M1 1h2'), box);
    expect(box.querySelector('path')!.getAttribute('d')).to.equal('M1 1h2');
    // A caller that hands the pack's own value on as the fallback (rtk-controlbar-button).
    render(renderIcon('mic_on', { mic_on: markup } as IconPack, markup), box);
    expect(box.querySelector('svg[part="icon"]')!.children.length).to.equal(0);
  });

  it('draws the official format: one <svg> of markup per name, filled shapes kept', async () => {
    const pack = {
      mic_on: `<svg width="24" height="24" fill="none" ${SVG}><path d="M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6z" fill="currentColor"/><circle cx="12" cy="19" r="2" stroke="currentColor"/></svg>`,
    } as IconPack;
    const svg = await drawn(pack, 'mic_on');
    expect(svg.getAttribute('viewBox')).to.equal('0 0 24 24');
    expect(svg.getAttribute('width')).to.equal('1em');
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.getAttribute('fill')).to.equal('none');
    const path = svg.querySelector('path')!;
    expect(path.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(path.getAttribute('fill')).to.equal('currentColor');
    expect((path as SVGPathElement).getBBox().width).to.be.above(0);
    expect(svg.querySelector('circle')!.getAttribute('r')).to.equal('2');
  });

  for (const [name, markup] of Object.entries(hostile)) {
    it(`keeps only inert shapes of hostile markup: ${name}`, async () => {
      const svg = await drawn({ [name]: markup } as IconPack, name);
      // Give anything that slipped through the chance to load and run.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      expect(window.pwned, 'hostile markup ran').to.equal(undefined);
      const { elements, attributes } = inventory(svg);
      for (const element of elements)
        expect(['path', 'circle', 'g']).to.include(element, `kept <${element}>`);
      for (const attribute of attributes) {
        expect(attribute).to.not.match(/^(on|href|xlink|style|src)/i);
        expect(attribute).to.not.match(/javascript|url\(|https?:/i);
      }
      // The shape still draws.
      const shape = [...svg.querySelectorAll('path')].find(
        (p) => p.getAttribute('d') === 'M4 4h16v16H4z' && p.getAttribute('fill') === 'currentColor',
      );
      expect(shape, 'the shape is gone').to.exist;
      expect((shape as SVGPathElement).getBBox().width).to.be.above(0);
    });
  }

  it('draws nothing for markup that is not SVG, and keeps path-data packs working', async () => {
    const pack = {
      mic_on: '<div onclick="x">not an icon</div>',
      mic_off: 'M3 3l18 18',
    } as IconPack;
    const empty = await drawn(pack, 'mic_on');
    expect(empty.children.length).to.equal(0);
    const path = await drawn(pack, 'mic_off');
    expect(path.querySelector('path')!.getAttribute('d')).to.equal('M3 3l18 18');
  });

  it('redraws the icons of a provided pack once the markup drawer has loaded', async () => {
    const meeting = await demoMeeting({ join: true });
    const pack = {
      mic_on: `<svg ${SVG}><rect x="6" y="2" width="12" height="20" rx="6" fill="currentColor"/></svg>`,
      mic_off: `<svg ${SVG}><rect x="6" y="2" width="12" height="20" rx="6" fill="currentColor"/></svg>`,
    } as IconPack;
    const el = await fixture(
      html`<rtk-ui-provider .meeting=${meeting} .iconPack=${pack}
        ><rtk-mic-toggle></rtk-mic-toggle
      ></rtk-ui-provider>`,
    );
    const toggle = el.querySelector('rtk-mic-toggle')!;
    await until(() => queryDeep(toggle, 'svg[part="icon"] rect'), 'the markup icon never drew');
    expect(queryDeep(toggle, 'svg[part="icon"] rect')!.getAttribute('rx')).to.equal('6');
  });
});
