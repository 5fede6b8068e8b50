/**
 * Reading a ninjs file before its fields are mapped: names compared without case (ninjs 2.x writes
 * `firstcreated`, 3.x `firstCreated`, otherwise the same), and the items of an API answer
 * (`{total, item: […]}`, as Superdesk's and other content APIs page them) taken one by one.
 */

/** A JSON value with every object key in lower case; values (a subject's `rel`, a body's text) untouched. */
export function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, v] of Object.entries(value)) {
    const k = key.toLowerCase();
    // A file that has both spellings keeps the first one it gives.
    if (!(k in out)) out[k] = lowerKeys(v);
  }
  return out;
}

export interface NinjsItems {
  items: unknown[];
  /** Where each item sits in the file, for messages: `[3]`, `['item', 3]` or `[]`. */
  paths: PropertyKey[][];
}

function isEnvelope(value: unknown): value is { item: unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as { item?: unknown }).item) &&
    !('uri' in value) &&
    !('guid' in value)
  );
}

export function ninjsItems(value: unknown): NinjsItems {
  if (Array.isArray(value)) return { items: value, paths: value.map((_, i) => [i]) };
  if (isEnvelope(value)) return { items: value.item, paths: value.item.map((_, i) => ['item', i]) };
  return { items: [value], paths: [[]] };
}
