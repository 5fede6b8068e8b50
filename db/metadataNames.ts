/**
 * The names an article's `metadata` column (articleMetadata.ts) gives: its subjects' and genres' names, and the
 * names of the people, organisations and places an agency tagged it with. Search indexes both with the tags;
 * proofing accepts the words of the entities' names (db/proofing/words.ts). A code or identifier stands in for a
 * missing name; an unreadable column, which the save path never writes, gives none.
 */
import { ENTITY_KINDS } from '../core/article/entities';

export interface MetadataNames {
  /** Subjects and genres (`classification`), a code standing in for a missing name. */
  subjects: string[];
  /** People, organisations and places (`entities`), the literal standing in for a missing name. */
  entities: string[];
}

const NONE: MetadataNames = { subjects: [], entities: [] };

export function metadataNames(metadataJson: string | null): MetadataNames {
  if (!metadataJson) return NONE;
  try {
    const metadata = JSON.parse(metadataJson) as { classification?: unknown; entities?: unknown };
    const named = (list: unknown, stand: 'code' | 'literal') =>
      (Array.isArray(list) ? (list as Array<Record<string, unknown>>) : [])
        .map((c) =>
          typeof c.name === 'string' && c.name.trim() ? c.name : typeof c[stand] === 'string' ? c[stand] : '',
        )
        .filter(Boolean);
    const entities = (metadata.entities ?? {}) as Record<string, unknown>;
    return {
      subjects: named(metadata.classification, 'code'),
      entities: ENTITY_KINDS.flatMap((kind) => named(entities[kind], 'literal')),
    };
  } catch {
    return NONE;
  }
}

/** Every name, subjects first: what search indexes and shows with the tags. */
export function allMetadataNames(metadataJson: string | null): string[] {
  const { subjects, entities } = metadataNames(metadataJson);
  return [...subjects, ...entities];
}
