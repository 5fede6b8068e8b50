import { describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveFn, type SaveState } from '../../renderer/editor/autosave';
import { conflictError, type MidadError } from '../../core/api/errors';
import type { Article } from '../../core/article/schema';

const ID = '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11';

/** A stand-in archive that records what it was asked to save and answers with the next version. */
function fakeArchive() {
  const calls: Array<{ baseVersion: number; fields: object }> = [];
  let version = 1;
  let fail: MidadError | null = null;
  const save: SaveFn = async (_id, baseVersion, fields) => {
    calls.push({ baseVersion, fields });
    await new Promise((r) => setTimeout(r, 5));
    if (fail) throw fail;
    version += 1;
    return { id: ID, version, counts: { words: 0, characters: 0, charactersWithHarakat: 0 } } as unknown as Article;
  };
  return { calls, save, failWith: (e: MidadError | null) => (fail = e) };
}

describe('Autosave', () => {
  it('writes after the pause, collecting the edits into one save', async () => {
    vi.useFakeTimers();
    const archive = fakeArchive();
    const states: SaveState['kind'][] = [];
    const autosave = new Autosave(ID, 1, archive.save, (s) => states.push(s.kind), 600);
    autosave.change({ headline: 'ب' });
    autosave.change({ headline: 'با' });
    autosave.change({ standfirst: 'مقدمة' });
    expect(archive.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(700);
    expect(archive.calls).toEqual([{ baseVersion: 1, fields: { headline: 'با', standfirst: 'مقدمة' } }]);
    expect(states.at(-1)).toBe('saved');
    vi.useRealTimers();
  });

  it('flushes at once, and bases the next save on the version the last one returned', async () => {
    const archive = fakeArchive();
    const autosave = new Autosave(ID, 1, archive.save, () => {});
    autosave.change({ headline: 'أ' });
    await autosave.flush();
    autosave.change({ headline: 'أب' });
    await autosave.flush();
    expect(archive.calls.map((c) => c.baseVersion)).toEqual([1, 2]);
    expect(autosave.version).toBe(3);
    expect(autosave.hasUnsaved()).toBe(false);
  });

  it('queues edits made while a save is in flight instead of sending a stale version', async () => {
    const archive = fakeArchive();
    const autosave = new Autosave(ID, 1, archive.save, () => {});
    autosave.change({ headline: 'أ' });
    const first = autosave.flush();
    autosave.change({ headline: 'أب' });
    await first;
    await autosave.flush();
    expect(archive.calls).toEqual([
      { baseVersion: 1, fields: { headline: 'أ' } },
      { baseVersion: 2, fields: { headline: 'أب' } },
    ]);
  });

  it('keeps the text after a failed save and sends it again on retry', async () => {
    const archive = fakeArchive();
    let last = { kind: 'saved' } as SaveState;
    const autosave = new Autosave(ID, 1, archive.save, (s) => (last = s));
    archive.failWith(conflictError(ID, 1, 2));
    autosave.change({ headline: 'نصي' });
    await autosave.flush();
    expect(last.kind).toBe('failed');
    expect(last.kind === 'failed' && last.error.code).toBe('conflict');
    expect(autosave.hasUnsaved()).toBe(true);
    archive.failWith(null);
    await autosave.flush();
    expect(archive.calls.at(-1)?.fields).toEqual({ headline: 'نصي' });
    expect(last.kind).toBe('saved');
  });
});
