/**
 * What an import did with a file: per article, what was kept and, as warnings, what was not.
 * Codes and counts only; core/i18n renders them (`import.note.CODE`, Arabic first) and noteLine gives the
 * command line's English. Each importer adds the notes it knows of; nothing is said to be kept that is not.
 */
import { z } from 'zod';

export const IMPORT_NOTE_CODES = [
  // kept
  'body_html',
  'body_nitf',
  'body_plain',
  'pictures',
  'renditions',
  'references',
  'subjects',
  'genres',
  'rights',
  'source_dates',
  'dateline',
  'event',
  'page_extracted',
  'page_date',
  'page_image',
  // agency entities: people, organisations and places kept
  'people',
  'organisations',
  'places',
  // warnings: what was not kept, or kept only in part
  'no_headline',
  'no_body',
  'renditions_not_downloaded',
  'video_kept_as_link',
  'audio_kept_as_link',
  'other_bodies_left',
  'fields_left',
  'page_language_corrected',
] as const;
export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];

const WARNINGS = new Set<ImportNoteCode>([
  'no_headline',
  'no_body',
  'renditions_not_downloaded',
  'video_kept_as_link',
  'audio_kept_as_link',
  'other_bodies_left',
  'fields_left',
  'page_language_corrected',
]);

export const ImportNoteSchema = z.object({
  code: z.enum(IMPORT_NOTE_CODES),
  warning: z.boolean(),
  count: z.number().int().nonnegative(),
  /** Names a note lists as they are in the file (`people`, `places`) or the values it found (`ar`). */
  names: z.array(z.string().max(100)).max(50),
});
export type ImportNote = z.infer<typeof ImportNoteSchema>;

export function note(code: ImportNoteCode, count = 1, names: string[] = []): ImportNote {
  return { code, warning: WARNINGS.has(code), count, names: names.slice(0, 50) };
}

/** The locale key that renders a note, with `{count}` and `{names}` (core/i18n). */
export const importNoteKey = (code: ImportNoteCode) => `import.note.${code}` as const;

const ENGLISH: Record<ImportNoteCode, (n: ImportNote) => string> = {
  body_html: () => 'body from HTML',
  body_nitf: () => 'body from NITF',
  body_plain: () => 'body from plain text',
  pictures: (n) => `${n.count} picture(s)`,
  renditions: (n) => `${n.count} rendition address(es)`,
  references: (n) => `${n.count} media reference(s)`,
  subjects: (n) => `${n.count} subject(s) with scheme and code`,
  genres: (n) => `${n.count} genre(s)`,
  rights: () => 'copyright and usage terms',
  source_dates: () => "the source's dates",
  dateline: () => 'the dateline',
  event: () => "the event's title and dates",
  page_extracted: () => 'the article text of the page (Readability)',
  page_date: () => 'the publication date',
  page_image: () => 'the picture the page names (og:image)',
  people: (n) => `${n.count} person(s)`,
  organisations: (n) => `${n.count} organisation(s)`,
  places: (n) => `${n.count} place(s)`,
  no_headline: () => 'no headline in the file',
  no_body: () => 'no body text in the file',
  renditions_not_downloaded: (n) => `${n.count} rendition(s) kept as addresses, not downloaded`,
  video_kept_as_link: (n) => `${n.count} video rendition(s) kept as links`,
  audio_kept_as_link: (n) => `${n.count} audio rendition(s) kept as links`,
  other_bodies_left: (n) => `${n.count} other form(s) of the body left out`,
  fields_left: (n) => `not kept: ${n.names.join(', ')}`,
  page_language_corrected: (n) => `the page declares ${n.names[0] ?? ''} but its text is ${n.names[1] ?? ''}`,
};

/** English, for the command line (as its errors are). */
export function noteText(n: ImportNote): string {
  return ENGLISH[n.code](n);
}
