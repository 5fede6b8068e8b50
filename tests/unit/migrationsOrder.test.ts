import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../db/migrations';

/**
 * The SQL of every released step, as a digest. A file at version N has run steps 1…N exactly as they were
 * then, so a step edited afterwards would leave old and new files with different schemas under one number.
 * A new step adds its line here; an existing line never changes.
 */
const RELEASED: Record<number, string> = {
  1: 'f6a4ddcf6404c44f',
  2: '6feb3c426844f43c',
  3: 'b094d93a08e7d294',
  6: '1b424bac93445526',
  7: 'a46fcb9aa8dbc98e',
  8: '076f22a48f17793c',
  9: 'b2e9041bb3312a67',
  10: 'd1deea858fd91549',
  11: '9aa91c31fd417662',
  12: '28ead94dc03a9e10',
  // stemming
  17: 'd5b9184401913f27',
  // newsroom sync: the trash travels
  18: '979e5211e791cb76',
  // import
  21: 'ffba6c88a542fa55',
  // newsroom sync: the server mark
  25: '59f17da8569d8510',
  // agency entities: pulled articles' metadata taken back from their revisions
  26: 'be60a4bef641e78a',
};

describe('the migration list', () => {
  it('is in strictly increasing version order, ending at the schema version', () => {
    // Areas add steps in parallel; a step out of order would run after a later one and never again.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(SCHEMA_VERSION).toBe(Math.max(...versions));
  });

  it('never changes a released step: each one’s SQL is exactly as it was released', () => {
    const digests = Object.fromEntries(
      MIGRATIONS.map((m) => [m.version, createHash('sha256').update(m.sql).digest('hex').slice(0, 16)]),
    );
    expect(digests).toEqual(RELEASED);
  });
});
