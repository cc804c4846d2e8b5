// `npm run build`: dist/ for npm (one ES module per source file, with declarations; lit external)
// and dist/cdn/realtimekit-lit.js (everything, lit included, minified) for <script type="module">.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';

const tagEntries = readdirSync('src/components', { recursive: true })
  .filter((file) => /(^|\/)rtk-[a-z-]+\.ts$/.test(file))
  .map((file) => `src/components/${file}`);

// Language packs: separate modules, loaded only by pages that import them.
const packEntries = readdirSync('src/i18n/packs')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `src/i18n/packs/${file}`);


export default [
  {
    input: ['src/index.ts', 'src/classes.ts', 'src/demo/index.ts', ...tagEntries, ...packEntries],
    // Dependencies stay imports: the app's bundler dedupes them (and keeps @floating-ui/dom lazy).
    external: (id) => /^(lit|@lit\/[^/]+|@lit-labs\/[^/]+|tslib|@floating-ui\/[^/]+|hls\.js)(\/|$)/.test(id),
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', noEmitOnError: true }),
    ],
  },
  {
    input: 'src/index.ts',
    // One entry module for a <script type="module">; what the kit loads lazily (floating-ui, hls.js,
    // rare layouts and dialogs) stays in chunks beside it, fetched relative to it only when used.
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'realtimekit-lit.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        outDir: 'dist/cdn',
        declaration: false,
        declarationMap: false,
        declarationDir: undefined,
        noEmitOnError: true,
      }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
