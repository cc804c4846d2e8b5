// A web-test-runner / web-dev-server plugin that serves React to the browser as ES modules.
// React 19 ships CommonJS only; this bundles react, react-dom and react-dom/client once with
// esbuild (one copy of React shared by all three) and answers each bare import with a small
// ES module re-exporting that package's names from the bundle.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const PREFIX = '/__react/';
const PACKAGES = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];
const fileOf = (name) => `${PREFIX}${name.replace(/\//g, '__')}.js`;
const ident = (name) => name.replace(/\W/g, '_');

/** @param {{ resolveFrom?: string[] }} [options] folders to find the packages in (default: the cwd) */
export function reactEsmPlugin({ resolveFrom = [process.cwd()] } = {}) {
  const require = createRequire(`${process.cwd()}/`);
  const resolve = (name) => require.resolve(name, { paths: resolveFrom });
  let bundle;
  const shims = new Map();
  const bundled = () =>
    (bundle ??= build({
      stdin: {
        contents: PACKAGES.map(
          (name) => `export * as ${ident(name)} from ${JSON.stringify(resolve(name))};`,
        ).join('\n'),
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text));

  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (PACKAGES.includes(source)) return fileOf(source);
    },
    async serve(context) {
      if (context.path === `${PREFIX}bundle.js`) return { body: await bundled(), type: 'js' };
      const name = PACKAGES.find((n) => fileOf(n) === context.path);
      if (!name) return undefined;
      if (shims.has(name)) return { body: shims.get(name), type: 'js' };
      // The export names, read in a separate Node process: loading React here would touch the
      // test runner's patched console.
      const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(resolve(name))}))))`;
      const keys = JSON.parse(
        execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }),
      ).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
      const body =
        `import { ${ident(name)} as ns } from '${PREFIX}bundle.js';\n` +
        `const m = ns.default ?? ns;\nexport default m;\n` +
        (keys.length ? `export const { ${keys.join(', ')} } = m;\n` : '');
      shims.set(name, body);
      return { body, type: 'js' };
    },
  };
}
