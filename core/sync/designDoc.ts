/**
 * What the newsroom server enforces, whoever the client is: the database's `_security` (newsroom
 * members only) and one design document whose `validate_doc_update` is GENERATED from the workflow table in
 * core/review/workflow.ts, so the server and the desktop cannot disagree about who may move an article where
 * (tests/unit/sync/designDoc.test.ts evaluates it for every status, status and role).
 *
 * The function runs inside CouchDB (SpiderMonkey or QuickJS) and pouchdb-server, so it is written as ES5
 * source text with the table inlined as JSON: no imports, no arrow functions, no `let`.
 *
 * Its refusals are `{forbidden: 'midad:CODE: sentence'}` (403); the code is one of `SERVER_REFUSALS`, which a
 * client may read from the reason. The sentence is for the server's log; people see the client's own text.
 */
import { STATUSES, type Status } from '../article/status';
import { allowedTransitions, TRANSITIONS } from '../review/workflow';
import { ROLES, type Role } from '../settings/schema';
import type { DocType } from './documents';
import { RELEASED_RULES, type ReleasedRules } from './rulesHistory';
import { sha256Hex } from './sha256';

export const DESIGN_DOC_ID = '_design/midad';

/**
 * The version of the rules this Midad installs: the last of rulesHistory.ts, whose digest a unit test holds
 * equal to `rulesDigest(validateDocUpdateSource())`, so the rules cannot change without a new version.
 */
export const DESIGN_DOC_VERSION = (RELEASED_RULES.at(-1) as ReleasedRules).version;

/** The rules' name: the SHA-256 of the validate_doc_update source, the text the server runs. */
export function rulesDigest(source: string): string {
  return sha256Hex(source);
}

export const SERVER_REFUSALS = [
  'no_delete',
  'immutable',
  'not_author',
  'unknown_type',
  'wrong_id',
  'transition_not_allowed',
  'status_not_allowed',
] as const;
export type ServerRefusal = (typeof SERVER_REFUSALS)[number];

/** Reads the code back out of a refusal's `reason`, or null when the refusal is not one of ours. */
export function serverRefusalCode(reason: string): ServerRefusal | null {
  const match = /^midad:([a-z_]+):/.exec(reason);
  const code = match?.[1];
  return code && (SERVER_REFUSALS as readonly string[]).includes(code) ? (code as ServerRefusal) : null;
}

/** `from>to` → the roles that may make that move, straight from the table. */
export function transitionRoles(): Record<string, Role[]> {
  const table: Record<string, Role[]> = {};
  for (const t of TRANSITIONS) table[`${t.from}>${t.to}`] = [...t.roles];
  return table;
}

/**
 * `from>to` → the roles that may bring an article's head from `from` to `to`: by one move of the table or by
 * several in a row. A head carries only where a desk ended: an editor who reviews and approves a story
 * offline (submitted → in_review → approved) pushes one head from submitted to approved, and was refused
 * though each move was hers to make (found by the random newsroom day). Each move still travels as its own
 * status event, judged one by one against the table (`moves`); no chain reaches a status the role may never
 * move an article into, so a reporter still cannot approve, publish or spike.
 */
export function headMoveRoles(): Record<string, Role[]> {
  const table: Record<string, Role[]> = {};
  for (const role of ROLES)
    for (const from of STATUSES) {
      const reached = new Set<Status>();
      const queue: Status[] = [from];
      while (queue.length > 0) {
        const at = queue.pop() as Status;
        for (const to of allowedTransitions(at, role))
          if (!reached.has(to)) {
            reached.add(to);
            queue.push(to);
          }
      }
      for (const to of reached) if (to !== from) (table[`${from}>${to}`] ??= []).push(role);
    }
  return table;
}

/**
 * The roles that may put an article into `status` when it first reaches the server: anyone for a draft;
 * otherwise whoever the table lets move some article into that status (a journalist's story submitted
 * offline arrives submitted; only an editor's can arrive approved, published or spiked).
 */
export function creationRoles(): Record<Status, Role[]> {
  const table = {} as Record<Status, Role[]>;
  for (const status of STATUSES) {
    table[status] =
      status === 'draft'
        ? [...ROLES]
        : ROLES.filter((role) => TRANSITIONS.some((t) => t.to === status && t.roles.includes(role)));
  }
  return table;
}

