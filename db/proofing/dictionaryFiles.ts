/**
 * Where the shipped dictionaries are on Node (the `midad` command, tests, benches): the project's
 * resources/dictionaries, or the folder MIDAD_DICTIONARIES names (for a packaged layout).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDic, type Lexicon } from '../../core/proofing/lexicon';

export type DictionaryLanguage = 'ar' | 'en';

export function dictionaryFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.MIDAD_DICTIONARIES ?? fileURLToPath(new URL('../../resources/dictionaries/', import.meta.url));
}

export function dictionaryFiles(language: DictionaryLanguage, env: NodeJS.ProcessEnv = process.env) {
  const folder = dictionaryFolder(env);
  return { aff: join(folder, `${language}.aff`), dic: join(folder, `${language}.dic`) };
}

let arabicLexicon: Lexicon | undefined;

/** The Arabic word list of ar.dic, read once per process. */
export function loadArabicLexicon(env: NodeJS.ProcessEnv = process.env): Lexicon {
  arabicLexicon ??= parseDic(readFileSync(dictionaryFiles('ar', env).dic, 'utf8'));
  return arabicLexicon;
}
