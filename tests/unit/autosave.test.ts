import { afterEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveFn, type SaveState } from '../../renderer/editor/autosave';
import { conflictError, MidadError } from '../../core/api/errors';
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
  // A failed test must not leave the next ones on fake timers.
  afterEach(() => void vi.useRealTimers());

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

  it('says once that edits are waiting, not at every keystroke', async () => {
    vi.useFakeTimers();
    const archive = fakeArchive();
    const states: SaveState['kind'][] = [];
    const autosave = new Autosave(ID, 1, archive.save, (s) => states.push(s.kind), 600);
    for (const headline of ['ب', 'با', 'باي']) autosave.change({ headline });
    autosave.changeLater('standfirst', () => 'مقدمة');
    expect(states).toEqual(['pending']);
    await vi.advanceTimersByTimeAsync(700);
    expect(states).toEqual(['pending', 'saving', 'saved']);
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
    archive.failWith(new MidadError('archive_busy', 'locked'));
    autosave.change({ headline: 'نصي' });
    await autosave.flush();
    expect(last.kind).toBe('failed');
    expect(last.kind === 'failed' && last.error.code).toBe('archive_busy');
    expect(autosave.hasUnsaved()).toBe(true);
    archive.failWith(null);
    await autosave.flush();
    expect(archive.calls.at(-1)?.fields).toEqual({ headline: 'نصي' });
    expect(last.kind).toBe('saved');
  });
});

describe('Autosave on a conflict', () => {
  it('stops saving and keeps the edits until the person chooses, then writes theirs over the new version', async () => {
    const archive = fakeArchive();
    const states: SaveState['kind'][] = [];
    const autosave = new Autosave(ID, 1, archive.save, (s) => states.push(s.kind));
    archive.failWith(conflictError(ID, 1, 5));
    autosave.change({ headline: 'نصي' });
    await autosave.flush();
    expect(states.at(-1)).toBe('conflict');
    autosave.change({ standfirst: 'أكثر' });
    await autosave.flush();
    expect(archive.calls).toHaveLength(1);
    expect(autosave.unsaved).toEqual({ headline: 'نصي', standfirst: 'أكثر' });

    archive.failWith(null);
    await autosave.keepMine(5);
    expect(archive.calls.at(-1)).toEqual({ baseVersion: 5, fields: { headline: 'نصي', standfirst: 'أكثر' } });
    expect(states.at(-1)).toBe('saved');
  });

  it('forgets its edits when the person takes the stored text', async () => {
    const archive = fakeArchive();
    const autosave = new Autosave(ID, 1, archive.save, () => {});
    archive.failWith(conflictError(ID, 1, 3));
    autosave.change({ headline: 'نصي' });
    await autosave.flush();
    autosave.takeTheirs(3);
    expect(autosave.unsaved).toEqual({});
    expect(autosave.version).toBe(3);
  });
});

describe('Autosave of a long body', () => {
  it('reads a lazily recorded field once, when it saves', async () => {
    const archive = fakeArchive();
    const autosave = new Autosave(ID, 1, archive.save, () => {});
    let reads = 0;
    for (let i = 0; i < 50; i++) autosave.changeLater('standfirst', () => `نص ${++reads}`);
    expect(reads).toBe(0);
    expect(autosave.hasUnsaved()).toBe(true);
    await autosave.flush();
    expect(reads).toBe(1);
    expect(archive.calls).toEqual([{ baseVersion: 1, fields: { standfirst: 'نص 1' } }]);
  });

  it('never says saved when the edit could not be read or the save threw before it started', async () => {
    const archive = fakeArchive();
    const states: SaveState['kind'][] = [];
    const autosave = new Autosave(ID, 1, archive.save, (s) => states.push(s.kind));
    // A body too deep to serialise: its reader throws, as JSON.stringify does on a hostile state.
    autosave.changeLater('headline', () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    await autosave.flush();
    expect(states).toEqual(['pending', 'failed']);
    expect(autosave.hasUnsaved()).toBe(true);
    expect(archive.calls).toHaveLength(0);

    // A transport that throws at once (not a rejected promise) is a failed save too, and keeps the text.
    const throwing = new Autosave(
      ID,
      1,
      () => {
        throw new TypeError('Converting circular structure to JSON');
      },
      (s) => states.push(s.kind),
    );
    states.length = 0;
    throwing.change({ headline: 'عنوان' });
    await throwing.flush();
    expect(states).toEqual(['pending', 'saving', 'failed']);
    expect(throwing.unsaved).toEqual({ headline: 'عنوان' });

    // Once the edit reads again, the retry saves it and only then says saved.
    states.length = 0;
    autosave.changeLater('headline', () => 'قابل للقراءة');
    await autosave.flush();
    expect(archive.calls).toEqual([{ baseVersion: 1, fields: { headline: 'قابل للقراءة' } }]);
    expect(states.at(-1)).toBe('saved');
  });
});
