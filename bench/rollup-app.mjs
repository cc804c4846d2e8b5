// Bundles an entry as an application's production build would (Rollup, as Vite uses): code
// reached statically stays in the entry chunk; each `import()` becomes a chunk of what only it
// needs. TypeScript goes through esbuild (types stripped, decorators as the tsconfig says) and
// every chunk is minified with esbuild. The kit's own templates are minified as in its dist/.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { rollup } from 'rollup';
import { minifyTemplatesPlugin } from '../scripts/minify-templates.mjs';

const typescript = (tsconfigRaw) => ({
  name: 'bench-typescript',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const ts = resolve(dirname(importer), source.slice(0, -3) + '.ts');
    return existsSync(ts) ? ts : null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const result = await transform(code, {
      loader: 'ts',
      target: 'es2022',
      format: 'esm',
      tsconfigRaw,
      sourcefile: id,
    });
    return { code: result.code, map: null };
  },
});

const minify = {
  name: 'bench-minify',
  async renderChunk(code) {
    const result = await transform(code, {
      minify: true,
      format: 'esm',
      target: 'es2022',
      legalComments: 'none',
    });
    return { code: result.code, map: null };
  },
};

/**
 * Writes the production bundle of `input` (`{ name: path }`) into `dir`.
 * @returns the written chunks: file name, whether it is an entry, its static and dynamic imports.
 */
export async function bundleApp(input, dir, tsconfigRaw) {
  const bundle = await rollup({
    input,
    // The kit's templates as its dist/ ships them: minified by the same plugin (rollup.config.mjs).
    plugins: [
      typescript(tsconfigRaw),
      minifyTemplatesPlugin(),
      nodeResolve({ exportConditions: ['production'] }),
      minify,
    ],
    onwarn: () => {},
  });
  try {
    const { output } = await bundle.write({
      dir,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
    });
    return output.filter((o) => o.type === 'chunk');
  } finally {
    await bundle.close();
  }
}
