import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/idle-screen/rtk-idle-screen.js';
import '../../src/components/meeting/rtk-meeting.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import {
  BRAND_SHADES,
  contrastRatio,
  deriveBrandShades,
  parseHex,
  rgbToOklch,
  textOn,
} from '../../src/styles/color.js';
import { designTokenProperties, provideRtkDesignSystem } from '../../src/styles/design-system.js';
import { locals, publicTokens, THEMES, themes, tokensCssText } from '../../src/styles/theme.js';
import { tokensCssText as generatedTokensCss } from '../../src/styles/tokens.generated.js';
import { queryDeep } from '../helpers/fixtures.js';

/** `rgb(r, g, b)` as computed styles give it, for a hex colour. */
function rgb(hex: string): string {
  const [r, g, b] = parseHex(hex)!.map((c) => Math.round(c * 255));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The spinner of the first idle screen below `root`: its top border is `--_brand`. */
function brandOf(root: Element): string {
  return getComputedStyle(queryDeep(root, '[part="spinner"]')!).borderTopColor;
}

/** The background of the first idle screen below `root`: `--_bg`. */
function backgroundOf(root: Element): string {
  return getComputedStyle(queryDeep(root, 'rtk-idle-screen')!).backgroundColor;
}

describe('design tokens', () => {
  it('ship pre-generated and fresh (run `npm run gen:tokens` when this fails)', () => {
    expect(generatedTokensCss).to.equal(tokensCssText);
  });

  describe('colour maths', () => {
    it('derives 50..900 around the brand colour, lightest to darkest, keeping the hue', () => {
      const shades = deriveBrandShades('#2160FD')!;
      expect(Object.keys(shades).map(Number)).to.deep.equal([...BRAND_SHADES]);
      expect(shades[500]).to.equal('#2160fd');
      const lightness = BRAND_SHADES.map((s) => rgbToOklch(parseHex(shades[s])!)[0]);
      for (let i = 1; i < lightness.length; i++) expect(lightness[i]).to.be.below(lightness[i - 1]);
      const hue = rgbToOklch(parseHex(shades[500])!)[2];
      for (const s of [200, 700]) {
        expect(Math.abs(rgbToOklch(parseHex(shades[s as 200])!)[2] - hue)).to.be.below(8);
      }
      for (const value of Object.values(shades)) expect(value).to.match(/^#[0-9a-f]{6}$/);
    });

    it('takes #rgb, rejects what is not a hex colour', () => {
      expect(deriveBrandShades('#f00')![500]).to.equal('#ff0000');
      expect(deriveBrandShades('red')).to.equal(undefined);
      expect(deriveBrandShades('#12345')).to.equal(undefined);
    });

    it('picks readable text on a brand colour', () => {
      expect(textOn('#2160fd')).to.equal('#ffffff');
      expect(textOn('#ffd60a')).to.equal('#080808');
    });

    it('keeps text at 4.5:1 or more in every theme palette', () => {
      for (const name of THEMES) {
        const p = themes[name];
        const pairs: Array<[string, string]> = [
          ['color-text', 'color-background-1000'],
          ['color-text', 'color-background-900'],
          ['color-text', 'color-background-800'],
          ['color-text-muted', 'color-background-1000'],
          ['color-text-muted', 'color-background-900'],
          ['color-text-muted', 'color-background-800'],
          ['color-text-on-brand', 'color-brand-500'],
          ['color-text-on-danger', 'color-danger'],
          ['color-text-on-warning', 'color-warning'],
          ['color-text-on-success', 'color-success'],
          ['color-danger', 'color-background-1000'],
          ['color-background-1000', 'color-danger'],
        ];
        for (const [fg, bg] of pairs) {
          const ratio = contrastRatio(
            parseHex(p[fg as 'color-text'])!,
            parseHex(p[bg as 'color-text'])!,
          );
          expect(ratio, `${name}: ${fg} on ${bg}`).to.be.at.least(4.5);
        }
      }
    });
  });

  describe('tokens css', () => {
    it('gives every component local a public token and keeps the existing names', () => {
      for (const name of [
        '--_brand',
        '--_brand-hover',
        '--_bg',
        '--_bg-raised',
        '--_text-muted',
        '--_space',
        '--_z-dialog',
      ]) {
        expect(tokensCssText).to.include(`${name}:`);
      }
      for (const [, token] of locals) expect(publicTokens).to.include(`--rtk-${token}`);
    });

    it('maps design tokens to custom properties', () => {
      const props = designTokenProperties({
        borderRadius: 'sharp',
        spacingBase: 6,
        fontFamily: 'Inter, sans-serif',
      });
      expect(props).to.include({
        '--rtk-radius': '0px',
        '--rtk-space-base': '6px',
        '--rtk-font-family': 'Inter, sans-serif',
      });
      expect(designTokenProperties({ borderRadius: 'extra-rounded' })['--rtk-radius']).to.equal(
        '16px',
      );
      expect(designTokenProperties({ borderRadius: 10 })['--rtk-radius-lg']).to.equal('15px');
      expect(designTokenProperties({ brand: { 500: '#ffd60a' } })).to.deep.equal({
        '--rtk-color-brand-500': '#ffd60a',
        '--rtk-color-text-on-brand': '#080808',
      });
      expect(designTokenProperties({ colors: { 'background-1000': '#000000' } })).to.deep.equal({
        '--rtk-color-background-1000': '#000000',
      });
    });
  });

  describe('provideRtkDesignSystem', () => {
    it('writes custom properties on the element only, never on the document', async () => {
      const rootBefore = document.documentElement.style.cssText;
      const bodyBefore = document.body.style.cssText;
      const el = await fixture<HTMLDivElement>(
        html`<div><rtk-idle-screen></rtk-idle-screen></div>`,
      );
      const result = provideRtkDesignSystem(el, {
        theme: 'light',
        brand: '#e11d48',
        borderRadius: 'sharp',
      });
      expect(result).to.equal(undefined);
      expect(el.style.getPropertyValue('--rtk-color-brand-500')).to.equal('#e11d48');
      expect(el.style.getPropertyValue('--rtk-color-brand-900')).to.match(/^#[0-9a-f]{6}$/);
      expect(el.style.getPropertyValue('--rtk-color-background-1000')).to.equal('#ffffff');
      expect(document.documentElement.style.cssText).to.equal(rootBefore);
      expect(document.body.style.cssText).to.equal(bodyBefore);
      expect(
        getComputedStyle(document.documentElement).getPropertyValue('--rtk-color-brand-500'),
      ).to.equal('');
    });

    it("re-themes a component's parts inside the element", async () => {
      const el = await fixture<HTMLDivElement>(
        html`<div><rtk-idle-screen></rtk-idle-screen></div>`,
      );
      await queryDeep<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'rtk-idle-screen')!
        .updateComplete;
      expect(brandOf(el)).to.equal(rgb('#2160fd'));
      expect(backgroundOf(el)).to.equal(rgb(themes.dark['color-background-1000']));
      provideRtkDesignSystem(el, { brand: '#e11d48', theme: 'light' });
      expect(brandOf(el)).to.equal(rgb('#e11d48'));
      expect(backgroundOf(el)).to.equal(rgb('#ffffff'));
    });

    it('follows prefers-color-scheme with theme "system"', async () => {
      const el = await fixture<HTMLDivElement>(
        html`<div><rtk-idle-screen></rtk-idle-screen></div>`,
      );
      provideRtkDesignSystem(el, { theme: 'system' });
      try {
        await emulateMedia({ colorScheme: 'light' });
        expect(backgroundOf(el)).to.equal(rgb(themes.light['color-background-1000']));
        await emulateMedia({ colorScheme: 'dark' });
        expect(backgroundOf(el)).to.equal(rgb(themes.dark['color-background-1000']));
      } finally {
        await emulateMedia({ colorScheme: 'no-preference' });
      }
    });
  });

  describe('themes on providers', () => {
    /** Theme code loads on first use; a provider's updateComplete waits for it. */
    const providersReady = (root: Element) =>
      Promise.all(
        [...root.querySelectorAll('rtk-ui-provider, rtk-meeting')].map(
          (p) => (p as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
        ),
      );

    it('shows two providers with different themes side by side', async () => {
      const el = await fixture<HTMLDivElement>(html`<div>
        <rtk-ui-provider id="a" theme="light"><rtk-idle-screen></rtk-idle-screen></rtk-ui-provider>
        <rtk-ui-provider id="b" theme="high-contrast"><rtk-idle-screen></rtk-idle-screen></rtk-ui-provider>
        <rtk-ui-provider id="c"><rtk-idle-screen></rtk-idle-screen></rtk-ui-provider>
      </div>`);
      await providersReady(el);
      const [a, b, c] = ['#a', '#b', '#c'].map((id) => el.querySelector(id)!);
      expect(backgroundOf(a)).to.equal(rgb(themes.light['color-background-1000']));
      expect(backgroundOf(b)).to.equal(rgb(themes['high-contrast']['color-background-1000']));
      expect(brandOf(b)).to.equal(rgb(themes['high-contrast']['color-brand-500']));
      expect(backgroundOf(c)).to.equal(rgb(themes.dark['color-background-1000']));
      expect(
        getComputedStyle(document.documentElement).getPropertyValue(
          '--_theme-color-background-1000',
        ),
      ).to.equal('');
    });

    it('lets plain CSS on an ancestor or on the element itself win over the theme and config', async () => {
      const el = await fixture<HTMLDivElement>(html`<div style="--rtk-color-brand-500: #e11d48">
        <rtk-ui-provider id="a" theme="high-contrast"><rtk-idle-screen></rtk-idle-screen></rtk-ui-provider>
        <rtk-ui-provider
          id="b"
          style="--rtk-color-brand-500: #0f7b3f"
          .config=${{ designTokens: { brand: '#7c3aed' } }}
          ><rtk-idle-screen></rtk-idle-screen
        ></rtk-ui-provider>
        <rtk-ui-provider id="c" .config=${{ designTokens: { brand: '#7c3aed' } }}
          ><rtk-idle-screen></rtk-idle-screen
        ></rtk-ui-provider>
      </div>`);
      await providersReady(el);
      expect(brandOf(el.querySelector('#a')!)).to.equal(rgb('#e11d48'));
      expect(brandOf(el.querySelector('#b')!)).to.equal(rgb('#0f7b3f'));
      // The provider's own config is more specific than the ancestor's CSS.
      expect(brandOf(el.querySelector('#c')!)).to.equal(rgb('#7c3aed'));
    });

    it('applies config.designTokens (theme, radius) and re-applies when the config changes', async () => {
      const el = await fixture<HTMLElement & { config?: object; updateComplete: Promise<unknown> }>(
        html`<rtk-ui-provider .config=${{ designTokens: { theme: 'light', borderRadius: 'sharp' } }}
          ><rtk-idle-screen></rtk-idle-screen
        ></rtk-ui-provider>`,
      );
      expect(backgroundOf(el)).to.equal(rgb('#ffffff'));
      expect(getComputedStyle(el).getPropertyValue('--rtk-radius')).to.equal('0px');
      el.config = { designTokens: { theme: 'dark', brand: '#e11d48' } };
      await el.updateComplete;
      expect(backgroundOf(el)).to.equal(rgb(themes.dark['color-background-1000']));
      expect(brandOf(el)).to.equal(rgb('#e11d48'));
      expect(getComputedStyle(el).getPropertyValue('--rtk-radius')).to.equal('');
      // The attribute wins over the configured theme.
      el.setAttribute('theme', 'light');
      await el.updateComplete; // the theme code loads on first use
      expect(backgroundOf(el)).to.equal(rgb('#ffffff'));
    });

    it('themes rtk-meeting the same way', async () => {
      const el = await fixture<HTMLElement>(html`<rtk-meeting theme="light"></rtk-meeting>`);
      expect(getComputedStyle(el).backgroundColor).to.equal(rgb('#ffffff'));
      el.style.setProperty('--rtk-color-background-1000', '#101010');
      expect(getComputedStyle(el).backgroundColor).to.equal(rgb('#101010'));
    });

    it('follows prefers-color-scheme with theme="system"', async () => {
      const el = await fixture<HTMLElement>(
        html`<rtk-ui-provider theme="system"><rtk-idle-screen></rtk-idle-screen></rtk-ui-provider>`,
      );
      try {
        await emulateMedia({ colorScheme: 'light' });
        expect(backgroundOf(el)).to.equal(rgb(themes.light['color-background-1000']));
        await emulateMedia({ colorScheme: 'dark' });
        expect(backgroundOf(el)).to.equal(rgb(themes.dark['color-background-1000']));
      } finally {
        await emulateMedia({ colorScheme: 'no-preference' });
      }
    });

    it('drops motion durations to 0 with prefers-reduced-motion', async () => {
      const el = await fixture<HTMLElement>(html`<rtk-idle-screen></rtk-idle-screen>`);
      try {
        expect(getComputedStyle(el).getPropertyValue('--_motion').trim()).to.equal('150ms');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(el).getPropertyValue('--_motion').trim()).to.equal('0ms');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
