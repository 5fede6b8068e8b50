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
});
