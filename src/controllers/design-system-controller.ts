import type { ReactiveController, ReactiveElement } from 'lit';
import type * as DesignSystem from '../styles/design-system.js';
import type * as Theme from '../styles/theme.js';

type DesignTokens = DesignSystem.DesignTokens;
type ThemeSetting = Theme.ThemeSetting;

/** The theme code (palettes, colour maths), fetched once, the first time a provider needs it. */
let themeModules: Promise<[typeof DesignSystem, typeof Theme]> | undefined;
const loadThemeModules = () =>
  (themeModules ??= Promise.all([
    import('../styles/design-system.js'),
    import('../styles/theme.js'),
  ]));

/**
 * Applies a provider's theme (`rtk-meeting`, `rtk-ui-provider`): its `theme` attribute and
 * `config.designTokens`, through a stylesheet of its own shadow root, as `:host { … }` rules,
 * never as inline style: the page's CSS on the element still wins, and nothing is written outside
 * the element. The theme goes to the theme layer (`--_theme-*`), so `--rtk-*` values the page
 * sets on an ancestor keep winning over it; the `theme` attribute wins over the configured theme.
 *
 * The dark defaults live in every component's token fallbacks, so a provider without a theme or
 * tokens needs nothing here; the palettes and colour maths load only when one is set. Until then
 * the host stays invisible (one frame, typically), so a light page never flashes dark.
 */
export class DesignSystemController implements ReactiveController {
  private readonly sheet = new CSSStyleSheet();
  private cssText = '';
  private theme?: ThemeSetting;
  private tokens?: DesignTokens;
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Settles when the rules for the latest theme and tokens are applied. */
  get ready(): Promise<void> {
    return this.pending;
  }

  hostConnected(): void {
    this.adopt();
  }

  /** Applies `theme` (the host's attribute) and `tokens`, replacing what was applied before. */
  apply(theme: ThemeSetting | undefined, tokens: DesignTokens | undefined): void {
    this.theme = theme;
    this.tokens = tokens;
    if (!theme && !hasTokens(tokens)) {
      this.write('');
      this.pending = Promise.resolve();
      return;
    }
    if (!this.cssText) this.write(`:host { visibility: hidden; ${STILL} }`);
    const run = loadThemeModules().then(([designSystem, themes]) => {
      if (this.theme !== theme || this.tokens !== tokens) return; // a newer call wins
      const { theme: configured, ...rest } = tokens ?? {};
      const declarations = Object.entries(designSystem.designTokenProperties(rest))
        .map(([name, value]) => `${name}: ${value};`)
        .join(' ');
      const chosen = theme ?? configured;
      const rules = [
        chosen && (chosen === 'system' || themes.THEMES.includes(chosen))
          ? themes.themeRules(':host', chosen)
          : '',
        declarations ? `:host { ${declarations} }` : '',
      ];
      const cssText = rules.filter(Boolean).join('\n');
      // Applied without motion, so colours switch at once instead of transitioning from the
      // defaults; motion comes back a frame later.
      this.write(`${cssText}\n:host { ${STILL} }`);
      requestAnimationFrame(() =>
        requestAnimationFrame(
          () => this.theme === theme && this.tokens === tokens && this.write(cssText),
        ),
      );
    });
    this.pending = run.catch(() => this.write(''));
  }

  private write(cssText: string): void {
    if (cssText === this.cssText) return;
    this.cssText = cssText;
    this.sheet.replaceSync(cssText);
    this.adopt();
  }

  /** Puts the sheet last in the host's shadow root, once. */
  private adopt(): void {
    const root = this.host.shadowRoot;
    if (!root || root.adoptedStyleSheets.includes(this.sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }
}

/** Stops every transition inside while a theme arrives (durations are inherited tokens). */
const STILL =
  '--rtk-motion-duration-fast: 0ms; --rtk-motion-duration: 0ms; --rtk-motion-duration-slow: 0ms;';

function hasTokens(tokens: DesignTokens | undefined): boolean {
  return !!tokens && Object.values(tokens).some((v) => v !== undefined);
}