/** Which field of a document names it in its id, after the type prefix. */
const ID_PARTS: Record<DocType, string[]> = {
  article: ['articleId'],
  rev: ['articleId', 'revId'],
  comment: ['commentId'],
  event: ['eventId'],
  picture: ['sha256'],
};

export function validateDocUpdateSource(): string {
  const data = JSON.stringify({
    moves: transitionRoles(),
    headMoves: headMoveRoles(),
    creation: creationRoles(),
    idParts: ID_PARTS,
    mutable: ['article'],
  });
  return [
    'function (newDoc, oldDoc, userCtx, secObj) {',
    `  var rules = ${data};`,
    '  function refuse(code, sentence) { throw({ forbidden: "midad:" + code + ": " + sentence }); }',
    '  function mayAny(roles) {',
    '    for (var i = 0; i < userCtx.roles.length; i++) { if (roles.indexOf(userCtx.roles[i]) !== -1) return true; }',
    '    return false;',
    '  }',
    // The server's own admin repairs and migrates; everyone else is held to the rules.
    "  if (userCtx.roles.indexOf('_admin') !== -1) return;",
    // Sync never deletes: history is kept, and a head is moved, not removed.
    "  if (newDoc._deleted) refuse('no_delete', 'Nothing in the newsroom database is ever deleted.');",
    '  var type = newDoc.type;',
    "  if (typeof type !== 'string' || !rules.idParts.hasOwnProperty(type)) {",
    "    refuse('unknown_type', 'This database holds only Midad documents.');",
    '  }',
    '  var parts = rules.idParts[type];',
    '  var expected = type;',
    "  for (var p = 0; p < parts.length; p++) expected += ':' + newDoc[parts[p]];",
    "  if (newDoc._id !== expected) refuse('wrong_id', 'A document id must be ' + expected + '.');",
    '  if (!userCtx.name || newDoc.author !== userCtx.name) {',
    "    refuse('not_author', 'The author of a document must be the person signed in.');",
    '  }',
    '  if (oldDoc && !oldDoc._deleted && rules.mutable.indexOf(type) === -1) {',
    "    refuse('immutable', 'Revisions, comments, status changes and pictures never change once written.');",
    '  }',
    "  if (type === 'article') {",
    '    if (!oldDoc || oldDoc._deleted) {',
    '      var allowed = rules.creation[newDoc.status];',
    '      if (!allowed || !mayAny(allowed)) {',
    "        refuse('status_not_allowed', 'Your role may not add an article that is ' + newDoc.status + '.');",
    '      }',
    '    } else if (oldDoc.status !== newDoc.status) {',
    "      var move = rules.headMoves[oldDoc.status + '>' + newDoc.status];",
    '      if (!move || !mayAny(move)) {',
    "        refuse('transition_not_allowed', 'Your role may not move an article from ' + oldDoc.status + ' to ' + newDoc.status + '.');",
    '      }',
    '    }',
    '  }',
    "  if (type === 'event' && newDoc.kind === 'status') {",
    "    var recorded = rules.moves[newDoc.from + '>' + newDoc.to];",
    '    if (!recorded || !mayAny(recorded)) {',
    "      refuse('transition_not_allowed', 'Your role may not move an article from ' + newDoc.from + ' to ' + newDoc.to + '.');",
    '    }',
    '  }',
    '}',
  ].join('\n');
}

export interface DesignDoc {
  _id: typeof DESIGN_DOC_ID;
  _rev?: string;
  language: 'javascript';
  /** The rules' version (rulesHistory.ts); a later Midad's is greater, which is how it is told apart. */
  midadVersion: number;
  /** `rulesDigest(validate_doc_update)`, written for people and tools; a reader digests the source itself. */
  rulesDigest: string;
  validate_doc_update: string;
}

export function designDocument(): DesignDoc {
  const source = validateDocUpdateSource();
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    midadVersion: DESIGN_DOC_VERSION,
    rulesDigest: rulesDigest(source),
    validate_doc_update: source,
  };
}

/** Members are the people with one of core's roles; no one is a database admin but the server's admins. */
export function securityObject(): {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
} {
  return { admins: { names: [], roles: [] }, members: { names: [], roles: [...ROLES] } };
}
