/**
 * News pages as served (../shared/data/exchange-real/html-ar and html-en) through Readability over
 * linkedom, then Midad's HTML import: the article's text without the site's navigation, the page's date,
 * og:image as an address, section, keywords, and a right-to-left language for Arabic text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { getArticle } from '../../db/articles';
import { importFile } from '../../db/exchange/importFiles';
import { languageDirection } from '../../core/exchange/direction';
import { EXCHANGE_REAL } from '../exchangeReport/report';
import { useTempDir } from '../helpers/tempDir';

const missing = existsSync(EXCHANGE_REAL) ? null : `${EXCHANGE_REAL} is missing`;
if (missing) console.warn(`newsPages.test.ts skipped: ${missing} (../shared beside the repository)`);

const tempDir = useTempDir('midad-news-pages-');
const words = (s: string) => s.split(/[\s\p{P}]+/u).filter((w) => w.length > 1);

describe.skipIf(missing !== null)('news pages through Readability', () => {
  it('takes CNN Arabic’s article text without the navigation and lists around it', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const [imported] = importFile(archive, join(EXCHANGE_REAL, 'html-ar', 'cnnarabic-2013-syria-clashes.html'));
    const a = getArticle(archive, imported!.id);
    const reference = new Set(words(readFileSync(join(EXCHANGE_REAL, 'wire', 'cnnarabic-dateline-body.txt'), 'utf8')));
    const body = words(a.bodyText);
    const fromReference = body.filter((w) => reference.has(w)).length / body.length;
    const covered = [...reference].filter((w) => body.includes(w)).length / reference.size;
    console.log(
      `cnnarabic: ${Math.round(fromReference * 100)}% of the body is the article, ${Math.round(covered * 100)}% of the article is in the body`,
    );
    // Measured 84% (the rest: a photo caption and a share line Readability keeps); before, navigation was most of it.
    expect(fromReference).toBeGreaterThan(0.8);
    expect(covered).toBeGreaterThan(0.9);
    expect(languageDirection(a.language)).toBe('rtl');
    archive.close();
  });

  it('reads dates, og:image (kept as an address), and an Arabic text under a page declaring English', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const [bbc] = importFile(archive, join(EXCHANGE_REAL, 'html-en', 'bbc-52241221.html'));
    const a = getArticle(archive, bbc!.id);
    const html = readFileSync(join(EXCHANGE_REAL, 'html-en', 'bbc-52241221.html'), 'utf8');
    const image = /<meta[^>]+property="og:image"[^>]+content="([^"]+)"/.exec(html)?.[1];
    expect(a.media[0]?.renditions?.[0]?.href).toBe(image);
    expect(a.headline).not.toMatch(/BBC News$/);
    const [beirut] = importFile(archive, join(EXCHANGE_REAL, 'html-ar', 'beirutobserver-paris-theft.html'));
    const b = getArticle(archive, beirut!.id);
    expect(languageDirection(b.language)).toBe('rtl');
    expect(b.createdAt.startsWith('2020')).toBe(true);
    expect(beirut!.notes.map((n) => n.code)).toContain('page_extracted');
    archive.close();
  });
});
