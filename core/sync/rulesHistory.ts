/**
 * Every version of the newsroom server's rules a Midad has installed (`midad server init`), oldest first,
 * each named by the SHA-256 of its validate_doc_update source (designDoc.ts). A workstation reads the
 * server's design document, digests its rules and finds them here: the same as its own, older (the admin
 * runs init again), or unknown (a later Midad's, or changed by hand). The version is the rules' number, not
 * Midad's; the digest is what decides, so rules changed without a new line here are never taken for these.
 * tests/unit/sync/rulesVersion.test.ts fails until the current rules are the last line: a change to the
 * workflow table, the roles or the function adds one (its digest printed by the failing test).
 */
export interface ReleasedRules {
  version: number;
  digest: string;
  /** What changed, for whoever reads this list. */
  what: string;
}

export const RELEASED_RULES: readonly ReleasedRules[] = [
  {
    version: 1,
    digest: '0a6cae6f0f9f3fcaf528758d2a0c3c6301c0824dbff3ebc285019c59cb95cc71',
    what: 'the first rules: one workflow move per head push',
  },
  {
    version: 2,
    digest: '52dcb8b903ab5b9be58f923e9e0fee5f7d8bb4cf1617868c95b2af58f43d17bb',
    what: 'a head may cross several moves its role made in a row (headMoves, found by the random newsroom day)',
  },
];
