/**
 * The two locale files say the same things: every key in both, the same placeholders in both (a number written
 * into one language's sentence and taken from `{min}` in the other goes stale when the rule changes), and every
 * key used somewhere in the source (a key nothing reads is a sentence nobody maintains).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, translate, type Message } from '../../../core/i18n/translate';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const { ar, en } = LOCALES;

/**
 * The parameters a message takes: the placeholders over all its plural forms, and the number a plural follows
 * (a form may say it in words, «حرفين», and still needs it given).
 */
function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message.plural);
  const names = new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')));
  if (typeof message !== 'string') names.add(message.by ?? 'count');
  return [...names].sort();
}

/** The source that shows sentences: every file but the locale files themselves and the tests. */
function sourceText(): string {
  const files = execFileSync(
    'git',
    ['ls-files', '-co', '--exclude-standard', 'core', 'db', 'renderer', 'electron', 'cli'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((f) => /\.tsx?$/.test(f) && !/^core\/i18n\/(ar|en)\.ts$/.test(f));
  return files.map((f) => readFileSync(resolve(ROOT, f), 'utf8')).join('\n');
}

/**
 * Keys the source names: quoted whole, or built in a template literal from a key-like start
 * (`history.kind.${kind}` uses every `history.kind.…`).
 */
function usedKeys(source: string, keys: readonly string[]): Set<string> {
  const quoted = new Set([...source.matchAll(/['"`]([a-zA-Z][\w.-]*)['"`]/g)].map((m) => m[1]));
  const built = [...source.matchAll(/`([a-z][a-zA-Z]*\.[\w.]*\$\{[^`]*)`/g)].map(
    (m) =>
      new RegExp(
        `^${(m[1] ?? '')
          .split(/\$\{[^}]*\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')}$`,
      ),
  );
  return new Set(keys.filter((key) => quoted.has(key) || built.some((pattern) => pattern.test(key))));
}

/**
 * Sentences written ahead of the screen that shows them, by work in progress on another branch; each names it.
 * Remove a line when its screen lands (the test below says which lines have).
 */
const AWAITING_SCREEN: Record<string, string> = {};

describe('the locale files', () => {
  it('have the same keys in Arabic and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ar).sort());
  });

  it('use the same placeholders in Arabic and English', () => {
    const differ = Object.keys(ar)
      .map((key) => {
        const k = key as keyof typeof ar;
        return { key, ar: placeholders(ar[k]), en: placeholders(en[k]) };
      })
      .filter((m) => m.ar.join() !== m.en.join());
    expect(differ).toEqual([]);
  });

  it('take a number from its parameter in Arabic too, in the form that agrees with it', () => {
    const say = (min: number) => translate('ar', 'error.search_prefix_too_short', { min, prefix: 'مد' });
    expect(say(2)).toContain('حرفين');
    expect(say(3)).toContain('3 أحرف');
    expect(translate('en', 'error.search_prefix_too_short', { min: 3, prefix: 'md' })).toContain('3 letters');
  });

  it('have no key that nothing in the source uses', () => {
    const keys = Object.keys(ar);
    const used = usedKeys(sourceText(), keys);
    expect(keys.filter((key) => !used.has(key) && !(key in AWAITING_SCREEN))).toEqual([]);
    // A waiting sentence that is shown now leaves the list, so the list never hides a dead key for long.
    expect(Object.keys(AWAITING_SCREEN).filter((key) => used.has(key))).toEqual([]);
  });
});
