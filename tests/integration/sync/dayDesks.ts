/**
 * The three desks of a random newsroom day (two reporters and the chief, real roles), each a real archive
 * file with its own engine and HTTP client against one real server, and what the day recorded as it went:
 * every edit's unique text, comments, status changes, the moves only an editor made, refused publishes.
 */
import { join } from 'node:path';
import type { Archive } from '../../../db/archive';
import { openArchive } from '../../../db/connection';
import { updateSettings } from '../../../db/settings';
import { createCouchClient, type CouchClient } from '../../../db/sync/couch';
import { createSyncEngine, type SyncEngine } from '../../../db/sync/engine';
import type { SyncActor } from '../../../db/sync/heads';
import { addUser, initNewsroom } from '../../../db/sync/serverAdmin';
import { uniqueDatabaseName, type NewsroomServer } from '../../helpers/newsroomServer';
import type { Person } from './newsroom';

export const DESK_PEOPLE: readonly Person[] = [
  { name: 'rana', password: 'qalam-rana', role: 'journalist' },
  { name: 'sami', password: 'qalam-sami', role: 'journalist' },
  { name: 'huda', password: 'qalam-huda', role: 'editor' },
];

export type EditField = 'headline' | 'standfirst' | 'body';

export interface Desk {
  person: Person;
  archive: Archive;
  client: CouchClient;
  engine: SyncEngine;
  actor: SyncActor;
  online: boolean;
}

export interface EditRecord {
  n: number;
  step: number;
  ws: number;
  articleId: string;
  field: EditField;
  /** Unique to this edit (`[e12]`), so it is found wherever its text went. */
  token: string;
  /** Why its text may be gone from the end state: the later edit or resolution that replaced it. */
  supersededBy?: string;
}

export interface DayLog {
  seed: number;
  /** Articles in the order the day created them (ids are random; the order is the schedule's). */
  articles: string[];
  edits: EditRecord[];
  comments: Array<{ step: number; ws: number; articleId: string; commentId: string }>;
  /** `articleId:status` for every move to approved, published or spiked an editor made (or resolved into). */
  editorMoves: Set<string>;
  rogues: Array<{ step: number; ws: number; articleId: string; discarded: boolean }>;
  /** Steps that found nothing to do (no article, no move allowed, offline), counted, for the report. */
  skipped: number;
  /** Refusals no rogue publish caused (e.g. a reporter's resolution that takes back a status): counted. */
  otherRefusals: string[];
  /** What the day went through, for the report: conflicts resolved, merges made, conflicts left open. */
  resolutions: number;
  merges: number;
  openConflicts: number;
}

const usersAdded = new WeakSet<NewsroomServer>();

/** A fresh database for the day on the shared server (as `midad server init`), the desks' users added once. */
export async function dayDatabase(server: NewsroomServer): Promise<{ db: string; adminDb: string }> {
  const name = uniqueDatabaseName('midad-day');
  const adminDb = `${server.adminUrl}/${name}`;
  await initNewsroom(adminDb);
  if (!usersAdded.has(server)) {
    for (const p of DESK_PEOPLE) await addUser(adminDb, p.name, p.role, p.password);
    usersAdded.add(server);
  }
  return { db: `${server.url}/${name}`, adminDb };
}

export function openDesks(dir: string, db: string): Desk[] {
  return DESK_PEOPLE.map((person, i) => {
    const archive = openArchive(join(dir, `desk${i}.sqlite`));
    const display = `${person.name} (desk ${i})`;
    updateSettings(archive, { profile: { name: display, role: person.role } });
    const auth = { user: person.name, password: person.password };
    return {
      person,
      archive,
      client: createCouchClient(db, auth),
      engine: createSyncEngine(archive, { databaseUrl: db, auth }),
      actor: { user: person.name, authorName: display },
      online: true,
    };
  });
}

/** Every document of the day's database, read as its admin (bypassing any client). */
export async function serverDocs(adminDb: string): Promise<Map<string, Record<string, unknown>>> {
  const url = new URL(adminDb);
  const authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  url.username = '';
  url.password = '';
  const response = await fetch(`${url.href}/_all_docs?include_docs=true`, { headers: { authorization } });
  const body = (await response.json()) as { rows: Array<{ id: string; doc: Record<string, unknown> }> };
  return new Map(body.rows.map((r) => [r.id, r.doc]));
}
