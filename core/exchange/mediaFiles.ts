/** What a picture's bytes are called and how they are embedded, shared by the exporters. */
import type { Media } from '../article/schema';
import { encodeBase64 } from './base64';

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** FNV-1a over the id's UTF-16 units: two ids that reduce to the same safe letters still get two names. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * The part of an exported file's name that comes from an archive id. Midad's ids are UUIDs and stay as they
 * are; any other id (an archive written by something else, or a hostile one holding `../`) becomes letters,
 * digits, `-` and `_` with a hash of the original, so no id can name a folder, a hidden file or a device.
 */
export function safeFileStem(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const letters = id.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40);
  return `${letters}_${shortHash(id)}`;
}

export function mediaFileName(media: Pick<Media, 'id' | 'mime'>): string {
  return `${safeFileStem(media.id)}.${media.mime ? EXTENSIONS[media.mime] : 'bin'}`;
}

/** The folder an article's picture files go in, beside its exported file. */
export const mediaFolderName = (articleId: string): string => `${safeFileStem(articleId)}.media`;

export function dataUri(mime: string, bytes: Uint8Array): string {
  return `data:${mime};base64,${encodeBase64(bytes)}`;
}

/** The picture type from its first bytes, so an import never trusts a declared type alone. */
export function sniffMime(bytes: Uint8Array): Media['mime'] {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46) return 'image/gif';
  if (b(0) === 0x52 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x46 && b(8) === 0x57 && b(9) === 0x45)
    return 'image/webp';
  return null;
}
