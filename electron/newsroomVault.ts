/**
 * The desktop keeps the newsroom session cookie (never the password) encrypted with Electron's safeStorage
 * (the system keychain: Keychain, DPAPI, libsecret/kwallet) in the user-data folder. Where the system offers
 * no encryption the session is kept in memory only: the person signs in again after a restart rather than
 * have a cookie written in the clear.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { memoryVault, type SessionVault, type StoredSession } from '../db/sync/newsroomService';

/** The slice of Electron's `safeStorage` used here, so tests can fake it. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

const StoredSchema = z.object({ databaseUrl: z.string().url(), user: z.string().min(1), cookie: z.string().min(1) });

export const VAULT_FILE = 'newsroom-session.bin';

export function safeStorageVault(
  userData: string,
  safeStorage: SafeStorageLike,
  log: (message: string) => void,
): SessionVault {
  const file = join(userData, VAULT_FILE);
  if (!safeStorage.isEncryptionAvailable()) {
    log('newsroom: the system offers no encryption for the session; it is kept in memory only');
    rmSync(file, { force: true });
    return memoryVault();
  }
  return {
    load(): StoredSession | null {
      if (!existsSync(file)) return null;
      try {
        return StoredSchema.parse(JSON.parse(safeStorage.decryptString(readFileSync(file))) as unknown);
      } catch (error) {
        // Another user's keychain, a damaged file: the person signs in again.
        log(`newsroom: the kept session could not be read (${String(error)}); signing in again is needed`);
        rmSync(file, { force: true });
        return null;
      }
    },
    save(session: StoredSession): void {
      const partial = `${file}.partial`;
      writeFileSync(partial, safeStorage.encryptString(JSON.stringify(session)), { mode: 0o600 });
      renameSync(partial, file);
    },
    clear(): void {
      rmSync(file, { force: true });
    },
  };
}
