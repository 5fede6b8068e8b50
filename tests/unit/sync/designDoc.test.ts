/**
 * The server's validate_doc_update is generated from the workflow table: evaluated here exactly as CouchDB
 * would call it, for every (from, to, role), and compared with `allowedTransitions`, the function the desktop
 * uses. The role tests in tests/integration/newsroom/ ask a real server the same questions.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { STATUSES, type Status } from '../../../core/article/status';
import { allowedTransitions, TRANSITIONS } from '../../../core/review/workflow';
import { ROLES } from '../../../core/settings/schema';
import {
  designDocument,
  securityObject,
  serverRefusalCode,
  validateDocUpdateSource,
} from '../../../core/sync/designDoc';

type Doc = Record<string, unknown>;
type Validate = (
  newDoc: Doc,
  oldDoc: Doc | null,
  userCtx: { name: string | null; roles: string[] },
  secObj: object,
) => void;

// A fresh context with nothing of Node in it, as the server's JavaScript engine has none.
const validate = runInNewContext(`(${validateDocUpdateSource()})`, {}) as Validate;

const ARTICLE = '0b7c5a52-8f1e-4f58-9a57-6c1e3b1d2a10';
const REV = 'a'.repeat(32);
const EVENT = '5e8a7a4c-6a42-4d1a-9c51-6f0a3a2b1c00';

function head(status: Status, author = 'rana'): Doc {
  return { _id: `article:${ARTICLE}`, type: 'article', author, articleId: ARTICLE, status, heads: [REV] };
}
function statusEvent(from: Status, to: Status, author = 'rana'): Doc {
  return { _id: `event:${EVENT}`, type: 'event', kind: 'status', author, eventId: EVENT, articleId: ARTICLE, from, to };
}
/** The refusal's code, or 'ok' when the function accepts the write. */
function outcome(newDoc: Doc, oldDoc: Doc | null, roles: string[], name: string | null = 'rana'): string {
  try {
    validate(newDoc, oldDoc, { name, roles }, securityObject());
    return 'ok';
  } catch (thrown) {
    const reason = (thrown as { forbidden?: string }).forbidden;
    if (typeof reason !== 'string') throw thrown;
    return serverRefusalCode(reason) ?? `unknown: ${reason}`;
  }
}

/** Whether `role` can take an article from `from` to `to` by moves of allowedTransitions, one or several. */
function byMoves(from: Status, to: Status, role: (typeof ROLES)[number]): boolean {
  const seen = new Set<Status>();
  const walk = (at: Status) => {
    for (const next of allowedTransitions(at, role))
      if (!seen.has(next)) {
        seen.add(next);
        walk(next);
      }
  };
  walk(from);
  return seen.has(to);
}

describe('validate_doc_update agrees with the workflow table', () => {
  for (const role of ROLES) {
    it(`records a status change exactly as allowedTransitions says, and moves a head as its moves chain, for a ${role}`, () => {
      const disagreements: string[] = [];
      for (const from of STATUSES) {
        for (const to of STATUSES) {
          if (from === to) continue;
          const table = allowedTransitions(from, role).includes(to);
          const chained = byMoves(from, to, role);
          const server = outcome(head(to), { ...head(from), _rev: '1-x' }, [role]) === 'ok';
          const event = outcome(statusEvent(from, to), null, [role]) === 'ok';
          if (server !== chained || event !== table)
            disagreements.push(`${from}→${to}: table ${table}, chain ${chained}, head ${server}, event ${event}`);
        }
      }
      expect(disagreements).toEqual([]);
    });
  }

  it('moves a head across several moves made offline, and never a reporter to an editor’s status', () => {
    // An editor who reviewed and approved offline pushes one head from submitted to approved.
    expect(outcome(head('approved'), { ...head('submitted'), _rev: '2-x' }, ['editor'])).toBe('ok');
    expect(outcome(head('in_review'), { ...head('draft'), _rev: '2-x' }, ['editor'])).toBe('ok');
    // Its events are still judged one by one.
    expect(outcome(statusEvent('submitted', 'approved'), null, ['editor'])).toBe('transition_not_allowed');
    for (const to of ['in_review', 'approved', 'published', 'spiked'] as const)
      for (const from of STATUSES)
        if (from !== to)
          expect(outcome(head(to), { ...head(from), _rev: '2-x' }, ['journalist']), `${from}→${to}`).toBe(
            'transition_not_allowed',
          );
  });

  it('lets anyone add a draft, and only the roles that may reach a status add an article in it', () => {
    for (const role of ROLES) {
      for (const status of STATUSES) {
        const reachable = status === 'draft' || TRANSITIONS.some((t) => t.to === status && t.roles.includes(role));
        expect(outcome(head(status), null, [role]), `${role} adding ${status}`).toBe(
          reachable ? 'ok' : 'status_not_allowed',
        );
      }
    }
    expect(outcome(head('published'), null, ['journalist'])).toBe('status_not_allowed');
    expect(outcome(head('published'), null, ['editor'])).toBe('ok');
  });

  it('keeps a head whose status does not change writable by any member', () => {
    expect(
      outcome({ ...head('approved'), heads: ['b'.repeat(32)] }, { ...head('approved'), _rev: '1-x' }, ['journalist']),
    ).toBe('ok');
  });
});

describe('validate_doc_update: authors, history and ids', () => {
  const rev: Doc = {
    _id: `rev:${ARTICLE}:${REV}`,
    type: 'rev',
    author: 'rana',
    articleId: ARTICLE,
    revId: REV,
    parents: [],
  };

  it('refuses a document written in someone else’s name, or by no one', () => {
    expect(outcome({ ...rev, author: 'omar' }, null, ['journalist'])).toBe('not_author');
    expect(outcome(rev, null, [], null)).toBe('not_author');
    expect(outcome(rev, null, ['journalist'])).toBe('ok');
  });

  it('never lets a revision, comment, event or picture change, nor anything be deleted', () => {
    expect(outcome({ ...rev, parents: ['c'.repeat(32)] }, { ...rev, _rev: '1-x' }, ['editor'])).toBe('immutable');
    expect(
      outcome(statusEvent('draft', 'submitted'), { ...statusEvent('draft', 'submitted'), _rev: '1-x' }, ['editor']),
    ).toBe('immutable');
    expect(outcome({ _id: rev._id, _rev: '1-x', _deleted: true }, { ...rev, _rev: '1-x' }, ['editor'])).toBe(
      'no_delete',
    );
    expect(outcome({ ...head('draft'), _deleted: true }, head('draft'), ['editor'])).toBe('no_delete');
  });

  it('refuses documents of other shapes and ids that do not name their content', () => {
    expect(outcome({ _id: 'note:1', type: 'note', author: 'rana' }, null, ['editor'])).toBe('unknown_type');
    expect(outcome({ _id: 'x', author: 'rana' }, null, ['editor'])).toBe('unknown_type');
    expect(outcome({ ...rev, _id: `rev:${ARTICLE}:${'d'.repeat(32)}` }, null, ['editor'])).toBe('wrong_id');
  });

  it('lets the server admin repair anything', () => {
    expect(outcome({ ...rev, author: 'someone' }, { ...rev, _rev: '1-x' }, ['_admin'], 'admin')).toBe('ok');
  });

  it('ships as a design document with the generated function, and _security admits only core’s roles', () => {
    expect(designDocument().validate_doc_update).toBe(validateDocUpdateSource());
    expect(securityObject().members.roles).toEqual([...ROLES]);
    expect(securityObject().members.names).toEqual([]);
  });
});
