/**
 * Revision labels the archive writes are stored as codes with parameters («midad:status?from=draft&to=submitted»)
 * and put into words only when shown, in the language of whoever reads them: one archive is read by people
 * working in Arabic and in English, and a sentence frozen at save time would be in the wrong language for one
 * of them. Labels a person or a file gave (an import's file name) stay free text. Archives written before the
 * codes hold English sentences («draft → submitted», «accepted: 1»); those are read back into the same codes.
 */
import { z } from 'zod';
import { STATUSES } from '../article/status';

const PREFIX = 'midad:';

const count = z.coerce.number().int().nonnegative();
const name = z.string().max(200).default('');

/** Every label the archive writes itself. */
export const LabelCodeSchema = z.discriminatedUnion('code', [
  /** A status change. */
  z.object({ code: z.literal('status'), from: z.enum(STATUSES), to: z.enum(STATUSES) }),
  /** Suggestions accepted and rejected (one review session's decisions make one entry, see groupHistory). */
  z.object({ code: z.literal('decided'), accepted: count.default(0), rejected: count.default(0) }),
  /** A review package's text taken into the article. */
  z.object({ code: z.literal('package'), from: name }),
  /** The two sides of a conflict with a review package, both kept. */
  z.object({ code: z.literal('package-local') }),
  z.object({ code: z.literal('package-theirs'), from: name }),
  /** The person's own text kept aside when the archive held a newer copy. */
  z.object({ code: z.literal('conflict') }),
]);
export type LabelCode = z.infer<typeof LabelCodeSchema>;

/** A label as shown: a code to put into words, or free text as given. */
export type RevisionLabel = LabelCode | { code: 'text'; text: string };

export function encodeLabel(label: LabelCode): string {
  // A query string without URLSearchParams, which core (no DOM, no Node) does not have.
  const query = Object.entries(label)
    .filter(([key]) => key !== 'code')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  return `${PREFIX}${label.code}${query ? `?${query}` : ''}`;
}

const STATUS_ARROW = /^(\w+) → (\w+)$/;
const DECIDED = /^(accepted|rejected): (\d+)$/;
const PACKAGE = /^review package from (.*)$/;
const PACKAGE_THEIRS = /^version from (.*)$/;
/** The conflict copy's label as the two locales wrote it before codes. */
const CONFLICT_SENTENCES = ['Copy set aside in a conflict', 'نسخة وُضعت جانباً عند تعارض'];

function legacy(stored: string): unknown {
  const status = STATUS_ARROW.exec(stored);
  if (status) return { code: 'status', from: status[1], to: status[2] };
  const decided = DECIDED.exec(stored);
  if (decided) return { code: 'decided', [decided[1] ?? '']: decided[2] };
  if (stored === 'this archive’s version') return { code: 'package-local' };
  const theirs = PACKAGE_THEIRS.exec(stored);
  if (theirs) return { code: 'package-theirs', from: theirs[1] === 'the review package' ? '' : theirs[1] };
  const pkg = PACKAGE.exec(stored);
  if (pkg) return { code: 'package', from: pkg[1] === 'another archive' ? '' : pkg[1] };
  if (CONFLICT_SENTENCES.includes(stored)) return { code: 'conflict' };
  return null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Reads a stored label: a code (new or old spelling), or free text for anything else. */
export function parseLabel(stored: string): RevisionLabel {
  let candidate: unknown = null;
  if (stored.startsWith(PREFIX)) {
    const [code = '', query = ''] = stored.slice(PREFIX.length).split('?', 2);
    const params = query
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [key = '', value = ''] = pair.split('=', 2);
        return [key, safeDecode(value)];
      });
    candidate = { code, ...Object.fromEntries(params) };
  } else {
    candidate = legacy(stored);
  }
  const parsed = LabelCodeSchema.safeParse(candidate);
  return parsed.success ? parsed.data : { code: 'text', text: stored };
}
