/**
 * A file's bytes as text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; anything that
 * is not valid UTF-8 is read as Windows-1256, the code page Arabic wire services and older newsroom systems
 * still deliver in, so the person gets Arabic instead of replacement characters.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1256').decode(bytes);
  }
}
