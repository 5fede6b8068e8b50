/**
 * A fast path for counting words and grapheme clusters in ordinary news text, giving exactly what
 * Intl.Segmenter gives (tests/unit/arabic/countScan.test.ts compares the two on many random texts).
 *
 * Why: segmenting is ICU work behind an iterator that allocates an object per segment; counting a 10,000-word
 * body that way costs milliseconds, and every save and import counts the whole body. Most lines hold only
 * Arabic and Latin letters, digits, harakat, spaces and common punctuation, where the Unicode rules (UAX #29)
 * reduce to a few cases this scan can follow in one pass. A line with anything else, or with a case the
 * rules treat specially, is handed back (null) and the caller segments it as before.
 *
 * The cases followed here:
 * - Graphemes: every character starts a cluster, except a combining mark (a haraka), which joins the character
 *   before it. A mark at the start of a line starts its own cluster.
 * - Words: a run of letters and digits (Arabic, Latin or both, with their marks) is one word-like segment.
 *   Punctuation between two such runs may join them (1٫5, e.g, a:b) depending on the character and the
 *   runs, so a line where a single punctuation character sits between letters or digits is handed back, as is
 *   a mark that does not follow a letter or digit.
 */

/** What a character is, for the scan. */
const enum Kind {
  /** Outside what the scan knows: the line goes to Intl.Segmenter. */
  Unknown = 0,
  /** Letter or digit: part of a word. */
  Word = 1,
  /** Combining mark (harakat, Quranic marks, Latin accents): joins the character before it. */
  Mark = 2,
  /** A plain space. */
  Space = 3,
  /** Punctuation and symbols: one grapheme each, never part of a word unless between two words. */
  Other = 4,
  /** Carriage return: one grapheme on its own. */
  Return = 5,
}

const KINDS = buildKinds();

function buildKinds(): Uint8Array {
  const kinds = new Uint8Array(0x0700); // Unknown everywhere not set below
  const set = (from: number, to: number, kind: Kind) => kinds.fill(kind, from, to + 1);
  set(0x0d, 0x0d, Kind.Return);
  set(0x20, 0x20, Kind.Space);
  set(0x21, 0x7e, Kind.Other);
  set(0x30, 0x39, Kind.Word);
  set(0x41, 0x5a, Kind.Word);
  set(0x61, 0x7a, Kind.Word);
  set(0x5f, 0x5f, Kind.Unknown); // _ joins words and makes word-like segments of its own
  set(0xa0, 0xbf, Kind.Other);
  for (const c of [0xaa, 0xad, 0xb5, 0xb8, 0xba]) set(c, c, Kind.Unknown); // letter-like, and a format character
  set(0xc0, 0x24f, Kind.Word);
  set(0xd7, 0xd7, Kind.Other);
  set(0xf7, 0xf7, Kind.Other);
  set(0x300, 0x36f, Kind.Mark);
  // Arabic. U+0600–0605 and U+06DD (number signs) and U+061C (the Arabic letter mark) stay Unknown: they
  // change where clusters break.
  set(0x606, 0x60f, Kind.Other);
  set(0x610, 0x61a, Kind.Mark);
  set(0x61b, 0x61b, Kind.Other);
  set(0x61d, 0x61f, Kind.Other);
  set(0x620, 0x64a, Kind.Word); // letters and tatweel
  set(0x64b, 0x65f, Kind.Mark); // harakat
  set(0x660, 0x669, Kind.Word); // Arabic-Indic digits
  set(0x66a, 0x66d, Kind.Other);
  set(0x66b, 0x66b, Kind.Unknown); // the decimal separator is a number on its own
  set(0x66e, 0x66f, Kind.Word);
  set(0x670, 0x670, Kind.Mark); // superscript alef
  set(0x671, 0x6d3, Kind.Word);
  set(0x6d4, 0x6d4, Kind.Other);
  set(0x6d5, 0x6d5, Kind.Word);
  set(0x6d6, 0x6dc, Kind.Mark);
  set(0x6de, 0x6de, Kind.Other);
  set(0x6df, 0x6e4, Kind.Mark);
  set(0x6e5, 0x6e6, Kind.Word);
  set(0x6e7, 0x6e8, Kind.Mark);
  set(0x6e9, 0x6e9, Kind.Other);
  set(0x6ea, 0x6ed, Kind.Mark);
  set(0x6ee, 0x6fc, Kind.Word); // letters and Eastern Arabic-Indic digits
  set(0x6fd, 0x6fe, Kind.Other);
  set(0x6ff, 0x6ff, Kind.Word);
  return kinds;
}

function kindOf(code: number): Kind {
  if (code < 0x0700) return KINDS[code] as Kind;
  // General punctuation (dashes, quotes, ellipsis, per mille); its spaces and format characters stay Unknown.
  if ((code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e)) return Kind.Other;
  return Kind.Unknown;
}

export interface LineCounts {
  words: number;
  characters: number;
}

/** Word-like segments and grapheme clusters of one line (no '\n' in it), or null when it needs Intl.Segmenter. */
export function scanLine(line: string): LineCounts | null {
  let words = 0;
  let characters = 0;
  /** The kind of the last character that was not a mark, or Unknown at the start of the line. */
  let base: Kind = Kind.Unknown;
  for (let i = 0; i < line.length; i += 1) {
    const kind = kindOf(line.charCodeAt(i));
    switch (kind) {
      case Kind.Unknown:
        return null;
      case Kind.Mark:
        if (base !== Kind.Word) return null; // a mark on a space, on punctuation or at the start
        break;
      case Kind.Word:
        if (base !== Kind.Word) words += 1;
        characters += 1;
        base = kind;
        break;
      case Kind.Other:
        if (base === Kind.Word && i + 1 < line.length && kindOf(line.charCodeAt(i + 1)) === Kind.Word) return null;
        characters += 1;
        base = kind;
        break;
      default: // Space, Return
        characters += 1;
        base = kind;
    }
  }
  return { words, characters };
}
