/**
 * The open archive every repository function takes: a module of its own, so the modules `connection.ts`
 * imports (backups, migrations, the lock, the search functions) can name the type without importing it back.
 */
import type Database from 'better-sqlite3';

export type Archive = Database.Database;
