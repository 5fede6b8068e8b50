/** The header's sync word for every state the engine reports, in both languages' keys. */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../core/i18n/translate';
import type { NewsroomStatus, SyncState } from '../../../core/sync/newsroomContract';
import { syncText } from '../../../renderer/sync/syncText';

const signedIn = (sync: Partial<SyncState>): NewsroomStatus => ({
  signedIn: true,
  databaseUrl: 'https://couch.example.org/newsroom',
  user: 'rana',
  role: 'journalist',
  sync: { phase: 'idle', pending: 0, lastSyncedAt: null, error: null, ...sync },
  refused: 0,
});
const time = () => '08:05';

describe('syncText', () => {
  it('says nothing while not signed in', () => {
    expect(syncText(null, time)).toBeNull();
    expect(syncText({ ...signedIn({}), signedIn: false }, time)).toBeNull();
  });

  it('says offline, syncing N, and up to date at a time', () => {
    expect(syncText(signedIn({ phase: 'offline' }), time)).toMatchObject({
      key: 'sync.offline',
      action: 'sync.offline.hint',
    });
    expect(syncText(signedIn({ phase: 'syncing', pending: 3 }), time)).toMatchObject({
      key: 'sync.syncing',
      params: { count: 3 },
    });
    const done = syncText(signedIn({ lastSyncedAt: '2026-12-06T08:05:00.000Z' }), time);
    expect(done).toMatchObject({ tone: 'ok', key: 'sync.upToDate' });
    expect(translate('en', done!.key, done!.params)).toBe('Up to date at 08:05');
  });

  it('names each problem with what to do', () => {
    for (const code of ['unauthorized', 'forbidden', 'unreachable', 'server'] as const) {
      const text = syncText(signedIn({ phase: 'error', error: { code } }), time);
      expect(text?.key).toBe(`sync.error.${code}`);
      expect(text?.action).toBe(`sync.error.${code}.action`);
      expect(translate('ar', text!.action!)).not.toBe(text!.action);
    }
    expect(syncText(signedIn({ phase: 'error', error: { code: 'unreachable' } }), time)?.tone).toBe('quiet');
    expect(syncText(signedIn({ phase: 'error', error: { code: 'unauthorized' } }), time)?.tone).toBe('problem');
  });

  it('says the server refused changes instead of up to date, in both languages, with what to do', () => {
    const status = { ...signedIn({ lastSyncedAt: '2026-12-06T08:05:00.000Z' }), refused: 2 };
    const text = syncText(status, time);
    expect(text).toMatchObject({ tone: 'problem', key: 'sync.refused', action: 'sync.refused.action' });
    expect(translate('en', text!.key, text!.params)).toBe('The server refused changes to 2 articles');
    expect(translate('ar', text!.key, text!.params)).toBe('رفض الخادم تعديلات مقالين');
    // A problem with the connection still comes first: it is what the person can act on now.
    const down = syncText(
      { ...status, sync: { ...status.sync, phase: 'offline', error: { code: 'unreachable' } } },
      time,
    );
    expect(down?.key).toBe('sync.error.unreachable');
  });

  it('says, once up to date again, that the newsroom database was restored and what Midad did', () => {
    const status = signedIn({ lastSyncedAt: '2026-12-06T08:05:00.000Z', serverRestoredAt: '2026-12-06T08:04:00.000Z' });
    const text = syncText(status, time);
    expect(text).toMatchObject({ tone: 'ok', key: 'sync.serverRestored', action: 'sync.serverRestored.action' });
    expect(translate('en', text!.key, text!.params)).toBe(
      'Up to date at 08:05, after the newsroom database was restored',
    );
    expect(translate('ar', text!.action!)).toContain('أُرسل إليها ما ينقصها من عملك');
    // While it sends what the server lacks, it says it is syncing; a problem still comes first.
    const sending = signedIn({ ...status.sync, phase: 'syncing', pending: 40 });
    expect(syncText(sending, time)?.key).toBe('sync.syncing');
    const down = signedIn({ ...status.sync, phase: 'offline', error: { code: 'unreachable' } });
    expect(syncText(down, time)?.key).toBe('sync.error.unreachable');
  });

  it('says the server’s rules are out of date or newer, before refusals and instead of up to date', () => {
    const at = { lastSyncedAt: '2026-12-06T08:05:00.000Z' };
    const older = syncText({ ...signedIn({ ...at, serverRules: { state: 'older', version: 1 } }), refused: 1 }, time);
    expect(older).toMatchObject({ tone: 'advice', key: 'sync.rules.older', action: 'sync.rules.older.action' });
    expect(translate('en', older!.key)).toBe("The newsroom server's rules are out of date");
    expect(translate('en', older!.action!)).toContain('midad server init');
    expect(translate('ar', older!.key)).toBe('قواعد خادم غرفة الأخبار قديمة');
    const newer = syncText(signedIn({ ...at, serverRules: { state: 'newer', version: 3 } }), time);
    expect(newer?.tone).toBe('advice');
    expect(translate('en', newer!.key)).toBe('This Midad is older than the newsroom server');
    expect(translate('en', newer!.action!)).toContain('Update Midad');
    for (const state of ['unknown', 'missing', 'malformed'] as const) {
      const text = syncText(signedIn({ ...at, serverRules: { state, version: null } }), time);
      expect(text).toMatchObject({ tone: 'problem', key: `sync.rules.${state}`, action: `sync.rules.${state}.action` });
      expect(translate('ar', text!.action!)).toContain('midad server init');
    }
    // This Midad's rules, or not read yet: nothing said about them.
    for (const serverRules of [{ state: 'current', version: 2 } as const, null])
      expect(syncText(signedIn({ ...at, serverRules }), time)?.key).toBe('sync.upToDate');
    // A connection problem is still said first.
    const down = signedIn({
      phase: 'offline',
      error: { code: 'unreachable' },
      serverRules: { state: 'older', version: 1 },
    });
    expect(syncText(down, time)?.key).toBe('sync.error.unreachable');
  });
});
