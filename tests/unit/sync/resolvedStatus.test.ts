/**
 * A conflict's resolution keeps the chosen version's status only where the server would accept the head's
 * move (core/sync/resolvedStatus.ts): asked here of the server's own validate_doc_update, evaluated as the
 * server does, for every status, status and role.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { STATUSES, type Status } from '../../../core/article/status';
import { ROLES } from '../../../core/settings/schema';
import { validateDocUpdateSource } from '../../../core/sync/designDoc';
import { mayMoveHead, resolvedStatus } from '../../../core/sync/resolvedStatus';

const validate = runInNewContext(`(${validateDocUpdateSource()})`, {}) as (
  newDoc: object,
  oldDoc: object,
  userCtx: { name: string; roles: string[] },
  secObj: object,
) => void;
const ARTICLE = '0b7c5a52-8f1e-4f58-9a57-6c1e3b1d2a10';
const head = (status: Status) => ({
  _id: `article:${ARTICLE}`,
  type: 'article',
  author: 'rana',
  articleId: ARTICLE,
  status,
  heads: ['a'.repeat(32)],
});
function serverAccepts(from: Status, to: Status, role: string): boolean {
  try {
    validate(head(to), { ...head(from), _rev: '1-x' }, { name: 'rana', roles: [role] }, {});
    return true;
  } catch {
    return false;
  }
}

describe('resolvedStatus', () => {
  it('keeps the chosen status exactly where the server accepts the head’s move, for every role', () => {
    const disagreements: string[] = [];
    for (const role of ROLES)
      for (const from of STATUSES)
        for (const to of STATUSES) {
          const server = serverAccepts(from, to, role);
          if (mayMoveHead(from, to, role) !== server) disagreements.push(`${role} ${from}→${to}: server ${server}`);
          const kept = resolvedStatus(to, from, role);
          if (kept !== (server ? to : from)) disagreements.push(`${role} ${from}→${to}: resolved ${kept}`);
        }
    expect(disagreements).toEqual([]);
  });

  it('leaves a reporter’s resolution of an editor’s spike on the server’s status (seed 178)', () => {
    expect(resolvedStatus('spiked', 'submitted', 'journalist')).toBe('submitted');
    expect(resolvedStatus('spiked', 'submitted', 'editor')).toBe('spiked');
    expect(resolvedStatus('draft', 'submitted', 'journalist')).toBe('draft');
  });
});
