import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { firstStoryOf, mountStory, type FirstStory, type StoryLoader } from './stories.js';
import { docsStyles } from './styles.js';

/**
 * The live example of a tag page: loads the tag's stories module (only that one) and renders its
 * first story, on the demo meeting the story creates.
 *
 * @fires api-example-ready - When the story has been rendered (or there is none); `detail` is
 * the story's export name, or `undefined`.
 */
export class ApiLiveExample extends LitElement {
  static override styles = [
    docsStyles,
    css`
      .stage {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg-raised);
        padding: calc(var(--_space) * 4);
        min-height: 96px;
      }
      .stage:empty {
        display: none;
      }
      .note {
        margin: calc(var(--_space) * 2) 0 0;
        font-size: var(--_font-size-sm, 14px);
      }
    `,
  ];

  /** The tag whose first story is shown. */
  @property() tag = '';

  /** Loads the stories of a tag. */
  @property({ attribute: false }) loadStory?: StoryLoader;

  @state() private story?: FirstStory;
  @state() private status: 'idle' | 'loading' | 'ready' | 'none' | 'error' = 'idle';
  @state() private error = '';

  @query('.stage') private stage?: HTMLElement;

  private unmount?: () => void;
  private generation = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back what disconnecting removed (the element was moved, not dropped).
    if (this.hasUpdated && this.status !== 'loading') void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tag') || changed.has('loadStory')) void this.load();
  }

  private clear(): void {
    this.unmount?.();
    this.unmount = undefined;
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    this.clear();
    this.story = undefined;
    if (!this.tag || !this.loadStory) {
      this.status = 'none';
      return;
    }
    this.status = 'loading';
    try {
      const loaded = await this.loadStory(this.tag);
      if (generation !== this.generation) return;
      const story = loaded && firstStoryOf(loaded);
      if (!story) {
        this.status = 'none';
      } else {
        this.story = story;
        this.status = 'ready';
        await this.updateComplete;
        if (generation !== this.generation || !this.stage) return;
        this.unmount = mountStory(story, this.stage);
      }
    } catch (error) {
      if (generation !== this.generation) return;
      this.status = 'error';
      this.error = error instanceof Error ? error.message : String(error);
    }
    await this.updateComplete;
    this.dispatchEvent(
      new CustomEvent('api-example-ready', {
        detail: this.story?.exportName,
        bubbles: true,
        composed: true,
      }),
    );
  }

  protected override render() {
    return html`
      ${this.status === 'loading' ? html`<p class="muted" role="status">Loading the example…</p>` : nothing}
      ${this.status === 'none' ? html`<p>None</p>` : nothing}
      ${this.status === 'error' ? html`<p role="alert">The example failed to render: ${this.error}</p>` : nothing}
      <div class="stage"></div>
      ${
        this.story
          ? html`<p class="note muted">
            Story “${this.story.name}”${this.story.title ? html` of <em>${this.story.title}</em>` : nothing}, on the
            demo meeting. See every story in Storybook (<code>npm run storybook</code>).
          </p>`
          : nothing
      }
    `;
  }
}

if (!customElements.get('api-live-example'))
  customElements.define('api-live-example', ApiLiveExample);

declare global {
  interface HTMLElementTagNameMap {
    'api-live-example': ApiLiveExample;
  }
}
