import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { matchesFilter, type TagDoc } from './manifest.js';
import { renderInline } from './markdown.js';
import { docsStyles } from './styles.js';

/** The index of every tag, alphabetical, with its one-line summary and a filter box. */
export class ApiTagIndex extends LitElement {
  static override styles = [
    docsStyles,
    css`
      h1 {
        font-size: var(--_font-size-xl, 28px);
        margin: 0 0 calc(var(--_space) * 2);
      }
      .filter {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(var(--_space) * 3);
        margin-block: calc(var(--_space) * 6) calc(var(--_space) * 4);
      }
      label {
        font-weight: 600;
      }
      input {
        font: inherit;
        color: var(--_text);
        background: var(--_bg-control);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
        min-width: min(100%, 320px);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
        gap: calc(var(--_space) * 3);
      }
      li {
        background: var(--_bg-raised);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
      }
      li a {
        font-weight: 600;
      }
      li p {
        margin: calc(var(--_space) * 1) 0 0;
        font-size: var(--_font-size-sm, 14px);
      }
    `,
  ];

  /** Every tag. */
  @property({ attribute: false }) docs: TagDoc[] = [];

  /** The filter text: tags whose name, class or summary contain every word. */
  @property() filter = '';

  /** The page of a tag. */
  @property({ attribute: false }) href: (tag: string) => string = (tag) => `?tag=${tag}`;

  /** Moves the focus to the page's heading (after navigating here). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private handleInput = (event: Event) => {
    this.filter = (event.target as HTMLInputElement).value;
    this.dispatchEvent(
      new CustomEvent('api-filter-change', { detail: this.filter, bubbles: true, composed: true }),
    );
  };

  protected override render() {
    const shown = this.docs.filter((doc) => matchesFilter(doc, this.filter));
    return html`
      <h1 tabindex="-1">API reference</h1>
      <p class="muted">
        Every <code>rtk-*</code> tag of realtimekit-lit, from <code>custom-elements.json</code>: properties, attributes,
        events, slots, CSS parts and CSS custom properties, with a live example on the demo meeting.
      </p>
      <div class="filter" role="search">
        <label for="filter">Filter tags</label>
        <input id="filter" type="search" .value=${this.filter} @input=${this.handleInput} autocomplete="off" />
        <span role="status">${shown.length} of ${this.docs.length} tags</span>
      </div>
      <ul aria-label="Tags">
        ${shown.map(
          (doc) => html`<li>
            <a href=${this.href(doc.tag)}><code>${doc.tag}</code></a>
            <p>${renderInline(doc.summary)}</p>
          </li>`,
        )}
      </ul>
    `;
  }
}

if (!customElements.get('api-tag-index')) customElements.define('api-tag-index', ApiTagIndex);

declare global {
  interface HTMLElementTagNameMap {
    'api-tag-index': ApiTagIndex;
  }
}
