import type { ReactiveController, ReactiveElement } from 'lit';
import { designTokenProperties, type DesignTokens } from '../styles/design-system.js';
import { THEMES, themeRules } from '../styles/theme.js';

/**
 * Applies `config.designTokens` on a provider's host (`rtk-meeting`, `rtk-ui-provider`) through
 * a stylesheet of its own shadow root, as `:host { … }` rules, never as inline style: the page's
 * CSS on the element still wins, and nothing is written outside the element. The theme goes to
 * the theme layer (`--_theme-*`), so `--rtk-*` values the page sets on an ancestor keep winning
 * over it; a `theme` attribute on the host wins over the configured theme.
 */
export class DesignSystemController implements ReactiveController {
  private readonly sheet = new CSSStyleSheet();
  private cssText = '';

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.adopt();
  }

  /** Applies `tokens` (replacing what the previous call applied). */
  apply(tokens: DesignTokens | undefined): void {
    const { theme, ...rest } = tokens ?? {};
    const declarations = Object.entries(designTokenProperties(rest))
      .map(([name, value]) => `${name}: ${value};`)
      .join(' ');
    const rules = [declarations ? `:host { ${declarations} }` : ''];
    if (theme && (theme === 'system' || THEMES.includes(theme))) rules.unshift(themeRules(':host', theme));
    const cssText = rules.filter(Boolean).join('\n');
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
