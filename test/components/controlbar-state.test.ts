// What a person sees of the control bar's state: a muted microphone or camera and an open panel
// look different at a glance, in every theme, following the ARIA state; badges stay readable;
// the "More" menu shows icon and name in every row, and is a bottom sheet on a phone.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import '../../src/components/controlbar/rtk-controlbar.js';
import type { RtkControlbar } from '../../src/components/controlbar/rtk-controlbar.js';
import { themes, type ThemeName } from '../../src/styles/theme.js';
import { useLanguage } from '../../src/i18n/t.js';
import { de } from '../../src/i18n/packs/de.js';
import type { DemoMeeting, DemoPresetName } from '../../src/demo/index.js';
import { deepActiveElement, demoMeeting, nameOf, queryDeep } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

const THEMES: ThemeName[] = ['dark', 'light', 'high-contrast'];

/** `rgb(…)` / `rgba(…)` / `#rrggbb` as 0..255 channels and alpha. */
function channels(color: string): [number, number, number, number] {
  if (color.startsWith('#')) {
    const n = parseInt(color.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** The computed form of a palette colour. */
const css = (hex: string) => {
  const [r, g, b] = channels(hex);
  return `rgb(${r}, ${g}, ${b})`;
};

/** WCAG contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = channels(c)
      .slice(0, 3)
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function mountBar(
  theme: ThemeName,
  preset: DemoPresetName = 'host',
  width = '1400px',
): Promise<{ bar: RtkControlbar; meeting: DemoMeeting }> {
  const meeting = await demoMeeting({ join: true, preset });
  const provider = await fixture(
    html`<rtk-ui-provider theme=${theme} .meeting=${meeting}>
      <rtk-controlbar style="inline-size: ${width}"></rtk-controlbar>
    </rtk-ui-provider>`,
  );
  const bar = provider.querySelector<RtkControlbar>('rtk-controlbar')!;
  await rendered(bar);
  return { bar, meeting };
}

/** The `<button>` of the control `tag` in the bar. */
const buttonOf = (bar: Element, tag: string) =>
  queryDeep<HTMLButtonElement>(queryDeep(bar, tag)!, 'button')!;

/** Waits until `button` (after its colour transition) is filled with `fill`; returns its look. */
async function filled(button: HTMLElement, fill: string, what: string) {
  await until(
    () => getComputedStyle(button).backgroundColor === fill,
    () => `${what}: background ${getComputedStyle(button).backgroundColor}, expected ${fill}`,
  );
  const style = getComputedStyle(button);
  return { background: style.backgroundColor, color: style.color };
}

describe('control bar state at a glance', () => {
  afterEach(() => resetMouse());

  for (const theme of THEMES) {
    const palette = themes[theme];

    it(`a muted microphone looks different from one that is on (${theme})`, async () => {
      const { bar, meeting } = await mountBar(theme);
      const mic = buttonOf(bar, 'rtk-mic-toggle');
      expect(mic.getAttribute('aria-pressed')).to.equal('true');
      const on = await filled(mic, css(palette['color-background-800']), 'mic on');
      mic.click();
      await until(() => !meeting.self.audioEnabled, 'the microphone stayed on');
      await until(() => mic.getAttribute('aria-pressed') === 'false', 'aria-pressed stayed true');
      const off = await filled(mic, css(palette['color-danger']), 'mic off');
      expect(off.background).to.not.equal(on.background);
      expect(nameOf(mic)).to.equal('Mic off');
      expect(contrast(off.color, off.background)).to.be.at.least(4.5);
      // The meeting turning it on (not a click) brings the plain look back with aria-pressed.
      await meeting.self.enableAudio();
      await until(() => mic.getAttribute('aria-pressed') === 'true', 'aria-pressed stayed false');
      await filled(mic, on.background, 'mic on again');
      // The camera follows the same rule.
      const camera = buttonOf(bar, 'rtk-camera-toggle');
      await meeting.self.disableVideo();
      await until(() => camera.getAttribute('aria-pressed') === 'false', 'camera still pressed');
      await filled(camera, css(palette['color-danger']), 'camera off');
    });

    it(`an open chat looks different from a closed one (${theme})`, async () => {
      const { bar } = await mountBar(theme);
      const chat = buttonOf(bar, 'rtk-chat-toggle');
      expect(chat.getAttribute('aria-pressed')).to.equal('false');
      const closed = await filled(chat, css(palette['color-background-800']), 'chat closed');
      chat.click();
      await until(() => chat.getAttribute('aria-pressed') === 'true', 'chat did not open');
      const open = await filled(chat, css(palette['color-brand-500']), 'chat open');
      expect(open.background).to.not.equal(closed.background);
      expect(contrast(open.color, open.background)).to.be.at.least(4.5);
      // Opening another panel closes the chat: its look follows.
      buttonOf(bar, 'rtk-polls-toggle').click();
      await until(() => chat.getAttribute('aria-pressed') === 'false', 'chat stayed open');
      await filled(chat, closed.background, 'chat closed again');
      await filled(buttonOf(bar, 'rtk-polls-toggle'), open.background, 'polls open');
    });

    it(`badges stay readable and apart from the button, closed and open (${theme})`, async () => {
      const { bar, meeting } = await mountBar(theme);
      meeting.director.knock('Grace');
      const badge = () => queryDeep(bar, '[part="waiting-participants-count"]');
      await until(badge, 'no waiting badge');
      const participants = buttonOf(bar, 'rtk-participants-toggle');
      for (const open of [false, true]) {
        if (open) {
          participants.click();
          await until(() => participants.getAttribute('aria-pressed') === 'true', 'not open');
          await filled(participants, css(palette['color-brand-500']), 'participants open');
        }
        const style = getComputedStyle(badge()!);
        const button = getComputedStyle(participants).backgroundColor;
        expect(contrast(style.color, style.backgroundColor), `open: ${open}`).to.be.at.least(4.5);
        expect(style.backgroundColor, `open: ${open}`).to.not.equal(button);
        expect(style.boxShadow, `open: ${open}`).to.not.equal('none');
        expect(parseFloat(style.fontSize)).to.be.at.least(12);
      }
    });
  }

  it('a disabled microphone (not allowed) is not drawn as an alert', async () => {
    const { bar } = await mountBar('dark', 'webinar-viewer');
    const mic = buttonOf(bar, 'rtk-mic-toggle');
    expect(mic.getAttribute('aria-pressed')).to.equal('false');
    expect(mic.getAttribute('aria-disabled')).to.equal('true');
    await filled(mic, css(themes.dark['color-background-800']), 'disabled mic');
  });
});

describe('nothing clipped in the bar', () => {
  for (const width of [768, 1280, 1920]) {
    it(`German labels at ${width} px: every control on one line, in the bar or in "More"`, async () => {
      const meeting = await demoMeeting({ join: true, preset: 'host' });
      const bar = await fixture<RtkControlbar>(
        html`<rtk-controlbar
          style="inline-size: ${width}px"
          .meeting=${meeting}
          .t=${useLanguage(de)}
        ></rtk-controlbar>`,
      );
      await rendered(bar);
      const container = bar.shadowRoot!.querySelector<HTMLElement>('[part="container"]')!;
      const defaults = bar.shadowRoot!.querySelector<HTMLElement>('.defaults')!;
      const box = container.getBoundingClientRect();
      // Each visible control's own button ("More" is the first button of its element).
      const buttons = [...defaults.children]
        .filter((c) => !(c as HTMLElement).hidden)
        .map((c) => queryDeep<HTMLButtonElement>(c, 'button'))
        .filter((b): b is HTMLButtonElement => Boolean(b?.getClientRects().length));
      expect(buttons.map(nameOf)).to.include.members([
        'Mikro an',
        'Kamera an',
        'Mehr',
        'Verlassen',
      ]);
      const rects = buttons.map((b) => b.getBoundingClientRect());
      for (const [i, rect] of rects.entries()) {
        const name = nameOf(buttons[i]);
        expect(rect.left, name).to.be.at.least(box.left - 0.5);
        expect(rect.right, name).to.be.at.most(box.right + 0.5);
        // One line: as high as every other control.
        expect(rect.height, name).to.be.closeTo(rects[0].height, 0.5);
        const next = rects[i + 1];
        if (next)
          expect(rect.right, `${name} overlaps the next control`).to.be.at.most(next.left + 0.5);
      }
    });
  }
});

describe('the "More" menu shows names', () => {
  afterEach(() => resetMouse());

  /** The visible rows of the open menu: each control's button. */
  const rows = (bar: Element) =>
    [...queryDeep(bar, 'rtk-more-toggle')!.children]
      .filter((c) => !(c as HTMLElement).hidden)
      .map((c) => queryDeep<HTMLButtonElement>(c, 'button')!)
      .filter(Boolean);

  function expectNamedRows(bar: Element) {
    const shown = rows(bar);
    expect(shown.length).to.be.above(1);
    for (const row of shown) {
      const rect = row.getBoundingClientRect();
      expect(rect.height, nameOf(row)).to.be.at.least(44);
      const label = row.querySelector<HTMLElement>('[part="label"]')!;
      const text = label.getBoundingClientRect();
      expect(label.classList.contains('visually-hidden'), nameOf(row)).to.equal(false);
      expect(text.width, nameOf(row)).to.be.above(8);
      expect(parseFloat(getComputedStyle(label).fontSize), nameOf(row)).to.be.at.least(14);
      expect(label.textContent!.trim()).to.equal(nameOf(row));
      expect(row.querySelector('svg'), `${nameOf(row)} has an icon`).to.exist;
    }
  }

  async function openMore(bar: RtkControlbar) {
    const more = buttonOf(bar, 'rtk-more-toggle');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => more.getAttribute('aria-expanded') === 'true', 'More did not open');
    await rendered(bar);
    const menu = queryDeep(bar, 'rtk-more-toggle')!.shadowRoot!.querySelector<HTMLElement>(
      '[part="menu"]',
    )!;
    return { more, menu };
  }

  it('on a phone it is a sheet along the bottom, with icon and name in rows of 44 px', async () => {
    const { bar } = await mountBar('dark', 'host', '100%');
    bar.size = 'sm';
    await rendered(bar);
    const { more, menu } = await openMore(bar);
    // The sheet holds the menu's items; the menu itself dims the page around it.
    const rect = menu.querySelector('.sheet')!.getBoundingClientRect();
    expect(rect.left).to.be.closeTo(0, 1);
    expect(rect.right).to.be.closeTo(document.documentElement.clientWidth, 1);
    expect(rect.bottom).to.be.closeTo(innerHeight, 1);
    expect(rect.height).to.be.at.most(innerHeight * 0.7 + 1);
    expect(menu.matches(':popover-open')).to.equal(true);
    expectNamedRows(bar);
    // Escape closes it and gives focus back to "More".
    await sendKeys({ press: 'Escape' });
    await until(() => more.getAttribute('aria-expanded') === 'false', 'Escape did not close');
    expect(nameOf(deepActiveElement()!)).to.equal('More');
    // A tap outside (on the dimmed page above the sheet) closes it too, and does not reach
    // what is under the dimmed page.
    const under = document.createElement('button');
    under.textContent = 'Under';
    under.style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-start: 0';
    let clicks = 0;
    under.addEventListener('click', () => clicks++);
    document.body.append(under);
    try {
      await openMore(bar);
      await sendMouse({ type: 'click', position: [10, 10] });
      await until(
        () => more.getAttribute('aria-expanded') === 'false',
        'a tap outside did not close',
      );
      expect(menu.matches(':popover-open')).to.equal(false);
      expect(clicks).to.equal(0);
    } finally {
      under.remove();
    }
  });

  it('a tap inside the sheet, between rows, keeps it open', async () => {
    const { bar } = await mountBar('light', 'host', '100%');
    bar.size = 'sm';
    await rendered(bar);
    const { more, menu } = await openMore(bar);
    const rect = menu.querySelector('.sheet')!.getBoundingClientRect();
    // The sheet's own padding, above its first row.
    await sendMouse({
      type: 'click',
      position: [Math.round(rect.left + 20), Math.round(rect.top + 4)],
    });
    await rendered(bar);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
  });

  it('on a larger screen it stays a popup, and its rows show icon and name too', async () => {
    const { bar } = await mountBar('light');
    const { menu } = await openMore(bar);
    const rect = menu.getBoundingClientRect();
    expect(rect.width).to.be.below(innerWidth / 2);
    expectNamedRows(bar);
    // Turned into a phone while open: the popup becomes the sheet.
    bar.size = 'sm';
    await rendered(bar);
    expect(menu.getBoundingClientRect().left).to.equal(0);
    const sheet = menu.querySelector('.sheet')!.getBoundingClientRect();
    expect(sheet.bottom).to.be.closeTo(innerHeight, 1);
    expect(sheet.width).to.be.closeTo(document.documentElement.clientWidth, 1);
  });
});
