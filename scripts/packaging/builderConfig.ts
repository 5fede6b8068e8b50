/**
 * electron-builder's configuration for Midad, as code so a test can check it: Linux AppImage and deb,
 * Windows NSIS, macOS dmg; better-sqlite3's native module outside the asar (a .node file cannot be loaded
 * from inside one); Electron's fuses set for a hardened app; no auto-update (Midad is offline).
 *
 * Offline packaging: MIDAD_ELECTRON_DIST names a folder holding an unpacked Electron of the same version
 * (the contents of electron-v45.5.0-linux-x64.zip); electron-builder then copies it instead of
 * downloading. Without it, electron-builder downloads Electron as usual (the default for users).
 */
import type { Configuration } from 'electron-builder';

export const APP_ID = 'org.midad.desktop';

/** The formats Midad exports and imports back; electron/fileOpen.ts accepts the same extensions. */
export const FILE_ASSOCIATIONS = [
  { ext: 'json', name: 'Midad article (JSON)', mimeType: 'application/json' },
  { ext: ['html', 'htm'], name: 'Midad article (HTML)', mimeType: 'text/html' },
  { ext: 'txt', name: 'Midad article (text)', mimeType: 'text/plain' },
] as const;

/** What the bundled main process loads from node_modules at run time: better-sqlite3 and its loader. */
export const RUNTIME_MODULES = ['better-sqlite3', 'bindings', 'file-uri-to-path'] as const;

/** Native modules stay outside the asar, where the operating system can load them. */
export const ASAR_UNPACK = ['node_modules/better-sqlite3/**/*', '**/*.node'];

export function builderConfig(env: NodeJS.ProcessEnv = process.env): Configuration {
  const electronDist = env.MIDAD_ELECTRON_DIST?.trim();
  return {
    appId: APP_ID,
    productName: 'Midad',
    copyright: 'Copyright © Midad contributors',
    directories: { output: 'release', buildResources: 'build' },
    // The main process is one bundle (esbuild) and the page is built by Vite, so of node_modules only
    // better-sqlite3 and what it loads at run time ship; React, Lexical and the rest are inside the bundles.
    files: [
      'dist/electron/**/*',
      'dist/renderer/**/*',
      // The Arabic lexicon that search stemming and `midad lint` read on the main process's side.
      'resources/dictionaries/**/*',
      'package.json',
      '!**/*.map',
      '!node_modules/**/*',
      ...RUNTIME_MODULES.map((name) => `node_modules/${name}/**/*`),
      // better-sqlite3's C sources, build intermediates and test extension are not needed to run it.
      '!node_modules/better-sqlite3/{src,deps,build/Release/obj,build/deps}/**/*',
      '!node_modules/better-sqlite3/build/Release/test_extension.node',
    ],
    extraMetadata: { main: 'dist/electron/main.js' },
    asar: true,
    asarUnpack: ASAR_UNPACK,
    // scripts/dist.ts rebuilds better-sqlite3 for Electron itself, so it works offline with cached headers.
    npmRebuild: false,
    // Offline users: nothing is published and the app never looks for updates.
    publish: null,
    electronFuses: {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    },
    fileAssociations: FILE_ASSOCIATIONS.map((association) => ({
      ...association,
      role: 'Editor' as const,
      ext: [...[association.ext].flat()],
    })),
    linux: {
      target: ['AppImage', 'deb'],
      category: 'Office',
      icon: 'build/icons',
      executableName: 'midad',
      synopsis: 'Offline editorial workstation for Arabic newsrooms',
      desktop: {
        entry: { Name: 'Midad', 'Name[ar]': 'مِداد', Comment: 'Offline editorial workstation for Arabic newsrooms' },
      },
    },
    deb: { packageCategory: 'editors' },
    win: { target: ['nsis'], icon: 'build/icon.png' },
    nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
    mac: {
      target: ['dmg'],
      category: 'public.app-category.productivity',
      icon: 'build/icon.png',
      hardenedRuntime: true,
    },
    dmg: { title: 'Midad' },
    ...(electronDist ? { electronDist } : {}),
  };
}
