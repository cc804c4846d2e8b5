import type { StoryContext } from '@storybook/web-components-vite';
import { emulateMedia } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import type { Meeting } from '../../src/meeting/meeting.js';
import { expectNoAxeViolations } from './axe.js';
import { queryAllDeep } from './fixtures.js';
import { rendered, until } from './wait.js';

// Renders every story of some stories modules on its own (no decorators, as Storybook does) and
// audits it with axe-core, shadow roots included. Test files under test/a11y/ call it;
// `test/node/stories-covered.test.mjs` checks that every stories file is imported by one.

export type Args = Record<string, unknown>;
type RenderFn = (args: Args, context: StoryContext) => unknown;
export interface StoryLike {
  args?: Args;
  render?: RenderFn;
  name?: string;
}
export interface MetaLike extends StoryLike {
  title?: string;
  component?: string;
}
export type StoriesModule = { default: unknown } & Record<string, unknown>;

export type RtkElement = HTMLElement & {
  updateComplete: Promise<boolean>;
  isUpdatePending: boolean;
  activeMeeting?: Meeting;
};

/** Every rtk-* element in `root`, shadow roots included. */
export function rtkElements(root: Element): RtkElement[] {
  return queryAllDeep<Element>(root, '*').filter((el): el is RtkElement =>
    el.localName.startsWith('rtk-'),
  );
}

/**
 * Waits until `root` has rendered: tags the kit loads lazily (screens, panels, layouts) must be in
 * before anything is audited, or the audit would pass over content that is still coming. A tag
 * the kit is not loading (a feature not built yet) stays undefined and is not waited for.
 */
const updatesSettled = (root: Element): Promise<void> => rendered(root);

/** The room state a story's demo args ask for, if they ask for one. */
function expectedRoomState(args: Args): string | undefined {
  if (typeof args.leaveAs === 'string') return args.leaveAs;
  // `rtk-meeting` without its setup screen joins on its own.
  if (args.join || args.showSetupScreen === false)
    return args.waitingRoom ? 'waitlisted' : 'joined';
  return undefined;
}

/**
 * Waits until the story is done: the demo meeting reached the room state its args ask for (join
 * and leave resolve after the demo's latency), no control is busy, and every element rendered.
 */
export async function settled(root: Element, args: Args): Promise<void> {
  await updatesSettled(root);
  const expected = expectedRoomState(args);
  if (expected) {
    await until(
      () => rtkElements(root).some((el) => el.activeMeeting?.self.roomState === expected),
      `the demo meeting never reached "${expected}"`,
    );
  }
  await updatesSettled(root);
  // A loading story stays busy on purpose; elsewhere busy means a meeting call is in flight.
  if (!args.isLoading) {
    await until(
      () => queryAllDeep(root, '[aria-busy="true"]').length === 0,
      'a control stayed busy',
    );
    await updatesSettled(root);
  }
}

/** The stories of a module, in their export order. */
export function storiesOf(module: StoriesModule): Array<[string, StoryLike]> {
  const order = module.__namedExportsOrder as string[] | undefined;
  const names = order ?? Object.keys(module).filter((k) => k !== 'default' && !k.startsWith('__'));
  return names.map((name) => [name, module[name] as StoryLike]);
}

/**
 * Renders one story into `container` (already in the document) as Storybook would, without
 * decorators, and waits until it has settled. Returns the args it was rendered with.
 */
export async function mountStory(
  module: StoriesModule,
  moduleName: string,
  exportName: string,
  story: StoryLike,
  container: HTMLElement,
): Promise<Args> {
  const meta = module.default as MetaLike;
  const args: Args = { ...meta.args, ...story.args };
  const renderStory = story.render ?? meta.render;
  if (!renderStory) throw new Error(`${moduleName}.${exportName} has no render function`);
  const context = {
    args,
    id: `${moduleName}--${exportName}`,
    name: story.name ?? exportName,
  } as unknown as StoryContext;
  const result = renderStory(args, context);
  if (result instanceof Node) container.append(result);
  else render(result as TemplateResult, container);

  const host = meta.component ? queryAllDeep(container, meta.component)[0] : undefined;
  if (meta.component && !host) throw new Error(`<${meta.component}> was not rendered`);
  await settled(container, args);
  return args;
}

/** Declares, per module, a mocha suite with one axe-audited test per story. */
export function auditStories(modules: Record<string, StoriesModule>): void {
  for (const [moduleName, module] of Object.entries(modules)) {
    const meta = module.default as MetaLike;

    describe(`stories: ${meta.title ?? moduleName}`, () => {
      let container: HTMLElement | undefined;

      // Colours are audited as they settle: with motion reduced, the kit's transitions take no
      // time, so axe never samples a control halfway between two states.
      before(() => emulateMedia({ reducedMotion: 'reduce' }));

      afterEach(() => {
        if (container) render(null, container);
        container?.remove();
        container = undefined;
      });

      const stories = storiesOf(module);
      it('has stories', () => {
        if (stories.length === 0) throw new Error(`${moduleName} exports no stories`);
      });

      for (const [exportName, story] of stories) {
        it(`${exportName} renders and has no axe violations`, async () => {
          container = document.createElement('div');
          document.body.append(container);
          await mountStory(module, moduleName, exportName, story, container);
          await expectNoAxeViolations(container);
        });
      }
    });
  }
}
