// `npm run analyze` writes custom-elements.json from the components' source and JSDoc.
export default {
  globs: [
    'src/components/**/*.ts',
    'src/internal/rtk-element.ts',
    'src/internal/sidebar-toggle-element.ts',
    'src/internal/media-toggle-element.ts',
    'src/internal/legacy-message-element.ts',
    'src/internal/debugger-tab.ts',
    'src/internal/channel-toggle.ts',
    'src/internal/dialog-toggle.ts',
  ],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // The analyzer also guesses events from `dispatchEvent(new X(…))` calls, naming them after
      // the constructor's first argument. Our events are documented with `@fires`: keep only those.
      // Static fields (`shadowRootOptions`, `styles`) are not part of a tag's API either.
      name: 'rtk-documented-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name && e.description);
            if (decl.members) decl.members = decl.members.filter((m) => !m.static);
          }
        }
      },
    },
    {
      // The analyzer reads files in whatever order the file system returns them: sort modules so
      // the manifest is the same on every machine (the freshness test compares it byte for byte).
      name: 'rtk-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
    {
      // Paths in the manifest point at the published files, so tools resolve them from the package.
      name: 'rtk-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.path = mod.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
          for (const decl of mod.exports ?? []) {
            if (decl.declaration?.module) {
              decl.declaration.module = decl.declaration.module
                .replace(/^src\//, 'dist/')
                .replace(/\.ts$/, '.js');
            }
          }
        }
      },
    },
  ],
};
