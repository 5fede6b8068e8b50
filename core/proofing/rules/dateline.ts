import { agencyFromCredit } from '../../article/agencies';
import { renderDateline } from '../../article/dateline';
import type { Hit, Rule } from '../types';

/**
 * باريس -أ ف ب- أعلنت → باريس - (أ ف ب) - أعلنت: the first paragraph's dateline in the house form
 * (core/article/dateline.ts), when it names an agency of the table.
 */
const PATTERN = /^([\p{L}\p{M}]{2,}(?: [\p{L}\p{M}]+){0,2}?)\s*[-ـ–]+\s*\(?\s*([^()\-ـ–]{1,12}?)\s*\)?\s*[-ـ–]+\s*/u;

export const DATELINE: Rule = {
  id: 'DATELINE',
  severity: 'warning',
  check(paragraph, _context, index) {
    if (index !== 0) return [];
    const m = PATTERN.exec(paragraph);
    if (!m) return [];
    const agency = agencyFromCredit(m[2]!);
    if (!agency) return [];
    const house = `${renderDateline({ city: m[1]!.trim(), agency })} `;
    if (m[0] === house) return [];
    return [{ start: 0, length: m[0].length, found: m[0], suggestions: [house] } satisfies Hit];
  },
};
