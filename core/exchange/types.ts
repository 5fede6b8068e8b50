/**
 * The one interface every exchange format sits behind. Exporters turn an article and its picture bytes into
 * text; importers turn text into validated drafts. Both are pure: the file work lives in db/ and cli/.
 */
import type { Article, ArticleFields, Media, Rendition } from '../article/schema';
import type { Revision } from '../article/revision';
import type { CommentThread } from '../review/comments';
import type { ExportWarning } from './warnings';
import type { ImportNote } from './importNotes';
import type { NativeRevision, NativeThread } from './nativeFormat';

export const EXPORT_FORMATS = ['html', 'json', 'ninjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const IMPORT_FORMATS = ['json', 'ninjs', 'html', 'wire'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** An article as the archive holds it, with the bytes of each picture that has them (by media id). */
export interface ExportItem {
  article: Article;
  media: ReadonlyMap<string, Uint8Array>;
  /** Midad JSON only, when the export was asked for them: the comment threads, and the revisions oldest first. */
  comments?: readonly CommentThread[];
  revisions?: readonly Revision[];
}

export interface ExportOptions {
  /** HTML: only the body blocks, for pasting into a CMS. */
  bodyOnly?: boolean;
  /** HTML: pictures as data URIs in the file (default) or as separate files beside it. */
  pictures?: 'embed' | 'files';
  /** HTML with pictures as files: the folder they go in, relative to the HTML file. */
  mediaFolder?: string;
}

/** A file an export writes beside its main file (a picture), relative to that file's folder. */
export interface ExportFile {
  path: string;
  bytes: Uint8Array;
}

export interface ExportOutput {
  content: string;
  files: ExportFile[];
  /** What the person should know about this export (pending suggestions left out of HTML and ninjs). */
  warnings: ExportWarning[];
}

export interface Exporter {
  format: ExportFormat;
  extension: string;
  mime: string;
  export(item: ExportItem, options?: ExportOptions): ExportOutput;
}

/** A picture (or a caption waiting for its picture) as an importer found it. */
export interface DraftMedia {
  id: string | null;
  mime: Media['mime'];
  width: number | null;
  height: number | null;
  caption: string;
  credit: string;
  alt: string;
  isLead: boolean;
  bytes: Uint8Array | null;
  /** The picture's files at the agency, kept as addresses. */
  renditions?: Rendition[];
}

/** One article read from a file, validated, not yet in the archive. */
export interface ArticleDraft {
  /** The id the file gave it, when it is one of ours: importing it again makes a new revision. */
  id: string | null;
  fields: ArticleFields;
  createdAt: string | null;
  updatedAt: string | null;
  media: DraftMedia[];
  /** Midad JSON with comments and history: merged into the archive by id, never doubled, never dropped. */
  comments?: NativeThread[];
  revisions?: NativeRevision[];
  /** What the import kept and, as warnings, what it did not: the import report's lines. */
  notes?: ImportNote[];
}

export interface Importer {
  format: ImportFormat;
  /** Whether this format claims the file, from its name and first characters. */
  accepts(fileName: string, text: string): boolean;
  /** Every article in the file, or an `import_failed` error naming where and what was expected. */
  parse(text: string, fileName: string): ArticleDraft[];
}
