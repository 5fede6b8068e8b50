/**
 * The archive's proofing words: what people added to the dictionary or chose to ignore (migration 11), and
 * the vocabulary learned from the stored articles (core/proofing/vocabulary.ts).
 */
import type { Archive } from '../archive';
import type { WordOracle } from '../../core/proofing/types';
import { learnable, VocabularyCounter } from '../../core/proofing/vocabulary';

export type WordKind = 'add' | 'ignore';

export function proofingWords(archive: Archive): { added: Set<string>; ignored: Set<string> } {
  const rows = archive.prepare('SELECT word, kind FROM proofing_words').all() as Array<{
    word: string;
    kind: WordKind;
  }>;
  const added = new Set<string>();
  const ignored = new Set<string>();
  for (const row of rows) (row.kind === 'add' ? added : ignored).add(row.word);
  return { added, ignored };
}

export function addProofingWord(archive: Archive, word: string, kind: WordKind, now = new Date()): void {
  archive
    .prepare(
      `INSERT INTO proofing_words (word, kind, added_at) VALUES (?, ?, ?)
       ON CONFLICT (word) DO UPDATE SET kind = excluded.kind, added_at = excluded.added_at`,
    )
    .run(word, kind, now.toISOString());
}

export function removeProofingWord(archive: Archive, word: string): void {
  archive.prepare('DELETE FROM proofing_words WHERE word = ?').run(word);
}

/** Words the dictionary does not know that at least `threshold` live articles use (headline to captions). */
export function learnVocabulary(archive: Archive, dictionary: WordOracle, threshold: number): Set<string> {
  const frequent = [...articleCounts(archive)]
    .filter(([word, count]) => count >= threshold && !dictionary.isWord(word))
    .map(([word]) => word);
  return learnable(frequent, dictionary);
}

/** Every word at least `threshold` live articles use, for a caller with its own dictionary (the page's worker). */
export function frequentWords(archive: Archive, threshold: number): string[] {
  return [...articleCounts(archive)].filter(([, count]) => count >= threshold).map(([word]) => word);
}

/**
 * Per word, how many live articles use it. Reading every article is the costly part (seconds on a large
 * archive), and the editor asks whenever it opens an article: the counts are kept per archive and counted
 * again only after a write — by this connection (total_changes: a save, a trash, an import) or another one
 * (data_version: the command line, a sync) — so a save invalidates them and nothing else does.
 */
const counted = new WeakMap<Archive, { stamp: string; counts: ReadonlyMap<string, number> }>();

function writeStamp(archive: Archive): string {
  const version = archive.pragma('data_version', { simple: true }) as number;
  const changes = archive.prepare('SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes}`;
}

export function articleCounts(archive: Archive): ReadonlyMap<string, number> {
  const stamp = writeStamp(archive);
  const known = counted.get(archive);
  if (known?.stamp === stamp) return known.counts;
  const counter = new VocabularyCounter({ isWord: () => false });
  forEachArticleText(archive, (texts) => counter.addDocument(texts));
  const counts = counter.counts();
  counted.set(archive, { stamp, counts });
  return counts;
}

function forEachArticleText(archive: Archive, visit: (texts: string[]) => void): void {
  const articles = archive
    .prepare(
      `SELECT a.headline, a.standfirst, a.body_text AS body,
              (SELECT group_concat(caption, char(10)) FROM media m WHERE m.article_id = a.id) AS captions
       FROM articles a WHERE a.trashed_at IS NULL`,
    )
    .iterate() as IterableIterator<{ headline: string; standfirst: string; body: string; captions: string | null }>;
  for (const a of articles) visit([a.headline, a.standfirst, a.body, a.captions ?? '']);
}
