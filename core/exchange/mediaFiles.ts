/** What a picture's bytes are called and how they are embedded, shared by the exporters. */
import type { Media } from '../article/schema';
import { encodeBase64 } from './base64';
import { readImageInfo } from '../media/imageInfo';

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

export interface DecodedPicture {
  mime: NonNullable<Media['mime']>;
  width: number;
  height: number;
  bytes: Uint8Array;
}

/**
 * A picture's bytes as every importer keeps them: type and size read from the image's own header by the one
 * image reader (core/media/imageInfo.ts), as `media.add` does, never from a declared type or the first four
 * bytes alone. Null when the bytes are not a JPEG, PNG, WebP or GIF that header describes.
 */
export function decodePicture(bytes: Uint8Array | null): DecodedPicture | null {
  const info = bytes ? readImageInfo(bytes) : null;
  return info && bytes ? { ...info, bytes } : null;
}
