/** axe-core's accessibility check on a page in Chromium, as the end-to-end tests run it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  resolve(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

/** axe-core's violations on the page as it stands, with the elements each names. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; targets: string[] }>> {
  // Injected through the debugging protocol: the app's CSP rightly refuses inline scripts. Once per document:
  // sending and compiling its 550 KB again costs ~0.2 s of a page's main thread, and axe.run reads the page
  // as it stands whenever it is called.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // A bound, so a run that never settles fails the test with this sentence instead of its timeout.
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('axe-core did not finish within 60 s')), 60_000).unref(),
  );
  const run = page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
      }
    ).axe.run();
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return Promise.race([run, timeout]);
}
