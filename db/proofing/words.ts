/**
 * The archive's proofing words: what people added to the dictionary or chose to ignore (migration 11), and
 * the vocabulary learned from the stored articles (core/proofing/vocabulary.ts): words enough articles use, and
 * the words of the people, organisations and places agencies tagged live articles with.
 */
import type { Archive } from '../archive';
import type { NewsroomWords } from '../../core/proofing/newsroomDictionary';
import { hamzaUsage } from '../../core/proofing/usage';
import { nameWords, VocabularyCounter } from '../../core/proofing/vocabulary';
import { metadataNames } from '../metadataNames';

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

/** What the newsroom's dictionary is built from (core/proofing/newsroomDictionary.ts), for the worker and the CLI. */
export function newsroomWords(archive: Archive, threshold: number): NewsroomWords {
  const { added, ignored } = proofingWords(archive);
  const words = archiveWords(archive);
  return {
    frequent: atLeast(words.counts, threshold),
    tagged: [...words.names],
    added: [...added],
    ignored: [...ignored],
    usage: words.usage,
  };
}

/** Every word at least `threshold` live articles use (headline to captions). */
export function frequentWords(archive: Archive, threshold: number): string[] {
  return atLeast(archiveWords(archive).counts, threshold);
}

function atLeast(counts: ReadonlyMap<string, number>, threshold: number): string[] {
  return [...counts].filter(([, count]) => count >= threshold).map(([word]) => word);
}

/**
 * Per word, how many live articles use it. Reading every article is the costly part (seconds on a large
 * archive), and the editor asks whenever it opens an article: the counts are kept per archive and counted
 * again only after a write — by this connection (total_changes: a save, a trash, an import) or another one
 * (data_version: the command line, a sync) — so a save invalidates them and nothing else does.
 */
const counted = new WeakMap<Archive, { stamp: string; words: ArchiveWords }>();

interface ArchiveWords {
  /** Per word, how many live articles use it. */
  counts: ReadonlyMap<string, number>;
  /** The words of the tagged names (core/proofing/vocabulary.ts's nameWords). */
  names: ReadonlySet<string>;
  /** How often the articles write each hamza stem (core/proofing/usage.ts), bounded in size. */
  usage: Record<string, number>;
}

function writeStamp(archive: Archive): string {
  const version = archive.pragma('data_version', { simple: true }) as number;
  const changes = archive.prepare('SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes}`;
}

export function articleCounts(archive: Archive): ReadonlyMap<string, number> {
  return archiveWords(archive).counts;
}

function archiveWords(archive: Archive): ArchiveWords {
  const stamp = writeStamp(archive);
  const known = counted.get(archive);
  if (known?.stamp === stamp) return known.words;
  const counter = new VocabularyCounter({ isWord: () => false });
  const names = new Set<string>();
  const articles = archive
    .prepare(
      `SELECT a.headline, a.standfirst, a.body_text AS body, a.metadata,
              (SELECT group_concat(caption, char(10)) FROM media m WHERE m.article_id = a.id) AS captions
       FROM articles a WHERE a.trashed_at IS NULL`,
    )
    .iterate() as IterableIterator<ArticleTexts>;
  for (const a of articles) {
    counter.addDocument([a.headline, a.standfirst, a.body, a.captions ?? '']);
    for (const name of metadataNames(a.metadata).entities) for (const word of nameWords(name)) names.add(word);
  }
  const words = { counts: counter.counts(), names, usage: hamzaUsage(counter.counts()) };
  counted.set(archive, { stamp, words });
  return words;
}

interface ArticleTexts {
  headline: string;
  standfirst: string;
  body: string;
  captions: string | null;
  metadata: string | null;
}
