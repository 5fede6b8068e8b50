/** What a picture's bytes are called and how they are embedded, shared by the exporters. */
import type { Media } from '../article/schema';
import { encodeBase64 } from './base64';

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

export function mediaFileName(media: Pick<Media, 'id' | 'mime'>): string {
  return `${media.id}.${media.mime ? EXTENSIONS[media.mime] : 'bin'}`;
}

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
