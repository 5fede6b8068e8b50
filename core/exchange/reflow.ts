/**
 * Plain text into paragraphs. Blank lines separate paragraphs and the lines between them are one paragraph.
 * Without blank lines, each line is a paragraph, unless the text is hard-wrapped (Business Wire, TT and
 * other wires break lines at a fixed width): then a line as long as the wrap width continues on the next,
 * and a shorter one, or one ending a sentence, ends its paragraph.
 */

/** The widest a wrapped wire's lines run; a longer line is a paragraph written on one line. */
const MAX_WRAP_WIDTH = 100;
/** A line at least this share of the wrap width is taken as wrapped, not ended. */
const FULL_LINE = 0.75;

const SENTENCE_END = /[.!?\u061F\u06D4…]["'»”)]*$/u;

function isHardWrapped(lines: readonly string[]): { width: number } | null {
  if (lines.length < 3) return null;
  const width = Math.max(...lines.map((l) => l.length));
  if (width < 40 || width > MAX_WRAP_WIDTH) return null;
  const full = lines.filter((l) => l.length >= FULL_LINE * width).length;
  return full >= lines.length / 2 ? { width } : null;
}

export function paragraphsOfLines(rawLines: readonly string[]): string[] {
  const lines = rawLines.map((l) => l.replace(/\s+/g, ' ').trim());
  if (lines.some((l) => !l) && lines.some(Boolean)) {
    const out: string[] = [];
    let current: string[] = [];
    for (const line of [...lines, '']) {
      if (line) current.push(line);
      else if (current.length) {
        out.push(current.join(' '));
        current = [];
      }
    }
    return out;
  }
  const present = lines.filter(Boolean);
  const wrapped = isHardWrapped(present);
  if (!wrapped) return present;
  const out: string[] = [];
  let current: string[] = [];
  for (const line of present) {
    current.push(line);
    // A short line ends its paragraph; so does a sentence's end, which a wrap rarely falls on exactly.
    if (line.length < FULL_LINE * wrapped.width || SENTENCE_END.test(line)) {
      out.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) out.push(current.join(' '));
  return out;
}

export function paragraphsOfText(text: string): string[] {
  return paragraphsOfLines(text.split(/\r\n|\r|\n/));
}
