/**
 * Hunspell (hunspell-asm: Hunspell compiled to WebAssembly, the wasm embedded in the package) with the
 * shipped dictionaries, on Node. Loading the Arabic dictionary takes most of a second, so it is done once per
 * process. The renderer's worker has its own loader (fetching the same files as build assets).
 */
import { readFileSync } from 'node:fs';
import { loadModule } from 'hunspell-asm';
import type { Speller } from '../../core/proofing/dictionary';
import { dictionaryFiles } from './dictionaryFiles';

export interface Spellers {
  arabic: Speller;
  english: Speller;
}

let loading: Promise<Spellers> | undefined;

async function load(env: NodeJS.ProcessEnv): Promise<Spellers> {
  const factory = await loadModule();
  const open = (language: 'ar' | 'en'): Speller => {
    const files = dictionaryFiles(language, env);
    const aff = factory.mountBuffer(readFileSync(files.aff), `${language}.aff`);
    const dic = factory.mountBuffer(readFileSync(files.dic), `${language}.dic`);
    return factory.create(aff, dic);
  };
  return { arabic: open('ar'), english: open('en') };
}

export function loadSpellers(env: NodeJS.ProcessEnv = process.env): Promise<Spellers> {
  loading ??= load(env);
  return loading;
}
