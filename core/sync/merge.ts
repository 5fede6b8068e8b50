/**
 * The revision graph's rules, pure: which revisions are heads, where two heads met last, and whether their
 * changes since then can be combined field by field (a status change on one side, a body edit on the
 * other) or are a conflict a person must resolve. See docs/sync.md, "Merging heads and conflicts".
 */

export interface RevNode {
  revId: string;
  parents: readonly string[];
  createdAt: string;
}

/** Looks a revision up; undefined when this archive has not (yet) received it. */
export type RevLookup = (revId: string) => RevNode | undefined;

/** Every revision `revId` descends from, itself excluded. Unknown revisions end the walk. */
export function ancestorsOf(lookup: RevLookup, revId: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...(lookup(revId)?.parents ?? [])];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(lookup(id)?.parents ?? []));
  }
  return seen;
}

/** The candidates no other candidate descends from, sorted so every workstation lists them alike. */
export function maximalHeads(lookup: RevLookup, candidates: readonly string[]): string[] {
  const unique = [...new Set(candidates)].sort();
  const covered = new Set<string>();
  for (const id of unique) for (const a of ancestorsOf(lookup, id)) covered.add(a);
  return unique.filter((id) => !covered.has(id));
}

/** The newest revision every head descends from (or is), or null when they share none this archive knows. */
export function commonAncestor(lookup: RevLookup, heads: readonly string[]): string | null {
  const [first, ...rest] = heads;
  if (first === undefined) return null;
  const withSelf = (id: string) => new Set([id, ...ancestorsOf(lookup, id)]);
  let common = withSelf(first);
  for (const id of rest) {
    const mine = withSelf(id);
    common = new Set([...common].filter((x) => mine.has(x)));
  }
  let best: RevNode | null = null;
  for (const id of common) {
    const node = lookup(id);
    if (node && (!best || node.createdAt > best.createdAt || (node.createdAt === best.createdAt && id > best.revId)))
      best = node;
  }
  return best?.revId ?? null;
}

/**
 * Whether two lists name the same heads, whatever their order. A resolution names the heads the person
 * compared: when another version arrived meanwhile they differ, and resolving would bury a version nobody saw.
 */
export function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((id, i) => id === right[i]);
}

/** JSON with object keys sorted, so equal values compare equal whatever order a server kept their keys in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a revision holds that a merge compares: the fields one by one, the pictures as one list. */
export interface RevContent {
  fields: Record<string, unknown>;
  media: readonly unknown[];
}

/**
 * Combines the heads' changes since `base` when no two of them changed the same field to different values;
 * null when they did (a conflict). Without a known base, heads merge only when they are equal.
 */
export function mergeContents(base: RevContent | null, heads: readonly RevContent[]): RevContent | null {
  const keys = new Set(heads.flatMap((h) => Object.keys(h.fields)));
  const pick = (values: unknown[], baseValue: unknown, hasBase: boolean): { ok: boolean; value?: unknown } => {
    const texts = values.map(canonicalJson);
    if (texts.every((t) => t === texts[0])) return { ok: true, value: values[0] };
    if (!hasBase) return { ok: false };
    const baseText = canonicalJson(baseValue);
    const changed = values.filter((_, i) => texts[i] !== baseText);
    const changedTexts = new Set(changed.map(canonicalJson));
    return changedTexts.size === 1 ? { ok: true, value: changed[0] } : { ok: false };
  };
  const fields: Record<string, unknown> = {};
  for (const key of [...keys].sort()) {
    const chosen = pick(
      heads.map((h) => h.fields[key]),
      base?.fields[key],
      base !== null,
    );
    if (!chosen.ok) return null;
    fields[key] = chosen.value;
  }
  const media = pick(
    heads.map((h) => h.media),
    base?.media,
    base !== null,
  );
  if (!media.ok) return null;
  return { fields, media: media.value as readonly unknown[] };
}
