/** `npm run exchange-report [-- --files]`: the table of report.ts, and with --files every file's line. */
import { missingMaterial, reportTable, runExchangeReport } from './report';

const missing = missingMaterial();
if (missing) {
  console.log(`exchange report skipped: ${missing}`);
} else {
  const { files, groups } = runExchangeReport();
  if (process.argv.includes('--files'))
    for (const f of files)
      console.log(
        `${f.file}\t${f.accepted ? `${f.articles} article(s)` : `refused: ${f.error ?? ''}`}\tlost: ${f.lost.join(', ') || '-'}`,
      );
  console.log(reportTable(groups));
}
