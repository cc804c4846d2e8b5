import { css, html, LitElement, unsafeCSS, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import './api-tag-index.js';
import './api-tag-page.js';
import { tagDocs, type Manifest, type TagDoc } from './manifest.js';
import type { MarkdownOptions } from './markdown.js';
import type { StoryLoader } from './stories.js';
import { themes, baseTokens } from '../../src/styles/theme.js';

const dark = themes.dark;
/** A kit token, with the dark theme's value as the fallback. */
const token = (name: keyof typeof dark | keyof typeof baseTokens) =>
  unsafeCSS(
    `var(--rtk-${name}, ${name in dark ? dark[name as keyof typeof dark] : baseTokens[name as keyof typeof baseTokens]})`,
  );
const space = (n: number) =>
  unsafeCSS(`calc(var(--rtk-space-base, ${baseTokens['space-base']}) * ${n})`);

/** The shell's styles, for the document (the shell has no shadow root). */
const shellStyles = css`
  api-docs-app {
    display: block;
    min-height: 100vh;
    background: ${token('color-background-1000')};
    color: ${token('color-text')};
    font-family: ${token('font-family')};
    line-height: 1.5;
  }
  api-docs-app a {
    color: ${token('color-focus')};
  }
  api-docs-app :focus-visible {
    outline: 2px solid ${token('color-focus')};
    outline-offset: 2px;
  }
  api-docs-app .skip {
    position: absolute;
    inset-inline-start: ${space(2)};
    inset-block-start: ${space(2)};
    z-index: 1;
    padding: ${space(2)} ${space(3)};
    background: ${token('color-background-800')};
    border-radius: ${token('radius')};
    transform: translateY(-200%);
  }
  api-docs-app .skip:focus {
    transform: none;
  }
  api-docs-app .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${space(6)};
    padding: ${space(3)} ${space(6)};
    background: ${token('color-background-900')};
    border-block-end: 1px solid ${token('color-border')};
  }
  api-docs-app .brand {
    font-weight: 700;
    color: ${token('color-text')};
    text-decoration: none;
  }
  api-docs-app nav ul {
    display: flex;
    gap: ${space(4)};
    list-style: none;
    margin: 0;
    padding: 0;
  }
  api-docs-app main {
    max-width: 1100px;
    margin: 0 auto;
    padding: ${space(6)};
  }
  api-docs-app main:focus {
    outline: none;
  }
`;

function adoptShellStyles(doc: Document): void {
  const sheet = shellStyles.styleSheet;
  if (sheet && !doc.adoptedStyleSheets.includes(sheet))
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * The API reference: the index of every tag (no `tag`) or the page of one tag, from a custom
 * elements manifest. Links between pages (`?tag=rtk-…`, `./`) are followed in place; with
 * `history` on, each one is a history entry (so the back button works) and the document title
 * follows the page.
 *
 * @fires api-navigate - After following a link; `detail` is the tag shown (`''` for the index).
 */
export class ApiDocsApp extends LitElement {
  /** Renders into the page (no shadow root), so the skip link's target is in the document. */
  protected override createRenderRoot(): HTMLElement {
    adoptShellStyles(this.ownerDocument);
    return this;
  }

  /** The manifest (`custom-elements.json`). */
  @property({ attribute: false }) manifest?: Manifest;

  /** Loads the stories of a tag for its live example. */
  @property({ attribute: false }) loadStory?: StoryLoader;

  /** The tag shown; empty shows the index. */
  @property() tag = '';

  /** The index's filter text. */
  @property() filter = '';

  /** Record each page in the browser's history and title the document after it. */
  @property({ type: Boolean }) history = false;

  private docs: TagDoc[] = [];
  private byTag = new Map<string, TagDoc>();
  private markdown: MarkdownOptions = {
    tagHref: (name) => (this.byTag.has(name) ? this.href(name) : undefined),
  };

  constructor() {
    super();
    this.addEventListener('click', this.handleClick);
  }

  /** The address of a tag's page (or of the index). */
  href(tag: string): string {
    return tag ? `?tag=${encodeURIComponent(tag)}` : './';
  }

  /** Shows a tag's page (or the index for `''`), as following a link would. */
  async navigate(tag: string, options: { push?: boolean; focus?: boolean } = {}): Promise<void> {
    if (this.history && options.push !== false) {
      window.history.pushState(
        { tag },
        '',
        this.href(tag) === './' ? location.pathname : this.href(tag),
      );
    }
    this.tag = tag;
    await this.updateComplete;
    window.scrollTo?.(0, 0);
    if (options.focus !== false) {
      await this.renderRoot
        .querySelector<HTMLElement & { focusHeading(): Promise<void> }>('#content > *')
        ?.focusHeading();
    }
    this.dispatchEvent(
      new CustomEvent('api-navigate', { detail: tag, bubbles: true, composed: true }),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('manifest')) {
      this.docs = this.manifest ? tagDocs(this.manifest) : [];
      this.byTag = new Map(this.docs.map((doc) => [doc.tag, doc]));
    }
    if (this.history && (changed.has('tag') || changed.has('manifest'))) {
      document.title = this.tag
        ? `<${this.tag}> · realtimekit-lit API`
        : 'realtimekit-lit API reference';
    }
  }

  /** Follows links to other pages of the reference in place (plain left clicks only). */
  private handleClick = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || !anchor.href || anchor.target) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname || url.hash) return;
    event.preventDefault();
    void this.navigate(url.searchParams.get('tag') ?? '');
  };

  private handleFilter = (event: CustomEvent<string>) => {
    this.filter = event.detail;
  };

  private skipToContent = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  };

  protected override render() {
    return html`
      <a class="skip" href="#content" @click=${this.skipToContent}>Skip to content</a>
      <header class="banner">
        <a class="brand" href="./">realtimekit-lit API</a>
        <nav aria-label="Reference">
          <ul>
            <li><a href="./">All tags</a></li>
            <li><a href="../">Demo meeting</a></li>
          </ul>
        </nav>
      </header>
      <main id="content" tabindex="-1" @api-filter-change=${this.handleFilter}>
        ${
          this.tag
            ? html`<api-tag-page
              .doc=${this.byTag.get(this.tag)}
              .tag=${this.tag}
              .loadStory=${this.loadStory}
              .markdown=${this.markdown}
            ></api-tag-page>`
            : html`<api-tag-index .docs=${this.docs} .filter=${this.filter} .href=${(tag: string) => this.href(tag)}></api-tag-index>`
        }
      </main>
    `;
  }
}

if (!customElements.get('api-docs-app')) customElements.define('api-docs-app', ApiDocsApp);

declare global {
  interface HTMLElementTagNameMap {
    'api-docs-app': ApiDocsApp;
  }
}
