/** Retry-After as a server sends it (seconds or an HTTP date), bounded, and nothing when it is unreadable. */
import { describe, expect, it } from 'vitest';
import { retryAfter } from '../../../db/sync/couch';

describe('retryAfter', () => {
  it('reads seconds and dates, keeps them within five minutes, and ignores what it cannot read', () => {
    const now = Date.parse('2026-12-06T16:00:00Z');
    expect(retryAfter('120', now)).toBe(120_000);
    expect(retryAfter('Sun, 06 Dec 2026 16:00:30 GMT', now)).toBe(30_000);
    expect(retryAfter('Sun, 06 Dec 2026 15:00:00 GMT', now)).toBe(0);
    expect(retryAfter('86400', now)).toBe(300_000);
    expect(retryAfter('soon', now)).toBeNull();
    expect(retryAfter(null, now)).toBeNull();
  });
});
