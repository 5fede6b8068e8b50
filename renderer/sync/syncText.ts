/**
 * What the header says about sync, as message keys: pure, so every state is tested without a page. Nothing
 * while not signed in (a workstation alone needs no sync word in its header).
 */
import type { MessageKey } from '../../core/i18n/ar';
import type { NewsroomStatus } from '../../core/sync/newsroomContract';

export interface SyncText {
  /**
   * `advice`: something the person should pass on, with nothing at risk meanwhile (the server's rules are an
   * older or a newer Midad's: sync goes on, a refusal is kept); `problem`: something wrong now.
   */
  tone: 'quiet' | 'busy' | 'ok' | 'advice' | 'problem';
  key: MessageKey;
  params: Record<string, string | number>;
  /** What to do, for a problem or while offline. */
  action: MessageKey | null;
}

export function syncText(status: NewsroomStatus | null, formatTime: (iso: string) => string): SyncText | null {
  if (!status?.signedIn) return null;
  const { sync } = status;
  // Whatever the phase (the engine reports an unreachable server as offline), a known cause is said as such.
  if (sync.error) {
    const code = sync.error.code;
    // Unreachable is weather, not a fault: said calmly, with the reassurance that work is kept.
    return {
      tone: code === 'unreachable' ? 'quiet' : 'problem',
      key: `sync.error.${code}`,
      params: {},
      action: `sync.error.${code}.action`,
    };
  }
  // Rules that are not this Midad's are said before refusals, which they may well explain, and stay said
  // while sync goes on: the person can do nothing about them but tell the administrator or update Midad.
  const rules = sync.serverRules?.state;
  // Older or newer rules are advice (the server still enforces its own, nothing is lost); rules nobody can
  // read, or none at all, mean roles may not be enforced: a problem.
  if (rules && rules !== 'current')
    return {
      tone: rules === 'older' || rules === 'newer' ? 'advice' : 'problem',
      key: `sync.rules.${rules}`,
      params: {},
      action: `sync.rules.${rules}.action`,
    };
  // A refused change is not "up to date": the server does not hold what this computer shows.
  if (status.refused > 0)
    return { tone: 'problem', key: 'sync.refused', params: { count: status.refused }, action: 'sync.refused.action' };
  // Once up to date again after the database was restored or made again, that is said, with what Midad did.
  if (sync.serverRestoredAt && sync.phase === 'idle' && sync.pending === 0 && sync.lastSyncedAt)
    return {
      tone: 'ok',
      key: 'sync.serverRestored',
      params: { time: formatTime(sync.lastSyncedAt) },
      action: 'sync.serverRestored.action',
    };
  if (sync.phase === 'offline') return { tone: 'quiet', key: 'sync.offline', params: {}, action: 'sync.offline.hint' };
  if (sync.phase === 'syncing' || sync.pending > 0)
    return { tone: 'busy', key: 'sync.syncing', params: { count: sync.pending }, action: null };
  if (sync.lastSyncedAt)
    return { tone: 'ok', key: 'sync.upToDate', params: { time: formatTime(sync.lastSyncedAt) }, action: null };
  return { tone: 'ok', key: 'sync.connected', params: {}, action: null };
}
