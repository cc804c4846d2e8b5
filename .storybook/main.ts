import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * `package.json#sideEffects` names only the published `dist/` files, and Vite applies it to our
 * `src/` files too: in a production build, `import '../src/components/grid/rtk-grid.js'` would be
 * dropped as side-effect free and the tags never defined. Source modules keep their side effects.
 */
const sourceHasSideEffects: Plugin = {
  name: 'rtk-source-has-side-effects',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id.split('?')[0])) return null;
    // The code is unchanged, so `map: null` keeps the existing source map.
    return { code, map: null, moduleSideEffects: true };
  },
};

/**
 * The gallery: one story file per tag, rendered through the demo meeting.
 *
 * Storybook 10 has controls, actions, docs and viewport built in, so no addons are listed (and
 * none needs the network). Vite's esbuild reads `tsconfig.json`, which keeps the components'
 * `experimentalDecorators` and `useDefineForClassFields: false` semantics.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), sourceHasSideEffects],
  }),
};

export default config;
