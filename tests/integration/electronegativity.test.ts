/**
 * Electronegativity (Doyensec's Electron security linter) over the main process, the preload and the page
 * they load. The tool exits 0 whatever it finds, so its CSV report is read here: any HIGH or MEDIUM finding
 * fails. A deliberately insecure window in a control folder shows the scan really finds things.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { useTempDir } from '../helpers/tempDir';

const ROOT = resolve(import.meta.dirname, '..', '..');
const tempDir = useTempDir();

interface Finding {
  issue: string;
  severity: string;
  file: string;
  location: string;
}

const RECORD = /^(\w+),"(\w+)","\w+","([^"]*)","([^"]*)"/gm;

/** One run of the tool; its CSV as written, header line and all. */
function runOnce(input: string, report: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(
      join(ROOT, 'node_modules', '.bin', 'electronegativity'),
      ['-i', input, '-o', report, '-r', '-v', 'false', '-e', '45.5.0'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('exit', (code) =>
      code === 0
        ? done(readFileSync(report, 'utf8'))
        : fail(new Error(`electronegativity exited with ${code}: ${stderr}`)),
    );
  });
}

/**
 * The findings of a scan. Electronegativity 1.10.3 writes its CSV's header and its rows with two fs.writeFile
 * calls it does not wait for, the header's truncating the file: on a busy machine the header can land last
 * and wipe the rows, or overwrite the first of them. Every scan here has findings (the page's CSP is always
 * reported, at low severity), so a report whose rows do not start right after the header was clobbered, and
 * the scan runs again.
 */
async function scan(input: string, report: string): Promise<Finding[]> {
  for (let attempt = 1; ; attempt += 1) {
    const text = await runOnce(input, report);
    // A description may hold a line break inside its quotes, so records are found by how each one starts
    // (ID,"SEVERITY","CONFIDENCE","file","location") rather than by splitting lines.
    const body = text.slice(text.indexOf('\n') + 1);
    const whole = text.startsWith('issue, severity,') && /^\w+,"\w+","\w+","/.test(body);
    if (whole) {
      return [...body.matchAll(RECORD)].map((match) => ({
        issue: match[1]!,
        severity: match[2]!,
        file: match[3]!,
        location: match[4]!,
      }));
    }
    if (attempt === 3) throw new Error(`electronegativity wrote no whole report in three runs; the last was:\n${text}`);
  }
}

const serious = (findings: Finding[]) => findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');

describe('Electron security lint', () => {
  it('finds nothing of high or medium severity in the main process, the preload and the page', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'electron'), join(dir, 'app', 'electron'), { recursive: true });
    mkdirSync(join(dir, 'app', 'renderer'));
    cpSync(join(ROOT, 'renderer', 'index.html'), join(dir, 'app', 'renderer', 'index.html'));

    const control = join(dir, 'control');
    mkdirSync(control);
    writeFileSync(
      join(control, 'main.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } });\n",
    );

    const [app, insecure] = await Promise.all([
      scan(join(dir, 'app'), join(dir, 'app.csv')),
      scan(control, join(dir, 'control.csv')),
    ]);
    expect(serious(insecure).map((f) => f.issue)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'SANDBOX_JS_CHECK']),
    );
    expect(serious(app), JSON.stringify(serious(app), null, 2)).toEqual([]);
    // The page's own policy was seen (no "no CSP" finding), so the scan covered the HTML too.
    expect(app.some((f) => f.file.endsWith('index.html'))).toBe(true);
  }, 180_000);

  it('the page carries the same content security policy as the header, less what a meta element cannot hold', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const header = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta?.split('; ')).toEqual(header);
  });
});
