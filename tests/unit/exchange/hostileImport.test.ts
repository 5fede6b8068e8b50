/** Hostile files at the importers (issue 13), each generated here: refused quickly and clearly, or read as data. */
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../../core/exchange/htmlImport';
import { htmlTooDeepAt } from '../../../core/exchange/htmlDepth';
import { MidadError } from '../../../core/api/errors';

function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    if (error instanceof MidadError) return { code: error.code, ...error.params };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('HTML nested deeper than the importer walks', () => {
  it('is refused from its tag stream, before parse5 spends minutes on it', () => {
    const depth = 100_000;
    const page = `<html><body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    expect(refusal(() => parseHtmlArticle(page, 'deep.html'))).toMatchObject({
      code: 'import_failed',
      problem: 'html_too_deep',
      file: 'deep.html',
    });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('does not count what HTML closes on its own, so a sloppy page is still read', () => {
    const sloppy = `<ul>${'<li>item <p>para <b>bold'.repeat(3000)}</ul><table>${'<tr><td>c'.repeat(3000)}</table>`;
    expect(htmlTooDeepAt(sloppy, 300)).toBe(-1);
    // Tags inside comments, scripts and attribute values are no tags.
    const hidden = `<!--${'<div>'.repeat(500)}--><script>${'<div>'.repeat(500)}</script><a title="${'<div>'.repeat(500)}">x</a>`;
    expect(htmlTooDeepAt(hidden, 10)).toBe(-1);
    expect(htmlTooDeepAt('<div>'.repeat(11), 10)).toBeGreaterThan(0);
  });
});
