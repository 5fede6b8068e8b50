/**
 * `midad import` says what it did with each real file: what was kept, and as warnings what was
 * not; `--json` prints the same as data. Real agency files from ../shared/data/exchange-real.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_REAL } from '../exchangeReport/report';
import { midad } from '../helpers/midadCommand';
import { useTempDir } from '../helpers/tempDir';

const missing = existsSync(EXCHANGE_REAL) ? null : `${EXCHANGE_REAL} is missing`;
if (missing) console.warn(`cliImportReport.test.ts skipped: ${missing} (../shared beside the repository)`);

const tempDir = useTempDir('midad-cli-import-report-');
const VIDEO = join(EXCHANGE_REAL, 'ninjs-iptc', 'ex-3.0_ap_video.json');
const TEXT = join(EXCHANGE_REAL, 'ninjs-iptc', 'ex-3.0_tt_text_image_3.json');

describe.skipIf(missing !== null)('the import report of midad import', () => {
  it('prints kept: and warning: lines per file, and the same as JSON with --json', async () => {
    const db = join(tempDir(), 'a.sqlite');
    const plain = await midad(['--db', db, 'import', VIDEO, TEXT]);
    expect(plain.code).toBe(0);
    expect(plain.stdout.trim().split('\n')).toHaveLength(2);
    expect(plain.stderr).toMatch(/ex-3\.0_ap_video\.json: kept: .*copyright and usage terms/);
    expect(plain.stderr).toMatch(/ex-3\.0_ap_video\.json: warning: 10 video rendition\(s\) kept as links/);
    expect(plain.stderr).toMatch(/ex-3\.0_tt_text_image_3\.json: kept: body from HTML; .*subject\(s\) with scheme/);
    expect(plain.stderr).toMatch(/ex-3\.0_tt_text_image_3\.json: warning: 3 other form\(s\) of the body left out/);

    const json = await midad(['--db', db, 'import', '--json', VIDEO]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Array<{
      file: string;
      articles: Array<{ notes: Array<{ code: string; warning: boolean; count: number }> }>;
    }>;
    expect(report[0]!.file).toBe(VIDEO);
    expect(report[0]!.articles[0]!.notes).toContainEqual({
      code: 'video_kept_as_link',
      warning: true,
      count: 10,
      names: [],
    });
  }, 60_000);
});
