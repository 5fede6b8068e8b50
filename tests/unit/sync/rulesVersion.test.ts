/**
 * The server's rules are named by a digest of their source (core/sync/rulesVersion.ts): the digest is
 * SHA-256 (checked against Node's), the current rules are the last released version (so a change to the
 * workflow table or the function cannot ship without one), and a server's design document is read as
 * current, older, newer, hand-made, missing or unreadable.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/arabicCorpus';
import { DESIGN_DOC_VERSION, designDocument, rulesDigest, validateDocUpdateSource } from '../../../core/sync/designDoc';
import { RELEASED_RULES } from '../../../core/sync/rulesHistory';
import { checkServerRules } from '../../../core/sync/rulesVersion';
import { sha256Hex } from '../../../core/sync/sha256';
import { designDocFromLaterMidad, designDocVersion1, rulesVersion1Source } from '../../helpers/olderRules';

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('equals Node’s SHA-256 on the padding edges and on random Arabic, Latin and astral texts', () => {
    const random = seededRandom(15);
    const alphabet = ['a', 'ب', 'ة', ' ', '\n', '😀', 'é', '\u200f', '"', '{'];
    const texts = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'ب'.repeat(300)];
    for (let i = 0; i < 200; i++) {
      const length = Math.floor(random() * 300);
      texts.push(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    }
    expect(texts.filter((t) => sha256Hex(t) !== nodeSha(t))).toEqual([]);
    expect(sha256Hex('\ud800')).toBe(nodeSha('\ud800'));
  });
});

describe('the rules’ versions', () => {
  it('names the rules this Midad installs as the last released version', () => {
    const digest = rulesDigest(validateDocUpdateSource());
    const last = RELEASED_RULES.at(-1);
    // When this fails the rules changed: add { version: N + 1, digest } to core/sync/rulesHistory.ts.
    expect({ version: last?.version, digest: last?.digest }, `the rules are now ${digest}`).toEqual({
      version: DESIGN_DOC_VERSION,
      digest,
    });
    expect(designDocument()).toMatchObject({ midadVersion: DESIGN_DOC_VERSION, rulesDigest: digest });
  });

  it('numbers the released rules 1, 2, … each with a digest of its own', () => {
    expect(RELEASED_RULES.map((r) => r.version)).toEqual(RELEASED_RULES.map((_, i) => i + 1));
    expect(new Set(RELEASED_RULES.map((r) => r.digest)).size).toBe(RELEASED_RULES.length);
    expect(RELEASED_RULES.every((r) => /^[0-9a-f]{64}$/.test(r.digest))).toBe(true);
  });

  it('rebuilds version 1 as an older Midad wrote it (its digest is version 1’s)', () => {
    expect(rulesDigest(rulesVersion1Source())).toBe(RELEASED_RULES[0]?.digest);
  });
});

describe('checkServerRules', () => {
  it('reads this Midad’s own design document as current', () => {
    expect(checkServerRules({ ...designDocument(), _rev: '3-x' })).toEqual({
      state: 'current',
      version: DESIGN_DOC_VERSION,
    });
  });

  it('reads version 1 as older, whatever version number it says', () => {
    expect(checkServerRules(designDocVersion1())).toEqual({ state: 'older', version: 1 });
    // Midad wrote midadVersion 1 over version 2's rules for a while: the source decides, not the number.
    expect(checkServerRules({ ...designDocVersion1(), midadVersion: 2 })).toEqual({ state: 'older', version: 1 });
    expect(checkServerRules({ ...designDocument(), midadVersion: 1 }).state).toBe('current');
  });

  it('reads a later Midad’s as newer, and rules changed by hand as unknown', () => {
    const later = designDocFromLaterMidad(DESIGN_DOC_VERSION + 1);
    expect(checkServerRules(later)).toEqual({ state: 'newer', version: DESIGN_DOC_VERSION + 1 });
    // Edited by hand after a later Midad wrote them: its digest no longer names them.
    const edited = { ...later, validate_doc_update: `${String(later.validate_doc_update)} ` };
    expect(checkServerRules(edited).state).toBe('unknown');
    // Hand-made rules that claim a version: not this Midad's, not a later one's either.
    expect(checkServerRules({ ...designDocument(), validate_doc_update: 'function () {}' }).state).toBe('unknown');
  });

  it('says missing for no design document and malformed for rules it cannot read', () => {
    expect(checkServerRules(null)).toEqual({ state: 'missing', version: null });
    for (const bad of [
      undefined,
      'text',
      42,
      [],
      {},
      { validate_doc_update: 7 },
      { validate_doc_update: 'f', midadVersion: 'two' },
    ])
      expect(checkServerRules(bad).state, JSON.stringify(bad)).toBe('malformed');
  });
});
