/**
 * The exchange report: every file in ../shared/data/exchange-real/ through the importer `midad
 * import` uses, into a real archive, then measured against what the file itself offers (probe.ts): per
 * group, files accepted, fields kept and lost, and whether each imported article exports as valid ninjs 3.1
 * and round-trips through Midad JSON unchanged.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };
import { MidadError } from '../../core/api/errors';
import { languageDirection } from '../../core/exchange/direction';
import { exportNative } from '../../core/exchange/nativeExport';
import { toNinjs } from '../../core/exchange/ninjsExport';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { loadExportItem } from '../../db/exchange/exportItems';
import { importFile, importText } from '../../db/exchange/importFiles';
import { ALTERNATIVES, ninjsItems, probeNinjs, probePage, probeWire, type Offered } from './probe';

export const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const EXCHANGE_REAL = join(SHARED, 'data', 'exchange-real');
const NINJS_SCHEMAS = join(SHARED, 'standards', 'ninjs');

export function missingMaterial(): string | null {
  for (const path of [EXCHANGE_REAL, join(NINJS_SCHEMAS, 'ninjs-schema_3.1.json')])
    if (!existsSync(path)) return `${path} is missing: the exchange report needs ../shared beside the repository`;
  return null;
}

export interface FileResult {
  group: string;
  file: string;
  accepted: boolean;
  error?: string;
  articles: number;
  kept: string[];
  lost: string[];
  ninjsValid: number;
  roundTripIdentical: number;
  warnings: number;
}

export interface GroupRow {
  group: string;
  files: number;
  accepted: number;
  articles: number;
  kept: number;
  lost: number;
  ninjsValid: number;
  roundTrip: number;
  lostFields: Record<string, number>;
}

function ninjsValidator() {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addMetaSchema(draft07);
  ajv.addSchema(JSON.parse(readFileSync(join(NINJS_SCHEMAS, 'GeoJSON.json'), 'utf8')) as object);
  return ajv.compile(JSON.parse(readFileSync(join(NINJS_SCHEMAS, 'ninjs-schema_3.1.json'), 'utf8')) as object);
}

const squash = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const words = (s: string) =>
  squash(s)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 1);

function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, into));
  return into;
}

const asText = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Whether one offered value is in the article (its Midad JSON, every string of it). */
function holds(offered: Offered, value: string, article: Record<string, unknown>, haystack: string[]): boolean {
  const bodyText = asText(article.bodyText);
  switch (offered.match) {
    case 'date': {
      const t = Date.parse(value);
      return haystack.some((s) => /^\d{4}-\d\d-\d\dT/.test(s) && Date.parse(s) === t);
    }
    case 'city':
    case 'country': {
      const dateline = (article.dateline ?? {}) as Record<string, unknown>;
      const located = offered.match === 'city' ? ((article.source ?? {}) as Record<string, unknown>).located : null;
      return [dateline[offered.match], located].some((v) => squash(asText(v)) === squash(value));
    }
    case 'agency': {
      // Midad's agency table or, for one it does not know, the credit as the dateline wrote it.
      const dateline = (article.dateline ?? {}) as Record<string, unknown>;
      return dateline.agency != null || squash(asText(dateline.credit)) === squash(value);
    }
    case 'picture':
      return Array.isArray(article.media) && article.media.length > Number(value);
    case 'rtl':
    case 'ltr':
      return languageDirection(String(article.language)) === offered.match;
    case 'body': {
      if (/<\/?[a-z][a-z0-9]*[\s>/]/i.test(bodyText)) return false;
      if (value === '(page text)') return squash(bodyText).length >= 200;
      const have = new Set(words(haystack.join(' ')));
      return value.split(ALTERNATIVES).some((alternative) => {
        const wanted = words(alternative);
        return wanted.length > 0 && wanted.filter((w) => have.has(w)).length / wanted.length >= 0.9;
      });
    }
    default: {
      const v = squash(value).toLowerCase();
      return haystack.some((s) => squash(s).toLowerCase().includes(v));
    }
  }
}

function offeredBy(group: string, text: string): Offered[][] {
  if (group.startsWith('ninjs')) {
    try {
      return ninjsItems(JSON.parse(text)).map(probeNinjs);
    } catch {
      return [];
    }
  }
  if (group.startsWith('html')) return [probePage(text)];
  return [probeWire(text)];
}

