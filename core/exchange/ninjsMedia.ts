/**
 * Pictures, video and sound in ninjs: every rendition's address, size and type kept (never
 * downloaded: Midad has no network), pictures as the article's pictures, other media as references. Items
 * are read with their keys in lower case (ninjsRead.ts).
 */
import type { MediaReference, Rendition } from '../article/schema';
import { REFERENCE_KINDS } from '../article/schema';

type Json = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A size as a positive whole number, from a number or its text (Superdesk writes "1024"); else null. */
export function pixels(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/** The renditions an item lists (an array, or Superdesk's object by name), data URIs left to the bytes. */
export function renditionsOf(item: Json): Rendition[] {
  const given = item.renditions;
  const entries: Array<[string, unknown]> = Array.isArray(given)
    ? given.map((r, i) => [`rendition${i + 1}`, r])
    : given && typeof given === 'object'
      ? Object.entries(given)
      : [];
  const out: Rendition[] = [];
  for (const [key, value] of entries) {
    if (!value || typeof value !== 'object') continue;
    const r = value as Json;
    const href = text(r.href);
    if (!href || href.startsWith('data:') || href.length > 4_000) continue;
    const size = pixels(r.sizeinbytes);
    out.push({
      name: (text(r.name) || key).slice(0, 200),
      href,
      contentType: (text(r.contenttype) || text(r.mimetype)).slice(0, 200),
      width: pixels(r.width),
      height: pixels(r.height),
      sizeInBytes: size,
    });
  }
  return out.slice(0, 50);
}

/** The description with one of the roles, else the first; `description_text` for 1.x. */
export function describe(item: Json, roles: readonly string[]): string {
  const list = Array.isArray(item.descriptions) ? (item.descriptions as Json[]) : [];
  const found = roles.map((role) => list.find((d) => d.role === role)).find(Boolean) ?? list[0];
  return text(found?.value) || text(item.description_text) || text(item.description_html).replace(/<[^>]*>/g, '');
}

export function creditOf(item: Json): string {
  const list = Array.isArray(item.descriptions) ? (item.descriptions as Json[]) : [];
  const creditline = text(list.find((d) => d.role === 'creditline')?.value);
  return text(item.by) || text(item.byline) || creditline || text(item.copyrightholder);
}

export function titleOf(item: Json): string {
  const headlines = Array.isArray(item.headlines) ? (item.headlines as Json[]) : [];
  return text(headlines[0]?.value) || text(item.headline) || text(item.title);
}

export function referenceKind(type: string): MediaReference['kind'] {
  return (REFERENCE_KINDS as readonly string[]).includes(type) ? (type as MediaReference['kind']) : 'other';
}

/** A video, sound, graphic or linked item, as the article's reference to it. */
export function referenceOf(item: Json): MediaReference {
  return {
    kind: referenceKind(text(item.type)),
    title: titleOf(item).slice(0, 500),
    caption: describe(item, ['caption', 'summary', 'text']).slice(0, 2_000),
    credit: creditOf(item).slice(0, 500),
    renditions: renditionsOf(item),
  };
}
