/**
 * Migration 26: articles pulled before sync applied a revision's metadata get it back from their revisions.
 *
 * Until then (db/sync/content.ts), a pulled article's rights, subjects and genres, source dates and linked
 * media stayed in its revision but never reached the article; the first save here made since this version
 * would have sent a revision without them, which every newer Midad takes as it says (docs/sync.md, "Fields
 * added later"). So each such field the article lacks is taken from the nearest revision on its line of
 * first parents, from the revision its text is (`sync_heads.base`) back, that has it: the same rule as an
 * older Midad's revisions get when they arrive (olderRevisions.ts). Only articles that sync has seen
 * (a `sync_heads` row) are touched; nothing is queued to send, the next save sends it. The agency's people
 * and places are not here: no Midad before this step kept them.
 */
const FIELDS = ['rights', 'classification', 'source', 'references'] as const;

/** A value worth restoring: an object, or a list that is not empty (the metadata column never holds `[]`). */
const present = (json: string) =>
  `(coalesce(json_type(${json}), '') = 'object' OR coalesce(json_array_length(${json}), 0) > 0)`;

/**
 * Each revision's documents are read once (reading them is most of the cost: they hold the whole body),
 * keeping only each field's value, for the articles sync has seen.
 */
const READ_ONCE = `
  CREATE TEMP TABLE migration26_revs AS
    SELECT r.article_id, r.rev_id, json_extract(r.parents, '$[0]') AS parent,
      ${FIELDS.map((f) => `r.doc -> '$.fields.${f}' AS "${f}"`).join(',\n      ')}
    FROM sync_revisions r JOIN sync_heads h ON h.article_id = r.article_id WHERE h.base IS NOT NULL;
  CREATE INDEX temp.migration26_revs_id ON migration26_revs (article_id, rev_id);`;

function restoreSql(field: (typeof FIELDS)[number]): string {
  const value = `r."${field}"`;
  return `
  WITH RECURSIVE chain(article_id, rev_id, depth) AS (
    SELECT h.article_id, h.base, 0 FROM sync_heads h JOIN articles a ON a.id = h.article_id
      WHERE h.base IS NOT NULL AND json_type(a.metadata, '$.${field}') IS NULL
    UNION ALL
    SELECT c.article_id, r.parent, c.depth + 1
      FROM chain c JOIN migration26_revs r ON r.article_id = c.article_id AND r.rev_id = c.rev_id
      WHERE NOT ${present(value)} AND r.parent IS NOT NULL AND c.depth < 100000
  ),
  nearest AS (
    SELECT c.article_id, ${value} AS value, min(c.depth)
      FROM chain c JOIN migration26_revs r ON r.article_id = c.article_id AND r.rev_id = c.rev_id
      WHERE ${present(value)}
      GROUP BY c.article_id
  )
  UPDATE articles SET metadata = json_set(metadata, '$.${field}', json(nearest.value))
    FROM nearest WHERE articles.id = nearest.article_id;`;
}

export const SYNC_METADATA_REPAIR_MIGRATION_SQL = [
  READ_ONCE,
  ...FIELDS.map(restoreSql),
  'DROP TABLE temp.migration26_revs;',
].join('\n');
