/**
 * The About screen lists every dictionary Midad ships, with the licence file shipped beside it word for word:
 * it once said "no dictionaries" while the proofing worker loaded two.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DICTIONARIES } from '../../../renderer/about/licences';

const DICTIONARIES = resolve(import.meta.dirname, '..', '..', '..', 'resources', 'dictionaries');

describe('the About screen’s dictionaries', () => {
  it('name the Arabic and English dictionaries with their shipped licence texts', () => {
    const texts = ['ar.copyright', 'en.license'].map((file) => readFileSync(join(DICTIONARIES, file), 'utf8'));
    expect(BUNDLED_DICTIONARIES.map((work) => work.text)).toEqual(texts);
    expect(BUNDLED_DICTIONARIES.map((work) => work.name)).toEqual([
      expect.stringContaining('Ayaspell'),
      expect.stringContaining('English'),
    ]);
  });
});