function measureFile(
  archive: Archive,
  roundTrip: Archive,
  validate: ReturnType<typeof ninjsValidator>,
  group: string,
  path: string,
): FileResult {
  const file = path.slice(EXCHANGE_REAL.length + 1);
  const text = readFileSync(path, 'utf8');
  const offered = offeredBy(group, text);
  const base: FileResult = {
    group,
    file,
    accepted: false,
    articles: 0,
    kept: [],
    lost: [],
    ninjsValid: 0,
    roundTripIdentical: 0,
    warnings: 0,
  };
  let imported;
  try {
    imported = importFile(archive, path);
  } catch (error) {
    if (!(error instanceof MidadError)) throw error;
    const lost = offered.flat().flatMap((o) => o.values.map(() => o.field));
    return { ...base, error: error.message, lost };
  }
  const result: FileResult = { ...base, accepted: true, articles: imported.length };
  imported.forEach((a, i) => {
    const item = loadExportItem(archive, a.id);
    const json = exportNative([item]);
    const article = (JSON.parse(json) as { articles: Array<Record<string, unknown>> }).articles[0] ?? {};
    const haystack = strings(article);
    for (const o of offered[i] ?? []) {
      for (const value of o.values) (holds(o, value, article, haystack) ? result.kept : result.lost).push(o.field);
    }
    if (validate(toNinjs(item))) result.ninjsValid++;
    const [again] = importText(roundTrip, 'round-trip.json', json);
    if (again && exportNative([loadExportItem(roundTrip, again.id)]) === json) result.roundTripIdentical++;
  });
  // Items the file offers that never became articles are lost whole.
  for (const rest of offered.slice(imported.length))
    for (const o of rest) for (const _ of o.values) result.lost.push(o.field);
  return result;
}

export function runExchangeReport(): { files: FileResult[]; groups: GroupRow[] } {
  const validate = ninjsValidator();
  const dir = mkdtempSync(join(tmpdir(), 'midad-exchange-report-'));
  const archive = openArchive(join(dir, 'import.sqlite'), {});
  const roundTrip = openArchive(join(dir, 'round-trip.sqlite'), {});
  const files: FileResult[] = [];
  try {
    for (const group of readdirSync(EXCHANGE_REAL, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(join(EXCHANGE_REAL, group.name)).sort())
        files.push(measureFile(archive, roundTrip, validate, group.name, join(EXCHANGE_REAL, group.name, name)));
    }
  } finally {
    archive.close();
    roundTrip.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const groups = [...new Set(files.map((f) => f.group))].map((group): GroupRow => {
    const of = files.filter((f) => f.group === group);
    const lostFields: Record<string, number> = {};
    for (const field of of.flatMap((f) => f.lost)) lostFields[field] = (lostFields[field] ?? 0) + 1;
    return {
      group,
      files: of.length,
      accepted: of.filter((f) => f.accepted).length,
      articles: of.reduce((n, f) => n + f.articles, 0),
      kept: of.reduce((n, f) => n + f.kept.length, 0),
      lost: of.reduce((n, f) => n + f.lost.length, 0),
      ninjsValid: of.reduce((n, f) => n + f.ninjsValid, 0),
      roundTrip: of.reduce((n, f) => n + f.roundTripIdentical, 0),
      lostFields,
    };
  });
  return { files, groups };
}

export function reportTable(groups: readonly GroupRow[]): string {
  const head = [
    'group',
    'files',
    'accepted',
    'articles',
    'fields kept',
    'fields lost',
    'ninjs 3.1 valid',
    'JSON round trip',
  ];
  const rows = groups.map((g) => [
    g.group,
    String(g.files),
    String(g.accepted),
    String(g.articles),
    String(g.kept),
    String(g.lost),
    `${g.ninjsValid}/${g.articles}`,
    `${g.roundTrip}/${g.articles}`,
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i] as number)).join(' | ')} |`;
  const lost = groups.map(
    (g) =>
      `${g.group} lost: ${
        Object.entries(g.lostFields)
          .sort((a, b) => b[1] - a[1])
          .map(([f, n]) => `${f} ${n}`)
          .join(', ') || 'nothing'
      }`,
  );
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...lost].join('\n');
}
