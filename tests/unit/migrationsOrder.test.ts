import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../db/migrations';

describe('the migration list', () => {
  it('is in strictly increasing version order, ending at the schema version', () => {
    // Areas add steps in parallel; a step out of order would run after a later one and never again.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(SCHEMA_VERSION).toBe(Math.max(...versions));
  });
});
