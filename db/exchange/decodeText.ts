/**
 * A file's bytes as text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such, and so is
 * UTF-16 without one (Windows tools write it): its high bytes give it away. Anything else that is not valid
 * UTF-8 is read as Windows-1256, the code page Arabic wire services and older newsroom systems still
 * deliver in, so the person gets Arabic instead of replacement characters.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1256').decode(bytes);
  }
}

/**
 * UTF-16 without a byte order mark, told by its high bytes: Latin text, digits, spaces and line ends have 0x00
 * there and Arabic 0x06, bytes that UTF-8 and Windows-1256 text never has at every other place. Read as UTF-8
 * it would keep a NUL between letters (or a control character), stored and searched as such.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 8192) & ~1;
  if (length < 4) return null;
  let highOdd = 0;
  let highEven = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x06) highEven++;
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x06) highOdd++;
  }
  const pairs = length / 2;
  // Most high bytes are one of the two, and the low bytes are not: ordinary text has neither at all.
  if (highOdd >= pairs * 0.6 && highEven <= pairs * 0.1) return 'utf-16le';
  if (highEven >= pairs * 0.6 && highOdd <= pairs * 0.1) return 'utf-16be';
  return null;
}
