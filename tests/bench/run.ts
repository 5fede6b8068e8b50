/**
 * `npm run bench [-- --quick] [-- --only NAME] [-- --archive PATH]`: runs the benchmark suites, prints a table
 * and writes the figures as JSON to .bench/results.json. `--archive` keeps the archive suite's generated file
 * at PATH and reuses it on the next run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SUITES } from './suites';
import type { Figure } from './harness';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, archive: { type: 'string' } },
});
const chosen = SUITES.filter((s) => !values.only || s.name === values.only);
if (chosen.length === 0) {
  console.error(
    values.only
      ? `No benchmark suite named "${values.only}". Known: ${SUITES.map((s) => s.name).join(', ')}`
      : 'No benchmark suites registered.',
  );
  process.exit(2);
}

const results: Record<string, Figure[]> = {};
for (const suite of chosen) {
  console.log(`\n== ${suite.name}${values.quick ? ' (quick)' : ''}`);
  const figures = await suite.run({ quick: values.quick, ...(values.archive ? { archive: values.archive } : {}) });
  results[suite.name] = figures;
  console.table(figures.map((f) => ({ figure: f.name, value: f.value, unit: f.unit, target: f.target ?? '' })));
}
mkdirSync('.bench', { recursive: true });
const out = { when: new Date().toISOString(), quick: values.quick, node: process.version, results };
writeFileSync('.bench/results.json', JSON.stringify(out, null, 2));
console.log('\nFigures written to .bench/results.json');
