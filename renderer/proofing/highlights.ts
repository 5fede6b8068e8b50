/**
 * Findings drawn with the CSS Custom Highlight API: ranges over the editor's own text nodes, painted by
 * ::highlight(proofing-error|proofing-warning) in app.css. Nothing is added to the document, so nothing
 * reaches undo, saves or exports. `info` findings are listed, not underlined.
 */
import type { Finding } from '../../core/proofing/types';

export interface Marked {
  range: Range;
  finding: Finding;
}

const byField = new Map<string, Marked[]>();

function repaint() {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const error = new Highlight();
  const warning = new Highlight();
  for (const marks of byField.values()) {
    for (const { range, finding } of marks) {
      if (finding.severity === 'error') error.add(range);
      else if (finding.severity === 'warning') warning.add(range);
    }
  }
  CSS.highlights.set('proofing-error', error);
  CSS.highlights.set('proofing-warning', warning);
}

export function setFieldMarks(field: string, marks: Marked[]) {
  byField.set(field, marks);
  repaint();
}

export function clearField(field: string) {
  byField.delete(field);
  repaint();
}

/** The mark under a point of the page (a right-click) or the caret (the keyboard). */
export function markAt(node: Node, offset: number): Marked | null {
  for (const marks of byField.values()) {
    for (const mark of marks) {
      if (mark.range.startContainer.isConnected && mark.range.isPointInRange(node, offset)) {
        if (mark.range.comparePoint(node, offset) === 0) return mark;
      }
    }
  }
  return null;
}

/** A range over `element`'s text from `start`, `length` string units long, walking its text nodes. */
export function rangeIn(element: HTMLElement, start: number, length: number): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let begun = false;
  const end = start + Math.max(length, 1);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const size = node.data.length;
    if (!begun && start < seen + size) {
      range.setStart(node, start - seen);
      begun = true;
    }
    if (begun && end <= seen + size) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += size;
  }
  return null;
}
