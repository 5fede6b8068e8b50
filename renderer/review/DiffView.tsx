/**
 * A word-level diff shown inline: deletions struck through, insertions underlined, in logical order inside
 * a block whose direction follows its own text (dir="auto"), so Arabic reads right to left with English
 * runs in place.
 */
import type { FieldDiff } from '../../core/review/compare';

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
              <del key={i}>{s.text}</del>
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
