import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ArticleIdSchema } from '../../core/article/schema';
import { translate, type Locale } from '../../core/i18n/translate';
import { ruleMessageKey } from '../../core/proofing/messages';
import { fillSuggestions } from '../../core/proofing/lint';
import { articleProofedText } from '../../core/proofing/articleText';
import type { Finding } from '../../core/proofing/types';
import { getArticle } from '../../db/articles';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { openProofer, type Proofer } from '../../db/proofing/proofer';
import { readSettings } from '../../db/settings';
import { LOCK_PROGRAMS } from '../../core/api/lockPrograms';
import type { CliIO } from './command';
import type { Command } from './command';

interface Place {
  file?: string;
  id?: string;
  field: string;
  line: number;
}

interface Row extends Place {
  column: number;
  length: number;
  found: string;
  rule: string;
  severity: string;
  message: string;
  suggestions: string[];
}

/** Hunspell's Arabic suggestions take 0.1–1 s a word: `--suggest` asks for this many distinct words at most. */
export const SUGGEST_CAP = 50;

const HELP = [
  'Usage: midad lint FILE... [--json] [--suggest] [--lang ar|en]',
  '       midad lint (--id ID... | --all) [--json] [--suggest] [--lang ar|en]',
  '',
  'Checks spelling (Hunspell with the Ayaspell Arabic and US English dictionaries) and the copy-desk rules.',
  'FILE is plain text, one paragraph per line (no import parsing). --id and --all check articles in the',
  'archive, every field (body, headline, standfirst, captions; a caption’s line is its picture’s place in the',
  'body, 1 for the first). The archive (--db, else the app’s own) gives the newsroom’s vocabulary, its added',
  'and ignored words and its proofing settings; a missing archive is not created (files are then checked with',
  'the dictionaries alone).',
  '--json prints an array of {file | id, field, line, column, length, found, rule, severity, message,',
  'suggestions}; line and column are 1-based, column and length in JavaScript string units.',
  'The copy-desk rules always give their fixes. Spelling suggestions are slow (up to a second a word), so they',
  `are given only with --suggest, for the first ${SUGGEST_CAP} distinct unknown words.`,
  'Messages are in the interface language of the archive unless --lang is given.',
  'Exit 0 when it ran, whatever it found; 2 when it could not.',
].join('\n');

/** Every proofed field of the article (core/proofing/articleText.ts: body, headline, standfirst, captions). */
function articleParagraphs(archive: Archive, id: string): { paragraphs: string[]; places: Place[] } {
  const texts = articleProofedText(getArticle(archive, id));
  return { paragraphs: texts.map((t) => t.text), places: texts.map(({ field, line }) => ({ id, field, line })) };
}

interface Placed {
  place: Place;
  finding: Finding;
}

function placed(proofer: Proofer, paragraphs: string[], places: Place[]): Placed[] {
  return proofer.lint(paragraphs).map((finding) => ({ place: places[finding.paragraph]!, finding }));
}

function toRow({ place, finding: f }: Placed, locale: Locale): Row {
  return {
    ...place,
    column: f.start + 1,
    length: f.length,
    found: f.found,
    rule: f.rule,
    severity: f.severity,
    message: translate(locale, ruleMessageKey(f.rule)),
    suggestions: f.suggestions,
  };
}

function printText(io: CliIO, all: Row[]) {
  for (const r of all) {
    const where = r.file ?? `${r.id}:${r.field}`;
    const fix = r.suggestions.length ? ` → ${r.suggestions.map((s) => `«${s}»`).join(' ')}` : '';
    io.out(`${where}:${r.line}:${r.column}: ${r.severity} ${r.rule} «${r.found}»${fix}  ${r.message}`);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'no permission to read it'
            : String(code);
    throw new Error(`cannot read ${file}: ${why}`);
  }
}

async function lintOnPath(archivePath: string, args: string[], io: CliIO): Promise<number> {
  let archive: Archive | null = null;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        all: { type: 'boolean' },
        id: { type: 'string', multiple: true },
        lang: { type: 'string' },
        suggest: { type: 'boolean' },
      },
    });
    const ids = [...(values.id ?? [])];
    const fromArchive = values.all || ids.length > 0;
    if (fromArchive && positionals.length > 0 && !values.all) ids.push(...positionals);
    else if (values.all && positionals.length > 0) throw new Error('give files, or --id ID..., or --all: not both');
    if (!fromArchive && positionals.length === 0) throw new Error('give at least one FILE, --id ID... or --all');
    if (values.lang !== undefined && values.lang !== 'ar' && values.lang !== 'en')
      throw new Error('--lang is ar or en');
    for (const id of ids) if (!ArticleIdSchema.safeParse(id).success) throw new Error(`"${id}" is not an article ID`);

    // Files first, so an unreadable one is refused before the dictionary loads.
    const files = fromArchive ? [] : positionals.map((file) => ({ file, text: readText(file) }));
    if (fromArchive || existsSync(archivePath)) {
      archive = openArchive(archivePath, { program: LOCK_PROGRAMS.cli });
    }
    const locale: Locale = values.lang ?? (archive ? readSettings(archive).interfaceLanguage : 'ar');
    const proofer = await openProofer(archive);
    const found: Placed[] = [];
    if (fromArchive && archive) {
      const wanted = values.all
        ? (archive
            .prepare('SELECT id FROM articles WHERE trashed_at IS NULL ORDER BY created_at')
            .pluck()
            .all() as string[])
        : ids;
      for (const id of wanted) {
        const { paragraphs, places } = articleParagraphs(archive, id);
        found.push(...placed(proofer, paragraphs, places));
      }
    } else {
      for (const { file, text } of files) {
        const paragraphs = text.replace(/^\uFEFF/, '').split(/\r?\n/);
        const places = paragraphs.map((_, i) => ({ file, field: 'text', line: i + 1 }));
        found.push(...placed(proofer, paragraphs, places));
      }
    }
    if (values.suggest) {
      const left = fillSuggestions(
        found.map((p) => p.finding),
        proofer.dictionary,
        SUGGEST_CAP,
      );
      if (left > 0)
        io.err(`midad lint: spelling suggestions given for ${SUGGEST_CAP} words; ${left} more left without`);
    }
    const rows = found.map((p) => toRow(p, locale));
    if (values.json) io.out(JSON.stringify(rows, null, 2));
    else printText(io, rows);
    return 0;
  } catch (error) {
    io.err(`midad lint: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  } finally {
    archive?.close();
  }
}

export const lintCommand: Command = {
  summary: 'check spelling and copy-desk rules in text files or articles',
  help: HELP,
  runOnPath: lintOnPath,
};
