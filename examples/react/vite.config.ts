import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built page works from any folder of a static server.
  base: './',
  // JSX through Vite's own esbuild (React 17+ automatic runtime): no Babel plugin needed.
  esbuild: { jsx: 'automatic' },
  resolve: {
    // The kit is linked (file:../..), so its React wrappers would resolve `react` from the
    // repository's node_modules: two Reacts. Make every import of React resolve to this app's copy.
    dedupe: ['react', 'react-dom'],
  },
  build: { target: 'es2022' },
});
