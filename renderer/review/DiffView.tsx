/**
 * A word-level diff shown inline: deletions struck through, insertions underlined, in logical order inside
 * a block whose direction follows its own text (dir="auto"), so Arabic reads right to left with English
 * runs in place.
 */
import { Fragment } from 'react';
import type { FieldDiff } from '../../core/review/compare';
import type { DiffSegment } from '../../core/review/diff';

/**
 * A deletion right before its insertion, with no space at the seam («كتب» → «كَتَبَ»), would run the
 * two words into one, and Arabic letters join across the seam: a space keeps them two words.
 */
const seamAfter = (segment: DiffSegment, next: DiffSegment | undefined) =>
  segment.kind === 'delete' && next?.kind === 'insert' && !/\s$/u.test(segment.text) && !/^\s/u.test(next.text);

export function DiffView({ diff, label, unchanged }: { diff: FieldDiff; label: string; unchanged: string }) {
  return (
    <div className="diff" data-testid="diff" data-field={diff.field}>
      <h3 className="diff__field">{label}</h3>
      {diff.changed ? (
        <p className="diff__text" dir="auto">
          {diff.segments.map((s, i) =>
            s.kind === 'insert' ? (
              <ins key={i}>{s.text}</ins>
            ) : s.kind === 'delete' ? (
              <Fragment key={i}>
                <del>{s.text}</del>
                {seamAfter(s, diff.segments[i + 1]) && ' '}
              </Fragment>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </p>
      ) : (
        <p className="diff__unchanged">{unchanged}</p>
      )}
    </div>
  );
}
