import { describe, expect, it } from 'vitest';
import { roleChangeRefused } from '../../../core/sync/roleLock';

describe('the role while signed in (roleChangeRefused)', () => {
  const editor = { name: 'عمر', role: 'editor' as const };
  it('refuses another role, or no profile, against the server role', () => {
    expect(roleChangeRefused({ profile: { name: 'عمر', role: 'journalist' } }, editor, 'editor')).toBe(true);
    expect(roleChangeRefused({ profile: null }, editor, 'editor')).toBe(true);
    // Before the server has answered since a restart, the role last taken from it holds.
    expect(roleChangeRefused({ profile: { name: 'عمر', role: 'journalist' } }, editor, null)).toBe(true);
  });
  it('lets the name change, and leaves patches without a profile alone', () => {
    expect(roleChangeRefused({ profile: { name: 'عمر الخطيب', role: 'editor' } }, editor, 'editor')).toBe(false);
    expect(roleChangeRefused({ theme: 'dark' }, editor, 'journalist')).toBe(false);
    expect(roleChangeRefused({ profile: { name: 'نور', role: 'journalist' } }, null, null)).toBe(false);
  });
});
