/**
 * Real agency ninjs with people, organisations and places, through a real archive: imported, stored in the
 * SQLite file, read back after the archive is closed and opened again, exported as ninjs 3.1 and Midad JSON,
 * and imported again with nothing changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportNative } from '../../core/exchange/nativeExport';
import { toNinjs } from '../../core/exchange/ninjsExport';
import { openArchive } from '../../db/connection';
import { getArticle } from '../../db/articles';
import { loadExportItem } from '../../db/exchange/exportItems';
import { importFile, importText } from '../../db/exchange/importFiles';
import { sharedFiles } from '../helpers/shared';
import { useTempDir } from '../helpers/tempDir';

const FILES = {
  /** IPTC's documentation example in 3.1: a person about, an organisation and places mentioned. */
  doc31: ['data', 'exchange-real', 'ninjs-iptc', 'doc-3.1_005_complex_text_article.json'],
  /** TT's 3.0 sample: a press contact's phone, places with their points on the map. */
  tt30: ['data', 'exchange-real', 'ninjs-iptc', 'ex-3.0_tt_text_image_3.json'],
  /** The same IPTC example in 1.4: `person`, `place`, scheme and code. */
  ex14: ['data', 'exchange-real', 'ninjs-iptc', 'ex-1.4_ninjsExComplex1.json'],
};
const REAL = sharedFiles('realNinjsEntities.test.ts', ...Object.values(FILES));
const [DOC31, TT30, EX14] = REAL.paths as [string, string, string];

const tempDir = useTempDir('midad-real-entities-');
type Json = Record<string, unknown>;
const KINDS = ['people', 'organisations', 'places'] as const;
const source = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
const entitiesIn = (n: Json) => Object.fromEntries(KINDS.filter((k) => k in n).map((k) => [k, n[k]]));

describe.skipIf(REAL.missing !== null)('real ninjs people, organisations and places in the archive', () => {
  it('keeps them in the archive file and exports them as the 3.x source wrote them', () => {
    const path = join(tempDir(), 'a.sqlite');
    let archive = openArchive(path);
    const ids = [DOC31, TT30].map((file) => importFile(archive, file)[0]!.id);
    archive.close();
    // Read back from the file, not from anything the import held in memory.
    archive = openArchive(path);
    for (const [i, file] of [DOC31, TT30].entries()) {
      const out = toNinjs(loadExportItem(archive, ids[i]!));
      // TT 3.0 spells the point `geoJSON` as 3.1 does: every member comes back as the file gave it.
      expect(entitiesIn(out)).toEqual(entitiesIn(source(file)));
    }
    expect(getArticle(archive, ids[1]!).entities?.people?.[0]?.contactInfo).toEqual([
      { type: 'phone', role: 'work', value: '+46 (0)8-7887500' },
    ]);
    archive.close();
  });

  it('reads 1.x’s scheme and code as the identifier IPTC’s own 3.1 version of the example gives', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const [imported] = importFile(archive, EX14);
    const a = getArticle(archive, imported!.id);
    expect(a.entities?.places?.find((p) => p.name === 'Italy')).toEqual({
      name: 'Italy',
      rel: 'mentions',
      uri: 'http://cvx.iptc.org/iso3166-1a2/it',
    });
    // 3.1's version of the same example names Italy so (doc-3.1_005 above).
    expect((source(DOC31).places as Json[]).find((p) => p.name === 'Italy')).toMatchObject({
      uri: 'http://cvx.iptc.org/iso3166-1a2/it',
    });
    archive.close();
  });

  it('round-trips: ninjs → archive → ninjs → archive, and Midad JSON between two archives, unchanged', () => {
    const first = openArchive(join(tempDir(), 'first.sqlite'));
    const second = openArchive(join(tempDir(), 'second.sqlite'));
    const [a] = importFile(first, TT30);
    const once = toNinjs(loadExportItem(first, a!.id));
    const [b] = importText(second, 'again.ninjs.json', JSON.stringify({ ...once, uri: 'urn:other:1' }));
    expect(entitiesIn(toNinjs(loadExportItem(second, b!.id)))).toEqual(entitiesIn(once));

    const json = exportNative([loadExportItem(first, a!.id)]);
    const third = openArchive(join(tempDir(), 'third.sqlite'));
    const [c] = importText(third, 'a.json', json);
    expect(getArticle(third, c!.id).entities).toEqual(getArticle(first, a!.id).entities);
    expect(exportNative([loadExportItem(third, c!.id)])).toBe(json);
    for (const archive of [first, second, third]) archive.close();
  });
});
