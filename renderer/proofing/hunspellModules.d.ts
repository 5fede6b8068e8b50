// The Emscripten runtime inside hunspell-asm (hunspellBrowser.ts says why it is imported directly).
declare module 'hunspell-asm/dist/esm/lib/browser/hunspell.js' {
  const runtime: (module: Record<string, unknown>) => unknown;
  export default runtime;
}
