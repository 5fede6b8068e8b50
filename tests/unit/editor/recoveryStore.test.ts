import { describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../../renderer/editor/recoveryStore';

/** Storage with the Web Storage interface, in memory; `full` makes it refuse writes like a full quota. */
function memoryStorage() {
  const map = new Map<string, string>();
  let full = false;
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    fill: () => (full = true),
  };
}

const A = '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11';
const B = '1b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b12';

describe('RecoveryStore', () => {
  it('keeps unsaved text per article until it is dropped, newest first', () => {
    const store = new RecoveryStore(memoryStorage());
    store.keep(
      { articleId: A, headline: 'أ', fields: { headline: 'أ' }, reason: 'unsaved' },
      new Date('2026-01-01T10:00:00Z'),
    );
    store.keep(
      { articleId: B, headline: 'ب', fields: { standfirst: 'ب' }, reason: 'conflict' },
      new Date('2026-01-01T11:00:00Z'),
    );
    expect(store.all().map((e) => e.articleId)).toEqual([B, A]);
    expect(store.get(A, 'unsaved')?.fields).toEqual({ headline: 'أ' });
    store.drop(A, 'unsaved');
    expect(store.get(A, 'unsaved')).toBeNull();
    expect(store.all()).toHaveLength(1);
  });

  it('says so when the browser refuses to store', () => {
    const storage = memoryStorage();
    storage.fill();
    expect(new RecoveryStore(storage).keep({ articleId: A, headline: '', fields: {}, reason: 'unsaved' })).toBe(false);
  });
});
