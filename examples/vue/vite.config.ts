import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Relative asset URLs: the built index.html works from any folder a static server puts it in.
  base: './',
  plugins: [
    vue({
      template: {
        // rtk-* are custom elements (registered by realtimekit-lit), not Vue components.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('rtk-') },
      },
    }),
  ],
  build: {
    // hls.js (about 600 kB) is a chunk of its own, loaded only for a livestream in a browser
    // without native HLS.
    chunkSizeWarningLimit: 650,
  },
});
