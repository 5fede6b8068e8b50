/**
 * Recall and precision of search on real Arabic text, judged without the stemmer: each query's
 * relevant words are written out by hand below from Arabic grammar (the lemma's inflected forms, each with
 * the proclitics and pronouns a newspaper puts on it), and an article is relevant when one of its words is
 * one of them. Articles are the paragraphs of Aghlat's hand-corrected news texts and the wire texts of
 * ../shared/data (test material only, read here, never copied). Only `searchArticles` is called, so the same
 * file measures any version of Midad's search:
 *
 *   npx tsx tests/eval/searchRecall.ts        # prints recall, precision and counts as JSON
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeForSearch } from '../../core/arabic/normalize';
import { SearchRequestSchema } from '../../core/search/schema';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { searchArticles } from '../../db/search/search';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

const NOUN_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
const ARTICLE_PREFIXES = ['ال', 'وال', 'فال', 'بال', 'كال', 'وبال', 'فبال', 'لل', 'ولل', 'فلل'];
const PRONOUNS = ['', 'ه', 'ها', 'هما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ي'];
const VERB_PREFIXES = ['', 'و', 'ف', 'س', 'وس', 'فس', 'ل', 'ول'];

/** Noun forms: `stems` take pronouns (with ة written ت before them), `bare` are the forms as they stand. */
function nounForms(forms: string[]): string[] {
  const out: string[] = [];
  for (const form of forms) {
    const beforePronoun = form.endsWith('ة') ? `${form.slice(0, -1)}ت` : form;
    for (const p of NOUN_PREFIXES) {
      out.push(p + form);
      for (const pronoun of PRONOUNS.slice(1)) out.push(p + beforePronoun + pronoun);
    }
    for (const p of ARTICLE_PREFIXES) out.push(p + form);
  }
  return out;
}

function verbForms(forms: string[]): string[] {
  return forms.flatMap((f) => VERB_PREFIXES.flatMap((p) => ['', 'ه', 'ها', 'هم'].map((o) => p + f + o)));
}

export interface EvalQuery {
  query: string;
  /** Every written form that makes an article relevant (before normalisation). */
  forms: string[];
}

/**
 * The six cases first, then common news words; `forms` are the gold. Broken plurals are listed as
 * forms of their singular because a reader searching for one wants the other.
 */
export const EVAL_QUERIES: EvalQuery[] = [
  { query: 'حكومة', forms: nounForms(['حكومة', 'حكومات', 'حكومتان', 'حكومتين']) },
  { query: 'قالوا', forms: verbForms(['قالوا']) },
  { query: 'قرارات', forms: nounForms(['قرارات', 'قرار', 'قرارا', 'قراران', 'قرارين']) },
  { query: 'مستشفيات', forms: nounForms(['مستشفيات', 'مستشفى', 'مستشفيان', 'مستشفيين']) },
  { query: 'يجتمع', forms: verbForms(['يجتمع', 'يجتمعون', 'يجتمعان']) },
  { query: 'وزير', forms: nounForms(['وزير', 'وزيرا', 'وزراء', 'وزيران', 'وزيرين']) },
  { query: 'دولة', forms: nounForms(['دولة', 'دول', 'دولتان', 'دولتين']) },
  { query: 'رئيس', forms: nounForms(['رئيس', 'رئيسا', 'رؤساء', 'رئيسان', 'رئيسين']) },
  { query: 'شعب', forms: nounForms(['شعب', 'شعبا', 'شعوب', 'شعبان', 'شعبين']) },
  { query: 'مدينة', forms: nounForms(['مدينة', 'مدن', 'مدينتان', 'مدينتين']) },
  { query: 'منطقة', forms: nounForms(['منطقة', 'مناطق', 'منطقتان', 'منطقتين']) },
  { query: 'سلاح', forms: nounForms(['سلاح', 'سلاحا', 'أسلحة']) },
  { query: 'طفل', forms: nounForms(['طفل', 'طفلا', 'أطفال', 'طفلان', 'طفلين']) },
  { query: 'حقوق', forms: nounForms(['حق', 'حقا', 'حقوق']) },
  { query: 'كتاب', forms: nounForms(['كتاب', 'كتابا', 'كتابان', 'كتابين']) },
  { query: 'جامعة', forms: nounForms(['جامعة', 'جامعات', 'جامعتان', 'جامعتين']) },
  { query: 'انتخابات', forms: nounForms(['انتخابات', 'انتخاب', 'انتخابا']) },
  { query: 'سياسة', forms: nounForms(['سياسة', 'سياسات']) },
  { query: 'مجلس', forms: nounForms(['مجلس', 'مجلسا', 'مجالس', 'مجلسان', 'مجلسين']) },
  { query: 'اقتصاد', forms: nounForms(['اقتصاد', 'اقتصادا']) },
];

