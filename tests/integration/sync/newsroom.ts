/**
 * A newsroom for the sync suites: a real server (tests/helpers/newsroomServer.ts), one database set up as
 * `midad server init` does, people added as `midad server add-user` does, and archives on real files.
 */
import { join } from 'node:path';
import { initNewsroom, addUser } from '../../../db/sync/serverAdmin';
import { openArchive } from '../../../db/connection';
import type { Archive } from '../../../db/archive';
import { updateSettings } from '../../../db/settings';
import { createSyncEngine, type SyncEngine } from '../../../db/sync/engine';
import type { Role } from '../../../core/settings/schema';
import { startNewsroomServer, uniqueDatabaseName, type NewsroomServer } from '../../helpers/newsroomServer';

export interface Person {
  name: string;
  password: string;
  role: Role;
}

export interface Newsroom {
  server: NewsroomServer;
  /** The database address without credentials. */
  db: string;
  adminDb: string;
  people: Record<string, Person>;
  /** The database address with a person's credentials, as `midad sync URL` takes it. */
  urlOf(person: Person): string;
}

export async function startNewsroom(people: Person[]): Promise<Newsroom> {
  return newsroomOn(await startNewsroomServer(), people);
}

/** A newsroom database of its own on a server a suite already runs (a start-up saved: seconds under load). */
export async function newsroomOn(server: NewsroomServer, people: Person[]): Promise<Newsroom> {
  const name = uniqueDatabaseName('midad-sync');
  const adminDb = `${server.adminUrl}/${name}`;
  await initNewsroom(adminDb);
  for (const p of people) await addUser(adminDb, p.name, p.role, p.password);
  const db = `${server.url}/${name}`;
  return {
    server,
    db,
    adminDb,
    people: Object.fromEntries(people.map((p) => [p.name, p])),
    urlOf: (p) => {
      const url = new URL(db);
      url.username = encodeURIComponent(p.name);
      url.password = encodeURIComponent(p.password);
      return url.href;
    },
  };
}

export function openWorkstation(dir: string, file: string, person: Person): Archive {
  const archive = openArchive(join(dir, file));
  updateSettings(archive, { profile: { name: `${person.name} (display)`, role: person.role } });
  return archive;
}

export function engineFor(newsroom: Newsroom, archive: Archive, person: Person, options = {}): SyncEngine {
  return createSyncEngine(
    archive,
    { databaseUrl: newsroom.db, auth: { user: person.name, password: person.password } },
    options,
  );
}

/** A document as the server holds it, read with the admin's credentials (bypassing any client). */
export async function serverDoc(newsroom: Newsroom, id: string): Promise<Record<string, unknown> | null> {
  const admin = new URL(newsroom.adminDb);
  const auth = `Basic ${Buffer.from(`${decodeURIComponent(admin.username)}:${decodeURIComponent(admin.password)}`).toString('base64')}`;
  admin.username = '';
  admin.password = '';
  const response = await fetch(`${admin.href}/${encodeURIComponent(id)}`, { headers: { authorization: auth } });
  if (response.status === 404) return null;
  return (await response.json()) as Record<string, unknown>;
}
