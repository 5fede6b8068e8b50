/**
 * The exchange report over ../shared/data/exchange-real, printed, with what must hold of it:
 * every imported article exports as valid ninjs 3.1 and round-trips through Midad JSON unchanged.
 */
import { describe, expect, it } from 'vitest';
import { missingMaterial, reportTable, runExchangeReport } from '../exchangeReport/report';

const missing = missingMaterial();
if (missing) console.warn(`exchangeReport.test.ts skipped: ${missing}`);

describe.skipIf(missing !== null)('the exchange report over real files', () => {
  it('prints the table; every article exports valid ninjs 3.1 and round-trips through Midad JSON', () => {
    const { groups } = runExchangeReport();
    console.log(reportTable(groups));
    for (const g of groups) {
      expect({ group: g.group, valid: g.ninjsValid }).toEqual({ group: g.group, valid: g.articles });
      expect({ group: g.group, roundTrip: g.roundTrip }).toEqual({ group: g.group, roundTrip: g.articles });
    }
  }, 120_000);
});
