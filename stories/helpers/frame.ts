import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { ThemeSetting } from '../../src/styles/theme.js';

/** Story args of a primitive's frame: theme and writing direction. */
export interface FrameArgs {
  theme?: ThemeSetting;
  dir?: 'ltr' | 'rtl';
}

/** Controls for `FrameArgs`; stories spread it into their `argTypes`. */
export const frameArgTypes = {
  theme: {
    control: 'inline-radio',
    options: [undefined, 'dark', 'light', 'high-contrast'],
    description: 'Theme of the frame (`rtk-ui-provider`).',
  },
  dir: {
    control: 'inline-radio',
    options: ['ltr', 'rtl'],
    description: 'Writing direction of the frame.',
  },
} as const;

/**
 * Shows primitives in a themed, painted frame (an `rtk-ui-provider` with `theme`), in the given
 * writing direction, laid out in a row (or a column). The provider sets its theme as a
 * `--_theme-*` layer under the public tokens (see `src/styles/theme.ts`); the frame paints with
 * the same chain the components use.
 */
export function frame(
  args: FrameArgs,
  content: TemplateResult | TemplateResult[],
  column = false,
): TemplateResult {
  return html`<rtk-ui-provider theme=${ifDefined(args.theme)}>
    <div
      dir=${args.dir ?? 'ltr'}
      style="background: var(--rtk-color-background-1000, var(--_theme-color-background-1000, #080808));
        color: var(--rtk-color-text, var(--_theme-color-text, #fff));
        padding: 24px; display: flex; flex-wrap: wrap; gap: 12px; align-items: center;
        flex-direction: ${column ? 'column' : 'row'}; align-items: ${column ? 'flex-start' : 'center'}"
    >
      ${content}
    </div>
  </rtk-ui-provider>`;
}