/** The common query whose result count is reported before and after. */
export const COMMON_QUERY = 'حكومة';

export interface EvalText {
  source: string;
  text: string;
}

/** Paragraphs of at least `minWords` words from the corrected Aghlat texts and the wire texts, in file order. */
export function evalTexts(minWords = 20): EvalText[] {
  const files = [
    ...readdirSync(join(SHARED_DATA, 'copydesk/aghlat/corrected')).map((f) => `copydesk/aghlat/corrected/${f}`),
    ...readdirSync(join(SHARED_DATA, 'exchange-real/wire')).map((f) => `exchange-real/wire/${f}`),
  ].sort();
  const texts: EvalText[] = [];
  for (const file of files) {
    for (const line of readFileSync(join(SHARED_DATA, file), 'utf8').split(/\r?\n/)) {
      const text = line.trim();
      if (text.split(/\s+/).length >= minWords) texts.push({ source: file, text });
    }
  }
  return texts;
}

export interface QueryFigures {
  query: string;
  relevant: number;
  found: number;
  foundRelevant: number;
  recall: number;
  precision: number;
  /** Where (from 1) the first article holding the query word exactly comes in the results; null if absent. */
  firstExactRank: number | null;
}

const words = (text: string) => new Set(normalizeForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? []);

/** Indexes `texts` into a new archive in `dir` and runs every query; the gold comes from `forms` alone. */
export function evaluate(texts: EvalText[], dir: string, queries = EVAL_QUERIES): QueryFigures[] {
  const archive: Archive = openArchive(join(dir, 'eval.sqlite'));
  try {
    const ids: string[] = [];
    const insert = archive.transaction(() => {
      for (const [i, t] of texts.entries()) {
        const article = createArticle(
          archive,
          { ...NEW_ARTICLE_FIELDS, headline: `${t.source} ${i}`, body: stateFromParagraphs([t.text]) },
          new Date(Date.UTC(2020, 0, 1) + i * 60_000),
        );
        ids.push(article.id);
      }
    });
    insert();
    const articleWords = texts.map((t) => words(t.text));
    return queries.map(({ query, forms }) => {
      const gold = new Set(forms.map(normalizeForSearch));
      const exact = normalizeForSearch(query);
      const relevant = new Set(ids.filter((_, i) => [...(articleWords[i] as Set<string>)].some((w) => gold.has(w))));
      const exactIds = new Set(ids.filter((_, i) => (articleWords[i] as Set<string>).has(exact)));
      const page = (offset: number) =>
        searchArticles(archive, SearchRequestSchema.parse({ query, limit: 100, offset }));
      const result = page(0);
      const all = result.items.map((h) => h.id);
      for (let offset = 100; offset < result.total; offset += 100) all.push(...page(offset).items.map((h) => h.id));
      const foundRelevant = all.filter((id) => relevant.has(id)).length;
      const firstExact = all.findIndex((id) => exactIds.has(id));
      return {
        query,
        relevant: relevant.size,
        found: result.total,
        foundRelevant,
        recall: relevant.size === 0 ? 1 : foundRelevant / relevant.size,
        precision: all.length === 0 ? 1 : foundRelevant / all.length,
        firstExactRank: firstExact === -1 ? null : firstExact + 1,
      };
    });
  } finally {
    archive.close();
  }
}

/** Micro-averaged over every query: all relevant articles, all found. */
export function totals(figures: QueryFigures[]) {
  const relevant = figures.reduce((n, f) => n + f.relevant, 0);
  const found = figures.reduce((n, f) => n + f.found, 0);
  const foundRelevant = figures.reduce((n, f) => n + f.foundRelevant, 0);
  return { relevant, found, foundRelevant, recall: foundRelevant / relevant, precision: foundRelevant / found };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(SHARED_DATA)) {
    console.error(`No ../shared/data at ${SHARED_DATA}: nothing to evaluate on.`);
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'midad-eval-'));
  try {
    const texts = evalTexts();
    const figures = evaluate(texts, dir);
    console.log(JSON.stringify({ articles: texts.length, totals: totals(figures), figures }, null, 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
