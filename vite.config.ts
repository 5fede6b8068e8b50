import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is a static bundle: served from app:// in Electron and by the loopback bridge in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  // The About screen shows the version package.json gives.
  define: { __MIDAD_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // Fonts ship as files so the CSP needs no data: fonts and nothing is fetched from the network.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
