/**
 * hunspell-asm in the page's worker. Its own `loadModule` and loader do `import * as` of two CommonJS
 * modules (the Emscripten runtime, nanoid) and call the namespaces as functions: bundled by Vite they are
 * objects and loading fails ("t is not a function"). So the runtime is imported by default (the CommonJS
 * module's function) and the few calls Midad needs are wrapped here as hunspell-asm wraps them
 * (hunspellLoader.js, MIT): create, spell, suggest. The runtime is started here too, as hunspell-asm's
 * helper package (emscripten-wasm-loader, not one of Midad's declared dependencies) starts it: the module
 * object's onRuntimeInitialized says when the embedded wasm is compiled.
 */
import runtime from 'hunspell-asm/dist/esm/lib/browser/hunspell.js';
import type { Speller } from '../../core/proofing/dictionary';

type Ptr = number;
interface AsmModule {
  cwrap: (name: string, returns: string | null, args: string[]) => (...args: number[]) => number;
  FS: { mkdir: (path: string) => void; writeFile: (path: string, data: Uint8Array, opts: object) => void };
  _free: (ptr: Ptr) => void;
  _malloc: (size: number) => Ptr;
  allocateUTF8: (text: string) => Ptr;
  getValue: (ptr: Ptr, type: string) => number;
  UTF8ToString: (ptr: Ptr) => string;
}

export interface HunspellLoader {
  open(aff: Uint8Array, dic: Uint8Array, name: string): Speller;
}

function wrap(asm: AsmModule): HunspellLoader {
  const create = asm.cwrap('Hunspell_create', 'number', ['number', 'number']);
  const spell = asm.cwrap('Hunspell_spell', 'number', ['number', 'number']);
  const suggest = asm.cwrap('Hunspell_suggest', 'number', ['number', 'number', 'number']);
  const freeList = asm.cwrap('Hunspell_free_list', null, ['number', 'number', 'number']);
  asm.FS.mkdir('/dictionaries');
  const withWord = <T>(word: string, fn: (ptr: Ptr) => T): T => {
    const ptr = asm.allocateUTF8(word.normalize());
    try {
      return fn(ptr);
    } finally {
      asm._free(ptr);
    }
  };
  return {
    open(aff, dic, name) {
      const affPath = `/dictionaries/${name}.aff`;
      const dicPath = `/dictionaries/${name}.dic`;
      asm.FS.writeFile(affPath, aff, { encoding: 'binary' });
      asm.FS.writeFile(dicPath, dic, { encoding: 'binary' });
      const handle = create(asm.allocateUTF8(affPath), asm.allocateUTF8(dicPath));
      return {
        spell: (word) => withWord(word, (ptr) => spell(handle, ptr)) !== 0,
        suggest: (word) =>
          withWord(word, (ptr) => {
            const list = asm._malloc(4);
            const count = suggest(handle, list, ptr);
            const values = asm.getValue(list, '*');
            const out: string[] = [];
            for (let i = 0; i < count; i++) out.push(asm.UTF8ToString(asm.getValue(values + i * 4, '*')));
            freeList(handle, list, count);
            asm._free(list);
            return out;
          }),
      };
    },
  };
}

export function loadHunspell(): Promise<HunspellLoader> {
  return new Promise((resolve, reject) => {
    let ready = false;
    const module: Record<string, unknown> = {
      onRuntimeInitialized: () => {
        ready = true;
        resolve(wrap(module as unknown as AsmModule));
      },
      onAbort: (reason: unknown) => {
        if (!ready) reject(reason instanceof Error ? reason : new Error(String(reason)));
      },
    };
    runtime(module);
  });
}
