/**
 * The archive's proofing words: what people added to the dictionary or chose to ignore (migration 11), and
 * the vocabulary learned from the stored articles (core/proofing/vocabulary.ts).
 */
import type { Archive } from '../archive';
import type { WordOracle } from '../../core/proofing/types';
import { VocabularyCounter } from '../../core/proofing/vocabulary';

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
  const counter = new VocabularyCounter(dictionary);
  forEachArticleText(archive, (texts) => counter.addDocument(texts));
  return counter.vocabulary(threshold);
}

/** Every word at least `threshold` live articles use, for a caller with its own dictionary (the page's worker). */
export function frequentWords(archive: Archive, threshold: number): string[] {
  const counter = new VocabularyCounter({ isWord: () => false });
  forEachArticleText(archive, (texts) => counter.addDocument(texts));
  return counter.frequent(threshold);
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
