/**
 * What real agency ninjs keeps in the archive: rights, subjects and genres with scheme, code and
 * name, the source's dates beside the import time, pictures with their renditions, video and sound as
 * references, events' titles and dates; and all of it back out in ninjs 3.1 and Midad JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toNinjs } from '../../core/exchange/ninjsExport';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { getArticle } from '../../db/articles';
import { loadExportItem } from '../../db/exchange/exportItems';
import { importFile } from '../../db/exchange/importFiles';
import { EXCHANGE_REAL } from '../exchangeReport/report';
import { useTempDir } from '../helpers/tempDir';

const missing = existsSync(EXCHANGE_REAL) ? null : `${EXCHANGE_REAL} is missing`;
if (missing) console.warn(`realNinjsModel.test.ts skipped: ${missing} (../shared beside the repository)`);

const tempDir = useTempDir('midad-real-ninjs-');
type Json = Record<string, unknown>;
const source = (file: string) => JSON.parse(readFileSync(join(EXCHANGE_REAL, file), 'utf8')) as Json;

function importReal(archive: Archive, file: string) {
  const [imported] = importFile(archive, join(EXCHANGE_REAL, file));
  return getArticle(archive, imported!.id);
}

describe.skipIf(missing !== null)('real ninjs in the archive', () => {
  it('keeps copyright notice and usage terms, and exports them again (AP video 3.0)', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const file = 'ninjs-iptc/ex-3.0_ap_video.json';
    const a = importReal(archive, file);
    const s = source(file);
    expect(a.rights).toMatchObject({ copyrightNotice: s.copyrightNotice, usageTerms: s.usageTerms });
    expect(toNinjs(loadExportItem(archive, a.id))).toMatchObject({
      copyrightNotice: s.copyrightNotice,
      usageTerms: s.usageTerms,
    });
    archive.close();
  });

  it('keeps subjects and genres with scheme, code and name (TT 3.0)', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const a = importReal(archive, 'ninjs-iptc/ex-3.0_tt_text_image_3.json');
    expect(a.classification).toContainEqual({
      kind: 'subject',
      scheme: 'http://tt.se/spec/subref/1.0/',
      code: '16000000',
      name: 'Krig, konflikter och oroligheter',
    });
    expect(a.classification).toContainEqual({
      kind: 'genre',
      scheme: 'http://tt.se/spec/sector/1.0/',
      code: 'INR',
      name: 'Inrikes',
    });
    const out = toNinjs(loadExportItem(archive, a.id));
    expect(out.genres).toContainEqual({ name: 'Inrikes', uri: 'http://tt.se/spec/sector/1.0/INR', literal: 'INR' });
    archive.close();
  });

  it('keeps the source dates; the import time is its own field, never the creation date', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const file = 'ninjs-iptc/ex-3.0_businesswire-newsml-20130605006126.json';
    const before = new Date().toISOString();
    const a = importReal(archive, file);
    const versionCreated = new Date(source(file).versionCreated as string).toISOString();
    expect(a.source?.versionCreated).toBe(versionCreated);
    expect(a.source?.firstCreated).toBeNull();
    expect(a.createdAt <= a.updatedAt).toBe(true);
    expect(a.createdAt).toBe(versionCreated);
    expect(a.source!.importedAt! >= before).toBe(true);
    expect(toNinjs(loadExportItem(archive, a.id)).firstCreated).toBe(versionCreated);
    archive.close();
  });

  it('makes a picture item an article with its picture and every rendition (AP image 3.0)', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const file = 'ninjs-iptc/ex-3.0_ap_image.json';
    const a = importReal(archive, file);
    const renditions = source(file).renditions as Json[];
    expect(a.media).toHaveLength(1);
    expect(a.media[0]!.caption).toContain('FILE - In this Monday, Nov. 11, 2019 file photo');
    expect(a.media[0]!.byteLength).toBe(0);
    expect(a.media[0]!.renditions!.map((r) => [r.href, r.contentType, r.width])).toEqual(
      renditions.map((r) => [r.href, r.contentType, r.width ?? null]),
    );
    archive.close();
  });

  it('keeps video and sound as references with their renditions (AP 3.0)', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    for (const [file, kind] of [
      ['ninjs-iptc/ex-3.0_ap_video.json', 'video'],
      ['ninjs-iptc/ex-3.0_ap_audio.json', 'audio'],
    ] as const) {
      const a = importReal(archive, file);
      const hrefs = (source(file).renditions as Json[]).map((r) => r.href);
      expect(a.references?.[0]?.kind).toBe(kind);
      expect(a.references?.[0]?.renditions.map((r) => r.href)).toEqual(hrefs);
    }
    archive.close();
  });

  it("keeps an event's title and dates (IPTC 3.1 event)", () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const a = importReal(archive, 'ninjs-iptc/doc-3.1_008_event.json');
    expect(a.headline).toBe('2023 NATO Summit Press Conference');
    expect(a.source?.eventStart).toBe('2023-07-11');
    archive.close();
  });
});
