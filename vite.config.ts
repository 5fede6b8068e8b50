import { defineConfig } from 'vite';

// The renderer is a static bundle: served from app:// in Electron and by the loopback bridge in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // Fonts ship as files so the CSP needs no data: fonts and nothing is fetched from the network.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
