/**
 * Where the shipped dictionaries are on Node (the desktop app, the `midad` command, tests, benches): the
 * folder MIDAD_DICTIONARIES names, else resources/dictionaries under the program's root (db/appRoot.ts: the
 * app's path as Electron gives it, else found above this module, in the dev tree and in any bundle alike).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDic, type Lexicon } from '../../core/proofing/lexicon';
import { appRoot } from '../appRoot';

export type DictionaryLanguage = 'ar' | 'en';

export function dictionaryFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MIDAD_DICTIONARIES) return env.MIDAD_DICTIONARIES;
  const root = appRoot();
  if (!root) throw new Error('resources/dictionaries was not found above the program; name it with MIDAD_DICTIONARIES');
  return join(root, 'resources', 'dictionaries');
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
