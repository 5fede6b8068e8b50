/**
 * The shipped Arabic dictionary is Ayaspell's, slimmed by scripts/slimDictionary.ts, and says the same as the
 * original about every word: the shipped files are exactly the script's output on the original (taken from
 * the commit that added it, checked against its SHA-256), the lexicon read from them is the same, and every
 * word of a large list (every word of ../shared's copy-desk corpus, misspelled and corrected, and stems of the
 * dictionary with and without و and ال) gets the same verdict from Hunspell with either pair of files.
 * In the suite every 16th stem is taken (the corpus whole): the list with every stem, 341,323 words, takes
 * about 15 s of CPU; MIDAD_FULL_DICTIONARY_CHECK=1 runs it, as it was run when the files were slimmed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModule } from 'hunspell-asm';
import { parseDic } from '../../../core/proofing/lexicon';
import { wordsOf } from '../../../core/proofing/text';
import { slimAff, slimDic } from '../../../scripts/slimDictionary';
import { sharedFiles } from '../../helpers/shared';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SHIPPED = join(ROOT, 'resources', 'dictionaries');
/** The commit that copied Ayaspell's files from Debian's hunspell-ar 3.2-1.2, byte for byte. */
const ORIGINAL_COMMIT = 'd042362f404e33fbbffcc2f0044ad3230802c604';
const ORIGINAL_SHA256 = {
  'ar.aff': 'e76aa9c94b8285ca72b37c5d6c513484d2b9e9d393d2c602b5018d612e37e1ee',
  'ar.dic': '7aeb0346703918e1702f18e0278021c4d1fe799acea84d676c29eb0a869bad51',
};

const FULL = process.env.MIDAD_FULL_DICTIONARY_CHECK === '1';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The original file from git history, else Debian's own copy when installed; null when neither matches. */
function original(name: keyof typeof ORIGINAL_SHA256): Buffer | null {
  const candidates: Array<() => Buffer> = [
    () =>
      execFileSync('git', ['show', `${ORIGINAL_COMMIT}:resources/dictionaries/${name}`], {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    () => readFileSync(`/usr/share/hunspell/${name}`),
  ];
  for (const read of candidates) {
    try {
      const bytes = read();
      if (sha256(bytes) === ORIGINAL_SHA256[name]) return bytes;
    } catch {
      // A shallow clone, or no Debian package: try the next source.
    }
  }
  return null;
}

const originalAff = original('ar.aff');
const originalDic = original('ar.dic');
const missingOriginal =
  originalAff && originalDic
    ? null
    : `slimDictionary.test skipped: the original ar.aff/ar.dic are neither in git history (commit ${ORIGINAL_COMMIT.slice(0, 7)}; a shallow clone?) nor in /usr/share/hunspell`;
if (missingOriginal) console.warn(missingOriginal);
const corpus = sharedFiles(
  'slimDictionary.test (the corpus words)',
  ['data', 'copydesk', 'aghlat', 'misspelled'],
  ['data', 'copydesk', 'aghlat', 'corrected'],
);

const shipped = (name: string) => readFileSync(join(SHIPPED, name), 'utf8');

describe.skipIf(missingOriginal !== null)('the slimmed Arabic dictionary', () => {
  it('is the script’s output on the original, with the same lexicon', () => {
    const [aff, dic] = [originalAff!.toString('utf8'), originalDic!.toString('utf8')];
    expect(shipped('ar.aff') === slimAff(aff)).toBe(true);
    expect(shipped('ar.dic') === slimDic(dic)).toBe(true);
    const [before, after] = [parseDic(dic), parseDic(shipped('ar.dic'))];
    // Compared as text: vitest's deep equality over 150,000 strings takes seconds.
    expect(after.stems.length).toBe(before.stems.length);
    expect(after.stems.join('\n') === before.stems.join('\n')).toBe(true);
    expect([...after.names].join('\n') === [...before.names].join('\n')).toBe(true);
  });

  it.skipIf(corpus.missing !== null)(
    'gives every word of the corpus and the word list the same verdict as the original',
    async () => {
      const words = new Set<string>();
      for (const dir of corpus.paths)
        for (const file of readdirSync(dir))
          for (const line of readFileSync(join(dir, file), 'utf8').split('\n'))
            for (const { word, bare } of wordsOf(line)) words.add(word).add(bare);
      const fromCorpus = words.size;
      const stride = FULL ? 1 : 16;
      const stems = parseDic(shipped('ar.dic')).stems.filter((_, i) => i % stride === 0);
      for (const stem of stems) words.add(stem).add(`و${stem}`).add(`ال${stem}`);
      expect(fromCorpus).toBeGreaterThan(30_000);
      expect(words.size).toBeGreaterThan(FULL ? 300_000 : 50_000);

      const factory = await loadModule();
      const open = (aff: Buffer, dic: Buffer, name: string) =>
        factory.create(factory.mountBuffer(aff, `${name}.aff`), factory.mountBuffer(dic, `${name}.dic`));
      const full = open(originalAff!, originalDic!, 'full');
      const slim = open(readFileSync(join(SHIPPED, 'ar.aff')), readFileSync(join(SHIPPED, 'ar.dic')), 'slim');
      const differ: string[] = [];
      let accepted = 0;
      for (const word of words) {
        const verdict = full.spell(word);
        if (verdict) accepted++;
        if (slim.spell(word) !== verdict) differ.push(word);
      }
      full.dispose();
      slim.dispose();
      console.log(`slimDictionary: ${words.size} words, ${accepted} accepted, ${differ.length} verdicts differ`);
      expect(differ).toEqual([]);
      // Both verdicts occur in numbers, so the comparison says something.
      expect(accepted).toBeGreaterThan(words.size / 4);
      expect(words.size - accepted).toBeGreaterThan(words.size / 10);
    },
    300_000,
  );
});

it('ships the dictionary’s copyright file beside it', () => {
  expect(existsSync(join(SHIPPED, 'ar.copyright'))).toBe(true);
});
