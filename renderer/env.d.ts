/** What Vite provides to the renderer at build time (see vite.config.ts). */
declare module '*?raw' {
  const text: string;
  export default text;
}

/** The app's version from package.json. */
declare const __MIDAD_VERSION__: string;
