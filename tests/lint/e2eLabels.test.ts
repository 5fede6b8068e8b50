/**
 * End-to-end tests, the screenshot scripts and the test helpers name the interface's text by key
 * (tests/helpers/labels.ts), never by a copy of the Arabic: a literal equal to a message of core/i18n/ar.ts is
 * refused here unless it is listed below as the test's own data that happens to read like a label.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interfaceTexts } from './interfaceText';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FOLDERS = ['tests/e2e', 'tests/screenshots', 'tests/helpers'];

/** Text a test types, pastes or stores that reads like a label, and why it is data there. */
const DATA: Record<string, readonly string[]> = {
  // typed into the search box: a word of the seeded headlines
  'tests/e2e/archive.test.ts': ['رقم'],
  // inside the pasted Word HTML
  'tests/e2e/editor.test.ts': ['مائل'],
  // typed into the byline, then undone
  'tests/e2e/editorUndo.test.ts': ['محرر', 'محرر'],
  // a seeded article's one-word body
  'tests/e2e/review.test.ts': ['نص'],
  'tests/e2e/reviewDesk.test.ts': ['نص'],
  // the body's last word, selected and replaced while suggesting
  'tests/e2e/reviewSuggesting.test.ts': ['المدينة', 'المدينة', 'المدينة', 'المدينة'],
};

function sources(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(ROOT, folder, name)),
  );
}

describe('interface text in the end-to-end tests', () => {
  it('is read from the locale files, not copied into a test', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(40);
    const copied: string[] = [];
    const data: Record<string, string[]> = {};
    for (const path of files) {
      const name = relative(ROOT, path);
      const found = interfaceTexts(name, readFileSync(path, 'utf8'));
      const allowed = [...(DATA[name] ?? [])];
      for (const hit of found) {
        const at = allowed.indexOf(hit.text);
        if (at >= 0) allowed.splice(at, 1);
        else
          copied.push(
            `${name}:${hit.line} «${hit.text}» is ${hit.key}: use ar('${hit.key}') from tests/helpers/labels`,
          );
      }
      const listed = found.filter((hit) => DATA[name]?.includes(hit.text)).map((hit) => hit.text);
      if (listed.length) data[name] = listed;
    }
    expect(copied).toEqual([]);
    // The list of data stays exact: an entry no longer in its file is taken out of it.
    expect(data).toEqual(DATA);
  });

  it('finds a label, a plural form and a message with its numbers filled in, and leaves data alone', () => {
    const source = [
      "await page.getByRole('button', { name: 'مقال جديد' }).click();",
      "expect(await count(page)).toBe('31 مقالاً');",
      "expect(await count(page)).toBe('مقال واحد');",
      "await page.getByLabel('العنوان', { exact: true }).fill('عنوان قصير');",
      'expect(cell).toBe(`${n} مقال`);',
      "await headline.fill('خبر رقم 5');",
    ].join('\n');
    expect(interfaceTexts('x.test.ts', source).map(({ line, text }) => [line, text])).toEqual([
      [1, 'مقال جديد'],
      [2, '31 مقالاً'],
      [3, 'مقال واحد'],
      [4, 'العنوان'],
    ]);
  });
});
