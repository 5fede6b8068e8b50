/** The desktop's newsroom session on disk: encrypted by safeStorage (faked here at its API), or not written at all. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeStorageVault, VAULT_FILE, type SafeStorageLike } from '../../../electron/newsroomVault';
import { useTempDir } from '../../helpers/tempDir';

const tempDir = useTempDir();
const session = {
  databaseUrl: 'https://couch.example.org/newsroom',
  user: 'rana',
  cookie: 'AuthSession=cmFuYTpzZWNyZXQ',
};

/** A reversible stand-in for the keychain: what matters is that the file never holds the plain text. */
function fakeSafeStorage(available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((b) => b ^ 0x5a)),
    decryptString: (encrypted) => Buffer.from([...encrypted].map((b) => b ^ 0x5a)).toString('utf8'),
  };
}

describe('safeStorageVault', () => {
  it('keeps the cookie encrypted across restarts and forgets it on sign-out', () => {
    const dir = tempDir();
    safeStorageVault(dir, fakeSafeStorage(), () => {}).save(session);
    const onDisk = readFileSync(join(dir, VAULT_FILE));
    expect(onDisk.toString('utf8')).not.toContain('AuthSession');
    const reopened = safeStorageVault(dir, fakeSafeStorage(), () => {});
    expect(reopened.load()).toEqual(session);
    reopened.clear();
    expect(existsSync(join(dir, VAULT_FILE))).toBe(false);
    expect(reopened.load()).toBeNull();
  });

  it('keeps the session in memory only where the system offers no encryption', () => {
    const dir = tempDir();
    const logged: string[] = [];
    const vault = safeStorageVault(dir, fakeSafeStorage(false), (m) => logged.push(m));
    vault.save(session);
    expect(vault.load()).toEqual(session);
    expect(existsSync(join(dir, VAULT_FILE))).toBe(false);
    expect(logged.join()).toContain('memory only');
  });

  it('asks for a new sign-in when the kept file cannot be read', () => {
    const dir = tempDir();
    writeFileSync(join(dir, VAULT_FILE), 'not encrypted by us');
    const logged: string[] = [];
    expect(safeStorageVault(dir, fakeSafeStorage(), (m) => logged.push(m)).load()).toBeNull();
    expect(existsSync(join(dir, VAULT_FILE))).toBe(false);
    expect(logged).toHaveLength(1);
  });
});
