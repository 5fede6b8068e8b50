/**
 * Design documents as other Midads wrote them, for the rules' version check (core/sync/rulesVersion.ts):
 * the rules version 1 installed (before a head could cross several moves in a row: no `headMoves`, a head's
 * move judged by the single-move table), rebuilt from today's source exactly as the change that added them
 * (2ab687c) reads backwards; rulesVersion.test.ts checks its digest is the one rulesHistory.ts names, so
 * this is the document an older Midad's `midad server init` really wrote, byte for byte.
 */
import { DESIGN_DOC_ID, rulesDigest, validateDocUpdateSource } from '../../core/sync/designDoc';

export function rulesVersion1Source(): string {
  const source = validateDocUpdateSource();
  const older = source.replace(/"headMoves":\{[^}]*\},/, '').replace('rules.headMoves[', 'rules.moves[');
  if (older === source) throw new Error('the rules no longer hold headMoves: rebuild version 1 another way');
  return older;
}

/** `_design/midad` as Midad wrote it with version 1 rules (no digest: they did not write one). */
export function designDocVersion1(): Record<string, unknown> {
  return { _id: DESIGN_DOC_ID, language: 'javascript', midadVersion: 1, validate_doc_update: rulesVersion1Source() };
}

/** A later Midad's: rules this one has never seen, saying a greater version and their own digest. */
export function designDocFromLaterMidad(version: number): Record<string, unknown> {
  const source = validateDocUpdateSource().replace('function (newDoc', 'function (newDoc /* later */');
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    midadVersion: version,
    rulesDigest: rulesDigest(source),
    validate_doc_update: source,
  };
}
