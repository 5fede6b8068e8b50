/**
 * ninjs `rightsInfo` (IPTC's examples of linked and encoded rights, ../shared/data/exchange-real): the policy a
 * picture is bound by reaches the usage terms the desk reads, instead of being listed as not kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../core/exchange/registry';
import { EXCHANGE_REAL } from '../../exchangeReport/report';

const missing = existsSync(EXCHANGE_REAL) ? null : `${EXCHANGE_REAL} is missing`;
if (missing) console.warn(`realRightsInfo.test.ts skipped: ${missing} (../shared beside the repository)`);

const read = (file: string) => {
  const text = readFileSync(join(EXCHANGE_REAL, file), 'utf8');
  const raw = JSON.parse(text) as { rightsInfo?: Record<string, string>; rightsinfo?: Record<string, string> };
  const info = raw.rightsInfo ?? raw.rightsinfo ?? {};
  return { draft: parseImport(file.split('/').pop() as string, text)[0]!, info };
};

describe.skipIf(missing !== null)('machine-readable rights of real ninjs', () => {
  it.each(['ninjs-iptc/ex-3.0_imageLinkedRights.json', 'ninjs-iptc/ex-2.1_imageLinkedRights.json'])(
    'keeps the linked policy of %s as its usage terms',
    (file) => {
      const { draft, info } = read(file);
      const linked = info.linkedRights ?? info.linkedrights;
      expect(linked).toMatch(/^https?:/);
      expect(draft.fields.rights?.usageTerms).toBe(linked);
      expect(draft.notes?.map((n) => n.code)).toContain('rights');
      expect(draft.notes?.find((n) => n.code === 'fields_left')?.names ?? []).not.toContain('rightsinfo');
    },
  );

  it.each(['ninjs-iptc/ex-3.0_imageEncodedRights.json', 'ninjs-iptc/ex-2.1_imageEncodedRights.json'])(
    'keeps the encoded policy of %s as given',
    (file) => {
      const { draft, info } = read(file);
      expect(draft.fields.rights?.usageTerms).toBe(info.encodedRights ?? info.encodedrights);
    },
  );
});
