/**
 * Search normalisation for Arabic (see shared/docs/arabic.md, "Search").
 * The same function runs at index time and at query time, so both sides fold identically.
 */

// Harakat and other combining marks (U+064B–U+065F, U+0670), Quranic annotation marks
// (U+0610–U+061A, U+06D6–U+06ED) and tatweel (U+0640).
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const HARAKAT = /[\u064B-\u065F\u0670]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
const ALEF_MAQSURA = /\u0649/g;
const TAA_MARBUTA = /\u0629/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EASTERN_DIGITS = /[\u06F0-\u06F9]/g;

/** Folds Arabic-Indic (٠–٩) and Eastern (۰–۹) digits to ASCII 0–9. */
export function foldDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Removes harakat (and superscript alef) only: what "characters without harakat" counts. */
export function stripHarakat(text: string): string {
  return text.replace(HARAKAT, '');
}

/**
 * NFKC → strip harakat, Quranic marks and tatweel → fold alef forms to ا, ى → ي, ة → ه
 * → digits to ASCII → lower-case Latin. The definition; normalizeForSearch gives the same result faster.
 */
export function normalizeByRules(text: string): string {
  return foldDigits(
    text
      .normalize('NFKC')
      .replace(MARKS, '')
      .replace(ALEF_FORMS, '\u0627')
      .replace(ALEF_MAQSURA, '\u064A')
      .replace(TAA_MARBUTA, '\u0647'),
  ).toLowerCase();
}

/**
 * What normalizeByRules gives, in one pass over text made only of characters that NFKC leaves alone and that
 * no neighbour can compose with (ASCII, the Arabic block without its combining hamza and madda and its
 * high-hamza letters, guillemets and common dashes and quotes). Anything else takes the rules.
 * Search normalises every indexed article and every snippet it shows: this is their hot path.
 */
export function normalizeForSearch(text: string): string {
  const out = new Uint16Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const mapped = code < FOLD.length ? (FOLD[code] as number) : (FOLD_OTHER[code - 0x2000] ?? UNKNOWN);
    if (mapped === UNKNOWN) return normalizeByRules(text);
    if (mapped !== DROP) out[length++] = mapped;
  }
  return fromCodes(out, length);
}

const UNKNOWN = 0xffff;
const DROP = 0xfffe;

/** For each code below U+0700: what it folds to, DROP, or UNKNOWN (take the rules). */
const FOLD = buildFold();
/** The same for U+2000–U+201F (dashes and quotes that NFKC keeps). */
const FOLD_OTHER = buildFoldOther();

function buildFold(): Uint16Array {
  const fold = new Uint16Array(0x0700).fill(UNKNOWN);
  const keep = (from: number, to: number) => {
    for (let c = from; c <= to; c += 1) fold[c] = c;
  };
  keep(0x09, 0x0a);
  keep(0x0d, 0x0d);
  keep(0x20, 0x7e);
  for (let c = 0x41; c <= 0x5a; c += 1) fold[c] = c + 0x20; // Latin capitals
  fold[0xab] = 0xab;
  fold[0xbb] = 0xbb;
  keep(0x0600, 0x06ff);
  for (const c of [0x0653, 0x0654, 0x0655, 0x0675, 0x0676, 0x0677, 0x0678]) fold[c] = UNKNOWN; // NFKC changes these
  const drop = (from: number, to: number) => fold.fill(DROP, from, to + 1);
  drop(0x0610, 0x061a);
  drop(0x064b, 0x0652);
  drop(0x0656, 0x065f);
  drop(0x0670, 0x0670);
  drop(0x06d6, 0x06ed);
  drop(0x0640, 0x0640); // tatweel
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671]) fold[c] = 0x0627; // alef forms → ا
  fold[0x0649] = 0x064a; // ى → ي
  fold[0x0629] = 0x0647; // ة → ه
  for (let d = 0; d < 10; d += 1) {
    fold[0x0660 + d] = 0x30 + d;
    fold[0x06f0 + d] = 0x30 + d;
  }
  return fold;
}

function buildFoldOther(): Uint16Array {
  const fold = new Uint16Array(0x20).fill(UNKNOWN);
  for (const c of [0x2010, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e])
    fold[c - 0x2000] = c;
  return fold;
}

/**
 * The UTF-16 decoder every JavaScript runtime we run in has (Node and the browser; core/ is compiled without
 * either's types, hence the local shape). Decoding a code-unit buffer is by far the fastest way to make a
 * string of it; the buffer is in the platform's byte order, so it is used only where that is little-endian.
 */
interface Utf16Decoder {
  decode(input: Uint16Array): string;
}
const Decoder = (globalThis as unknown as { TextDecoder?: new (label: string) => Utf16Decoder }).TextDecoder;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = Decoder && littleEndian ? new Decoder('utf-16le') : null;

function fromCodes(codes: Uint16Array, length: number): string {
  if (utf16) return utf16.decode(codes.subarray(0, length));
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return text;
}
