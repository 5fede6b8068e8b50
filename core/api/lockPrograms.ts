/**
 * The programs that take the archive's lock, by the names they write into the lock file (db/archiveLock.ts).
 * The file is read by other versions of Midad and by people looking at it, so the name there stays plain
 * English; a refusal that names one of these says it in the interface language (core/i18n/errorText.ts),
 * and any other name (an older version's, a test's) is shown as written, in an isolate.
 */
export const LOCK_PROGRAMS = {
  app: 'Midad',
  cli: 'the midad command',
  bridge: 'the Midad web bridge',
  /** A lock that vanished while it was being read: whoever held it did not say. */
  unknown: 'unknown',
} as const;
export type LockProgram = keyof typeof LOCK_PROGRAMS;

export function lockProgramOf(name: unknown): LockProgram | null {
  const found = Object.entries(LOCK_PROGRAMS).find(([, written]) => written === name);
  return found ? (found[0] as LockProgram) : null;
}
