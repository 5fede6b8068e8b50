/**
 * Word-level diff for comparing revisions. Text is compared as written, never normalised: a change of
 * harakat alone (كتب → كَتَبَ) is a real edit and must show. Words come from Intl.Segmenter, which keeps
 * harakat and tatweel inside their word; spaces and punctuation are tokens of their own, so they diff too.
 * Segments are in logical (typing) order; the display lays them out with the text's own direction.
 */
export type DiffKind = 'equal' | 'insert' | 'delete';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

const segmenter = new Intl.Segmenter('ar', { granularity: 'word' });

/** Words, spaces and punctuation in order; concatenated they give the text back exactly. */
export function wordTokens(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Myers' O(ND) shortest edit script over two token lists, after trimming the common ends (most revisions
 * differ in a few places of a long text, so D stays small).
 */
function editScript(a: readonly string[], b: readonly string[]): DiffKind[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  return [...Array<DiffKind>(start).fill('equal'), ...middle, ...Array<DiffKind>(a.length - endA).fill('equal')];
}

function at(v: Int32Array, i: number): number {
  return v[i] ?? 0;
}

function myers(a: readonly string[], b: readonly string[]): DiffKind[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && at(v, offset + k - 1) < at(v, offset + k + 1));
      let x = down ? at(v, offset + k + 1) : at(v, offset + k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end to recover the edits, then reverse them.
  const ops: DiffKind[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d] as Int32Array;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(vd, offset + k - 1) < at(vd, offset + k + 1)) ? k + 1 : k - 1;
    const prevX = at(vd, offset + prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('equal');
      x--;
      y--;
    }
    if (d > 0) ops.push(x === prevX ? 'insert' : 'delete');
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

/**
 * The segments that turn `before` into `after`: equal runs, deletions and insertions, adjacent tokens of one
 * kind joined. Within a changed stretch the deletion comes before the insertion, as readers expect.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'equal', text: before }] : [];
  const a = wordTokens(before);
  const b = wordTokens(after);
  const segments: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  let pendingDelete = '';
  let pendingInsert = '';
  const flush = () => {
    if (pendingDelete) segments.push({ kind: 'delete', text: pendingDelete });
    if (pendingInsert) segments.push({ kind: 'insert', text: pendingInsert });
    pendingDelete = '';
    pendingInsert = '';
  };
  for (const op of editScript(a, b)) {
    if (op === 'equal') {
      flush();
      const last = segments.at(-1);
      const token = a[i] ?? '';
      if (last?.kind === 'equal') last.text += token;
      else segments.push({ kind: 'equal', text: token });
      i++;
      j++;
    } else if (op === 'delete') pendingDelete += a[i++] ?? '';
    else pendingInsert += b[j++] ?? '';
  }
  flush();
  return segments;
}

/** The text before (`equal` + `delete`) or after (`equal` + `insert`) a diff: what a test checks it against. */
export function sideOf(segments: readonly DiffSegment[], side: 'before' | 'after'): string {
  const skip: DiffKind = side === 'before' ? 'insert' : 'delete';
  return segments
    .filter((s) => s.kind !== skip)
    .map((s) => s.text)
    .join('');
}
