/**
 * Highlights for comments on the headline and standfirst, like the body's marks. These fields are text
 * boxes, which cannot style part of their text, so a copy of the text sits behind the box (which is
 * transparent), in the same type and width, invisible but for <mark> backgrounds on the commented words.
 */
import { useEffect, useReducer } from 'react';
import { createPortal } from 'react-dom';
import { locateQuote, type ListedThread } from '../../core/review/comments';

const FIELDS = ['headline', 'standfirst'] as const;

function Backdrop({ box, threads }: { box: HTMLTextAreaElement; threads: ListedThread[] }) {
  const text = box.value;
  const ranges = threads
    .filter((t) => !t.detached && !t.resolved && t.anchor.field === box.id && t.anchor.quote)
    .map((t) => ({
      id: t.id,
      start: locateQuote(text, t.anchor.quote, t.anchor.offset),
      length: t.anchor.quote.length,
    }))
    .filter((r) => r.start >= 0)
    .sort((a, b) => a.start - b.start);
  const parts: Array<{ text: string; thread?: string }> = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue; // overlapping threads: the first one's mark shows
    parts.push({ text: text.slice(at, r.start) }, { text: text.slice(r.start, r.start + r.length), thread: r.id });
    at = r.start + r.length;
  }
  parts.push({ text: text.slice(at) });
  const parent = box.parentElement;
  if (!parent || ranges.length === 0) return null;
  return createPortal(
    <div
      className={`${box.className} field-marks`}
      dir={box.dir}
      aria-hidden="true"
      data-testid={`field-marks-${box.id}`}
      style={{ top: box.offsetTop, left: box.offsetLeft, width: box.offsetWidth, height: box.offsetHeight }}
    >
      {parts.map((p, i) => (p.thread ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </div>,
    parent,
  );
}

export function FieldCommentMarks({ threads }: { threads: ListedThread[] }) {
  // The copy follows every keystroke and every change of the window's width.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    document.addEventListener('input', redraw);
    window.addEventListener('resize', redraw);
    return () => {
      document.removeEventListener('input', redraw);
      window.removeEventListener('resize', redraw);
    };
  }, []);
  return FIELDS.map((id) => {
    const box = document.getElementById(id);
    return box instanceof HTMLTextAreaElement ? <Backdrop key={id} box={box} threads={threads} /> : null;
  });
}
