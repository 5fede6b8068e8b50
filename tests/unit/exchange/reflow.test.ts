/**
 * Hard-wrapped plain text (Business Wire, TT and other wires break lines at a fixed width) reflowed into
 * paragraphs; over the real wire texts of ../shared/data/exchange-real, wrapped here at wire widths.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsOfText } from '../../../core/exchange/reflow';
import { EXCHANGE_REAL } from '../../exchangeReport/report';

const WIRE = join(EXCHANGE_REAL, 'wire');
const missing = existsSync(WIRE) ? null : `${WIRE} is missing`;
if (missing) console.warn(`reflow.test.ts skipped: ${missing} (../shared beside the repository)`);

/** Breaks a paragraph at spaces so that no line is longer than `width`, as a wire terminal does. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const paragraphsOfFile = (name: string) =>
  readFileSync(join(WIRE, name), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('reflowing plain text', () => {
  it('keeps a paragraph per line when the lines are not wrapped at a width', () => {
    expect(paragraphsOfText('Short headline\nA longer first paragraph that runs on.\nA second one.')).toEqual([
      'Short headline',
      'A longer first paragraph that runs on.',
      'A second one.',
    ]);
  });

  it('joins the lines between blank lines', () => {
    expect(paragraphsOfText('one\ntwo\n\nthree')).toEqual(['one two', 'three']);
  });

  it.skipIf(missing !== null)('restores the paragraphs of the real wire texts wrapped at 60–80 columns', () => {
    // A wrap that falls exactly at a sentence's end is ambiguous: the paragraph is split there. 94% measured.
    let total = 0;
    let restored = 0;
    for (const name of readdirSync(WIRE)) {
      const original = paragraphsOfFile(name).filter((p) => p.length > 100);
      for (const width of [60, 64, 68, 72, 76, 80]) {
        const got = new Set(paragraphsOfText(original.flatMap((p) => wrap(p, width)).join('\n')));
        total += original.length;
        restored += original.filter((p) => got.has(p)).length;
      }
    }
    console.log(`reflow: ${restored} of ${total} wrapped paragraphs restored exactly`);
    expect(restored / total).toBeGreaterThanOrEqual(0.9);
  });
});
