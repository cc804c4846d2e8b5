import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import './api-live-example.js';
import type { NamedDoc, TagDoc } from './manifest.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';
import type { StoryLoader } from './stories.js';
import { docsStyles } from './styles.js';

interface Column<T> {
  label: string;
  cell: (row: T) => unknown;
}

/**
 * The page of one tag: name, description, a live example, and tables of its properties,
 * attributes, methods, events, slots, CSS parts and CSS custom properties ("None" where empty).
 */
export class ApiTagPage extends LitElement {
  static override styles = [
    docsStyles,
    css`
      header {
        margin-block-end: calc(var(--_space) * 6);
      }
      h1 {
        font-size: var(--_font-size-xl, 28px);
        margin: 0 0 calc(var(--_space) * 1);
        overflow-wrap: anywhere;
      }
      h1 code {
        background: none;
        padding: 0;
        font-size: 1em;
      }
      .class-name {
        margin: 0 0 calc(var(--_space) * 4);
      }
      .import {
        display: block;
        padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
        margin-block-start: calc(var(--_space) * 4);
        background: var(--_bg-raised);
        border: 1px solid var(--_border);
      }
      section {
        margin-block: calc(var(--_space) * 8);
      }
      h2 {
        font-size: var(--_font-size-lg, 20px);
        margin: 0 0 calc(var(--_space) * 3);
        padding-block-end: calc(var(--_space) * 1);
        border-block-end: 1px solid var(--_border);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: var(--_font-size-sm, 14px);
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: calc(var(--_space) * 2);
        border-block-end: 1px solid var(--_border);
      }
      thead th {
        background: var(--_bg-raised);
        font-weight: 600;
      }
      tbody th {
        font-weight: normal;
        white-space: nowrap;
      }
      td p,
      td ul {
        margin: 0 0 calc(var(--_space) * 1);
      }
      td p:last-child {
        margin: 0;
      }
      .badge {
        display: inline-block;
        margin-inline-start: calc(var(--_space) * 1);
        font-size: var(--_font-size-xs, 12px);
        color: var(--_text-muted);
      }
    `,
  ];

  /** The tag to show; `undefined` shows "not found" for `tag`. */
  @property({ attribute: false }) doc?: TagDoc;

  /** The tag name asked for (shown when there is no `doc`). */
  @property() tag = '';

  /** Loads the tag's stories for the live example. */
  @property({ attribute: false }) loadStory?: StoryLoader;

  /** Options for descriptions (links to other tags). */
  @property({ attribute: false }) markdown: MarkdownOptions = {};

  /** Moves the focus to the page's heading (after navigating here). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private md(text: string | undefined) {
    return renderMarkdown(text, this.markdown);
  }

  private section<T>(
    id: string,
    title: string,
    rows: readonly T[],
    columns: Array<Column<T>>,
  ): TemplateResult {
    return html`<section aria-labelledby=${id}>
      <h2 id=${id}>${title}</h2>
      ${
        rows.length === 0
          ? html`<p>None</p>`
          : html`<table>
            <thead>
              <tr>
                ${columns.map((c) => html`<th scope="col">${c.label}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${rows.map((row) => html`<tr>${columns.map((c, i) => (i === 0 ? html`<th scope="row">${c.cell(row)}</th>` : html`<td>${c.cell(row)}</td>`))}</tr>`)}
            </tbody>
          </table>`
      }
    </section>`;
  }

  private code(text: string | undefined) {
    return text ? html`<code>${text}</code>` : nothing;
  }

  private named(id: string, title: string, rows: NamedDoc[], blankName = '') {
    return this.section(id, title, rows, [
      { label: 'Name', cell: (r) => (r.name ? this.code(r.name) : blankName) },
      { label: 'Description', cell: (r) => this.md(r.description) },
    ]);
  }

  protected override render() {
    const doc = this.doc;
    if (!doc) {
      return html`<header>
          <h1 tabindex="-1">Tag not found</h1>
        </header>
        <p>There is no tag named <code>${this.tag}</code> in the manifest. <a href="./">See all tags</a>.</p>`;
    }
    return html`
      <header>
        <h1 tabindex="-1"><code>${doc.tag}</code></h1>
        <p class="class-name muted">Class <code>${doc.className}</code></p>
        ${this.md(doc.description)}
        <code class="import">import 'realtimekit-lit/components/${doc.tag}.js';</code>
      </header>
      <section aria-labelledby="example">
        <h2 id="example">Live example</h2>
        <api-live-example .tag=${doc.tag} .loadStory=${this.loadStory}></api-live-example>
      </section>
      ${this.section('properties', 'Properties', doc.properties, [
        {
          label: 'Name',
          cell: (r) =>
            html`${this.code(r.name)}${r.readonly ? html`<span class="badge">read-only</span>` : nothing}`,
        },
        {
          label: 'Attribute',
          cell: (r) =>
            r.attribute
              ? html`${this.code(r.attribute)}${r.reflects ? html`<span class="badge">reflects</span>` : nothing}`
              : html`<span class="muted">–</span>`,
        },
        { label: 'Type', cell: (r) => this.code(r.type) },
        { label: 'Default', cell: (r) => this.code(r.default) },
        { label: 'Description', cell: (r) => this.md(r.description) },
      ])}
      ${this.section('attributes', 'Attributes', doc.attributes, [
        { label: 'Name', cell: (r) => this.code(r.name) },
        { label: 'Property', cell: (r) => this.code(r.property) },
        { label: 'Type', cell: (r) => this.code(r.type) },
        { label: 'Default', cell: (r) => this.code(r.default) },
        { label: 'Description', cell: (r) => this.md(r.description) },
      ])}
      ${this.section('methods', 'Methods', doc.methods, [
        { label: 'Name', cell: (r) => this.code(r.name) },
        { label: 'Signature', cell: (r) => this.code(r.signature) },
        { label: 'Description', cell: (r) => this.md(r.description) },
      ])}
      ${this.section('events', 'Events', doc.events, [
        { label: 'Name', cell: (r) => this.code(r.name) },
        // The analyzer knows a detail type only for some events: no empty column otherwise.
        ...(doc.events.some((e) => e.type)
          ? [{ label: 'Detail type', cell: (r: NamedDoc) => this.code(r.type) }]
          : []),
        { label: 'Description', cell: (r) => this.md(r.description) },
      ])}
      ${this.named('slots', 'Slots', doc.slots, '(default)')}
      ${this.named('parts', 'CSS parts', doc.parts)}
      ${this.named('css-properties', 'CSS custom properties', doc.cssProperties)}
    `;
  }
}

if (!customElements.get('api-tag-page')) customElements.define('api-tag-page', ApiTagPage);

declare global {
  interface HTMLElementTagNameMap {
    'api-tag-page': ApiTagPage;
  }
}
