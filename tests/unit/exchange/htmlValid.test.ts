/** The W3C Nu HTML Checker (vnu-jar, run once over every file) reports no error on any test article's export. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportHtml } from '../../../core/exchange/htmlExport';
import { useTempDir } from '../../helpers/tempDir';
import { TEST_ARTICLES } from './testArticles';

const tempDir = useTempDir();
const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) console.log('HTML validity test skipped: no java on this machine (the Nu checker is a Java program).');

describe.skipIf(!hasJava)('the HTML export', () => {
  it('passes the W3C Nu HTML Checker with zero errors for every test article, whole and body-only', () => {
    const jar = join(
      dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
      'build',
      'dist',
      'vnu.jar',
    );
    const dir = tempDir();
    const files: string[] = [];
    for (const [name, item] of Object.entries(TEST_ARTICLES)) {
      for (const [mode, options] of [
        ['doc', {}],
        ['files', { pictures: 'files' as const }],
      ] as const) {
        const file = join(dir, `${name}-${mode}.html`);
        writeFileSync(file, exportHtml(item, options).content);
        files.push(file);
      }
      // The fragment is checked as the body of a minimal page, as a CMS would hold it.
      const fragment = join(dir, `${name}-fragment.html`);
      writeFileSync(
        fragment,
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${exportHtml(item, { bodyOnly: true }).content}</body></html>`,
      );
      files.push(fragment);
    }
    // A control file with a known error proves the checker ran and reports errors at all.
    const control = join(dir, 'control-invalid.html');
    writeFileSync(
      control,
      '<!DOCTYPE html><html lang="ar"><head><title>t</title></head><body><p><div>x</p></div></body></html>',
    );
    files.push(control);
    // The checker writes its JSON report on stderr.
    // One processor: the checker shares two cores with the rest of the suite.
    const run = spawnSync(
      'java',
      ['-XX:ActiveProcessorCount=1', '-jar', jar, '--format', 'json', '--exit-zero-always', ...files],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stderr) as {
      messages: Array<{ type: string; url: string; message: string; lastLine?: number }>;
    };
    const errors = report.messages.filter((m) => m.type === 'error' && !m.url.endsWith('control-invalid.html'));
    expect(report.messages.some((m) => m.type === 'error' && m.url.endsWith('control-invalid.html'))).toBe(true);
    expect(errors.map((e) => `${e.url.split('/').pop()}:${e.lastLine}: ${e.message}`)).toEqual([]);
  }, 120_000);
});
