/**
 * What kind of picture a byte string is, read from its header alone: the magic bytes decide the type (never
 * a file name or a MIME type the caller claims), and width and height come from the format's own header.
 * Pure code over a Uint8Array so every process can run it; nothing is decoded beyond the header.
 */
import type { Media } from '../article/schema';

export type ImageMime = NonNullable<Media['mime']>;

export interface ImageInfo {
  mime: ImageMime;
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((value, i) => bytes[at + i] === value);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function png(b: Uint8Array): ImageInfo | null {
  // The IHDR chunk must come first: length 13, type "IHDR", then width and height.
  if (b.length < 24 || !startsWith(b, ascii('IHDR'), 12)) return null;
  return sized('image/png', u32be(b, 16), u32be(b, 20));
}

function gif(b: Uint8Array): ImageInfo | null {
  if (b.length < 10) return null;
  return sized('image/gif', u16le(b, 6), u16le(b, 8));
}

/** Walks the JPEG marker segments up to the first start-of-frame, which carries the dimensions. */
function jpeg(b: Uint8Array): ImageInfo | null {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    const length = u16be(b, at + 2);
    if (length < 2) return null;
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > b.length) return null;
      return sized('image/jpeg', u16be(b, at + 7), u16be(b, at + 5));
    }
    at += 2 + length;
  }
  return null;
}

/** WebP's three encodings each put the canvas size in a different place. */
function webp(b: Uint8Array): ImageInfo | null {
  if (b.length < 25) return null;
  if (startsWith(b, ascii('VP8X'), 12) && b.length >= 30)
    return sized('image/webp', u24le(b, 24) + 1, u24le(b, 27) + 1);
  if (startsWith(b, ascii('VP8L'), 12)) {
    if (b[20] !== 0x2f) return null;
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
    return sized('image/webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (startsWith(b, ascii('VP8 '), 12)) {
    if (b.length < 30 || !startsWith(b, [0x9d, 0x01, 0x2a], 23)) return null;
    return sized('image/webp', u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  }
  return null;
}

function sized(mime: ImageMime, width: number, height: number): ImageInfo | null {
  return width > 0 && height > 0 ? { mime, width, height } : null;
}

/** The picture's type and size, or null when the bytes are not a JPEG, PNG, WebP or GIF we can read. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  if (startsWith(bytes, PNG_MAGIC)) return png(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpeg(bytes);
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return gif(bytes);
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return webp(bytes);
  return null;
}
