import { render, type TemplateResult } from 'lit';

/**
 * The live example of a tag page: the first story of the tag's stories module
 * (`stories/<name>.stories.ts`, whose default export says `component: 'rtk-<name>'`), rendered as
 * Storybook would, without decorators (the stories build their own demo meeting).
 */

/** A stories module (CSF 3). */
export type StoriesModule = { default: unknown } & Record<string, unknown>;

/** What a story loader returns: the module and, to know the stories' order, its source text. */
export interface LoadedStories {
  module: StoriesModule;
  /** The file name, e.g. `mic-toggle.stories.ts`. */
  file: string;
  /** The module's source; module namespaces list exports alphabetically, the source in order. */
  source?: string;
}

/** Loads the stories of a tag, or resolves `undefined` when it has none. */
export type StoryLoader = (tag: string) => Promise<LoadedStories | undefined>;

interface StoryLike {
  args?: Record<string, unknown>;
  name?: string;
  render?: (args: Record<string, unknown>, context: unknown) => unknown;
}

interface MetaLike extends StoryLike {
  title?: string;
  component?: string;
}

/** The story that a tag page shows. */
export interface FirstStory {
  exportName: string;
  name: string;
  title?: string;
  component?: string;
  args: Record<string, unknown>;
  render: NonNullable<StoryLike['render']>;
}

/** The stories file of a tag: `rtk-mic-toggle` → `mic-toggle.stories.ts`. */
export function storyFileOf(tag: string): string {
  return `${tag.replace(/^rtk-/, '')}.stories.ts`;
}

/** The named exports of a module's source, in source order. */
export function exportOrderOf(source: string): string[] {
  return [...source.matchAll(/^export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/gm)].map(
    (m) => m[1],
  );
}

/** "NotAllowed" → "Not allowed", as Storybook names a story from its export. */
function storyName(exportName: string): string {
  const words = exportName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** The first story of loaded stories (source order; `__namedExportsOrder` when Storybook set it). */
export function firstStoryOf(loaded: LoadedStories): FirstStory | undefined {
  const { module } = loaded;
  const meta = (module.default ?? {}) as MetaLike;
  const isStory = (name: string) =>
    name !== 'default' &&
    !name.startsWith('__') &&
    typeof module[name] === 'object' &&
    module[name] !== null;
  const order =
    (module.__namedExportsOrder as string[] | undefined) ??
    (loaded.source ? exportOrderOf(loaded.source) : Object.keys(module));
  const exportName = order.find(isStory);
  if (!exportName) return undefined;
  const story = module[exportName] as StoryLike;
  const renderFn = story.render ?? meta.render;
  if (!renderFn) return undefined;
  return {
    exportName,
    name: story.name ?? storyName(exportName),
    title: meta.title,
    component: meta.component,
    args: { ...meta.args, ...story.args },
    render: renderFn,
  };
}

/**
 * Renders a story into a new element appended to `container`, and returns a function that
 * removes it again (clearing Lit's parts, so the story's elements disconnect cleanly).
 */
export function mountStory(story: FirstStory, container: HTMLElement): () => void {
  const host = document.createElement('div');
  host.className = 'story';
  container.append(host);
  const context = { args: story.args, id: story.exportName, name: story.name, title: story.title };
  const result = story.render({ ...story.args }, context);
  if (result instanceof Node) host.append(result);
  else render(result as TemplateResult, host);
  return () => {
    render(null, host);
    host.remove();
  };
}
